/** Public links carry their secret in the path: a request line is logged with the token replaced. */
const TOKEN_PATH = /^(\/api\/public\/(?:exports|consent|setting-changes|password-reset)\/)[^/?#]+/;

export function loggableUrl(url: string): string {
  return url.split('?')[0]!.replace(TOKEN_PATH, '$1[token]');
}
