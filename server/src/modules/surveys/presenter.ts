import {
  ELEMENT_CODES,
  type ElementCode,
  indexFromSums,
  type PlanActionView,
  type ResponseChannel,
  type SurveyFigures,
  type SurveyPlanStatus,
  type UnitResults,
} from '@lentera/common';
import type { SumsRow } from './repository/responses';
import type { PlanActionRow } from './repository/tables';

/** Channels whose responses enter the IKM: each belongs to a real visit or a numbered paper form. */
export const VERIFIED: readonly ResponseChannel[] = ['visit_link', 'kiosk', 'paper'];

/** The index of a set of grouped sums (added up in integers first), or null when nobody answered. */
export function figuresOf(rows: readonly SumsRow[]): SurveyFigures | null {
  let n = 0;
  const sums = ELEMENT_CODES.map(() => 0);
  for (const row of rows) {
    n += row.n;
    row.sums.forEach((s, i) => {
      sums[i] = (sums[i] ?? 0) + s;
    });
  }
  const figures = indexFromSums(
    Object.fromEntries(ELEMENT_CODES.map((c, i) => [c, sums[i] ?? 0])) as Record<ElementCode, number>,
    n,
  );
  return figures ? { ...figures } : null;
}

/** The figures of a unit live from its grouped sums (one unit, one period): null without a verified response. */
export type LiveUnit = Omit<UnitResults, 'published' | 'publishedAt' | 'reportPdf' | 'previous' | 'plan'>;

export function unitFromSums(rows: readonly SumsRow[]): LiveUnit | null {
  const verified = rows.filter((r) => VERIFIED.includes(r.channel as ResponseChannel));
  const figures = figuresOf(verified);
  const first = rows[0];
  if (!figures || !first) return null;
  const byChannel = { visit_link: 0, kiosk: 0, paper: 0, public_link: 0 };
  for (const row of rows) byChannel[row.channel as ResponseChannel] += row.n;
  const keys = [...new Set(verified.map((r) => r.serviceKey))];
  const services = keys
    .map((serviceKey) => {
      const own = verified.filter((r) => r.serviceKey === serviceKey);
      return { serviceKey, serviceName: own[0]?.serviceName ?? '', ...(figuresOf(own) as SurveyFigures) };
    })
    .sort((a, b) => a.serviceName.localeCompare(b.serviceName));
  return {
    unitId: first.unitId,
    unitName: first.unitName,
    ...figures,
    byChannel,
    services,
    publicLink: figuresOf(rows.filter((r) => r.channel === 'public_link')),
  };
}

/** Groups rows by unit id. */
export function byUnit(rows: readonly SumsRow[]): Map<string, SumsRow[]> {
  const map = new Map<string, SumsRow[]>();
  for (const row of rows) map.set(row.unitId, [...(map.get(row.unitId) ?? []), row]);
  return map;
}

export function planView(row: PlanActionRow): PlanActionView {
  return {
    id: row.id,
    period: row.period,
    element: row.element as ElementCode,
    action: row.action,
    owner: row.owner,
    dueDate: row.due_date,
    progress: Number(row.progress),
    status: row.status as SurveyPlanStatus,
    updatedAt: row.updated_at,
  };
}

/** Elements from weakest to strongest NRR (ties in code order). */
export function weakestFirst(nrr: Record<ElementCode, number>): ElementCode[] {
  return [...ELEMENT_CODES].sort((a, b) => nrr[a] - nrr[b] || a.localeCompare(b));
}

/** The semester before `2026-S1` is `2025-S2`. */
export function previousPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  return period.endsWith('S2') ? `${year}-S1` : `${year - 1}-S2`;
}
