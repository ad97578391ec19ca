import type {
  Annual,
  actingSchema,
  coachingSchema,
  distributionWarningSchema,
  PerformanceSettings,
  PerformanceYear,
  Plan,
  PlanContentInput,
  PublishedPerformance,
  performanceDashboardSchema,
  performanceHistorySchema,
  Rating,
  Report,
  ReportContentInput,
  reviewContextSchema,
  reviewInboxItemSchema,
  teamStatusSchema,
} from '@lentera/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type QueryParams, withQuery } from '../ui/api';

export type InboxItem = z.infer<typeof reviewInboxItemSchema>;
export type TeamStatus = z.infer<typeof teamStatusSchema>;
export type Dashboard = z.infer<typeof performanceDashboardSchema>;
export type History = z.infer<typeof performanceHistorySchema>;
export type Acting = z.infer<typeof actingSchema>;
export type Coaching = z.infer<typeof coachingSchema>;
export type ReviewContext = z.infer<typeof reviewContextSchema>;
export type DistributionWarning = z.infer<typeof distributionWarningSchema>;
export interface AnnualContext {
  annual: Annual | null;
  periodic: Annual['periodic'];
  warnings: DistributionWarning[];
}
export interface AwardCandidate {
  employeeId: string;
  nip: string;
  name: string;
  unitId: string | null;
  year: number;
}

export function performanceBase(slug: string): string {
  return `/api/t/${encodeURIComponent(slug)}/performance`;
}

const key = (slug: string, ...rest: unknown[]) => ['tenant', slug, 'performance', ...rest];

function useGet<T>(slug: string, path: string, query?: QueryParams, enabled = true) {
  return useQuery({
    queryKey: key(slug, path, query ?? {}),
    queryFn: ({ signal }) => api<T>(`${performanceBase(slug)}${path}`, { query, signal }),
    enabled,
  });
}

/** A mutation that refreshes every performance query of the tenant afterwards (statuses move together). */
function useSend<I, O>(
  slug: string,
  send: (input: I) => { method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; body?: unknown },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => {
      const { method, path, body } = send(input);
      return api<O>(`${performanceBase(slug)}${path}`, { method, body });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(slug) }),
  });
}

const enc = encodeURIComponent;

export const useYears = (slug: string) => useGet<{ items: PerformanceYear[] }>(slug, '/years');
export const useSettings = (slug: string) => useGet<PerformanceSettings>(slug, '/settings');
export const useMyPlan = (slug: string, year: number) =>
  useGet<{ plan: Plan | null; superiorRhk: Array<{ id: string; text: string }> }>(slug, '/me/plan', { year });
export const usePlan = (slug: string, id: string) => useGet<Plan>(slug, `/plans/${enc(id)}`, undefined, Boolean(id));
export const useMyReports = (slug: string, year: number) => useGet<{ items: Report[] }>(slug, '/me/reports', { year });
export const useReport = (slug: string, id: string) => useGet<Report>(slug, `/reports/${enc(id)}`);
export const useReviewContext = (slug: string, id: string, enabled: boolean) =>
  useGet<ReviewContext>(slug, `/reports/${enc(id)}/context`, undefined, enabled);
export const useInbox = (slug: string) => useGet<{ items: InboxItem[] }>(slug, '/inbox');
export const useTeam = (slug: string, year: number, periodIndex: number) =>
  useGet<TeamStatus>(slug, '/team', { year, periodIndex });
export const useDashboard = (slug: string, year: number, periodIndex?: number) =>
  useGet<Dashboard>(slug, '/dashboard', { year, periodIndex });
export const useUnitMembers = (slug: string, unitId: string | undefined, year: number, periodIndex: number) =>
  useGet<TeamStatus>(slug, `/dashboard/units/${enc(unitId ?? '')}`, { year, periodIndex }, Boolean(unitId));
export const useMyHistory = (slug: string) => useGet<History>(slug, '/me/history');
export const useAnnualContext = (slug: string, employeeId: string | undefined, year: number) =>
  useGet<AnnualContext>(slug, `/employees/${enc(employeeId ?? '')}/annual`, { year }, Boolean(employeeId));
export const useAnnual = (slug: string, id: string) => useGet<Annual>(slug, `/annuals/${enc(id)}`);
export const useActing = (slug: string) => useGet<{ items: Acting[] }>(slug, '/acting');
export const useCoaching = (slug: string, year?: number) => useGet<{ items: Coaching[] }>(slug, '/coaching', { year });
export const useAwards = (slug: string, year: number, enabled = true) =>
  useGet<{ items: AwardCandidate[] }>(slug, '/awards', { year }, enabled);

