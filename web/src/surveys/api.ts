import type {
  CommentsView,
  ExtraQuestionAdminView,
  ExtraQuestionInput,
  ExtraQuestionUpdate,
  KioskSessionView,
  PaperEntryInput,
  PlanActionInput,
  PlanActionView,
  PublishInput,
  PublishView,
  ResponseInput,
  ResultsView,
  StaffResultsView,
  SurveyFormView,
  SurveyUnitsView,
  TrendsView,
} from '@lentera/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, withQuery } from '../ui/api';

/** Every surveys address in one place: `/api/t/:slug/surveys/...`. */
export function surveysPath(slug: string, rest = ''): string {
  return `/api/t/${encodeURIComponent(slug)}/surveys${rest}`;
}

const key = (slug: string, ...rest: unknown[]) => ['tenant', slug, 'surveys', ...rest] as const;
const enc = encodeURIComponent;

/** A link's dead end (used, expired, unknown) is an answer, not a failure to retry. */
const noRetryOnAnswer = (count: number, error: unknown) =>
  !(error instanceof ApiError && error.status < 500) && count < 2;

// --- The respondent ------------------------------------------------------------------------------------------

/** Where a questionnaire is read and answered: by a visit's one-time token, or by a unit's open public link. */
export type FormRef = { kind: 'token'; token: string } | { kind: 'open'; unitId: string; serviceKey: string };

export function formPath(slug: string, ref: FormRef): string {
  return ref.kind === 'token'
    ? surveysPath(slug, `/form/${enc(ref.token)}`)
    : surveysPath(slug, `/open/${enc(ref.unitId)}/${enc(ref.serviceKey)}`);
}

export function useSurveyForm(slug: string, ref: FormRef) {
  return useQuery({
    queryKey: key(slug, 'form', ref),
    queryFn: ({ signal }) => api<SurveyFormView>(formPath(slug, ref), { signal }),
    retry: noRetryOnAnswer,
    // The form does not change while it is being filled in; refetching on focus would only risk losing it.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function useSubmitSurvey(slug: string, ref: FormRef) {
  return useMutation({
    mutationFn: (body: ResponseInput) => api<{ ok: true }>(formPath(slug, ref), { method: 'POST', body }),
  });
}

// --- The kiosk at the counter ---------------------------------------------------------------------------------

/** A service officer starts the one response of a finished visit on the counter's tablet. */
export function useStartKiosk(slug: string) {
  return useMutation({
    mutationFn: (token: string) =>
      api<KioskSessionView>(surveysPath(slug, '/kiosk'), { method: 'POST', body: { token } }),
  });
}

/** The kiosk session's one response. */
export function useSubmitKiosk(slug: string) {
  return useMutation({
    mutationFn: ({ session, body }: { session: string; body: ResponseInput }) =>
      api<{ ok: true }>(surveysPath(slug, `/kiosk/${enc(session)}`), { method: 'POST', body }),
  });
}

// --- Public results --------------------------------------------------------------------------------------------

export function useResults(slug: string, query: { period?: string; unitId?: string }) {
  return useQuery({
    queryKey: key(slug, 'results', query),
    queryFn: ({ signal }) => api<ResultsView>(surveysPath(slug, '/results'), { query, signal }),
    placeholderData: keepPreviousData,
  });
}

// --- Staff -------------------------------------------------------------------------------------------------------

/** The units (and their services) the signed-in person may work on. */
export function useStaffUnits(slug: string) {
  return useQuery({
    queryKey: key(slug, 'staff', 'units'),
    queryFn: ({ signal }) => api<SurveyUnitsView>(surveysPath(slug, '/staff/units'), { signal }),
  });
}

export function useStaffResults(slug: string, unitId: string | undefined, period: string | undefined) {
  return useQuery({
    queryKey: key(slug, 'staff', 'results', unitId, period),
    queryFn: ({ signal }) =>
      api<StaffResultsView>(surveysPath(slug, '/staff/results'), { query: { unitId, period }, signal }),
    enabled: Boolean(unitId && period),
    placeholderData: keepPreviousData,
  });
}

export function useComments(slug: string, query: { unitId?: string; period?: string; channel?: string; page: number }) {
  return useQuery({
    queryKey: key(slug, 'staff', 'comments', query),
    queryFn: ({ signal }) =>
      api<CommentsView>(surveysPath(slug, '/staff/comments'), { query: { ...query, pageSize: 10 }, signal }),
    enabled: Boolean(query.unitId && query.period),
    placeholderData: keepPreviousData,
  });
}

/** The download of a unit's period comments (all of them, with the channel filter of the list). */
export function commentsExportUrl(
  slug: string,
  query: { unitId: string; period: string; channel?: string },
  format: 'csv' | 'xlsx',
): string {
  return withQuery(surveysPath(slug, '/staff/comments'), { ...query, format });
}

export function useTrends(slug: string, unitId: string | undefined) {
  return useQuery({
    queryKey: key(slug, 'staff', 'trends', unitId),
    queryFn: ({ signal }) => api<TrendsView>(surveysPath(slug, '/staff/trends'), { query: { unitId }, signal }),
    enabled: Boolean(unitId),
  });
}

function useStaffMutation<I, O>(slug: string, send: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: key(slug) }) });
}

