/** A call to a public route (no session): the DPO's and the password reset pages. Errors carry the server's words. */
export async function publicCall(path: string, init?: RequestInit) {
  const res = await fetch(`/api/public/${path}`, {
    ...init,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Requested-With': 'custodian' },
    credentials: 'omit',
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(body.message ?? `error ${res.status}`), { status: res.status });
  return body;
}

export const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
