import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AuditLogEntry } from '@lentera/common';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../platform/audit/audit';
import { auditCatalogFor } from '../platform/audit/catalog';
import { makeCtx, transaction } from '../platform/context';
import type { TenantRecord } from '../platform/tenancy/repository';
import { buildAccount, buildTenant, systemActor } from '../test/factories';
import { describeEachDialect } from '../test/harness';
import { buildCategory, buildComplaint } from './complaints/test/factories';
import { modules } from './index';
import { buildEmployee, buildUnit } from './people/test/factories';
import { signIn } from './people/test/http';

const SERVER_SRC = join(import.meta.dirname, '..');

/**
 * Audit actions written with a template literal: what each can become. A new template fails the test below until
 * its values are listed here (and labelled in its module's vocabulary).
 */
const TEMPLATE_ACTIONS: Record<string, string[]> = {
  'complaint.${status}': ['complaint.referred', 'complaint.archived'],
  "complaint.${escalation ? 'escalated' : 'reminded'}": ['complaint.escalated', 'complaint.reminded'],
  'people.correction_${data.decision}': ['people.correction_approved', 'people.correction_rejected'],
  'people.unit_${kind}': ['people.unit_created', 'people.unit_renamed', 'people.unit_moved', 'people.unit_closed'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every action and entity type the server's code can write to the audit log, with the file that writes it. */
function writtenVocabulary() {
  const actions = new Map<string, string>();
  const entityTypes = new Map<string, string>();
  const unknownTemplates: string[] = [];
  for (const file of sourceFiles(SERVER_SRC)) {
    const text = readFileSync(file, 'utf8');
    if (!/\brecordAudit(Many)?\b/.test(text) || file.includes(join('platform', 'audit'))) continue;
    const where = relative(SERVER_SRC, file);
    for (const match of text.matchAll(/\baction:\s*([^\n]+)/g)) {
      const expression = match[1] ?? '';
      const template = /^`([^`]*)`/.exec(expression);
      if (template) {
        const values = TEMPLATE_ACTIONS[template[1] ?? ''];
        if (values) for (const value of values) actions.set(value, where);
        else unknownTemplates.push(`${where}: \`${template[1]}\``);
        continue;
      }
      for (const literal of expression.matchAll(/'([a-z0-9_]+\.[a-z0-9_]+)'/g)) actions.set(literal[1] ?? '', where);
    }
    for (const match of text.matchAll(/\bentityType:\s*'([a-z0-9_]+)'/g)) entityTypes.set(match[1] ?? '', where);
  }
  return { actions, entityTypes, unknownTemplates };
}

