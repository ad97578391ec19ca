import { nodesDatabaseUrl, reachable, withInstallation } from '../lib/installation';
import { runLoadOver, type SpreadResult, settle, toWire, type WireRequest } from '../lib/load';
import { redact } from '../lib/server';
import type { Task } from '../lib/types';
import { insert } from '../scenarios/baseline-insert';
import { complaintsIntake } from '../scenarios/complaints-intake';

const NODES = 2;
const SECONDS = 10;
const WARMUP_SECONDS = 3;
/** The run's insert baseline has 10 connections, the intake 50: the same here, split over the nodes. */
const INSERT_CONNECTIONS = 10;
const INTAKE_CONNECTIONS = 50;
const TARGET_RATIO = 0.4;
const TARGET_P99_MS = 50;

/**
 * The `complaints-intake` scenario on two nodes sharing one PostgreSQL database (a fresh installation with the demo
 * data): the insert baseline on one node at the start and at the end, and between them the intake with its 50
 * connections split over both nodes. The figure is the sum of both nodes' req/s against the mean of one node's
 * baselines, with p99 over every response (issue 21: at least 0.4 × and p99 under 50 ms, as on one node).
 */
export const complaintsIntakeNodes: Task = {
  name: 'complaints-intake-2-nodes',
  description:
    'Guest complaint intake at 50 connections split over two nodes on one PostgreSQL database, against one node’s insert baseline.',
  async run(ctx) {
    const pgUrl = nodesDatabaseUrl();
    if (!(await reachable(pgUrl))) throw new Error(`PostgreSQL at ${redact(pgUrl)} unreachable`);
    const started = performance.now();
    return withInstallation(ctx, `${NODES} nodes, PostgreSQL`, pgUrl, NODES, async (urls, nodeCtx) => {
      const prepared = await complaintsIntake.setup?.(nodeCtx);
      const intake = toWire(prepared?.requests ?? complaintsIntake.requests ?? [], prepared?.headers);
      const baseline = toWire(insert.requests ?? []);
      const first = [urls[0] as string];
      const load = async (targets: string[], requests: WireRequest[], connections: number, duration: number) => {
        const result = await runLoadOver(targets, { title: 'intake-nodes', requests, connections, duration });
        for (const url of targets) await settle(url);
        return result;
      };
      // Warm-up, unmeasured: V8 compiles the hot paths of both nodes.
      await load(first, baseline, INSERT_CONNECTIONS, WARMUP_SECONDS);
      await load(urls, intake, INTAKE_CONNECTIONS, WARMUP_SECONDS);
      const before = await load(first, baseline, INSERT_CONNECTIONS, SECONDS);
      const spread = await load(urls, intake, INTAKE_CONNECTIONS, SECONDS);
      const after = await load(first, baseline, INSERT_CONNECTIONS, SECONDS);
      return outcome(spread, before, after, (performance.now() - started) / 1000);
    });
  },
};

function outcome(spread: SpreadResult, before: SpreadResult, after: SpreadResult, seconds: number) {
  const baseline = (before.reqPerSec + after.reqPerSec) / 2;
  const ratio = baseline ? spread.reqPerSec / baseline : 0;
  const drift = before.reqPerSec ? after.reqPerSec / before.reqPerSec - 1 : 0;
  const met = ratio >= TARGET_RATIO && spread.latency.p99 <= TARGET_P99_MS;
  const perNode = spread.perNode.map((n) => Math.round(n)).join(' + ');
  const failed = spread.non2xx + spread.errors + before.non2xx + after.non2xx + before.errors + after.errors;
  return {
    seconds,
    details:
      `${Math.round(spread.reqPerSec)} req/s (${perNode}), ${ratio.toFixed(2)} × one node's insert ` +
      `(${Math.round(before.reqPerSec)} → ${Math.round(after.reqPerSec)} req/s, drift ${Math.round(drift * 100)} %), ` +
      `p50 ${spread.latency.p50} ms, p99 ${spread.latency.p99} ms; target ≥ ${TARGET_RATIO} ×, p99 ≤ ${TARGET_P99_MS} ms: ` +
      (met ? 'met' : 'MISSED'),
    phases: { intake: SECONDS },
    data: { nodes: NODES, intake: spread, insertBefore: before, insertAfter: after, ratio, drift, met },
    problem: failed ? `${spread.non2xx + before.non2xx + after.non2xx} non-2xx answers, connection errors` : undefined,
  };
}
