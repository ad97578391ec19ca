import type {
  AdminServiceRow,
  CatalogService,
  PublishedStandard,
  RequestDetail,
  RequestPage,
  ServicePage,
  ServiceStats,
  StandardInput,
  StandardView,
  SubmitRequestInput,
  SubmitResult,
} from '@lentera/common';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, type QueryParams, SESSION_QUERY_KEY, sessionQuery, withQuery } from '../ui/api';
import { i18n } from '../ui/i18n';
import { queryClient } from '../ui/query';

/** Every services address in one place: `/api/t/:slug/services/...`. */
export function servicesPath(slug: string, rest = ''): string {
  return `/api/t/${encodeURIComponent(slug)}/services${rest}`;
}

const key = (slug: string, ...rest: unknown[]) => ['tenant', slug, 'services', ...rest] as const;
const enc = encodeURIComponent;

// --- Public ---------------------------------------------------------------------------------------------------

export function useCatalog(slug: string, query: { q?: string; unitId?: string }) {
  return useQuery({
    queryKey: key(slug, 'catalog', query),
    queryFn: ({ signal }) => api<{ services: CatalogService[] }>(servicesPath(slug), { query, signal }),
    select: (data) => data.services,
    placeholderData: keepPreviousData,
  });
}

export function useServicePage(slug: string, serviceId: string) {
  return useQuery({
    queryKey: key(slug, 'service', serviceId),
    queryFn: ({ signal }) => api<ServicePage>(servicesPath(slug, `/${enc(serviceId)}`), { signal }),
  });
}

export function useServiceVersion(slug: string, serviceId: string, version: number) {
  return useQuery({
    queryKey: key(slug, 'service', serviceId, 'version', version),
    queryFn: ({ signal }) =>
      api<PublishedStandard>(servicesPath(slug, `/${enc(serviceId)}/versions/${version}`), { signal }),
  });
}

export interface StatsQuery {
  from?: string;
  to?: string;
  unitId?: string;
  serviceId?: string;
}
export function useServiceStats(slug: string, query: StatsQuery) {
  return useQuery({
    queryKey: key(slug, 'stats', query),
    queryFn: ({ signal }) => api<ServiceStats>(servicesPath(slug, '/stats'), { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

// --- Multipart (the request, its documents, the output) with upload progress -----------------------------------

export type Progress = (fraction: number) => void;

function sendForm<T>(path: string, body: FormData, csrf: string | undefined, onProgress?: Progress): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', i18n.language);
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', i18n.t('errors.network')));
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        payload = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(payload as T);
        return;
      }
      const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
      if (error && typeof error.code === 'string')
        reject(new ApiError(xhr.status, error.code, error.message ?? i18n.t('errors.unexpected'), error.details));
      else reject(new ApiError(xhr.status, `http_${xhr.status}`, i18n.t('errors.http', { status: xhr.status })));
    };
    xhr.send(body);
  });
}

/** Posts a multipart form; a stale CSRF token (a login elsewhere) is fetched again once. */
export async function postMultipart<T>(path: string, body: FormData, onProgress?: Progress): Promise<T> {
  const session = await queryClient.ensureQueryData(sessionQuery).catch(() => undefined);
  try {
    return await sendForm<T>(path, body, session?.csrfToken, onProgress);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'csrf_invalid') throw error;
    await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY, refetchType: 'all' });
    const fresh = await queryClient.ensureQueryData(sessionQuery).catch(() => undefined);
    return sendForm<T>(path, body, fresh?.csrfToken, onProgress);
  }
}

/** Files of document fields, as the server reads them: `doc.<fieldKey>`. */
export type DocumentFiles = Record<string, File[]>;

function appendDocuments(body: FormData, documents: DocumentFiles): void {
  for (const [fieldKey, files] of Object.entries(documents))
    for (const file of files) body.append(`doc.${fieldKey}`, file, file.name);
}

export function submitRequest(
  slug: string,
  serviceId: string,
  input: SubmitRequestInput,
  documents: DocumentFiles,
  onProgress?: Progress,
): Promise<SubmitResult> {
  const body = new FormData();
  body.set('data', JSON.stringify(input));
  appendDocuments(body, documents);
  return postMultipart<SubmitResult>(servicesPath(slug, `/${enc(serviceId)}/requests`), body, onProgress);
}

export function confirmRequest(slug: string, token: string): Promise<SubmitResult> {
  return api<SubmitResult>(servicesPath(slug, '/requests/confirm'), { method: 'POST', body: { token } });
}

// --- A request, as its applicant (signed in or by the secret link) and its officers see it ----------------------

/** Where one request is read and its documents completed: by id (signed in) or by the guest's secret token. */
export type RequestRef = { kind: 'id'; id: string } | { kind: 'token'; token: string };

export function requestPath(slug: string, ref: RequestRef, rest = ''): string {
  return ref.kind === 'id'
    ? servicesPath(slug, `/requests/${enc(ref.id)}${rest}`)
    : servicesPath(slug, `/follow/${enc(ref.token)}${rest}`);
}

