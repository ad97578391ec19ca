import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Task } from '../lib/types';
import { portalFirstLoad } from '../lib/web-budget';

/** The build the bench server serves (server/src/app.ts reads the same variable). */
const WEB_DIST = process.env.LENTERA_WEB_DIST ?? fileURLToPath(new URL('../../web/dist/', import.meta.url));
/** Issue 10 point 14: a citizen's first visit to the portal fetches under 150 KB, compressed. */
const BUDGET_KB = 150;

/** The bytes the server sends for `path` to a browser that accepts brotli, read off the wire (not decoded). */
function wireBytes(baseUrl: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, baseUrl),
      { headers: { accept: '*/*', 'accept-encoding': 'gzip, deflate, br' } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () =>
          res.statusCode === 200 ? resolve(bytes) : reject(new Error(`GET ${path} answered ${res.statusCode}`)),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export const publicFirstLoad: Task = {
  name: 'public-first-load',
  description:
    'Kilobytes (brotli, as served) a first visit to the portal home /t/:slug fetches: index.html, the entry and its static imports, the portal home chunk and its static imports, their CSS; read from the build manifest of web/dist.',
  targetKilobytes: BUDGET_KB,
  async run(ctx) {
    const started = performance.now();
    const budget = portalFirstLoad(WEB_DIST);
    const seconds = (performance.now() - started) / 1000;
    // The server must send what the walk counted: the precompressed files, as they are.
    const mismatches: string[] = [];
    for (const file of budget.files) {
      const path = file.file === 'index.html' ? '/t/dumai' : `/${file.file}`;
      const sent = await wireBytes(ctx.baseUrl, path);
      if (sent !== file.br) mismatches.push(`${path}: counted ${file.br} B, sent ${sent} B`);
    }
    const kb = (bytes: number) => bytes / 1000;
    const js = budget.files.filter((f) => f.file.endsWith('.js')).reduce((sum, f) => sum + f.br, 0);
    const css = budget.files.filter((f) => f.file.endsWith('.css')).reduce((sum, f) => sum + f.br, 0);
    return {
      seconds,
      kilobytes: kb(budget.br),
      details: `${budget.files.length} files: JS ${kb(js).toFixed(1)} KB, CSS ${kb(css).toFixed(1)} KB (brotli); gzip ${kb(budget.gzip).toFixed(1)} KB, uncompressed ${kb(budget.raw).toFixed(1)} KB`,
      data: { files: budget.files, br: budget.br, gzip: budget.gzip, raw: budget.raw },
      ...(mismatches.length ? { problem: `the server sent other sizes: ${mismatches.join('; ')}` } : {}),
    };
  },
};