export function useEnterPaper(slug: string) {
  return useStaffMutation(slug, (body: PaperEntryInput) =>
    api<{ ok: true }>(surveysPath(slug, '/paper'), { method: 'POST', body }),
  );
}

export function usePublish(slug: string) {
  return useStaffMutation(slug, (body: PublishInput) =>
    api<PublishView>(surveysPath(slug, '/staff/publish'), { method: 'POST', body }),
  );
}

export function useEnterVisits(slug: string) {
  return useStaffMutation(slug, (body: { unitId: string; period: string; visits: number }) =>
    api<unknown>(surveysPath(slug, '/staff/visits'), { method: 'PUT', body }),
  );
}

export function useAddPlanAction(slug: string) {
  return useStaffMutation(slug, (body: PlanActionInput) =>
    api<PlanActionView>(surveysPath(slug, '/staff/plan'), { method: 'POST', body }),
  );
}

export type PlanActionChange = Partial<Omit<PlanActionInput, 'unitId' | 'period' | 'element'>>;
export function useUpdatePlanAction(slug: string) {
  return useStaffMutation(slug, ({ id, change }: { id: string; change: PlanActionChange }) =>
    api<PlanActionView>(surveysPath(slug, `/staff/plan/${enc(id)}`), { method: 'PATCH', body: change }),
  );
}

// --- The tenant's own questions ------------------------------------------------------------------------------------

/** The active questions, as the forms show them (public). */
export function useExtraQuestions(slug: string) {
  return useQuery({
    queryKey: key(slug, 'questions'),
    queryFn: ({ signal }) =>
      api<Array<{ id: string; text: { id: string; en: string } }>>(surveysPath(slug, '/questions'), { signal }),
  });
}

/** Every question, deactivated ones included (tenant admin). */
export function useAdminQuestions(slug: string) {
  return useQuery({
    queryKey: key(slug, 'staff', 'questions'),
    queryFn: ({ signal }) => api<ExtraQuestionAdminView[]>(surveysPath(slug, '/staff/questions'), { signal }),
  });
}

export function useAddQuestion(slug: string) {
  return useStaffMutation(slug, (body: ExtraQuestionInput) =>
    api<ExtraQuestionAdminView>(surveysPath(slug, '/staff/questions'), { method: 'POST', body }),
  );
}

export function useChangeQuestion(slug: string) {
  return useStaffMutation(slug, ({ id, change }: { id: string; change: ExtraQuestionUpdate }) =>
    api<ExtraQuestionAdminView>(surveysPath(slug, `/staff/questions/${enc(id)}`), { method: 'PATCH', body: change }),
  );
}
