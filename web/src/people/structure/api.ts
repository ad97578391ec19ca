import type { Unit } from '@lentera/common';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';

export type { Unit };

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

export interface UnitChange {
  id: string;
  kind: string;
  effectiveOn: string;
  details: unknown;
  recordedAt: string;
  recordedBy: string | null;
}

export interface DirectoryEntry {
  id: string;
  displayName: string;
  positionName: string | null;
  unitName: string | null;
}

export interface UnitInput {
  code: string;
  name: string;
  type: string;
  parentId: string | null;
  openedOn?: string;
}

export interface PositionInput {
  name: string;
  kind: string;
  fungsionalLevel: string | null;
  class: number;
  quota: number;
  isHead: boolean;
}

export const peopleBase = (slug: string) => `/api/t/${encodeURIComponent(slug)}/people`;

/** Every cached query of the people structure (units, positions, changes) starts with this key. */
const unitsKey = (slug: string) => ['tenant', slug, 'people', 'units'] as const;
const positionsKey = (slug: string) => ['tenant', slug, 'people', 'positions'] as const;

/** The unit tree (shared with helper pages: the same key as `people/shared` uses). */
export function unitsQuery(slug: string, includeClosed = false) {
  return queryOptions({
    queryKey: [...unitsKey(slug), { includeClosed }],
    queryFn: ({ signal }) =>
      api<{ items: Unit[] }>(`${peopleBase(slug)}/units`, {
        query: { includeClosed: includeClosed ? 'true' : undefined },
        signal,
      }),
    select: (data) => data.items,
  });
}

export function useUnitTree(slug: string, includeClosed = false) {
  return useQuery(unitsQuery(slug, includeClosed));
}

export function usePositions(slug: string, unitId: string) {
  return useQuery({
    queryKey: [...positionsKey(slug), unitId],
    queryFn: ({ signal }) => api<{ items: Position[] }>(`${peopleBase(slug)}/positions`, { query: { unitId }, signal }),
    select: (data) => data.items,
  });
}

export function useUnitChanges(slug: string, unitId: string) {
  return useQuery({
    queryKey: [...unitsKey(slug), 'changes', unitId],
    queryFn: ({ signal }) =>
      api<{ items: UnitChange[] }>(`${peopleBase(slug)}/units/${encodeURIComponent(unitId)}/changes`, { signal }),
    select: (data) => data.items,
  });
}

/** A mutation that refreshes the structure (units, positions, changes) when it succeeds. */
function useStructureMutation<I, O>(slug: string, mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: unitsKey(slug) }),
        queryClient.invalidateQueries({ queryKey: positionsKey(slug) }),
      ]);
    },
  });
}

export function useCreateUnit(slug: string) {
  return useStructureMutation(slug, (input: UnitInput) =>
    api<{ id: string }>(`${peopleBase(slug)}/units`, { method: 'POST', body: input }),
  );
}

export function useUpdateUnit(slug: string) {
  return useStructureMutation(slug, ({ id, ...body }: { id: string; code: string; name: string; type: string }) =>
    api<{ id: string }>(`${peopleBase(slug)}/units/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );
}

export function useMoveUnit(slug: string) {
  return useStructureMutation(slug, ({ id, ...body }: { id: string; parentId: string; effectiveOn: string }) =>
    api<{ id: string }>(`${peopleBase(slug)}/units/${encodeURIComponent(id)}/move`, { method: 'POST', body }),
  );
}

export function useCloseUnit(slug: string) {
  return useStructureMutation(slug, ({ id, ...body }: { id: string; closedOn: string }) =>
    api<{ id: string }>(`${peopleBase(slug)}/units/${encodeURIComponent(id)}/close`, { method: 'POST', body }),
  );
}

export function useSavePosition(slug: string) {
  return useStructureMutation(slug, ({ id, unitId, ...body }: PositionInput & { id?: string; unitId: string }) =>
    id
      ? api<{ id: string }>(`${peopleBase(slug)}/positions/${encodeURIComponent(id)}`, { method: 'PATCH', body })
      : api<{ id: string }>(`${peopleBase(slug)}/positions`, { method: 'POST', body: { ...body, unitId } }),
  );
}

/** Colleagues by name, for picking whose reporting line to show. */
export function useDirectorySearch(slug: string, q: string) {
  return useQuery({
    queryKey: ['tenant', slug, 'people', 'directory', q],
    queryFn: ({ signal }) =>
      api<{ items: DirectoryEntry[]; total: number }>(`${peopleBase(slug)}/directory`, {
        query: { q, pageSize: 20 },
        signal,
      }),
    enabled: q.trim().length >= 3,
    staleTime: 60_000,
  });
}

/** The employee first, then each superior up to the head of the region. */
export function useReportingLine(slug: string, employeeId: string | undefined) {
  return useQuery({
    queryKey: ['tenant', slug, 'people', 'reporting-line', employeeId],
    queryFn: ({ signal }) =>
      api<{ items: DirectoryEntry[] }>(
        `${peopleBase(slug)}/employees/${encodeURIComponent(employeeId ?? '')}/reporting-line`,
        { signal },
      ),
    enabled: Boolean(employeeId),
    select: (data) => data.items,
  });
}
