import { fetchJson } from '../lib/http';
import { assertValidNips, IMPORT_POSITIONS, importPopulation, toCsv } from '../lib/population';
import type { BenchContext, Task } from '../lib/types';

/** A demo city the load scenarios leave alone, so its numbers do not move theirs. */
const TENANT = 'serang';
const ROWS = 50_000;
/** The rows' dates lie on or before this day: a fixed date, so the file is the same on every machine. */
const AS_OF = '2025-12-31';
const POLL_MS = 50;
const APPLY_LIMIT_MS = 10 * 60_000;

interface RowError {
  line: number;
  column: string;
  value: string;
  reason: string;
}
interface Summary {
  create: number;
  update: number;
  unchanged: number;
  newPositions: number;
}
interface DryRun {
  id: string;
  rows: number;
  errors: RowError[];
  summary: Summary;
  status: string;
}
interface ImportState {
  id: string;
  status: string;
  summary: (Partial<Summary> & { failure?: string; errors?: RowError[] }) | null;
  progress: { done: number; total: number };
}

const since = (started: number) => (performance.now() - started) / 1000;
const round = (seconds: number) => Math.round(seconds * 1000) / 1000;
const n = (value: number) => value.toLocaleString('en');
const showErrors = (errors: RowError[]) =>
  errors
    .slice(0, 3)
    .map((e) => `line ${e.line} ${e.column} "${e.value}": ${e.reason}`)
    .join('; ');

/** Uploads the file as the import page does (multipart, field `file`): the dry run, timed from the client. */
async function dryRun(ctx: BenchContext, headers: Record<string, string>, csv: string, fileName: string) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), fileName);
  const started = performance.now();
  const report = await fetchJson<DryRun>(ctx, `/api/t/${TENANT}/people/imports`, {
    method: 'POST',
    headers,
    body: form,
    signal: AbortSignal.timeout(APPLY_LIMIT_MS),
  });
  return { report, seconds: since(started) };
}

/**
 * Applies a checked import and polls its status until it is applied or failed, as the import page does.
 * Meanwhile a second client reads the public tenant record in a loop: how long an unrelated request waits
 * while the import's transaction runs.
 */