export function requestQuery(slug: string, ref: RequestRef) {
  return queryOptions({
    queryKey: key(slug, 'request', ref.kind === 'id' ? ref.id : `token:${ref.token}`),
    queryFn: ({ signal }) => api<RequestDetail>(requestPath(slug, ref), { signal }),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}
export function useRequest(slug: string, ref: RequestRef) {
  return useQuery(requestQuery(slug, ref));
}

export function uploadDocuments(
  slug: string,
  ref: RequestRef,
  documents: DocumentFiles,
  onProgress?: Progress,
): Promise<RequestDetail> {
  const body = new FormData();
  appendDocuments(body, documents);
  return postMultipart<RequestDetail>(requestPath(slug, ref, '/documents'), body, onProgress);
}

export function useMine(slug: string, page: number) {
  return useQuery({
    queryKey: key(slug, 'mine', page),
    queryFn: ({ signal }) =>
      api<RequestPage>(servicesPath(slug, '/requests/mine'), { query: { page, pageSize: 25 }, signal }),
    placeholderData: keepPreviousData,
  });
}

// --- Officers ---------------------------------------------------------------------------------------------------

export interface InboxQuery {
  status?: string;
  serviceId?: string;
  q?: string;
  page?: number;
}
export function useInbox(slug: string, query: InboxQuery) {
  return useQuery({
    queryKey: key(slug, 'inbox', query),
    queryFn: ({ signal }) =>
      api<RequestPage>(servicesPath(slug, '/inbox'), { query: { ...query, pageSize: 25 } as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}
export function inboxExportUrl(slug: string, query: InboxQuery, format: 'csv' | 'xlsx'): string {
  const { page: _page, ...rest } = query;
  return withQuery(servicesPath(slug, '/inbox'), { ...rest, format });
}

export type OfficerStep =
  | { action: 'incomplete'; body: { missing: string[]; note: string } }
  | { action: 'process' | 'approve' | 'done'; body: Record<string, never> }
  | { action: 'refuse'; body: { reason: string } }
  | { action: 'payment'; body: { receipt: string; amount: number } }
  | { action: 'output'; kind: 'letter' | 'file' | 'pickup'; file?: File };

export function useOfficerStep(slug: string, requestId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: OfficerStep) => {
      const path = servicesPath(slug, `/requests/${enc(requestId)}/${step.action}`);
      if (step.action === 'output') {
        const body = new FormData();
        body.set('kind', step.kind);
        if (step.file) body.set('output', step.file, step.file.name);
        return postMultipart<unknown>(path, body);
      }
      return api<unknown>(path, { method: 'POST', body: step.body });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: key(slug) }),
  });
}

// --- Unit admins and approvers ------------------------------------------------------------------------------------

export function useAdminServices(slug: string) {
  return useQuery({
    queryKey: key(slug, 'admin'),
    queryFn: ({ signal }) =>
      api<{ services: AdminServiceRow[]; canApprove: boolean }>(servicesPath(slug, '/admin'), { signal }),
  });
}

export interface AdminService {
  id: string;
  name: string;
  nameEn: string;
  summary: string;
  unitId: string;
  unitName: string;
  active: boolean;
}
export function useAdminService(slug: string, serviceId: string) {
  return useQuery({
    queryKey: key(slug, 'admin', serviceId),
    queryFn: ({ signal }) =>
      api<{ service: AdminService; standards: StandardView[] }>(servicesPath(slug, `/admin/${enc(serviceId)}`), {
        signal,
      }),
  });
}

export interface NewService {
  unitId: string;
  name: string;
  nameEn: string;
  summary: string;
  active: boolean;
}
export function useCreateService(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewService) =>
      api<{ id: string } & Partial<AdminService>>(servicesPath(slug, '/admin'), { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(slug) }),
  });
}

/** Changes a service's unit, names, summary and whether it is offered; the service's pages refresh after. */
export function useUpdateService(slug: string, serviceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewService) =>
      api<unknown>(servicesPath(slug, `/admin/${enc(serviceId)}`), { method: 'PUT', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(slug) }),
  });
}

export type StandardStep =
  | { action: 'save'; standardId: string; input: StandardInput }
  | { action: 'submit' | 'approve'; standardId: string }
  | { action: 'return'; standardId: string; note: string }
  | { action: 'newVersion'; serviceId: string };

export function useStandardStep(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: StandardStep) => {
      switch (step.action) {
        case 'save':
          return api<unknown>(servicesPath(slug, `/standards/${enc(step.standardId)}`), {
            method: 'PUT',
            body: step.input,
          });
        case 'return':
          return api<unknown>(servicesPath(slug, `/standards/${enc(step.standardId)}/return`), {
            method: 'POST',
            body: { note: step.note },
          });
        case 'newVersion':
          return api<unknown>(servicesPath(slug, `/admin/${enc(step.serviceId)}/standards`), {
            method: 'POST',
            body: {},
          });
        default:
          return api<unknown>(servicesPath(slug, `/standards/${enc(step.standardId)}/${step.action}`), {
            method: 'POST',
            body: {},
          });
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: key(slug) }),
  });
}

export type ApprovalItem = StandardView & { serviceId: string; serviceName: string; unitName: string };
export function useApprovals(slug: string) {
  return useQuery({
    queryKey: key(slug, 'approvals'),
    queryFn: ({ signal }) => api<{ standards: ApprovalItem[] }>(servicesPath(slug, '/approvals'), { signal }),
    select: (data) => data.standards,
  });
}
