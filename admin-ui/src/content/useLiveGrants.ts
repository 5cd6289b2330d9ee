import { useQuery } from '@tanstack/react-query';
import { API_URL, httpClient } from '../data/http';

export interface LiveGrant {
  id: string;
  settingId: string;
  scopes: string[];
}

/**
 * The caller's live grants, asked of the server (not the copy of the session taken at sign-in): a grant approved,
 * consented to, revoked or expired since then shows within seconds.
 */
export function useLiveGrants() {
  return useQuery({
    queryKey: ['custodian', 'live-grants'],
    queryFn: async () => ((await httpClient(`${API_URL}/auth/me`)).json as { grants?: LiveGrant[] }).grants ?? [],
    refetchInterval: 15_000,
    refetchOnWindowFocus: true,
  });
}
