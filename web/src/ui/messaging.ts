import type { MessagingChannel, MessagingPreferences } from '@lentera/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './api';

/** Where the signed-in person receives this government's notices (`GET|PUT /api/t/:slug/me/messaging`). */
export const messagingKey = (slug: string) => ['tenant', slug, 'me', 'messaging'] as const;
export const messagingPath = (slug: string) => `/api/t/${encodeURIComponent(slug)}/me/messaging`;

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
