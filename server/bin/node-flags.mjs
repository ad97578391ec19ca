/**
 * Node flags for serving. A young generation of 64 MB per half (V8's default is 16 MB) halves the minor
 * garbage collections of a busy server: a request allocates much short-lived data (parsed bodies, rows, query
 * objects), and at 16 MB the scavenger ran often enough to cost some 15 % of complaint intake throughput
 * (`npm run bench`). V8 reads the flag only at start, so it is given on the command line: by `npm start`, by
 * this folder's `lentera.mjs` shebang (`npx lentera start`), by the benchmark harness and by the systemd unit
 * deploy/systemd/lentera@.service. Keep them equal
 * (server/src/start-flags.test.ts checks it).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];
