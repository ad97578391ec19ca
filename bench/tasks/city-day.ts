import { buildDayMix, insertBaseline, type MixFigures, replayDay } from '../lib/day-mix';
import { nodesDatabaseUrl, reachable, withInstallation } from '../lib/installation';
import { redact } from '../lib/server';
import type { BenchContext, Task } from '../lib/types';

const CONNECTIONS = 40;
const BASELINE_SECONDS = 5;

interface Setup {
  label: string;
  nodes: number;
  insertReqPerSec: number;
  figures: MixFigures;
}

/** A fresh installation on `nodes` nodes; the mix is replayed over all of them. */
function measureInstallation(
  ctx: BenchContext,
  label: string,
  adminUrl: string | undefined,
  nodes: number,
  seconds: number,
): Promise<Setup> {
  return withInstallation(ctx, label, adminUrl, nodes, async (urls, nodeCtx) => {
    const mix = await buildDayMix(nodeCtx);
    // Warm both nodes up (V8 compiles the hot paths), unmeasured.
    await replayDay(urls, mix, { seconds: 5, connections: CONNECTIONS });
    // The baseline is one node's: the figure a second node adds shows as a ratio above one node's.
    const insertReqPerSec = await insertBaseline([urls[0] as string], {
      seconds: BASELINE_SECONDS,
      connections: CONNECTIONS,
    });
    const figures = await replayDay(urls, mix, { seconds, connections: CONNECTIONS });
    ctx.log(`${label}: ${figures.reqPerSec} req/s over the mix, insert baseline ${insertReqPerSec} req/s`);
    return { label, nodes, insertReqPerSec, figures };
  });
}

const ratio = (value: number, baseline: number) => (baseline ? (value / baseline).toFixed(2) : '-');

/**
 * A busy day of a city, replayed as a mix of requests (complaint intakes, logins, portal reads, staff lists,
 * performance reviews; weights in `bench/lib/day-mix.ts`) on 40 connections: on one node with SQLite, and on two
 * nodes sharing one PostgreSQL database (BENCH_DAY_PG_URL, else BENCH_DATABASE_URL, else the local server). Each is a
 * fresh installation with the demo data. Reports req/s and p99 per route, and the mix's req/s as a ratio to the
 * insert baseline measured on one node of the same installation in the same minute.
 */
export const cityDay: Task = {
  name: 'city-day',
  description:
    'A city day mix (intakes, logins, portal, staff lists, reviews) on 1 SQLite node and on 2 nodes on PostgreSQL.',
  async run(ctx) {
    const seconds = Number(process.env.BENCH_DAY_SECONDS ?? 20);
    const started = performance.now();
    const setups: Setup[] = [await measureInstallation(ctx, '1 node, SQLite', undefined, 1, seconds)];
    const pgUrl = nodesDatabaseUrl();
    let skipped: string | undefined;
    if (await reachable(pgUrl)) setups.push(await measureInstallation(ctx, '2 nodes, PostgreSQL', pgUrl, 2, seconds));
    else skipped = `PostgreSQL at ${redact(pgUrl)} unreachable: the two-node half was not measured`;

    const header = `| route | ${setups.map((s) => `${s.label}: req/s | p99 ms`).join(' | ')} |`;
    ctx.log(header);
    ctx.log(`|---|${setups.map(() => '---|---').join('|')}|`);
    const routes = setups[0]?.figures.routes.map((r) => r.route) ?? [];
    for (const route of routes)
      ctx.log(
        `| ${route} | ${setups
          .map((s) => {
            const r = s.figures.routes.find((x) => x.route === route);
            return `${r?.reqPerSec ?? '-'} | ${r?.p99Ms ?? '-'}`;
          })
          .join(' | ')} |`,
      );
    ctx.log(
      `| whole mix (ratio to one node's insert baseline) | ${setups
        .map((s) => `${s.figures.reqPerSec} (${ratio(s.figures.reqPerSec, s.insertReqPerSec)} ×) | -`)
        .join(' | ')} |`,
    );
    const errors = setups.flatMap((s) =>
      s.figures.routes.filter((r) => r.errors > 0).map((r) => `${s.label} ${r.route}: ${r.errors} errors`),
    );
    const totalSeconds = (performance.now() - started) / 1000;
    return {
      seconds: totalSeconds,
      details: setups
        .map(
          (s) =>
            `${s.label}: ${s.figures.reqPerSec} req/s = ${ratio(s.figures.reqPerSec, s.insertReqPerSec)} × insert (${s.insertReqPerSec}/s)`,
        )
        .concat(skipped ? [skipped] : [])
        .join('; '),
      phases: Object.fromEntries(setups.map((s) => [s.label, s.figures.seconds])),
      data: { setups, skipped, connections: CONNECTIONS, secondsPerMix: seconds },
      problem: errors.length
        ? `${errors.join('; ')}; ${setups.flatMap((s) => s.figures.failures).join(' | ')}`
        : undefined,
    };
  },
};
