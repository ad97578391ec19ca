import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { buildApp } from './app';
import { createOpen311KeyFromCli } from './modules/complaints/channels/index';
import { modules } from './modules/index';
import { SYSTEM_CHAIN, verifyChain } from './platform/audit/audit';
import { type Config, ConfigError, loadConfig } from './platform/config';
import type { Services } from './platform/context';
import { DEMO_TENANTS, demoLogins, isDatabaseEmpty, seedDemo } from './platform/seed/demo';
import { createServices, migrate } from './platform/services';
import { findTenantBySlug, listTenants } from './platform/tenancy/repository';

const out = (line = '') => process.stdout.write(`${line}\n`);
const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const USAGE = `Usage: lentera <command>   (lentera help, or --help, prints this)
  start                 migrate, fill demo data when the database is empty, serve (what npm start runs)
  serve                 migrate and serve the API and web app
  migrate               run pending database migrations
  seed [--scale N] [--tenant SLUG]  fill the demo data (N employees per tenant, or in one city, for benchmarks)
  demo-logins [--json]  print the demo accounts and their passwords
  audit verify [--tenant SLUG]   check the audit hash chains; names the first broken entry
  open311-key create --tenant SLUG [--name NAME]  make an Open311 API key for a client app; prints only the key
  backup FILE           SQLite: online backup to FILE; PostgreSQL: pg_dump -Fc to FILE
  restore FILE          SQLite: replace the database with FILE (server stopped); PostgreSQL: pg_restore`;

function table(rows: Array<Record<string, string>>): string {
  const first = rows[0];
  if (!first) return '';
  const cols = Object.keys(first);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(cols),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line(cols.map((c) => r[c] ?? ''))),
  ].join('\n');
}

async function openServices(config: Config): Promise<Services> {
  const services = createServices(config, modules);
  await migrate(services, modules);
  return services;
}

