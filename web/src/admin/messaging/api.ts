import type { MetaSettings, MetaSettingsInput } from '@lentera/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';

const path = (slug: string) => `/api/t/${encodeURIComponent(slug)}/messaging/settings`;
const key = (slug: string) => ['tenant', slug, 'messaging', 'settings'] as const;

/** Meta's channels of the tenant (`GET /api/t/:slug/messaging/settings`, permission `messaging.manage`). */
export function useMetaSettings(slug: string) {
  return useQuery({ queryKey: key(slug), queryFn: ({ signal }) => api<MetaSettings>(path(slug), { signal }) });
}

export function useSaveMetaSettings(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MetaSettingsInput) => api<MetaSettings>(path(slug), { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(key(slug), saved),
  });
}
