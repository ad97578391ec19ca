import type { Tenant } from '@lentera/common';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';

export const tenantsQuery = queryOptions({
  queryKey: ['tenants'],
  queryFn: ({ signal }) => api<{ tenants: Tenant[] }>('/api/tenants', { signal }),
  staleTime: 5 * 60_000,
});

export function useTenants() {
  return useQuery(tenantsQuery);
}
