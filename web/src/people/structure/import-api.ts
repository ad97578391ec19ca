import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, sessionQuery } from '../../ui/api';
import { i18n } from '../../ui/i18n';
import { peopleBase } from './api';

export interface RowError {
  line: number;
  column: string;
  value: string;
  reason: string;
}

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
  newPositions: number;
}

/** The dry run's answer: every bad row, and what applying would do. */
export interface ImportReport {
  id: string;
  fileName: string;
  rows: number;
  errors: RowError[];
  summary: ImportCounts;
  status: string;
}

export interface ImportStatus {
  id: string;
  fileName: string;
  rows: number;
  status: string;
  summary: (Partial<ImportCounts> & { errors?: RowError[]; failure?: string }) | null;
  progress: { done: number; total: number };
}

export interface ImportListItem {
  id: string;
  fileName: string;
  rows: number;
  errors: number;
  status: string;
  summary: Partial<ImportCounts> | null;
  createdAt: string;
  createdBy: string | null;
  appliedAt: string | null;
}

const importsKey = (slug: string) => ['tenant', slug, 'people', 'imports'] as const;

export const templateUrl = (slug: string, format: 'xlsx' | 'csv') =>
  `${peopleBase(slug)}/import/template?format=${format}`;

/**
 * Uploads a file as multipart/form-data (the JSON helper cannot), with the session's CSRF token, and turns an
 * error answer into the same ApiError the rest of the app shows.
 */
async function uploadFile(slug: string, file: File, csrfToken: string | undefined): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${peopleBase(slug)}/imports`, {
      method: 'POST',
      body: form,
      headers,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const payload = (await response.json().catch(() => null)) as
    | (ImportReport & { error?: { code: string; message: string; details?: unknown } })
    | null;
  if (response.ok && payload) return payload;
  const error = payload?.error;
  if (error) throw new ApiError(response.status, error.code, error.message, error.details);
  throw new ApiError(response.status, `http_${response.status}`, i18n.t('errors.http', { status: response.status }));
}

export function useUploadImport(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const session = await queryClient.ensureQueryData(sessionQuery);
      try {
        return await uploadFile(slug, file, session.csrfToken);
      } catch (error) {
        // A page left open across a login elsewhere holds a stale token: refresh the session and retry once.
        if (!(error instanceof ApiError) || error.code !== 'csrf_invalid') throw error;
        const fresh = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
        return uploadFile(slug, file, fresh.csrfToken);
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: importsKey(slug) }),
  });
}

export function useApplyImport(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ id: string; status: string }>(`${peopleBase(slug)}/imports/${encodeURIComponent(id)}/apply`, {
        method: 'POST',
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: importsKey(slug) }),
  });
}

/** An import's status, polled every half second while it is being applied. */
export function useImportStatus(slug: string, id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...importsKey(slug), 'status', id],
    queryFn: async ({ signal }) => {
      const status = await api<ImportStatus>(`${peopleBase(slug)}/imports/${encodeURIComponent(id ?? '')}`, {
        signal,
      });
      if (status.status !== 'applying') {
        // The outcome changes the structure's headcounts and the list of imports.
        void queryClient.invalidateQueries({ queryKey: importsKey(slug), exact: true });
        void queryClient.invalidateQueries({ queryKey: ['tenant', slug, 'people', 'units'] });
      }
      return status;
    },
    enabled: Boolean(id),
    refetchInterval: (query) =>
      query.state.status !== 'error' && (!query.state.data || query.state.data.status === 'applying') ? 500 : false,
    staleTime: 0,
  });
}

export function useImportList(slug: string) {
  return useQuery({
    queryKey: importsKey(slug),
    queryFn: ({ signal }) => api<{ items: ImportListItem[] }>(`${peopleBase(slug)}/imports`, { signal }),
    select: (data) => data.items,
  });
}
