import type {
  attendanceCheckInBatchResultSchema,
  attendanceCheckInResultSchema,
  certificateVerificationSchema,
  complianceListSchema,
  EventInput,
  ExternalInput,
  eventDetailSchema,
  eventListSchema,
  externalListSchema,
  externalViewSchema,
  myRecordSchema,
  needViewSchema,
  ProgrammeInput,
  planItemViewSchema,
  programmeListSchema,
  programmeViewSchema,
  RegistrationStatus,
  registrationViewSchema,
} from '@lentera/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ApiError, api, sessionQuery, withQuery } from '../ui/api';
import { i18n } from '../ui/i18n';
import { queryClient } from '../ui/query';

/** Every training address in one place: `/api/t/:slug/training/...`. */
export function trainingPath(slug: string, rest = ''): string {
  return `/api/t/${encodeURIComponent(slug)}/training${rest}`;
}

const key = (slug: string, ...rest: unknown[]) => ['tenant', slug, 'training', ...rest] as const;
const enc = encodeURIComponent;

export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;
export type EventView = z.infer<typeof eventListSchema>['items'][number];
export type EventDetail = z.infer<typeof eventDetailSchema>;
export type Registration = z.infer<typeof registrationViewSchema>;
export type MyRegistration = Registration & { programmeTitle: string; startsOn: string };
export type MyRecord = z.infer<typeof myRecordSchema>;
export type ComplianceList = z.infer<typeof complianceListSchema>;
export type ExternalView = z.infer<typeof externalViewSchema>;
export type ProgrammeView = z.infer<typeof programmeViewSchema>;
export type CheckInResult = z.infer<typeof attendanceCheckInResultSchema>;
export type BatchResult = z.infer<typeof attendanceCheckInBatchResultSchema>;
export interface Approval {
  registrationId: string;
  employeeId: string;
  employeeName: string;
  eventId: string;
  programmeTitle: string;
  startsOn: string;
  status: 'pending' | 'waitlisted';
  approvalDueAt: string | null;
  overdue: boolean;
}
export type { RegistrationStatus };

/** An unknown or revoked code is an answer, not a failure to retry. */
const noRetryOnAnswer = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 2;

// --- Public ----------------------------------------------------------------------------------------------------

export function useCertificate(slug: string, code: string) {
  return useQuery({
    queryKey: key(slug, 'certificate', code),
    queryFn: ({ signal }) => api<CertificateVerification>(trainingPath(slug, `/certificates/${enc(code)}`), { signal }),
    retry: noRetryOnAnswer,
    enabled: code.length > 0,
  });
}

// --- The employee ------------------------------------------------------------------------------------------------

