import { useQuery } from '@tanstack/react-query';
import { api } from '../ui/api';

/** One dataset of the catalog, as `GET /api/t/:slug/open-data` answers it. */
export interface OpenDataset {
  id: string;
  module: string;
  title: { id: string; en: string };
  description: { id: string; en: string };
  /** One per period and format; `period` is a year, or `current` for figures as of the day of download. */
  distributions: Array<{ format: 'csv' | 'json'; url: string; period: string }>;
  updated: 'continuous' | 'daily' | 'yearly';
  /** When the records behind it last changed (ISO-8601), or null. */
  modified: string | null;
  licence: string;
}

export function openDataUrl(slug: string) {
  return `/api/t/${encodeURIComponent(slug)}/open-data`;
}

export function useOpenData(slug: string) {
  return useQuery({
    queryKey: ['tenant', slug, 'open-data'],
    queryFn: ({ signal }) => api<{ datasets: OpenDataset[] }>(openDataUrl(slug), { signal }).then((d) => d.datasets),
    staleTime: 60_000,
  });
}

/** A dataset's downloads grouped by period, in the catalog's order (newest first). */
export function downloadsByPeriod(dataset: OpenDataset): Array<{ period: string; csv?: string; json?: string }> {
  const periods = new Map<string, { period: string; csv?: string; json?: string }>();
  for (const d of dataset.distributions) {
    const row = periods.get(d.period) ?? { period: d.period };
    row[d.format] = d.url;
    periods.set(d.period, row);
  }
  return [...periods.values()];
}
