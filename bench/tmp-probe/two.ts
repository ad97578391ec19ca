import { execSync } from 'node:child_process';
import { withInstallation } from '../lib/installation';
import { runLoadOver, settle, toWire } from '../lib/load';
import { insert } from '../scenarios/baseline-insert';
import { complaintsIntake } from '../scenarios/complaints-intake';

const log = (l: string) => console.log(l);
const ctx = { log } as never;
const cpu = () => {
  const stat = execSync('head -1 /proc/stat').toString().trim().split(/\s+/).slice(1).map(Number);
  const procs = execSync('ps -eo comm,cputimes --no-headers')
    .toString()
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  const by: Record<string, number> = {};
  for (const [c, t] of procs) by[c as string] = (by[c as string] ?? 0) + Number(t);
  return { total: stat.reduce((a, b) => a + b, 0), idle: (stat[3] ?? 0) + (stat[4] ?? 0), by };
};
const diff = (a: ReturnType<typeof cpu>, b: ReturnType<typeof cpu>, secs: number) => {
  const busy = 1 - (b.idle - a.idle) / (b.total - a.total);
  const per = Object.keys(b.by)
    .map((k) => [k, ((b.by[k] ?? 0) - (a.by[k] ?? 0)) / secs] as const)
    .filter(([, v]) => v > 0.02)
    .sort((x, y) => y[1] - x[1]);
  return `machine busy ${(busy * 100).toFixed(0)} % of 2 cores; ${per.map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`).join(', ')}`;
};
await withInstallation(
  ctx,
  'probe',
  'postgres://postgres@127.0.0.1:5432/postgres',
  Number(process.env.NODES ?? 2),
  async (urls, nodeCtx) => {
    const prepared = await complaintsIntake.setup?.(nodeCtx);
    const intake = toWire(prepared?.requests ?? [], prepared?.headers);
    const baseline = toWire(insert.requests ?? []);
    await runLoadOver([urls[0] as string], { title: 'w', requests: baseline, connections: 10, duration: 3 });
    await runLoadOver(urls, { title: 'w', requests: intake, connections: 50, duration: 3 });
    for (const url of urls) await settle(url);
    const b = await runLoadOver([urls[0] as string], { title: 'b', requests: baseline, connections: 10, duration: 8 });
    log(`insert ${Math.round(b.reqPerSec)}`);
    for (const conns of (process.env.CONNS ?? '50').split(',').map(Number)) {
      const before = cpu();
      const r = await runLoadOver(urls, { title: 'i', requests: intake, connections: conns, duration: 8 });
      log(
        `intake c=${conns} ${Math.round(r.reqPerSec)} (${r.perNode.map(Math.round).join('+')}) p50 ${r.latency.p50} p99 ${r.latency.p99} ratio ${(r.reqPerSec / b.reqPerSec).toFixed(2)}`,
      );
      log(diff(before, cpu(), 8));
      for (const url of urls) await settle(url);
    }
  },
);
