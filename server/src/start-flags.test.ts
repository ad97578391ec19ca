import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types (bin/ is run by Node as it is).
import { SERVER_NODE_FLAGS } from '../bin/node-flags.mjs';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the server starts with its Node flags however it is started', () => {
  it('npm start, the lentera command, the benchmark harness and the systemd unit give the same flags', () => {
    const flags = (SERVER_NODE_FLAGS as string[]).join(' ');
    expect(flags).toMatch(/--max-semi-space-size=\d+/);
    const start = JSON.parse(read('../../package.json')).scripts.start as string;
    expect(start).toContain(`node ${flags} server/bin/lentera.mjs start`);
    expect(read('../bin/lentera.mjs').split('\n')[0]).toBe(`#!/usr/bin/env -S node ${flags}`);
    expect(read('../../bench/lib/server.ts')).toContain('[...SERVER_NODE_FLAGS, ...flags, CLI, ');
    expect(read('../../deploy/systemd/lentera@.service')).toContain(
      `ExecStart=/usr/bin/node ${flags} server/bin/lentera.mjs serve`,
    );
  });
});