describe('audit vocabulary: every action and entity the server writes has labels in both languages', () => {
  const catalog = auditCatalogFor(modules);
  const written = writtenVocabulary();

  it('finds the actions written across the platform and the modules (the scan itself works)', () => {
    for (const action of ['role.granted', 'complaint.received', 'complaint.escalated', 'people.unit_moved'])
      expect(written.actions.has(action), action).toBe(true);
    expect(written.actions.size).toBeGreaterThan(60);
  });

  it('knows what every templated action can become', () => {
    expect(written.unknownTemplates).toEqual([]);
  });

  it('labels every written action, in Indonesian and English', () => {
    const known = new Set(catalog.actionNames());
    const missing = [...written.actions].filter(([action]) => !known.has(action)).map(([a, file]) => `${a} (${file})`);
    expect(missing).toEqual([]);
  });

  it('declares every written entity type with its label', () => {
    const known = new Set(catalog.entityTypes());
    const missing = [...written.entityTypes].filter(([type]) => !known.has(type)).map(([t, file]) => `${t} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has no empty label and no label that is its own key', () => {
    for (const action of catalog.actionNames()) {
      const label = catalog.actionLabel(action);
      for (const text of [label.id, label.en]) {
        expect(text.trim(), action).not.toBe('');
        expect(text, action).not.toMatch(/^[a-z0-9_]+\.[a-z0-9_]+$/);
      }
    }
    for (const type of catalog.entityTypes()) {
      const label = catalog.entityLabel(type);
      expect(label.id.trim(), type).not.toBe('');
      expect(label.en.trim(), type).not.toBe('');
    }
  });
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describeEachDialect('audit log: labels and human references', (env) => {
  let tenant: TenantRecord;
  let other: TenantRecord;
  let admin: Awaited<ReturnType<typeof buildAccount>>;
  let code: string;
  let otherComplaintId: string;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    other = await buildTenant(env.services);
    admin = await buildAccount(env.services, { roles: [{ tenant, role: 'tenant_admin' }], name: 'Rina Admin' });
    const category = await buildCategory(env.services, tenant);
    code = (await buildComplaint(env.services, tenant, category.id)).code;
    const unit = await buildUnit(env.services, tenant, { name: 'Dinas Label Uji' });
    await buildEmployee(env.services, tenant, { name: 'Budi Santoso', unitId: unit.id });
    const otherCategory = await buildCategory(env.services, other);
    otherComplaintId = (await buildComplaint(env.services, other, otherCategory.id)).id;
    // An entry of this tenant naming another tenant's complaint (never written by the product): the describer
    // must not reveal it.
    await transaction(makeCtx(env.services, { tenant, actor: systemActor }), (tx) =>
      recordAudit(tx, { action: 'complaint.escalated', entityType: 'complaint', entityId: otherComplaintId }),
    );
  });

  const entries = async (lang?: 'en') => {
    const client = await signIn(env, admin, lang ? { lang } : {});
    const response = await client.get(`/api/t/${tenant.slug}/admin/audit?pageSize=100`);
    expect(response.statusCode).toBe(200);
    return response.json().items as AuditLogEntry[];
  };

  it('names each action and each record as people say it, never by key or id', async () => {
    const items = await entries();
    const received = items.find((e) => e.action === 'complaint.received');
    expect(received?.actionLabel).toEqual({ id: 'Pengaduan diterima', en: 'Complaint received' });
    expect(received?.entityLabel.id).toBe('Pengaduan');
    expect(received?.entityReference).toEqual({ id: code, en: code });

    const unit = items.find((e) => e.action === 'people.unit_created');
    expect(unit?.entityReference?.id).toBe('Dinas Label Uji');
    const employee = items.find((e) => e.action === 'people.employee_registered');
    expect(employee?.entityReference?.id).toMatch(/^Budi Santoso · NIP \d{8} \d{6} \d \d{3}$/);

    for (const entry of items) {
      const shown = [entry.actionLabel, entry.entityLabel, entry.entityReference, entry.actorName];
      expect(JSON.stringify(shown), entry.action).not.toMatch(UUID);
    }
  });

  it("does not name another tenant's record", async () => {
    const items = await entries();
    const foreign = items.find((e) => e.entityId === otherComplaintId);
    expect(foreign?.actionLabel.id).toBe('Pengaduan dieskalasi');
    expect(foreign?.entityReference).toBeNull();
  });

  it('names a record its change removed by what it was (a revoked grant)', async () => {
    const client = await signIn(env, admin);
    const grantee = await buildAccount(env.services, { name: 'Wati Penerima' });
    const grant = await client.post(`/api/t/${tenant.slug}/admin/roles`, {
      login: grantee.email,
      role: 'inspector',
    });
    expect(grant.statusCode).toBe(201);
    const grantId = grant.json().id as string;
    expect((await client.request('DELETE', `/api/t/${tenant.slug}/admin/roles/${grantId}`)).statusCode).toBe(204);
    const items = await entries('en');
    const revoked = items.find((e) => e.action === 'role.revoked' && e.entityId === grantId);
    expect(revoked?.entityReference).toEqual({ id: 'Inspektur: Wati Penerima', en: 'Inspector: Wati Penerima' });
    const granted = items.find((e) => e.action === 'role.granted' && e.entityId === grantId);
    expect(granted?.entityReference).toEqual({ id: 'Inspektur: Wati Penerima', en: 'Inspector: Wati Penerima' });
  });

  it('lists the labelled actions for the filter, sorted in the reader language', async () => {
    const client = await signIn(env, admin, { lang: 'en' });
    const response = await client.get(`/api/t/${tenant.slug}/admin/audit/actions`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Array<{ action: string; label: { id: string; en: string } }>;
    expect(items.find((i) => i.action === 'complaint.escalated')?.label.en).toBe('Complaint escalated');
    const english = items.map((i) => i.label.en);
    expect(english).toEqual([...english].sort((a, b) => a.localeCompare(b, 'en')));
    const asOfficer = await signIn(env, await buildAccount(env.services, { roles: [{ tenant, role: 'employee' }] }));
    expect((await asOfficer.get(`/api/t/${tenant.slug}/admin/audit/actions`)).statusCode).toBe(403);
  });
});
