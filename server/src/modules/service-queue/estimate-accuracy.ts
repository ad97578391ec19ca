import { estimateWaitMinutes, median, percentile } from '@lentera/common';

export interface VisitRecord {
  serviceId: string;
  day: string;
  lineAt: number;
  calledAt: number;
  /** Null for a visit that did not finish as served (a no-show). */
  finishedAt: number | null;
}

/**
 * Replays a history of visits and compares, for each visitor, the wait the phone page would have estimated when the
 * ticket was taken (the people still waiting before them, the service's last 30 visits then finished, from call to
 * finish, and the counters serving it) with the wait that followed. Minutes; the error is estimate minus real wait.
 */
export function estimateAccuracy(
  visits: readonly VisitRecord[],
  averageMinutes: ReadonlyMap<string, number>,
  countersServing: ReadonlyMap<string, number>,
) {
  const byService = new Map<string, VisitRecord[]>();
  for (const v of visits) byService.set(v.serviceId, [...(byService.get(v.serviceId) ?? []), v]);
  const errors: number[] = [];
  const waits: number[] = [];
  for (const [serviceId, list] of byService) {
    const sorted = [...list].sort((a, b) => a.lineAt - b.lineAt);
    const finished = list
      .filter((v) => v.finishedAt !== null)
      .sort((a, b) => (a.finishedAt as number) - (b.finishedAt as number));
    const sameDay = new Map<string, VisitRecord[]>();
    for (const v of sorted) sameDay.set(v.day, [...(sameDay.get(v.day) ?? []), v]);
    let known = 0;
    for (const visit of sorted) {
      while (known < finished.length && ((finished[known] as VisitRecord).finishedAt as number) <= visit.lineAt)
        known += 1;
      const ahead = (sameDay.get(visit.day) ?? []).filter(
        (o) => o !== visit && o.lineAt <= visit.lineAt && o.calledAt > visit.lineAt,
      ).length;
      const recent = finished
        .slice(Math.max(0, known - 30), known)
        .map((o) => ((o.finishedAt as number) - o.calledAt) / 60_000);
      const estimate = estimateWaitMinutes(
        ahead,
        recent,
        averageMinutes.get(serviceId) ?? 10,
        countersServing.get(serviceId) ?? 1,
      );
      const real = (visit.calledAt - visit.lineAt) / 60_000;
      waits.push(real);
      errors.push(estimate - real);
    }
  }
  const absolute = errors.map(Math.abs);
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return {
    visits: errors.length,
    realWaitMedian: round(median(waits)),
    absoluteErrorMedian: round(median(absolute)),
    absoluteErrorP90: round(percentile(absolute, 90)),
    /** Positive: the estimate was longer than the wait (better than promising too little). */
    biasMedian: round(median(errors)),
  };
}
