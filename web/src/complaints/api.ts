import type {
  AssignableOfficer,
  ComplaintCategory,
  ComplaintDetail,
  ComplaintIntakeInput,
  ComplaintStats,
  FollowView,
  IntakeResult,
  OfficerListItem,
  OfficerListQuery,
  PublicComplaint,
} from '@lentera/common';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, type QueryParams, SESSION_QUERY_KEY, sessionQuery, withQuery } from '../ui/api';
import { i18n } from '../ui/i18n';
import { queryClient } from '../ui/query';

/** Every complaints address in one place: `/api/t/:slug/complaints/...`. */
export function complaintsPath(slug: string, rest = ''): string {
  return `/api/t/${encodeURIComponent(slug)}/complaints${rest}`;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const key = (slug: string, ...rest: unknown[]) => ['tenant', slug, 'complaints', ...rest] as const;

export function useCategories(slug: string) {
  return useQuery({
    queryKey: key(slug, 'categories'),
    queryFn: ({ signal }) => api<{ items: ComplaintCategory[] }>(complaintsPath(slug, '/categories'), { signal }),
    select: (data) => data.items.filter((c) => c.active),
    staleTime: 5 * 60_000,
  });
}

/** The government's units as the public sees them (from the public workforce statistics; no login needed). */
export interface PublicUnit {
  id: string;
  name: string;
  parentId: string | null;
}
export function usePublicUnits(slug: string) {
  return useQuery({
    queryKey: ['tenant', slug, 'workforce', 'stats'],
    queryFn: ({ signal }) =>
      api<{ units: PublicUnit[] }>(`/api/t/${encodeURIComponent(slug)}/workforce/stats`, { signal }),
    select: (data) => data.units,
    staleTime: 5 * 60_000,
  });
}

async function sendMultipart(slug: string, input: ComplaintIntakeInput, files: readonly File[]): Promise<IntakeResult> {
  const session = await queryClient.ensureQueryData(sessionQuery).catch(() => undefined);
  const body = new FormData();
  body.set('data', JSON.stringify(input));
  for (const file of files) body.append('attachments', file, file.name);
  let response: Response;
  try {
    response = await fetch(complaintsPath(slug), {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': i18n.language,
        ...(session?.csrfToken ? { 'x-csrf-token': session.csrfToken } : {}),
      },
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const payload = (await response.json().catch(() => null)) as
    | (IntakeResult & { error?: { code: string; message: string; details?: unknown } })
    | null;
  if (response.ok && payload) return payload;
  const error = payload?.error;
  if (error) throw new ApiError(response.status, error.code, error.message, error.details);
  throw new ApiError(response.status, `http_${response.status}`, i18n.t('errors.http', { status: response.status }));
}

/**
 * Sends a complaint: JSON without files, multipart (`data` + `attachments`) with files. The multipart request
 * goes through fetch directly (the shared client speaks JSON only) and fails in the same {@link ApiError} shape.
 */
export async function submitComplaint(
  slug: string,
  input: ComplaintIntakeInput,
  files: readonly File[],
): Promise<IntakeResult> {
  if (files.length === 0) return api<IntakeResult>(complaintsPath(slug), { method: 'POST', body: input });
  try {
    return await sendMultipart(slug, input, files);
  } catch (error) {
    // A token kept from before a login elsewhere (or from before going offline) is stale: fetch it again once.
    if (!(error instanceof ApiError) || error.code !== 'csrf_invalid') throw error;
    await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY, refetchType: 'all' });
    return sendMultipart(slug, input, files);
  }
}

// --- The complainant's follow page (secret link) and own complaints -------------------------------------------

export function followQuery(slug: string, token: string) {
  return queryOptions({
    queryKey: key(slug, 'follow', token),
    queryFn: ({ signal }) => api<FollowView>(complaintsPath(slug, `/follow/${encodeURIComponent(token)}`), { signal }),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
}
export function useFollow(slug: string, token: string) {
  return useQuery(followQuery(slug, token));
}

/** A step of the complainant on the follow page: rate, reopen or add information. */
export function useFollowAction(slug: string, token: string, action: 'rate' | 'reopen' | 'info') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: object) =>
      api<FollowView>(complaintsPath(slug, `/follow/${encodeURIComponent(token)}/${action}`), {
        method: 'POST',
        body,
      }),
    onSuccess: (view) => queryClient.setQueryData(key(slug, 'follow', token), view),
  });
}

export type MineItem = PublicComplaint & { id: string };
export function useMine(slug: string) {
  return useQuery({
    queryKey: key(slug, 'mine'),
    queryFn: ({ signal }) => api<{ items: MineItem[] }>(complaintsPath(slug, '/mine'), { signal }),
    select: (data) => data.items,
  });
}
export function useMineOne(slug: string, id: string) {
  return useQuery({
    queryKey: key(slug, 'mine', 'one', id),
    queryFn: ({ signal }) => api<FollowView>(complaintsPath(slug, `/mine/${encodeURIComponent(id)}`), { signal }),
  });
}
export function useMineAction(slug: string, id: string, action: 'rate' | 'reopen' | 'info') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: object) =>
      api<FollowView>(complaintsPath(slug, `/mine/${encodeURIComponent(id)}/${action}`), { method: 'POST', body }),
    onSuccess: (view) => queryClient.setQueryData(key(slug, 'mine', 'one', id), view),
  });
}

