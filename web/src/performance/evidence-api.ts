import type { EvidenceFile } from '@lentera/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, sessionQuery } from '../ui/api';
import { i18n } from '../ui/i18n';
import { performanceBase } from './api';

/** Evidence files of one report (images, PDF): listed for whoever reads the report, added by its employee. */
const filesKey = (slug: string, reportId: string) => ['tenant', slug, 'performance', 'evidence-files', reportId];

export function evidenceFileUrl(slug: string, fileId: string): string {
  return `${performanceBase(slug)}/evidence-files/${encodeURIComponent(fileId)}`;
}

export function useEvidenceFiles(slug: string, reportId: string | null | undefined) {
  return useQuery({
    queryKey: filesKey(slug, reportId ?? ''),
    queryFn: ({ signal }) =>
      api<{ items: EvidenceFile[] }>(
        `${performanceBase(slug)}/reports/${encodeURIComponent(reportId ?? '')}/evidence-files`,
        { signal },
      ),
    enabled: Boolean(reportId),
  });
}

/** Multipart upload (the JSON helper cannot), with the session's CSRF token; errors as the app's ApiError. */
async function upload(slug: string, reportId: string, files: readonly File[], csrfToken: string | undefined) {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${performanceBase(slug)}/reports/${encodeURIComponent(reportId)}/evidence-files`, {
      method: 'POST',
      body: form,
      headers,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const payload = (await response.json().catch(() => null)) as {
    items?: EvidenceFile[];
    error?: { code: string; message: string; details?: unknown };
  } | null;
  if (response.ok && payload?.items) return payload.items;
  const error = payload?.error;
  if (error) throw new ApiError(response.status, error.code, error.message, error.details);
  throw new ApiError(response.status, `http_${response.status}`, i18n.t('errors.http', { status: response.status }));
}

export function useUploadEvidence(slug: string, reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (files: readonly File[]) => {
      const session = await queryClient.ensureQueryData(sessionQuery);
      try {
        return await upload(slug, reportId, files, session.csrfToken);
      } catch (error) {
        // A page left open across a login elsewhere holds a stale token: refresh the session and retry once.
        if (!(error instanceof ApiError) || error.code !== 'csrf_invalid') throw error;
        const fresh = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
        return upload(slug, reportId, files, fresh.csrfToken);
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: filesKey(slug, reportId) }),
  });
}

export function useRemoveEvidence(slug: string, reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) =>
      api(`${performanceBase(slug)}/evidence-files/${encodeURIComponent(fileId)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: filesKey(slug, reportId) }),
  });
}
