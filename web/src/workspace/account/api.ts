import type { ChatChannel, MessagingPreferences } from '@lentera/common';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, SESSION_QUERY_KEY } from '../../ui/api';
import { messagingKey, messagingPath } from '../../ui/messaging';

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

export { messagingKey, useMessagingPreferences, useSaveMessaging } from '../../ui/messaging';

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
