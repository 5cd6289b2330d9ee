import { applyDecorators, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { createHash } from 'node:crypto';

/** The client address and the link's token: bogus answers from one client never exhaust another client's (or link's) budget. */
export function linkTracker(req: Record<string, unknown>): string {
  const ip = String(req.ip ?? (req.socket as { remoteAddress?: string } | undefined)?.remoteAddress ?? '');
  const token = String((req.params as Record<string, unknown> | undefined)?.token ?? '');
  return `${ip}|${createHash('sha256').update(token).digest('base64url').slice(0, 22)}`;
}

/** Throttles a single-use link's answers per client address (the `address` bucket) and per client and token. */
export const LinkThrottle = () => applyDecorators(Throttle({ account: { getTracker: linkTracker } }), UseGuards(ThrottlerGuard));
