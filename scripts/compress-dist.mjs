// Writes .br and .gz beside every compressible file of the web build, so the server sends them as they are. Small
// files too: without a sibling the server would compress them again on every request (bench/README.md,
// "First-load budget", counts what it sends).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// The build folder: web/dist, or the one given (a developer's own `vite build --outDir`).
const dist = process.argv[2] ?? new URL('../web/dist/', import.meta.url).pathname;
const compressible = /\.(js|css|html|svg|json|txt|webmanifest|map)$/;
let count = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (compressible.test(entry.name) && statSync(path).size > 0) {
      const data = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      count += 1;
    }
  }
};
walk(dist);
process.stdout.write(`compressed ${count} files in ${dist}\n`);
