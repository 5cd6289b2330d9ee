import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import { clientIp } from './principal.js';

export const SESSION_COOKIE = 'sid';
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'custodian';
/** Marks the UI's own polling, which must not keep an unattended session alive. */
export const BACKGROUND_HEADER = 'x-background';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A session token from `Authorization: Bearer` or the `sid` cookie; cookie writes must carry the custom header. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly auth: AuthService) {
    super();
  }

  async validate(req: FastifyRequest) {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const cookie = req.cookies?.[SESSION_COOKIE];
    const token = bearer || cookie;
    if (!token) return false;
    const principal = await this.auth.principalFor(token, clientIp(req), req.headers[BACKGROUND_HEADER] === '1');
    if (!principal) return false;
    if (!bearer && !SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== CSRF_VALUE) {
      throw new AuthError(AuthErrorCode.MissingCsrfHeader, `a cookie-authenticated write needs the header X-Requested-With: ${CSRF_VALUE}`);
    }
    return principal;
  }
}
