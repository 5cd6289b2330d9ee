import { fetchUtils, HttpError } from 'react-admin';
import { isBackground, markActive } from './activity';

interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * The server names bad fields as `[{field, messages}]`; react-admin forms want `{field: message}` (and a root message),
 * so validation errors land beside the inputs instead of only in a toast.
 */
function asFormErrors(error: unknown): never {
  if (error instanceof HttpError && Array.isArray((error.body as { errors?: unknown } | undefined)?.errors)) {
    const problems = (error.body as { errors: FieldProblem[] }).errors;
    const errors: Record<string, unknown> = Object.fromEntries(problems.map((p) => [p.field, p.messages.join('; ')]));
    errors.root = { serverError: error.message };
    throw new HttpError(error.message, error.status, { ...(error.body as object), errors });
  }
  throw error;
}

/** Every API call: the session cookie (same origin only) and the header the server demands on cookie-authenticated writes. */
export function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  headers.set('X-Requested-With', 'custodian');
  // Polling and refetches nobody asked for are marked, so an unattended screen still goes idle on the server.
  const background = isBackground();
  if (background) headers.set('X-Background', '1');
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' })
    .then((res) => {
      if (!background) markActive();
      return res;
    })
    .catch(asFormErrors);
}

export const API_URL = '/api';