async function apply(ctx: BenchContext, headers: Record<string, string>, id: string) {
  const started = performance.now();
  const accepted = await fetchJson<{ status: string }>(ctx, `/api/t/${TENANT}/people/imports/${id}/apply`, {
    method: 'POST',
    headers,
  });
  if (accepted.status !== 'applying') throw new Error(`apply answered status "${accepted.status}"`);
  let done = false;
  let longestRead = 0;
  let reads = 0;
  const reader = (async () => {
    while (!done) {
      const at = performance.now();
      const response = await ctx.fetch(`/api/t/${TENANT}`, { signal: AbortSignal.timeout(APPLY_LIMIT_MS) });
      await response.arrayBuffer();
      longestRead = Math.max(longestRead, performance.now() - at);
      reads += 1;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  try {
    for (;;) {
      const state = await fetchJson<ImportState>(ctx, `/api/t/${TENANT}/people/imports/${id}`, {
        headers,
        signal: AbortSignal.timeout(APPLY_LIMIT_MS),
      });
      if (state.status === 'applied') return { state, seconds: since(started), longestRead, reads };
      if (state.status === 'failed')
        throw new Error(
          `the import failed: ${state.summary?.failure ?? 'no reason given'} ${showErrors(state.summary?.errors ?? [])}`,
        );
      if (performance.now() - started > APPLY_LIMIT_MS)
        throw new Error(`the import was still "${state.status}" after ${APPLY_LIMIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    done = true;
    await reader.catch(() => {});
  }
}

/**
 * 50,000 new employees through the HTTP API, as an hr_admin imports them: the template's columns, existing
 * unit codes, positions given by name, kind and class (those a unit lacks are created), valid NIPs. Timed:
 * the upload with its dry run, then the apply until its status is 'applied'. The same file is then
 * imported again, which must find every row unchanged.
 */
export const peopleImport50k: Task = {
  name: 'people-import-50k',
  description:
    `POST /api/t/${TENANT}/people/imports (CSV of ${n(ROWS)} new employees) as the hr_admin, then /apply and ` +
    "polling until 'applied': seconds = dry run + apply (client wall clock). The same file imported again must " +
    'report every row unchanged.',
  targetSeconds: 15,
  async run(ctx) {
    const account = await ctx.demoLogin(TENANT, 'hr_admin');
    const session = await ctx.login(account.login, account.password);
    const read = { cookie: session.cookie, accept: 'application/json' };

    const units = (
      await fetchJson<{ items: Array<{ code: string; closedOn: string | null }> }>(
        ctx,
        `/api/t/${TENANT}/people/units`,
        { headers: read },
      )
    ).items.filter((u) => !u.closedOn);
    const template = await ctx.fetch(`/api/t/${TENANT}/people/import/template?format=csv`, {
      headers: { cookie: session.cookie },
    });
    const templateText = (await template.text()).replace(/^\uFEFF/, '');
    if (!template.ok) throw new Error(`GET the import template answered ${template.status}`);
    const header = (templateText.split(/\r?\n/, 1)[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''));

    const started = performance.now();
    const rows = importPopulation({
      slug: TENANT,
      count: ROWS,
      unitCodes: units.map((u) => u.code),
      asOf: AS_OF,
      superiorEvery: 50,
    });
    assertValidNips(rows, AS_OF);
    const unknown = header.filter((column) => !(column in (rows[0] ?? {})));
    if (unknown.length) throw new Error(`the template has columns the bench does not fill: ${unknown.join(', ')}`);
    const csv = toCsv(header, rows);
    const megabytes = Buffer.byteLength(csv) / 1024 ** 2;
    ctx.log(
      `${n(ROWS)} rows over ${units.length} units generated in ${since(started).toFixed(1)} s (${megabytes.toFixed(1)} MB)`,
    );

    const before = (await fetchJson<{ total: number }>(ctx, `/api/t/${TENANT}/workforce/stats`)).total;
    const fileName = `pegawai-${TENANT}-${ROWS}.csv`;

    // The import.
    const first = await dryRun(ctx, session.headers, csv, fileName);
    if (first.report.errors.length)
      throw new Error(`the dry run found ${first.report.errors.length} bad rows: ${showErrors(first.report.errors)}`);
    if (first.report.summary.create !== ROWS)
      throw new Error(`the dry run plans ${JSON.stringify(first.report.summary)}, not ${ROWS} new employees`);
    ctx.log(`dry run ${first.seconds.toFixed(2)} s: ${JSON.stringify(first.report.summary)}`);
    const applied = await apply(ctx, session.headers, first.report.id);
    ctx.log(
      `apply ${applied.seconds.toFixed(2)} s (a concurrent read waited up to ${(applied.longestRead / 1000).toFixed(2)} s)`,
    );
    const after = (await fetchJson<{ total: number }>(ctx, `/api/t/${TENANT}/workforce/stats`)).total;

    // The same file again: nothing to do.
    const second = await dryRun(ctx, session.headers, csv, fileName);
    if (second.report.errors.length)
      throw new Error(
        `the second dry run found ${second.report.errors.length} bad rows: ${showErrors(second.report.errors)}`,
      );
    const again = await apply(ctx, session.headers, second.report.id);
    ctx.log(
      `again: dry run ${second.seconds.toFixed(2)} s, apply ${again.seconds.toFixed(2)} s: ${JSON.stringify(second.report.summary)}`,
    );
    const unchangedAfter = (await fetchJson<{ total: number }>(ctx, `/api/t/${TENANT}/workforce/stats`)).total;

    const problems: string[] = [];
    if (after - before !== ROWS) problems.push(`the tenant grew by ${after - before} active employees, not ${ROWS}`);
    const s = second.report.summary;
    if (s.unchanged !== ROWS || s.create || s.update || s.newPositions)
      problems.push(`the same file again plans ${JSON.stringify(s)}, not ${ROWS} unchanged`);
    if (again.state.summary?.unchanged !== ROWS)
      problems.push(`the second apply reports ${JSON.stringify(again.state.summary)}`);
    if (unchangedAfter !== after)
      problems.push(`the second apply changed the headcount from ${after} to ${unchangedAfter}`);

    const seconds = first.seconds + applied.seconds;
    const outcome = {
      seconds: round(seconds),
      details:
        `dry run ${first.seconds.toFixed(2)} s + apply ${applied.seconds.toFixed(2)} s; ` +
        `${n(first.report.summary.create)} created, ${first.report.summary.newPositions} new positions, ` +
        `${megabytes.toFixed(1)} MB; reads waited ≤ ${(applied.longestRead / 1000).toFixed(2)} s during apply; ` +
        `same file again: ${second.seconds.toFixed(2)} s + ${again.seconds.toFixed(2)} s = ` +
        `${(second.seconds + again.seconds).toFixed(2)} s, ${n(s.unchanged)} unchanged`,
      phases: {
        dryRun: round(first.seconds),
        apply: round(applied.seconds),
        total: round(seconds),
        againDryRun: round(second.seconds),
        againApply: round(again.seconds),
        againTotal: round(second.seconds + again.seconds),
      },
      data: {
        tenant: TENANT,
        rows: ROWS,
        csvBytes: Buffer.byteLength(csv),
        units: units.length,
        positionsNamed: IMPORT_POSITIONS.length,
        activeBefore: before,
        activeAfter: after,
        firstSummary: first.report.summary,
        secondSummary: s,
        secondApplySummary: again.state.summary,
        concurrentReads: { duringFirstApply: applied.reads, longestMs: Math.round(applied.longestRead) },
        concurrentReadsAgain: { duringSecondApply: again.reads, longestMs: Math.round(again.longestRead) },
      },
    };
    return problems.length ? { ...outcome, problem: problems.join('; ') } : outcome;
  },
};
