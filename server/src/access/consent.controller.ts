import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { clientIp } from '../auth/principal.js';
import { LinkThrottle } from '../common/link-throttle.js';
import { Public } from '../policy/policy.decorators.js';
import { ConsentService } from './consent.service.js';
import { Returns } from '../common/api-document.js';
import { ConsentAnswerViewDto, ConsentRequestViewDto } from './dto/consent-view.dto.js';
import { ConsentAnswerDto } from './dto/access-request.dto.js';

/** The customer's DPO answers here, through the emailed single-use link; there is no login. */
@ApiTags('access')
@Controller('public/consent')
export class ConsentController {
  constructor(private readonly consent: ConsentService) {}

  @Get(':token')
  @Public()
  @Returns(ConsentRequestViewDto)
  describe(@Param('token') token: string) {
    return this.consent.describe(token);
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @Returns(ConsentAnswerViewDto)
  @LinkThrottle()
  answer(@Param('token') token: string, @Body() body: ConsentAnswerDto, @Req() req: FastifyRequest) {
    return this.consent.answer(token, body, clientIp(req));
  }
}
