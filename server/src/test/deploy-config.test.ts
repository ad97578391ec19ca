import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types (bin/ is run by Node as it is).
import { SERVER_NODE_FLAGS } from '../../bin/node-flags.mjs';
import { loadConfig } from '../platform/config';

const read = (path: string) => readFileSync(new URL(`../../../deploy/${path}`, import.meta.url), 'utf8');

interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

/** nginx's configuration syntax: directives ending in `;` or holding a `{ block }`, `#` comments, quoted words. */
function parseNginx(text: string): Directive[] {
  const tokens = text.match(/#[^\n]*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[{};]|[^\s{};]+/g) ?? [];
  let at = 0;
  const block = (nested: boolean): Directive[] => {
    const list: Directive[] = [];
    let words: string[] = [];
    while (at < tokens.length) {
      const token = tokens[at++] as string;
      if (token.startsWith('#')) continue;
      if (token === ';') {
        if (!words.length) throw new Error('empty directive');
        list.push({ name: words[0] as string, args: words.slice(1) });
        words = [];
      } else if (token === '{') {
        list.push({ name: words[0] as string, args: words.slice(1), block: block(true) });
        words = [];
      } else if (token === '}') {
        if (words.length) throw new Error(`directive ${words[0]} lacks its ;`);
        if (!nested) throw new Error('unbalanced }');
        return list;
      } else words.push(token.replace(/^"(.*)"$/, '$1'));
    }
    if (words.length) throw new Error(`directive ${words[0]} lacks its ;`);
    if (nested) throw new Error('unclosed {');
    return list;
  };
  return block(false);
}

const all = (list: Directive[], name: string) => list.filter((d) => d.name === name);
const one = (list: Directive[], name: string, args?: string[]) => {
  const found = all(list, name).filter((d) => !args || JSON.stringify(d.args) === JSON.stringify(args));
  expect(found, `${name} ${args?.join(' ') ?? ''}`).toHaveLength(1);
  return found[0] as Directive;
};

/** systemd unit files: `[Section]` headers and `Key=value` lines (a key may repeat). */
function parseUnit(text: string): Record<string, Array<[string, string]>> {
  const sections: Record<string, Array<[string, string]>> = {};
  let current: Array<[string, string]> | null = null;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) sections[header[1] as string] = current = [];
    else {
      const at = line.indexOf('=');
      if (at < 1 || !current) throw new Error(`not a unit line: ${line}`);
      current.push([line.slice(0, at), line.slice(at + 1)]);
    }
  }
  return sections;
}

function parseEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`not an environment line: ${line}`);
    env[match[1] as string] = match[2] as string;
  }
  return env;
}

describe('the two-node deployment example (deploy/)', () => {
  const nginx = parseNginx(read('nginx/lentera.conf'));
  const unit = parseUnit(read('systemd/lentera@.service'));
  const service = unit.Service ?? [];
  const values = (key: string) => service.filter(([k]) => k === key).map(([, v]) => v);
  const env = parseEnvFile(read('lentera.env.example'));
  const readme = read('README.md');
  const instances = [
    ...(readme.match(/systemctl enable --now ((?:lentera@\d+ ?)+)/)?.[1] ?? '').matchAll(/@(\d+)/g),
  ].map((m) => Number(m[1]));

  it('balances over the nodes the README starts, each instance on its own port', () => {
    expect(instances).toHaveLength(2);
    expect(new Set(instances).size).toBe(2);
    const upstream = one(nginx, 'upstream', ['lentera']).block!;
    const servers = all(upstream, 'server').map((s) => s.args[0]);
    expect(servers).toEqual(instances.map((port) => `127.0.0.1:${port}`));
    expect(values('Environment')).toContain('PORT=%i');
    expect(values('Environment')).toContain('HOST=127.0.0.1');
  });

  it('proxies to the upstream, streams events unbuffered, uses /readyz and skips a node that is not ready', () => {
    const https = all(nginx, 'server').find((s) => all(s.block!, 'listen').some((l) => l.args.includes('ssl')));
    expect(https).toBeDefined();
    const site = https!.block!;
    expect(one(site, 'proxy_next_upstream').args).toEqual(expect.arrayContaining(['error', 'timeout', 'http_503']));
    expect(all(site, 'proxy_set_header').map((h) => h.args[0])).toEqual(
      expect.arrayContaining(['Host', 'X-Forwarded-For', 'X-Forwarded-Proto', 'X-Request-Id']),
    );
    const locations = all(site, 'location');
    for (const location of locations) expect(one(location.block!, 'proxy_pass').args).toEqual(['http://lentera']);
    const stream = locations.find((l) => l.args[0] === '~');
    expect(stream).toBeDefined();
    const pattern = new RegExp(stream!.args[1] as string);
    expect(pattern.test('/api/t/medan/queue/locations/0190/stream')).toBe(true);
    expect(pattern.test('/api/t/medan/complaints')).toBe(false);
    expect(one(stream!.block!, 'proxy_buffering').args).toEqual(['off']);
    expect(one(site, 'location', ['=', '/readyz'])).toBeDefined();
    // The largest upload (an import of 25 MB; a complaint's five files of 10 MB) fits.
    const bodyLimit = one(site, 'client_max_body_size').args[0] as string;
    expect(Number.parseInt(bodyLimit, 10) * (bodyLimit.endsWith('m') ? 1 : 0)).toBeGreaterThanOrEqual(50);
    expect(one(one(site, 'location', ['=', '/metrics']).block!, 'deny').args).toEqual(['all']);
  });

  it('starts every node with the same environment file, which holds SESSION_SECRET, and with the server flags', () => {
    expect(values('EnvironmentFile')).toEqual(['/etc/lentera/lentera.env']);
    expect(values('Environment').some((v) => v.startsWith('SESSION_SECRET') || v.startsWith('DATABASE_URL'))).toBe(
      false,
    );
    expect(env.SESSION_SECRET?.length).toBeGreaterThanOrEqual(32);
    const flags = (SERVER_NODE_FLAGS as string[]).join(' ');
    expect(values('ExecStart')).toEqual([`/usr/bin/node ${flags} server/bin/lentera.mjs serve`]);
    expect(values('ExecStartPost')[0]).toContain('http://127.0.0.1:%i/readyz');
    expect(unit.Install).toContainEqual(['WantedBy', 'multi-user.target']);
  });

  it('gives an environment the server accepts: production, PostgreSQL, behind a proxy', () => {
    const config = loadConfig({ ...env, PORT: String(instances[0]), HOST: '127.0.0.1' }, { persistSecret: false });
    expect(config.env).toBe('production');
    expect(config.database.dialect).toBe('postgres');
    expect(config.trustProxy).toBe(true);
    expect(config.publicUrl).toMatch(/^https:\/\//);
    expect(config.dataDir).toBe(env.DATA_DIR);
  });

  it('the nginx parser refuses a directive without its semicolon', () => {
    expect(() => parseNginx('upstream x { server a:1 }')).toThrow(/lacks its ;/);
    expect(() => parseNginx('a b; }')).toThrow(/unbalanced/);
    expect(() => parseNginx('http { a b;')).toThrow(/unclosed/);
  });
});
