import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';

export type HolidayKind = 'national' | 'joint_leave' | 'local';

export interface Holiday {
  id: string | null;
  date: string;
  name: string;
  kind: HolidayKind;
}

export interface HolidayYear {
  items: Holiday[];
  /** Whether the national list for the year is entered; without it deadlines count weekdays alone. */
  listed: boolean;
}

function base(slug: string): string {
  return `/api/t/${encodeURIComponent(slug)}/admin/holidays`;
}

export function holidaysQuery(slug: string, year: number) {
  return queryOptions({
    queryKey: ['tenant', slug, 'holidays', year],
    queryFn: ({ signal }) => api<HolidayYear>(base(slug), { query: { year }, signal }),
  });
}

export function useHolidays(slug: string, year: number) {
  return useQuery(holidaysQuery(slug, year));
}

export function useAddHoliday(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { date: string; name: string }) => api<Holiday>(base(slug), { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tenant', slug, 'holidays'] }),
  });
}

export function useDeleteHoliday(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`${base(slug)}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tenant', slug, 'holidays'] }),
  });
}
