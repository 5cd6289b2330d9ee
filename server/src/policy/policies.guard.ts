import { ExecutionContext, Injectable, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { AuthError, AuthErrorCode } from '../auth/auth.errors.js';
import type { Principal } from '../auth/principal.js';
import { CommonError } from '../common/domain-error.js';
import { POLICY_KEY, type PolicyDeclaration } from './policy.decorators.js';

export function policyOf(reflector: Reflector, context: ExecutionContext): PolicyDeclaration | undefined {
  return reflector.getAllAndOverride<PolicyDeclaration>(POLICY_KEY, [context.getHandler(), context.getClass()]);
}

/** Signs the caller in from their session, except on routes declared public. */
@Injectable()
export class SessionAuthGuard extends AuthGuard('session') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    if (policyOf(this.reflector, context)?.kind === 'public') return true;
    return super.canActivate(context);
  }
}

/** Deny by default: a route with no policy declaration is refused, whoever calls it. */
@Injectable()
export class PoliciesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = policyOf(this.reflector, context);
    if (!policy) throw CommonError.forbidden('this route declares no policy');
    if (policy.kind === 'public') return true;
    const principal = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>().user;
    if (!principal) return false;
    // Until two-factor sign-in is set up, only the sign-in routes (where it is set up) answer.
    const path = (context.switchToHttp().getRequest<FastifyRequest>().originalUrl ?? '').split('?')[0]!.toLowerCase();
    if (principal.mfaSetupRequired && !path.startsWith('/api/auth/')) {
      throw new AuthError(AuthErrorCode.TwoFactorSetupRequired, 'set up two-factor sign-in first: your roles need it');
    }
    if (policy.kind === 'signed-in') return true;
    if (!principal.ability.can(policy.action, policy.subject)) {
      throw CommonError.forbidden(`not allowed to ${policy.action} ${policy.subject}`);
    }
    return true;
  }
}
