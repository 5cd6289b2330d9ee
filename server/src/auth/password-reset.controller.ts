import { Body, Controller, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { LinkThrottle } from '../common/link-throttle.js';
import { Public } from '../policy/policy.decorators.js';
import { PasswordResetDto, PasswordResetRequestDto } from './dto/password-reset.dto.js';
import { PasswordResetsService } from './password-resets.service.js';
import { clientIp } from './principal.js';
import { PasswordResetAcceptedDto, PasswordSetDto } from './dto/session-view.dto.js';
import { ApiErrors, Returns } from '../common/api-document.js';

/** Self-service password resets by emailed single-use link; no session needed. */
@ApiTags('auth')
@Controller('public/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetsService) {}

  /** Always 202, so the answer never tells whether an account exists. */
  @Post()
  @Public()
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  @Returns(PasswordResetAcceptedDto, 202)
  @ApiErrors(429)
  async request(@Body() body: PasswordResetRequestDto, @Req() req: FastifyRequest) {
    await this.resets.requestByEmail(body.email, clientIp(req));
    return { status: 'accepted', message: 'if that address belongs to an account, a reset link is on its way' };
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @LinkThrottle()
  @Returns(PasswordSetDto)
  @ApiErrors(404, 409, 429)
  async complete(@Param('token') token: string, @Body() body: PasswordResetDto, @Req() req: FastifyRequest) {
    await this.resets.complete(token, body.password, clientIp(req));
    return { status: 'password_set' };
  }
}
