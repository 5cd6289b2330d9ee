import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { packRules } from '@casl/ability/extra';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CONFIG, type Config } from '../config/config.js';
import { Public, SignedIn } from '../policy/policy.decorators.js';
import { AuthService } from './auth.service.js';
import { LoginRefusalFilter } from './login-refusal.filter.js';
import { LoginDto, TwoFactorCodeDto } from './dto/login.dto.js';
import { clientIp, CurrentUser, type Principal } from './principal.js';
import { SESSION_COOKIE } from './session.strategy.js';
import { TwoFactorService } from './two-factor.service.js';
import { LoginResultDto, MeDto, TwoFactorSetupDto, UserResultDto } from './dto/session-view.dto.js';
import { ApiErrors, Returns } from '../common/api-document.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly twoFactor: TwoFactorService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @UseFilters(LoginRefusalFilter)
  @Returns(LoginResultDto)
  @ApiErrors(401, 423, 429)
  async login(@Body() body: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply) {
    const result = await this.auth.login(body.email, body.password, clientIp(req), req.headers['user-agent'] ?? null, body.code);
    res.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.production,
      path: '/',
      expires: result.expiresAt,
    });
    return result;
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(204)
  @ApiResponse({ status: 204, description: 'signed out' })
  async logout(@CurrentUser() me: Principal, @Res({ passthrough: true }) res: FastifyReply): Promise<void> {
    await this.auth.logout(me);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @SignedIn()
  @Returns(MeDto)
  me(@CurrentUser() me: Principal) {
    return {
      user: this.auth.userView(me.staff), grants: me.grants, rules: packRules(me.ability.rules as never),
      // The UI warns before the idle sign-out, so it needs to know when that falls.
      session: { idleMinutes: this.config.sessionIdleMinutes },
    };
  }

  /** A new authenticator secret and its QR code; two-factor sign-in starts once `enable` gets a first code. */
  @Post('two-factor/setup')
  @SignedIn()
  @HttpCode(200)
  @Returns(TwoFactorSetupDto)
  @ApiErrors(409)
  setUpTwoFactor(@CurrentUser() me: Principal) {
    return this.twoFactor.begin(me);
  }

  @Post('two-factor/enable')
  @SignedIn()
  @HttpCode(200)
  @Returns(UserResultDto)
  @ApiErrors(409)
  async enableTwoFactor(@CurrentUser() me: Principal, @Body() body: TwoFactorCodeDto) {
    await this.twoFactor.enable(me, body.code);
    return { user: this.auth.userView({ ...me.staff, mfaEnabled: true }) };
  }

  @Post('two-factor/disable')
  @SignedIn()
  @HttpCode(200)
  @Returns(UserResultDto)
  @ApiErrors(409)
  async disableTwoFactor(@CurrentUser() me: Principal, @Body() body: TwoFactorCodeDto) {
    await this.twoFactor.disable(me, body.code);
    return { user: this.auth.userView({ ...me.staff, mfaEnabled: false }) };
  }
}
