import type { WorkforceStats } from '@lentera/common';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';

/** The public statistics' address; `format` gives the download of the same figures. */
export function workforceStatsUrl(slug: string, format?: 'csv' | 'json'): string {
  const base = `/api/t/${encodeURIComponent(slug)}/workforce/stats`;
  return format ? `${base}?format=${format}` : base;
}

export function workforceStatsQuery(slug: string) {
  return queryOptions({
    queryKey: ['tenant', slug, 'workforce', 'stats'],
    queryFn: ({ signal }) => api<WorkforceStats>(workforceStatsUrl(slug), { signal }),
    // The server caches for a minute too; the figures change with personnel decrees, not by the second.
    staleTime: 60_000,
  });
}

/** The public workforce statistics of a government (no login, no private field). */
export function useWorkforceStats(slug: string) {
  return useQuery(workforceStatsQuery(slug));
}
