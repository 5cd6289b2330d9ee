import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AppAbility, LiveGrant } from '../policy/abilities.js';
import type { Staff } from '../staff/staff.entity.js';

/** Who is calling: the staff member, their session, their live grants and the ability built from them. */
export interface Principal {
  staff: Staff;
  sessionId: string;
  grants: LiveGrant[];
  ability: AppAbility;
  ip: string | null;
  /** Holds a role that needs two-factor sign-in and has not set it up: only /api/auth/* answers until they do. */
  mfaSetupRequired: boolean;
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>().user as Principal;
});

export function clientIp(req: FastifyRequest): string | null {
  return req.ip ?? req.socket?.remoteAddress ?? null;
}
