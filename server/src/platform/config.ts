import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Thrown when the environment holds a value the product cannot start with. */
export class ConfigError extends Error {}

const intFromEnv = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || v === '' || /^(postgres|postgresql):\/\//.test(v) || /^(sqlite:|file:)/.test(v),
      'DATABASE_URL accepts postgres://user@host:port/db, postgresql://..., or sqlite:PATH (default: the SQLite file lentera.db inside DATA_DIR)',
    ),
  PORT: intFromEnv('PORT', 0, 65535).optional(),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url('PUBLIC_URL must be an absolute URL such as https://lentera.dumaikota.go.id').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465')
    .optional(),
  MAIL_FROM: z.string().default('Lentera <no-reply@lentera.local>'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must have at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: intFromEnv('SESSION_IDLE_MINUTES', 5, 60 * 24 * 30).optional(),
  SESSION_MAX_HOURS: intFromEnv('SESSION_MAX_HOURS', 1, 24 * 90).optional(),
  RATE_LIMIT_PER_MINUTE: intFromEnv('RATE_LIMIT_PER_MINUTE', 0, 1_000_000).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SLOW_QUERY_MS: intFromEnv('SLOW_QUERY_MS', 0, 600_000).optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LENTERA_BENCH: z.enum(['0', '1']).default('0'),
  TELEGRAM_API_URL: z
    .string()
    .url('TELEGRAM_API_URL must be an absolute http(s) URL such as https://api.telegram.org')
    .refine((v) => /^https?:\/\//.test(v), 'TELEGRAM_API_URL must be an http(s) URL')
    .default('https://api.telegram.org'),
  META_GRAPH_URL: z
    .string()
    .url('META_GRAPH_URL must be an absolute http(s) URL such as https://graph.facebook.com/v21.0')
    .refine((v) => /^https?:\/\//.test(v), 'META_GRAPH_URL must be an http(s) URL')
    .default('https://graph.facebook.com/v21.0'),
  MEDIA_FETCH_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  MAP_TILE_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/\s]+\/\S*\{z\}\S*\{x\}\S*\{y\}/,
      'MAP_TILE_URL must be an http(s) tile address with {z}, {x} and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    )
    .optional(),
  MAP_TILE_ATTRIBUTION: z.string().max(300, 'MAP_TILE_ATTRIBUTION must be at most 300 characters').optional(),
  S3_ENDPOINT: z
    .string()
    .regex(/^https?:\/\/[^/]+/, 'S3_ENDPOINT must be an http(s) URL such as https://s3.example.go.id')
    .optional(),
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'S3_BUCKET must be a bucket name: 3-63 lower-case letters, digits, dots and hyphens',
    )
    .optional(),
  S3_REGION: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
});

export type DatabaseConfig = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  dataDir: string;
  database: DatabaseConfig;
  host: string;
  port: number;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  rateLimitPerMinute: number;
  logLevel: string;
  /** Queries at least this slow are written to stderr (`SLOW_QUERY_MS`); null: none. */
  slowQueryMs: number | null;
  trustProxy: boolean;
  benchMode: boolean;
  /** The Telegram Bot API's base URL (a local stand-in in tests and air-gapped installations). */
  telegramApiUrl: string;
  /** Meta's Graph API base URL with its version (WhatsApp Cloud API, Messenger, Instagram; a stand-in in tests). */
  metaGraphUrl: string;
  /** Lets media fetched by URL (Open311 `media_url`) come from private and loopback addresses: tests only. */
  mediaFetchAllowPrivate: boolean;
  s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string } | null;
  /**
   * A map tile server (`MAP_TILE_URL`): the complaint form offers a map and public complaints show one; `origin`
   * is what the content security policy allows images from (`{s}` subdomains as `*`). Null: no maps.
   */
  mapTiles: { url: string; attribution: string | null; origin: string } | null;
}

/** Reads and validates the environment; a bad value throws a ConfigError naming the variable and what it accepts. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { persistSecret?: boolean } = {}): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      return `  ${name}=${JSON.stringify(cleaned[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const port = e.PORT ?? 3000;
  const database: DatabaseConfig = !e.DATABASE_URL
    ? { dialect: 'sqlite', file: join(dataDir, 'lentera.db') }
    : e.DATABASE_URL.startsWith('postgres')
      ? { dialect: 'postgres', url: e.DATABASE_URL }
      : { dialect: 'sqlite', file: sqliteFile(e.DATABASE_URL.replace(/^(sqlite:|file:)(\/\/)?/, '')) };
  const s3Named = (
    ['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
  ).filter((name) => e[name] !== undefined);
  if (s3Named.length && !(e.S3_ENDPOINT && e.S3_BUCKET))
    throw new ConfigError(
      `Invalid configuration:\n  ${s3Named.join(', ')} set without ${e.S3_ENDPOINT ? 'S3_BUCKET' : 'S3_ENDPOINT'}: S3 storage needs S3_ENDPOINT (an http(s) URL) and S3_BUCKET; leave every S3_* unset to keep files in DATA_DIR`,
    );
  const s3 =
    e.S3_ENDPOINT && e.S3_BUCKET
      ? {
          endpoint: e.S3_ENDPOINT,
          bucket: e.S3_BUCKET,
          region: e.S3_REGION ?? 'us-east-1',
          accessKeyId: e.S3_ACCESS_KEY_ID ?? '',
          secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? '',
        }
      : null;
  return {
    env: e.NODE_ENV,
    dataDir,
    database,
    host: e.HOST,
    port,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    sessionSecret: e.SESSION_SECRET ?? secretFromDataDir(dataDir, options.persistSecret ?? true),
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES ?? 120,
    sessionMaxHours: e.SESSION_MAX_HOURS ?? 24,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? (e.LENTERA_BENCH === '1' ? 0 : 1200),
    logLevel: e.LOG_LEVEL,
    slowQueryMs: e.SLOW_QUERY_MS ?? null,
    trustProxy: e.TRUST_PROXY === 'true',
    benchMode: e.LENTERA_BENCH === '1',
    telegramApiUrl: e.TELEGRAM_API_URL.replace(/\/+$/, ''),
    metaGraphUrl: e.META_GRAPH_URL.replace(/\/+$/, ''),
    mediaFetchAllowPrivate: e.MEDIA_FETCH_ALLOW_PRIVATE === 'true',
    mapTiles: e.MAP_TILE_URL
      ? {
          url: e.MAP_TILE_URL,
          attribution: e.MAP_TILE_ATTRIBUTION ?? null,
          origin: (/^https?:\/\/[^/]+/.exec(e.MAP_TILE_URL)?.[0] ?? '').replace(/\{s\}/g, '*'),
        }
      : null,
    s3,
  };
}

/** `sqlite::memory:` is an in-memory database (tests, experiments); anything else a file path. */
function sqliteFile(path: string): string {
  return path === ':memory:' ? ':memory:' : resolve(path);
}

/** The secret is generated on first run and kept in the data folder so sessions survive restarts. */
function secretFromDataDir(dataDir: string, persist: boolean): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  if (persist) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
  }
  return secret;
}