// --- Public portal --------------------------------------------------------------------------------------------

export interface PublicListFilter {
  q?: string;
  categoryId?: string;
  status?: string;
  page?: number;
}
export function usePublicComplaints(slug: string, filter: PublicListFilter) {
  return useQuery({
    queryKey: key(slug, 'public', filter),
    queryFn: ({ signal }) =>
      api<Paged<PublicComplaint>>(complaintsPath(slug, '/public'), { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function statsUrl(slug: string, query: { from: string; to: string; by?: string; format?: 'csv' | 'json' }) {
  return withQuery(complaintsPath(slug, '/stats'), query);
}
export function useStats(slug: string, from: string, to: string, by: 'unit' | 'category', enabled = true) {
  return useQuery({
    queryKey: key(slug, 'stats', from, to, by),
    queryFn: ({ signal }) => api<ComplaintStats>(statsUrl(slug, { from, to, by }), { signal }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

// --- Officers -------------------------------------------------------------------------------------------------

export type OfficerFilter = Pick<OfficerListQuery, 'q' | 'overdue' | 'assignedToMe' | 'page' | 'state'> & {
  /** One status or several, comma-separated. */
  status?: string;
};
/** The officer's list: the desk sees every complaint, a unit's officers those of their units. */
export function useOfficerList(slug: string, filter: OfficerFilter) {
  return useQuery({
    queryKey: key(slug, 'officer', filter),
    queryFn: ({ signal }) =>
      api<Paged<OfficerListItem>>(complaintsPath(slug), { query: filter as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useComplaint(slug: string, id: string) {
  return useQuery({
    queryKey: key(slug, 'detail', id),
    queryFn: ({ signal }) => api<ComplaintDetail>(complaintsPath(slug, `/${encodeURIComponent(id)}`), { signal }),
  });
}

export interface SimilarComplaint {
  id: string;
  code: string;
  title: string;
  status: ComplaintDetail['status'];
  receivedAt: string;
  score: number;
  sameCategory: boolean;
  sameUnit: boolean;
}
export function useSimilar(slug: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: key(slug, 'detail', id, 'similar'),
    queryFn: ({ signal }) =>
      api<{ items: SimilarComplaint[] }>(complaintsPath(slug, `/${encodeURIComponent(id)}/similar`), { signal }),
    select: (data) => data.items,
    enabled,
  });
}

/** Who may be assigned a complaint of the unit: its officers (and its ancestors'), the desk, the coordinators. */
export function useUnitOfficers(slug: string, unitId: string | null) {
  return useQuery({
    queryKey: key(slug, 'unit-officers', unitId),
    queryFn: ({ signal }) =>
      api<{ items: AssignableOfficer[] }>(complaintsPath(slug, `/units/${encodeURIComponent(unitId ?? '')}/officers`), {
        signal,
      }),
    select: (data) => data.items,
    enabled: unitId !== null,
    staleTime: 60_000,
  });
}

export type OfficerAction =
  | 'verify'
  | 'postpone'
  | 'refer'
  | 'archive'
  | 'merge'
  | 'assign'
  | 'notes'
  | 'employees'
  | 'answer'
  | 'integrity';

/** One step on a complaint; the answer is the complaint as it is now. */
export function useOfficerAction(slug: string, id: string, action: OfficerAction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: object) =>
      api<ComplaintDetail>(complaintsPath(slug, `/${encodeURIComponent(id)}/${action}`), { method: 'POST', body }),
    onSuccess: async (detail) => {
      if (detail && typeof detail === 'object' && 'id' in detail)
        queryClient.setQueryData(key(slug, 'detail', id), detail);
      await queryClient.invalidateQueries({ queryKey: key(slug) });
    },
  });
}

export interface SlaBoard {
  dueToday: OfficerListItem[];
  overdue: OfficerListItem[];
  byUnit: { unit: { id: string; name: string } | null; open: number; dueToday: number; overdue: number }[];
}
export function useSlaBoard(slug: string) {
  return useQuery({
    queryKey: key(slug, 'sla'),
    queryFn: ({ signal }) => api<SlaBoard>(complaintsPath(slug, '/board'), { signal }),
    refetchInterval: 60_000,
  });
}

export type TeamComplaint = OfficerListItem & { employee: { id: string; name: string }; answer: string | null };
/** Complaints naming one of my direct subordinates (one row per complaint and employee; never the reporter). */
export function useMyTeam(slug: string) {
  return useQuery({
    queryKey: key(slug, 'my-team'),
    queryFn: ({ signal }) => api<{ items: TeamComplaint[] }>(complaintsPath(slug, '/my-team'), { signal }),
    select: (data) => data.items,
  });
}

/** A staff download of an attachment. */
export function attachmentUrl(slug: string, attachmentId: string) {
  return complaintsPath(slug, `/attachments/${encodeURIComponent(attachmentId)}`);
}

/** A small WebP of an image attachment (the server makes it when the photo is uploaded). */
export function attachmentThumbnailUrl(slug: string, attachmentId: string) {
  return complaintsPath(slug, `/attachments/${encodeURIComponent(attachmentId)}/thumbnail`);
}