async function serve(services: Services, options: { announce: boolean }) {
  const app = await buildApp(services, { modules });
  await services.events.start();
  await app.listen({ port: services.config.port, host: services.config.host });
  services.jobs.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : services.config.port;
  if (options.announce) {
    out();
    out(`Lentera is running: ${services.config.port === 0 ? `http://localhost:${port}` : services.config.publicUrl}`);
    out(`  database: ${services.config.database.dialect === 'sqlite' ? services.config.database.file : 'PostgreSQL'}`);
    out(`  API documentation: ${services.config.publicUrl}/api/docs`);
    if (services.mailer.usesFiles) out(`  e-mail (no SMTP_URL): ${services.config.publicUrl}/dev/outbox`);
    out();
    out('Demo logins (npx lentera demo-logins --json for the machine-readable list):');
    out(
      table(demoLogins(modules).map((l) => ({ tenant: l.tenant, role: l.role, login: l.login, password: l.password }))),
    );
    out();
  }
  const stop = async () => {
    services.jobs.stop();
    await app.close();
    await services.events.stop();
    await services.handle.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function auditVerify(services: Services, tenantSlug: string | undefined): Promise<boolean> {
  const chains: Array<{ name: string; id: string }> = [];
  if (tenantSlug) {
    const tenant = await findTenantBySlug(services.db, tenantSlug);
    if (!tenant) fail(`No tenant with slug "${tenantSlug}".`);
    chains.push({ name: tenantSlug, id: tenant!.id });
  } else {
    chains.push({ name: '(system)', id: SYSTEM_CHAIN });
    for (const t of await listTenants(services.db)) chains.push({ name: t.slug, id: t.id });
  }
  let allOk = true;
  for (const chain of chains) {
    const result = await verifyChain(services.db, chain.id);
    if (result.ok) out(`${chain.name}: OK, ${result.length} entries`);
    else {
      allOk = false;
      out(
        `${chain.name}: BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.length} entries verified before it)`,
      );
    }
  }
  return allOk;
}

function backup(config: Config, services: Services, file: string) {
  if (config.database.dialect === 'sqlite')
    return services.handle.sqlite!.backup(file).then(() => out(`Backup written to ${file}`));
  const args = ['-Fc', '-f', file, config.database.url];
  const result = spawnSync('pg_dump', args, { stdio: 'inherit' });
  if (result.error)
    out(`pg_dump is not installed here. Run on a machine with the PostgreSQL client:\n  pg_dump ${args.join(' ')}`);
  else if (result.status !== 0) fail('pg_dump failed');
  else out(`Backup written to ${file}`);
}

function restore(config: Config, file: string) {
  if (!existsSync(file)) fail(`No such file: ${file}`);
  if (config.database.dialect === 'sqlite') {
    const check = new SQLite(file, { readonly: true, fileMustExist: true });
    const ok = check.prepare("select count(*) as n from sqlite_master where name = 'lentera_migrations'").get() as {
      n: number;
    };
    check.close();
    if (ok.n !== 1) fail(`${file} is not a Lentera backup.`);
    const target = config.database.file;
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    copyFileSync(file, target);
    out(`Restored ${target} from ${file}. Start the server again.`);
    return;
  }
  const args = ['--clean', '--if-exists', '-d', config.database.url, file];
  const result = spawnSync('pg_restore', args, { stdio: 'inherit' });
  if (result.error) out(`pg_restore is not installed here. Run:\n  pg_restore ${args.join(' ')}`);
  else if (result.status !== 0) fail('pg_restore failed');
  else out(`Restored from ${file}.`);
}

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      tenant: { type: 'string' },
      scale: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, sub, arg] = positionals;
  if (values.help || !command || command === 'help') return out(USAGE);
  if (command === 'demo-logins') {
    const logins = demoLogins(modules);
    return out(values.json ? JSON.stringify(logins, null, 2) : table(logins.map((l) => ({ ...l }))));
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (scale !== undefined && (!Number.isInteger(scale) || scale < 0))
    fail('--scale takes a whole number of employees per tenant');

  switch (command) {
    case 'start': {
      const services = await openServices(config);
      if (await isDatabaseEmpty(services)) {
        out('First start: filling demo data for five cities...');
        await seedDemo(services, modules, { log: out });
      }
      return serve(services, { announce: true });
    }
    case 'serve':
      return serve(await openServices(config), { announce: false });
    case 'migrate': {
      const services = createServices(config, modules);
      const ran = await migrate(services, modules);
      out(ran.length ? `Applied: ${ran.join(', ')}` : 'Database is up to date.');
      return services.handle.close();
    }
    case 'seed': {
      const services = await openServices(config);
      if (values.tenant && !DEMO_TENANTS.some((t) => t.slug === values.tenant))
        fail(`--tenant takes a demo city: ${DEMO_TENANTS.map((t) => t.slug).join(', ')}`);
      await seedDemo(services, modules, { scale, tenant: values.tenant, log: out });
      out('Demo data is in place.');
      return services.handle.close();
    }
    case 'audit': {
      if (sub !== 'verify') fail(USAGE);
      const services = await openServices(config);
      const ok = await auditVerify(services, values.tenant);
      await services.handle.close();
      if (!ok) process.exit(1);
      return;
    }
    case 'open311-key': {
      if (sub !== 'create' || !values.tenant) fail('lentera open311-key create --tenant SLUG [--name NAME]');
      const services = await openServices(config);
      try {
        out(await createOpen311KeyFromCli(services, values.tenant!, values.name ?? 'Command line'));
      } catch (error) {
        await services.handle.close();
        return fail((error as Error).message);
      }
      return services.handle.close();
    }
    case 'backup':
    case 'restore': {
      const file = sub ?? arg;
      if (!file) fail(`lentera ${command} FILE`);
      if (command === 'restore') return restore(config, file!);
      const services = await openServices(config);
      await backup(config, services, file!);
      return services.handle.close();
    }
    default:
      fail(`Unknown command "${command}".\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
