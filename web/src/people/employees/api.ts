import type {
  CareerEntryInput,
  EmployeeDetail,
  EmployeeListQuery,
  EmployeeSummary,
  EmployeeUpdateInput,
} from '@lentera/common';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, type QueryParams, withQuery } from '../../ui/api';

export const EMPLOYEES_PAGE_SIZE = 25;

export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
export interface DirectoryEntry {
  id: string;
  displayName: string;
  positionName: string | null;
  unitName: string | null;
}
export interface Position {
  id: string;
  unitId: string;
  name: string;
  kind: string;
  fungsionalLevel: string | null;
  class: number;
  quota: number;
  isHead: boolean;
  filled: number;
}
export interface Correction {
  id: string;
  employeeId: string;
  employeeName: string;
  employeeNip: string;
  changes: Record<string, string | null>;
  reason: string;
  status: string;
  requestedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** The list's filter as it lives in the URL; every field optional (the server fills defaults). */
export type EmployeeFilter = Partial<
  Pick<EmployeeListQuery, 'q' | 'unitId' | 'positionKind' | 'rank' | 'status' | 'employment' | 'sort' | 'dir'>
> & { page?: number; subunits?: 'no' };

function base(slug: string): string {
  return `/api/t/${encodeURIComponent(slug)}/people`;
}

function listParams(filter: EmployeeFilter): QueryParams {
  return {
    q: filter.q,
    unitId: filter.unitId,
    includeSubunits: filter.subunits === 'no' ? 'false' : undefined,
    positionKind: filter.positionKind,
    rank: filter.rank,
    status: filter.status,
    employment: filter.employment,
    sort: filter.sort,
    dir: filter.dir,
  };
}

export function useEmployees(slug: string, filter: EmployeeFilter) {
  return useQuery({
    queryKey: ['tenant', slug, 'people', 'employees', 'list', filter],
    queryFn: ({ signal }) =>
      api<PageOf<EmployeeSummary>>(`${base(slug)}/employees`, {
        query: { ...listParams(filter), page: filter.page ?? 1, pageSize: EMPLOYEES_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The address of the current filter's download: a plain link, so the browser saves the file. */
export function employeesExportUrl(slug: string, filter: EmployeeFilter, format: 'csv' | 'xlsx'): string {
  return withQuery(`${base(slug)}/employees/export`, { ...listParams(filter), format });
}

export function employeeQuery(slug: string, id: string) {
  return queryOptions({
    queryKey: ['tenant', slug, 'people', 'employees', 'one', id],
    queryFn: ({ signal }) => api<EmployeeDetail>(`${base(slug)}/employees/${encodeURIComponent(id)}`, { signal }),
  });
}
export function useEmployee(slug: string, id: string) {
  return useQuery(employeeQuery(slug, id));
}

export function useReportingLine(slug: string, id: string) {
  return useQuery({
    queryKey: ['tenant', slug, 'people', 'employees', 'one', id, 'reporting-line'],
    queryFn: ({ signal }) =>
      api<{ items: DirectoryEntry[] }>(`${base(slug)}/employees/${encodeURIComponent(id)}/reporting-line`, {
        signal,
      }),
    select: (data) => data.items,
  });
}

export function usePositions(slug: string, unitId: string | null) {
  return useQuery({
    queryKey: ['tenant', slug, 'people', 'positions', unitId],
    queryFn: ({ signal }) =>
      api<{ items: Position[] }>(`${base(slug)}/positions`, { query: { unitId: unitId ?? undefined }, signal }),
    select: (data) => data.items,
    enabled: unitId !== null,
  });
}

/** After a change to one employee: the record, its reporting line and every list show the new state. */
function useEmployeeSaved(slug: string) {
  const queryClient = useQueryClient();
  return (saved: EmployeeDetail) => {
    queryClient.setQueryData(employeeQuery(slug, saved.id).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: ['tenant', slug, 'people'] });
  };
}

export function useUpdateEmployee(slug: string, id: string) {
  const saved = useEmployeeSaved(slug);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EmployeeUpdateInput) =>
      api<EmployeeDetail>(`${base(slug)}/employees/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: saved,
    // Someone saved in between: the page behind the form shows their change; the form keeps what was typed.
    onError: (error) => {
      if (isApiError(error, 'employee_edited_meanwhile'))
        void queryClient.invalidateQueries({ queryKey: employeeQuery(slug, id).queryKey });
    },
  });
}

export function useRecordCareerChange(slug: string, id: string) {
  const saved = useEmployeeSaved(slug);
  return useMutation({
    mutationFn: (input: CareerEntryInput) =>
      api<EmployeeDetail>(`${base(slug)}/employees/${encodeURIComponent(id)}/career`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: saved,
  });
}

export function useDirectory(slug: string, search: { q?: string; page?: number }) {
  return useQuery({
    queryKey: ['tenant', slug, 'people', 'directory', search],
    queryFn: ({ signal }) =>
      api<PageOf<DirectoryEntry>>(`${base(slug)}/directory`, {
        query: { q: search.q, page: search.page ?? 1, pageSize: EMPLOYEES_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMyRecord(slug: string) {
  return useQuery({
    queryKey: ['tenant', slug, 'people', 'me'],
    queryFn: ({ signal }) => api<EmployeeDetail>(`${base(slug)}/me`, { signal }),
    retry: false,
  });
}

export function useMySubordinates(slug: string) {
  return useQuery({
    queryKey: ['tenant', slug, 'people', 'me', 'subordinates'],
    queryFn: ({ signal }) => api<{ items: DirectoryEntry[] }>(`${base(slug)}/me/subordinates`, { signal }),
    select: (data) => data.items,
  });
}

export function useMyCorrections(slug: string) {
  return useQuery({
    queryKey: ['tenant', slug, 'people', 'me', 'corrections'],
    queryFn: ({ signal }) => api<{ items: Correction[] }>(`${base(slug)}/me/corrections`, { signal }),
    select: (data) => data.items,
  });
}

export interface CorrectionRequestInput {
  changes: Record<string, string | null>;
  reason: string;
}
export function useRequestCorrection(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CorrectionRequestInput) =>
      api<{ id: string; status: string }>(`${base(slug)}/me/corrections`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tenant', slug, 'people', 'me', 'corrections'] }),
  });
}

export function useCorrections(slug: string, status: 'pending' | 'approved' | 'rejected') {
  return useQuery({
    queryKey: ['tenant', slug, 'people', 'corrections', status],
    queryFn: ({ signal }) => api<{ items: Correction[] }>(`${base(slug)}/corrections`, { query: { status }, signal }),
    select: (data) => data.items,
  });
}

export function useDecideCorrection(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; decision: 'approved' | 'rejected'; note: string | null }) =>
      api<{ id: string; status: string }>(`${base(slug)}/corrections/${encodeURIComponent(input.id)}/decision`, {
        method: 'POST',
        body: { decision: input.decision, note: input.note },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tenant', slug, 'people'] }),
  });
}
