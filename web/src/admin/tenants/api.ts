import type { Tenant } from '@lentera/common';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';

/** The body of `POST /api/admin/tenants` (common's `tenantCreateSchema`). */
export type TenantCreateInput = Omit<Tenant, 'logoUrl'> & { logoUrl: string | null };
/** The body of `PATCH /api/admin/tenants/:slug` (common's `tenantUpdateSchema`): everything but the slug. */
export type TenantUpdateInput = Partial<Omit<TenantCreateInput, 'slug'>>;

export const adminTenantsQuery = queryOptions({
  queryKey: ['admin', 'tenants'],
  queryFn: ({ signal }) => api<{ tenants: Tenant[] }>('/api/admin/tenants', { signal }),
});

export function useAdminTenants() {
  return useQuery(adminTenantsQuery);
}

function useInvalidateTenants() {
  const queryClient = useQueryClient();
  return (slug?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['admin', 'tenants'] }),
      queryClient.invalidateQueries({ queryKey: ['tenants'] }),
      slug ? queryClient.invalidateQueries({ queryKey: ['tenant', slug], exact: true }) : undefined,
    ]);
}

export function useCreateTenant() {
  const invalidate = useInvalidateTenants();
  return useMutation({
    mutationFn: (input: TenantCreateInput) => api<Tenant>('/api/admin/tenants', { method: 'POST', body: input }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateTenant(slug: string) {
  const invalidate = useInvalidateTenants();
  return useMutation({
    mutationFn: (input: TenantUpdateInput) =>
      api<Tenant>(`/api/admin/tenants/${encodeURIComponent(slug)}`, { method: 'PATCH', body: input }),
    onSuccess: () => invalidate(slug),
  });
}
