/** Whether a request URL is the API's (routes match without regard to case, as they always have). */
export const isApiUrl = (url: string): boolean => /^\/api(?:[/?]|$)/i.test(url);

/** Public routes whose last path segment is a bearer secret (a single-use link); logs keep the route, not the token. */
const TOKEN_ROUTES = /^(\/api\/public\/(?:consent|setting-changes|password-reset|exports))\/[^/?#]+/i;

/** The request path as logs may keep it: no query string, and no emailed token. */
export function loggablePath(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path.replace(TOKEN_ROUTES, '$1/[redacted]');
}
