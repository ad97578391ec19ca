import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/cli';
import { ConfigError, loadConfig } from './config';

const dataDir = mkdtempSync(join(tmpdir(), 'lentera-config-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig({ DATA_DIR: dataDir, ...env }, { persistSecret: false });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('configuration', () => {
  it('refuses a MySQL DATABASE_URL, naming the variable and what it accepts', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' }, { persistSecret: false })).toThrow(ConfigError);
    const message = configError({ DATABASE_URL: 'mysql://x' }).message;
    expect(message).toContain('DATABASE_URL="mysql://x"');
    expect(message).toContain('postgres://');
    expect(message).toContain('sqlite:');
  });

  it.each([
    ['PORT', 'abc', 'PORT must be a whole number'],
    ['PORT', '70000', 'PORT must be between 0 and 65535'],
    ['SESSION_SECRET', 'terlalu-pendek', 'SESSION_SECRET must have at least 32 characters'],
    ['SESSION_IDLE_MINUTES', '1', 'SESSION_IDLE_MINUTES must be between'],
    ['PUBLIC_URL', 'lentera.dumaikota.go.id', 'PUBLIC_URL must be an absolute URL'],
    ['SMTP_URL', 'mail.example.com:25', 'SMTP_URL must look like smtp://'],
    ['NODE_ENV', 'staging', 'NODE_ENV'],
    ['SLOW_QUERY_MS', 'lambat', 'SLOW_QUERY_MS must be a whole number'],
  ])('refuses %s=%s with a message naming it', (name, value, expected) => {
    const message = configError({ [name]: value }).message;
    expect(message).toContain(`${name}="${value}"`);
    expect(message).toContain(expected);
  });

  it('keeps files in DATA_DIR unless S3_ENDPOINT and S3_BUCKET are both set, and says which one is missing', () => {
    expect(loadConfig({}, { persistSecret: false }).s3).toBeNull();
    const s3 = loadConfig(
      {
        S3_ENDPOINT: 'https://s3.contoh.go.id',
        S3_BUCKET: 'lentera',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
      },
      { persistSecret: false },
    ).s3;
    expect(s3).toEqual({
      endpoint: 'https://s3.contoh.go.id',
      bucket: 'lentera',
      region: 'us-east-1',
      accessKeyId: 'k',
      secretAccessKey: 's',
    });
    expect(() => loadConfig({ S3_BUCKET: 'lentera' }, { persistSecret: false })).toThrow(/without S3_ENDPOINT/);
    expect(() => loadConfig({ S3_ENDPOINT: 'https://s3.contoh.go.id' }, { persistSecret: false })).toThrow(
      /without S3_BUCKET/,
    );
    expect(() => loadConfig({ S3_ENDPOINT: 'ftp://x', S3_BUCKET: 'lentera' }, { persistSecret: false })).toThrow(
      /S3_ENDPOINT="ftp:\/\/x": S3_ENDPOINT must be an http\(s\) URL/,
    );
  });

  it('names every bad variable at once', () => {
    const message = configError({ PORT: 'x', DATABASE_URL: 'mysql://x' }).message;
    expect(message).toMatch(/PORT=.*\n.*DATABASE_URL=|DATABASE_URL=.*\n.*PORT=/s);
  });

  it('defaults to the SQLite file in DATA_DIR, port 3000 and a local public URL', () => {
    const config = loadConfig({ DATA_DIR: dataDir }, { persistSecret: false });
    expect(config.database).toEqual({ dialect: 'sqlite', file: join(resolve(dataDir), 'lentera.db') });
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.smtpUrl).toBeNull();
    expect(config.sessionIdleMinutes).toBe(120);
    expect(config.sessionMaxHours).toBe(24);
    expect(config.env).toBe('development');
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.slowQueryMs).toBeNull();
    expect(loadConfig({ DATA_DIR: dataDir, SLOW_QUERY_MS: '50' }, { persistSecret: false }).slowQueryMs).toBe(50);
  });

  it('reads PostgreSQL and SQLite URLs, the port and the public URL', () => {
    const pg = loadConfig(
      {
        DATA_DIR: dataDir,
        DATABASE_URL: 'postgres://lentera@db:5432/lentera',
        PORT: '8080',
        PUBLIC_URL: 'https://x.go.id/',
      },
      { persistSecret: false },
    );
    expect(pg.database).toEqual({ dialect: 'postgres', url: 'postgres://lentera@db:5432/lentera' });
    expect(pg.port).toBe(8080);
    expect(pg.publicUrl).toBe('https://x.go.id');
    const file = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: `sqlite:${dataDir}/lain.db` }, { persistSecret: false });
    expect(file.database).toEqual({ dialect: 'sqlite', file: join(resolve(dataDir), 'lain.db') });
  });

  it('generates the session secret once and keeps it in DATA_DIR', () => {
    const dir = join(dataDir, 'rahasia');
    const first = loadConfig({ DATA_DIR: dir });
    const stored = join(dir, 'session-secret');
    expect(readFileSync(stored, 'utf8')).toBe(first.sessionSecret);
    expect(statSync(stored).mode & 0o077).toBe(0);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first.sessionSecret);
    const given = 'x'.repeat(40);
    expect(loadConfig({ DATA_DIR: dir, SESSION_SECRET: given }).sessionSecret).toBe(given);
  });

  it('stops the real CLI with the message when DATABASE_URL is bad', async () => {
    const result = await runCli(['migrate'], { DATA_DIR: join(dataDir, 'cli'), DATABASE_URL: 'mysql://x' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('DATABASE_URL="mysql://x"');
    expect(result.stderr).toContain('postgres://');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
