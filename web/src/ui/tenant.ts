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
    // An unknown slug stays unknown: a component mounting later must not fetch it again (and, since a refetch
    // without data shows the loader, start a mount-fetch-fail loop).
    retryOnMount: false,
  });
}

/** The tenant slug of the current URL (`/t/:slug/...`), or undefined outside a tenant. */
export function useTenantSlug(): string | undefined {
  return useParams({ strict: false }).slug;
}

export function useTenant(slug: string | undefined) {
  return useQuery({ ...tenantQuery(slug ?? ''), enabled: Boolean(slug) });
}

/** The tenant if it is already loaded (by TenantBoundary or the header); never starts a request. */
export function useLoadedTenant(slug: string | undefined) {
  return useQuery({ ...tenantQuery(slug ?? ''), enabled: false }).data;
}

/** The current tenant's time zone, for showing times; WIB while the tenant is loading. */
export function useTenantTimeZone(): string {
  const { data } = useTenant(useTenantSlug());
  return data?.timeZone ?? DEFAULT_TIME_ZONE;
}