export function useOpenEvents(slug: string, page: number) {
  return useQuery({
    queryKey: key(slug, 'events', 'open', page),
    queryFn: ({ signal }) =>
      api<z.infer<typeof eventListSchema>>(trainingPath(slug, '/events'), {
        query: { state: 'open', page, pageSize: 20 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMyRegistrations(slug: string) {
  return useQuery({
    queryKey: key(slug, 'my', 'registrations'),
    queryFn: ({ signal }) => api<{ items: MyRegistration[] }>(trainingPath(slug, '/my/registrations'), { signal }),
  });
}

export function useMyRecord(slug: string, year: number) {
  return useQuery({
    queryKey: key(slug, 'my', 'record', year),
    queryFn: ({ signal }) => api<MyRecord>(trainingPath(slug, '/my/record'), { query: { year }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The signed attendance code of a confirmed seat, drawn as a QR at the door. */
export function useAttendanceCode(slug: string, registrationId: string | null) {
  return useQuery({
    queryKey: key(slug, 'my', 'code', registrationId),
    queryFn: ({ signal }) =>
      api<{ registrationId: string; code: string }>(
        trainingPath(slug, `/my/registrations/${enc(registrationId ?? '')}/code`),
        { signal },
      ),
    enabled: Boolean(registrationId),
    staleTime: Number.POSITIVE_INFINITY,
    retry: noRetryOnAnswer,
  });
}

function useTrainingMutation<I, O>(slug: string, send: (input: I) => Promise<O>) {
  const client = useQueryClient();
  // Not awaited: a row that the refetch removes (an approval decided) unmounts its button, and the caller's own
  // `onSuccess` (the confirmation message) must still run.
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key(slug) });
    },
  });
}

export function useRegister(slug: string) {
  return useTrainingMutation(slug, (eventId: string) =>
    api<{ id: string; status: 'pending' | 'waitlisted'; approvalDueAt: string }>(
      trainingPath(slug, '/my/registrations'),
      { method: 'POST', body: { eventId } },
    ),
  );
}

export function useCancelRegistration(slug: string) {
  return useTrainingMutation(slug, (registrationId: string) =>
    api<{ ok: true }>(trainingPath(slug, `/my/registrations/${enc(registrationId)}/cancel`), { method: 'POST' }),
  );
}

export function useGiveFeedback(slug: string) {
  return useTrainingMutation(
    slug,
    ({
      registrationId,
      ...body
    }: {
      registrationId: string;
      eventRating: number;
      trainerRating: number;
      comment: string;
    }) =>
      api<{ ok: true }>(trainingPath(slug, `/my/registrations/${enc(registrationId)}/feedback`), {
        method: 'POST',
        body,
      }),
  );
}

/** The report goes as multipart: the JSON in `data`, the certificate file in `evidence`. */
export function useReportExternal(slug: string) {
  return useTrainingMutation(slug, async ({ data, evidence }: { data: ExternalInput; evidence: File }) => {
    const form = new FormData();
    form.set('data', JSON.stringify(data));
    form.set('evidence', evidence, evidence.name);
    return sendForm<ExternalView>(trainingPath(slug, '/my/external'), form);
  });
}

async function sendForm<T>(path: string, form: FormData): Promise<T> {
  const token = (await queryClient.ensureQueryData(sessionQuery).catch(() => undefined))?.csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': i18n.language,
        ...(token && { 'x-csrf-token': token }),
      },
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  throw new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? i18n.t('errors.http', { status: response.status }),
    error?.details,
  );
}

export function certificatePdfUrl(slug: string, certificateId: string): string {
  return trainingPath(slug, `/certificates/${enc(certificateId)}/pdf`);
}

export function evidenceUrl(slug: string, externalId: string): string {
  return trainingPath(slug, `/external/${enc(externalId)}/evidence`);
}

// --- The superior --------------------------------------------------------------------------------------------------

export function useApprovals(slug: string) {
  return useQuery({
    queryKey: key(slug, 'approvals'),
    queryFn: ({ signal }) => api<{ items: Approval[] }>(trainingPath(slug, '/approvals'), { signal }),
  });
}

export function useDecide(slug: string) {
  return useTrainingMutation(
    slug,
    ({ registrationId, decision, note }: { registrationId: string; decision: 'approve' | 'decline'; note: string }) =>
      api<{ id: string; status: RegistrationStatus }>(trainingPath(slug, `/approvals/${enc(registrationId)}`), {
        method: 'POST',
        body: { decision, note },
      }),
  );
}

export function useTeamCompliance(slug: string, year: number) {
  return useQuery({
    queryKey: key(slug, 'team', year),
    queryFn: ({ signal }) => api<ComplianceList>(trainingPath(slug, '/compliance/team'), { query: { year }, signal }),
  });
}

// --- Trainers and HR ------------------------------------------------------------------------------------------------

export function useEvents(slug: string, query: { page: number; programmeId?: string }) {
  return useQuery({
    queryKey: key(slug, 'events', 'all', query),
    queryFn: ({ signal }) =>
      api<z.infer<typeof eventListSchema>>(trainingPath(slug, '/events'), {
        query: { state: 'all', pageSize: 25, ...query },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useEventDetail(slug: string, eventId: string) {
  return useQuery({
    queryKey: key(slug, 'event', eventId),
    queryFn: ({ signal }) => api<EventDetail>(trainingPath(slug, `/events/${enc(eventId)}`), { signal }),
    retry: noRetryOnAnswer,
  });
}

export function useCheckIn(slug: string, eventId: string) {
  return useTrainingMutation(slug, (code: string) =>
    api<CheckInResult>(trainingPath(slug, `/events/${enc(eventId)}/check-in`), { method: 'POST', body: { code } }),
  );
}

/** Sends scans kept while offline; not a hook, the sync runs outside React's render. */
export function sendCheckInBatch(slug: string, eventId: string, scans: Array<{ code: string; scannedAt: string }>) {
  return api<BatchResult>(trainingPath(slug, `/events/${enc(eventId)}/check-ins`), {
    method: 'POST',
    body: { scans },
  });
}

export function useRecordAttendance(slug: string, eventId: string) {
  return useTrainingMutation(slug, (entries: Array<{ registrationId: string; attended: boolean }>) =>
    api<{ ok: true }>(trainingPath(slug, `/events/${enc(eventId)}/attendance`), { method: 'PUT', body: { entries } }),
  );
}

export function useRecordScores(slug: string, eventId: string) {
  return useTrainingMutation(
    slug,
    (entries: Array<{ registrationId: string; preScore?: number | null; postScore?: number | null }>) =>
      api<{ ok: true }>(trainingPath(slug, `/events/${enc(eventId)}/scores`), { method: 'PUT', body: { entries } }),
  );
}

export function useCompleteEvent(slug: string, eventId: string) {
  return useTrainingMutation(slug, () =>
    api<{ completed: number; notCompleted: number }>(trainingPath(slug, `/events/${enc(eventId)}/complete`), {
      method: 'POST',
    }),
  );
}

export function useProgrammes(slug: string, query: { page: number; q?: string; pageSize?: number }) {
  return useQuery({
    queryKey: key(slug, 'programmes', query),
    queryFn: ({ signal }) =>
      api<z.infer<typeof programmeListSchema>>(trainingPath(slug, '/programmes'), {
        query: { pageSize: 25, ...query },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useTrainers(slug: string, enabled = true) {
  return useQuery({
    queryKey: key(slug, 'trainers'),
    queryFn: ({ signal }) =>
      api<{ items: Array<{ accountId: string; name: string }> }>(trainingPath(slug, '/trainers'), { signal }),
    enabled,
  });
}

export function useCreateProgramme(slug: string) {
  return useTrainingMutation(slug, (body: ProgrammeInput) =>
    api<ProgrammeView>(trainingPath(slug, '/programmes'), { method: 'POST', body }),
  );
}

export function useUpdateProgramme(slug: string) {
  return useTrainingMutation(
    slug,
    ({ id, change }: { id: string; change: Partial<Omit<ProgrammeInput, 'code'>> & { active?: boolean } }) =>
      api<ProgrammeView>(trainingPath(slug, `/programmes/${enc(id)}`), { method: 'PATCH', body: change }),
  );
}

export function useCreateEvent(slug: string) {
  return useTrainingMutation(slug, (body: EventInput) =>
    api<EventView>(trainingPath(slug, '/events'), { method: 'POST', body }),
  );
}

export function useCancelEvent(slug: string) {
  return useTrainingMutation(slug, (eventId: string) =>
    api<EventView>(trainingPath(slug, `/events/${enc(eventId)}`), { method: 'PATCH', body: { cancelled: true } }),
  );
}

export function useExternalReports(slug: string, query: { page: number; status?: string }) {
  return useQuery({
    queryKey: key(slug, 'external', query),
    queryFn: ({ signal }) =>
      api<z.infer<typeof externalListSchema>>(trainingPath(slug, '/external'), {
        query: { pageSize: 25, ...query },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useDecideExternal(slug: string) {
  return useTrainingMutation(
    slug,
    ({ id, decision, note }: { id: string; decision: 'verified' | 'refused'; note: string }) =>
      api<ExternalView>(trainingPath(slug, `/external/${enc(id)}/decision`), {
        method: 'POST',
        body: { decision, note },
      }),
  );
}

export type NeedView = z.infer<typeof needViewSchema>;
export type PlanItemView = z.infer<typeof planItemViewSchema>;

export function useNeeds(slug: string, year: number) {
  return useQuery({
    queryKey: key(slug, 'needs', year),
    queryFn: ({ signal }) =>
      api<{ year: number; items: NeedView[] }>(trainingPath(slug, '/needs'), { query: { year }, signal }),
  });
}

export function useDrawNeeds(slug: string) {
  return useTrainingMutation(slug, (year: number) =>
    api<{ added: number; suggested: number }>(trainingPath(slug, '/needs/draw'), { method: 'POST', body: { year } }),
  );
}

export function useUpdateNeed(slug: string) {
  return useTrainingMutation(slug, ({ id, status }: { id: string; status: 'open' | 'dismissed' }) =>
    api<NeedView>(trainingPath(slug, `/needs/${enc(id)}`), { method: 'PATCH', body: { status } }),
  );
}

export function usePlan(slug: string, year: number) {
  return useQuery({
    queryKey: key(slug, 'plan', year),
    queryFn: ({ signal }) =>
      api<{ year: number; items: PlanItemView[] }>(trainingPath(slug, '/plan'), { query: { year }, signal }),
  });
}

export function planCsvUrl(slug: string, year: number): string {
  return withQuery(trainingPath(slug, '/plan'), { year, format: 'csv' });
}

export function useAddPlanItem(slug: string) {
  return useTrainingMutation(
    slug,
    (body: {
      year: number;
      title: string;
      topic: string;
      programmeId: string | null;
      unitId: string | null;
      targetParticipants: number;
      needIds: string[];
    }) => api<PlanItemView>(trainingPath(slug, '/plan'), { method: 'POST', body }),
  );
}

export function useUpdatePlanItem(slug: string) {
  return useTrainingMutation(slug, ({ id, status }: { id: string; status: PlanItemView['status'] }) =>
    api<PlanItemView>(trainingPath(slug, `/plan/${enc(id)}`), { method: 'PATCH', body: { status } }),
  );
}

export function useComplianceList(
  slug: string,
  query: { year: number; unitId?: string; below?: 'true'; page: number },
) {
  return useQuery({
    queryKey: key(slug, 'compliance', query),
    queryFn: ({ signal }) =>
      api<ComplianceList>(trainingPath(slug, '/compliance/employees'), { query: { pageSize: 50, ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function complianceCsvUrl(slug: string, query: { year: number; unitId?: string; below?: 'true' }): string {
  return withQuery(trainingPath(slug, '/compliance/employees'), { ...query, format: 'csv' });
}

export function usePublicCompliance(slug: string, year: number) {
  return useQuery({
    queryKey: key(slug, 'public-compliance', year),
    queryFn: ({ signal }) =>
      api<{
        year: number;
        minimumJpPns: number;
        minimumJpPppk: number;
        tenant: ComplianceList['summary'];
        units: Array<ComplianceList['summary'] & { unitId: string; unitName: string }>;
      }>(trainingPath(slug, '/compliance'), { query: { year }, signal }),
  });
}