export function dashboardXlsxUrl(slug: string, year: number, periodIndex?: number): string {
  return withQuery(`${performanceBase(slug)}/dashboard`, { year, periodIndex, format: 'xlsx' });
}
export function publishedUrl(slug: string, year: number, format?: 'csv' | 'json'): string {
  return withQuery(`${performanceBase(slug)}/published`, { year, format });
}
export function usePublished(slug: string, year: number) {
  return useQuery({
    queryKey: key(slug, 'published', year),
    queryFn: ({ signal }) => api<PublishedPerformance>(publishedUrl(slug, year), { signal }),
    staleTime: 60_000,
  });
}

export const useSavePlan = (slug: string) =>
  useSend<{ year: number; content: PlanContentInput }, Plan>(slug, (body) => ({ method: 'PUT', path: '/plans', body }));
export const useSubmitPlan = (slug: string) =>
  useSend<string, Plan>(slug, (id) => ({ method: 'POST', path: `/plans/${enc(id)}/submit` }));
export const useDecidePlan = (slug: string, id: string) =>
  useSend<{ decision: 'approve' | 'return'; note?: string }, Plan>(slug, (body) => ({
    method: 'POST',
    path: `/plans/${enc(id)}/decision`,
    body,
  }));
export const useSaveReport = (slug: string) =>
  useSend<{ year: number; periodIndex: number; content: ReportContentInput }, Report>(slug, (body) => ({
    method: 'PUT',
    path: '/reports',
    body,
  }));
export const useSubmitReport = (slug: string) =>
  useSend<string, Report>(slug, (id) => ({ method: 'POST', path: `/reports/${enc(id)}/submit` }));
export type ReviewInput =
  | { decision: 'approve'; feedback?: string; hasilKerja: Rating; perilaku: Rating }
  | { decision: 'return'; feedback: string };
export const useReviewReport = (slug: string, id: string) =>
  useSend<ReviewInput, Report>(slug, (body) => ({ method: 'POST', path: `/reports/${enc(id)}/review`, body }));
export const useReopenReport = (slug: string, id: string) =>
  useSend<{ reason: string }, Report>(slug, (body) => ({ method: 'POST', path: `/reports/${enc(id)}/reopen`, body }));
export const useRateAnnual = (slug: string, employeeId: string) =>
  useSend<{ year: number; hasilKerja: Rating; perilaku: Rating; notes?: string }, Annual>(slug, (body) => ({
    method: 'POST',
    path: `/employees/${enc(employeeId)}/annual`,
    body,
  }));
export const useAnnualAction = (slug: string) =>
  useSend<
    | { id: string; action: 'confirm' | 'acknowledge' }
    | { id: string; action: 'objection'; reason: string }
    | {
        id: string;
        action: 'objection-decision';
        decision: 'upheld' | 'rejected';
        note: string;
        hasilKerja?: Rating;
        perilaku?: Rating;
      },
    Annual
  >(slug, ({ id, action, ...body }) => ({
    method: 'POST',
    path: `/annuals/${enc(id)}/${action}`,
    body: action === 'confirm' || action === 'acknowledge' ? undefined : body,
  }));
export const useOpenYear = (slug: string) =>
  useSend<number, PerformanceYear>(slug, (year) => ({ method: 'POST', path: '/years', body: { year } }));
export const useCloseYear = (slug: string) =>
  useSend<number, PerformanceYear>(slug, (year) => ({ method: 'POST', path: `/years/${year}/close` }));
export const useUpdateSettings = (slug: string) =>
  useSend<PerformanceSettings, PerformanceSettings>(slug, (body) => ({ method: 'PUT', path: '/settings', body }));
export const useAppointActing = (slug: string) =>
  useSend<
    { replacesId: string | null; unitId: string | null; actingId: string; from: string; to: string; reason: string },
    { id: string }
  >(slug, (body) => ({ method: 'POST', path: '/acting', body }));
export const useEndActing = (slug: string) =>
  useSend<string, { ok: true }>(slug, (id) => ({ method: 'DELETE', path: `/acting/${enc(id)}` }));
export const useSetUnitPredikat = (slug: string) =>
  useSend<{ year: number; unitId: string; predikat: string }, { ok: true }>(slug, (body) => ({
    method: 'PUT',
    path: '/unit-predikat',
    body,
  }));
export const useUpdateCoaching = (slug: string) =>
  useSend<{ id: string; body: unknown }, Coaching>(slug, ({ id, body }) => ({
    method: 'PATCH',
    path: `/coaching/${enc(id)}`,
    body,
  }));
export const useReferCoaching = (slug: string) =>
  useSend<{ id: string; reason: string }, Coaching>(slug, ({ id, reason }) => ({
    method: 'POST',
    path: `/coaching/${enc(id)}/referral`,
    body: { reason },
  }));
