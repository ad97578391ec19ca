import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';

export interface HeadlineFigure {
  key: string;
  kind: 'count' | 'percent';
  value: number | null;
}

export interface NationalOverview {
  year: number;
  tenants: Array<{ slug: string; name: string; kind: string; figures: HeadlineFigure[] }>;
}

/** `GET /api/national/overview`: every government's published headline figures for the year. */
export function useNationalOverview(year: number | undefined) {
  return useQuery({
    queryKey: ['national', 'overview', year ?? 'current'],
    queryFn: ({ signal }) => api<NationalOverview>(`/api/national/overview${year ? `?year=${year}` : ''}`, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
