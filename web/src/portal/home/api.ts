import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';

export interface AuditHead {
  tenant: string;
  length: number;
  headHash: string | null;
}

export function auditHeadQuery(slug: string) {
  return queryOptions({
    queryKey: ['tenant', slug, 'audit-head'],
    queryFn: ({ signal }) => api<AuditHead>(`/api/t/${encodeURIComponent(slug)}/audit/head`, { signal }),
  });
}

export function useAuditHead(slug: string) {
  return useQuery(auditHeadQuery(slug));
}
