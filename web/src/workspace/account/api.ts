import type { ChatChannel, MessagingChannel, MessagingPreferences } from '@lentera/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, SESSION_QUERY_KEY } from '../../ui/api';

export function useLogoutEverywhere() {
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout-all', { method: 'POST' }),
  });
}

/** After the sessions ended: drop what was cached for the account and load the (now anonymous) session. */
export function useForgetSession() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
    await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY, refetchType: 'all' });
  }, [queryClient]);
}

/** A code to send from a chat, which links it to the account (`linkCodeSchema`). */
export interface LinkCode {
  code: string;
  expiresAt: string;
}

/** Where the signed-in person receives this government's notices (`GET|PUT /api/t/:slug/me/messaging`). */
export const messagingKey = (slug: string) => ['tenant', slug, 'me', 'messaging'] as const;
const messagingPath = (slug: string) => `/api/t/${encodeURIComponent(slug)}/me/messaging`;

export function useMessagingPreferences(slug: string) {
  return useQuery({
    queryKey: messagingKey(slug),
    queryFn: ({ signal }) => api<MessagingPreferences>(messagingPath(slug), { signal }),
    enabled: !!slug,
  });
}

export function useSaveMessaging(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { enabled: boolean; channel: MessagingChannel }) =>
      api<MessagingPreferences>(messagingPath(slug), { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(messagingKey(slug), saved),
  });
}

export function useUnlinkChat(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channel: ChatChannel) =>
      api<MessagingPreferences>(`${messagingPath(slug)}/contacts/${channel}`, { method: 'DELETE' }),
    onSuccess: (saved) => queryClient.setQueryData(messagingKey(slug), saved),
  });
}

export function useLinkCode(slug: string) {
  return useMutation({
    mutationFn: () => api<LinkCode>(`${messagingPath(slug)}/link-code`, { method: 'POST', body: {} }),
  });
}
