import type { Tenant } from '@lentera/common';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { api } from './api';
import { DEFAULT_TIME_ZONE } from './format';

export function tenantQuery(slug: string) {
  return queryOptions({
    queryKey: ['tenant', slug],
    queryFn: ({ signal }) => api<Tenant>(`/api/t/${encodeURIComponent(slug)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The tenant slug of the current URL (`/t/:slug/...`), or undefined outside a tenant. */
export function useTenantSlug(): string | undefined {
  return useParams({ strict: false }).slug;
}

export function useTenant(slug: string | undefined) {
  return useQuery({ ...tenantQuery(slug ?? ''), enabled: Boolean(slug) });
}

/** The current tenant's time zone, for showing times; WIB while the tenant is loading. */
export function useTenantTimeZone(): string {
  const { data } = useTenant(useTenantSlug());
  return data?.timeZone ?? DEFAULT_TIME_ZONE;
}
