import {
  localDate,
  type PublicServiceInput,
  type PublishedElement,
  publicServiceInputSchema,
  type StandardStatus,
  type StandardValues,
  standardInputSchema,
} from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { peopleService } from '../../people/index';
import { SERVICES } from '../policy';
import { catalogRepo } from '../repository/catalog';
import type { ServiceRow, StandardRow, StandardsTable } from '../repository/tables';
import { unitSubject } from '../support';

/** Versions that are not yet published: the unit edits them, the approver decides them. */
export const PENDING_STATUSES: readonly StandardStatus[] = ['draft', 'submitted', 'returned'];

/** The later of two local dates (`YYYY-MM-DD` compare as text). */
export const laterDate = (a: string, b: string) => (a.localeCompare(b) >= 0 ? a : b);

/** The tenant's local date today. */
export const todayOf = (ctx: Ctx) => localDate(ctx.clock.now(), requireTenant(ctx).timeZone);

/** A service of the tenant the actor may manage, or 404 (what one may not see is answered like what does not exist). */
export async function serviceFor(ctx: Ctx, id: string): Promise<ServiceRow> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, SERVICES.manage);
  const service = await catalogRepo.service(ctx.db, tenant.id, id);
  if (!service) throw new NotFound();
  await ctx.access.assertVisible(ctx.actor, SERVICES.manage, unitSubject(service));
  return service;
}

/** A version of a standard with its service, for a manager of the service's unit, or 404. */
export async function standardFor(ctx: Ctx, id: string): Promise<{ standard: StandardRow; service: ServiceRow }> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, SERVICES.manage);
  const standard = await catalogRepo.standard(ctx.db, tenant.id, id);
  if (!standard) throw new NotFound();
  return { standard, service: await serviceFor(ctx, standard.service_id) };
}

/** A unit of the tenant, open, that the actor manages; a field error otherwise. */
async function assertUnit(ctx: Ctx, unitId: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const unit = await peopleService.unit(ctx, unitId);
  if (!unit || unit.closed)
    throw new Invalid('validation_failed', {}, [{ path: 'unitId', message: 'services_unit_unknown' }]);
  if (!(await ctx.access.can(ctx.actor, SERVICES.manage, { tenantId: tenant.id, unitId })))
    throw new Invalid('validation_failed', {}, [{ path: 'unitId', message: 'services_unit_not_yours' }]);
}

/** The columns of a standard's values (the zod output of `standardInputSchema`). */
export function standardColumns(v: StandardValues) {
  return {
    effective_from: v.effectiveFrom,
    duration_days: v.durationDays,
    fee: v.fee,
    output_kind: v.outputKind,
    form: JSON.stringify(v.form),
    letter_template: v.letterTemplate,
    requirements: v.requirements,
    procedure: v.procedure,
    fee_basis: v.feeBasis,
    product: v.product,
    complaint_handling: v.complaintHandling,
    legal_basis: v.legalBasis,
    facilities: v.facilities,
    competence: v.competence,
    oversight: v.oversight,
    officers: v.officers,
    guarantee: v.guarantee,
    safety: v.safety,
    evaluation: v.evaluation,
  } satisfies Partial<StandardsTable>;
}

/** A new draft row of a service's standard. */
export function draftRow(
  ctx: Ctx,
  service: Pick<ServiceRow, 'id' | 'tenant_id'>,
  version: number,
  values: StandardValues,
): StandardsTable {
  const now = ctx.clock.now().toISOString();
  return {
    id: uuidv7(),
    tenant_id: service.tenant_id,
    service_id: service.id,
    version,
    status: 'draft',
    ...standardColumns(values),
    return_note: null,
    created_by: ctx.actor?.accountId ?? null,
    submitted_at: null,
    decided_by: null,
    decided_at: null,
    created_at: now,
    updated_at: now,
  };
}

const serviceAudit = (s: Pick<ServiceRow, 'unit_id' | 'name' | 'name_en' | 'summary' | 'active'>) => ({
  unitId: s.unit_id,
  name: s.name,
  nameEn: s.name_en,
  summary: s.summary,
  active: s.active === 1,
});

/** A new service of a unit, with an empty draft of its standard (version 1, effective today). */
export async function createService(ctx: Ctx, input: PublicServiceInput): Promise<{ id: string; standardId: string }> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, SERVICES.manage);
  const data = publicServiceInputSchema.parse(input);
  await assertUnit(ctx, data.unitId);
  const id = uuidv7();
  const draft = draftRow(
    ctx,
    { id, tenant_id: tenant.id },
    1,
    standardInputSchema.parse({ effectiveFrom: todayOf(ctx) }),
  );
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    const row = {
      id,
      tenant_id: tenant.id,
      unit_id: data.unitId,
      name: data.name,
      name_en: data.nameEn,
      summary: data.summary,
      active: data.active ? 1 : 0,
      created_at: now,
      updated_at: now,
    };
    await catalogRepo.insertService(tx.db, row);
    await catalogRepo.insertStandard(tx.db, draft);
    await recordAudit(tx, {
      action: 'services.service_created',
      entityType: 'services_service',
      entityId: id,
      after: serviceAudit(row),
    });
    await recordAudit(tx, {
      action: 'services.standard_drafted',
      entityType: 'services_standard',
      entityId: draft.id,
      after: { serviceId: id, version: 1 },
    });
  });
  return { id, standardId: draft.id };
}

/** Changes a service's name, summary, unit or whether it is offered. */
export async function updateService(ctx: Ctx, id: string, input: PublicServiceInput): Promise<void> {
  const tenant = requireTenant(ctx);
  const service = await serviceFor(ctx, id);
  const data = publicServiceInputSchema.parse(input);
  if (data.unitId !== service.unit_id) await assertUnit(ctx, data.unitId);
  const set = {
    unit_id: data.unitId,
    name: data.name,
    name_en: data.nameEn,
    summary: data.summary,
    active: data.active ? 1 : 0,
  };
  await transaction(ctx, async (tx) => {
    await catalogRepo.updateService(tx.db, tenant.id, id, { ...set, updated_at: tx.clock.now().toISOString() });
    await recordAudit(tx, {
      action: 'services.service_updated',
      entityType: 'services_service',
      entityId: id,
      before: serviceAudit(service),
      after: serviceAudit(set),
    });
  });
}

/**
 * A new draft version of a service's standard, copied from its newest version and effective today at the
 * earliest. Refused while a version is still being drafted or decided: that one is to be edited.
 */
export async function draftNewVersion(ctx: Ctx, serviceId: string): Promise<{ id: string; version: number }> {
  const tenant = requireTenant(ctx);
  const service = await serviceFor(ctx, serviceId);
  return transaction(ctx, async (tx) => {
    const versions = await catalogRepo.standardsOf(tx.db, tenant.id, service.id);
    const pending = versions.find((v) => PENDING_STATUSES.includes(v.status as StandardStatus));
    if (pending) throw new Conflict('services_draft_exists', { version: pending.version });
    const newest = versions[0];
    const today = todayOf(tx);
    const copy: StandardValues = newest
      ? {
          ...valuesOf(newest),
          effectiveFrom: laterDate(newest.effective_from, today),
        }
      : standardInputSchema.parse({ effectiveFrom: today });
    const version = await catalogRepo.nextVersion(tx.db, service.id);
    const row = draftRow(tx, service, version, copy);
    await catalogRepo.insertStandard(tx.db, row);
    await recordAudit(tx, {
      action: 'services.standard_drafted',
      entityType: 'services_standard',
      entityId: row.id,
      after: { serviceId: service.id, version, copiedFrom: newest?.version ?? null },
    });
    return { id: row.id, version };
  });
}

/** A stored version's values, in the shape of `standardInputSchema`'s output. */
export function valuesOf(row: StandardRow): StandardValues {
  return {
    effectiveFrom: row.effective_from,
    requirements: row.requirements,
    procedure: row.procedure,
    durationDays: row.duration_days,
    fee: row.fee === null ? null : Number(row.fee),
    feeBasis: row.fee_basis,
    product: row.product,
    complaintHandling: row.complaint_handling,
    legalBasis: row.legal_basis,
    facilities: row.facilities,
    competence: row.competence,
    oversight: row.oversight,
    officers: row.officers,
    guarantee: row.guarantee,
    safety: row.safety,
    evaluation: row.evaluation,
    form: JSON.parse(row.form),
    outputKind: row.output_kind as StandardValues['outputKind'],
    letterTemplate: row.letter_template,
  };
}

const STATUS_WORDS: Record<StandardStatus, Record<'id' | 'en', string>> = {
  draft: { id: 'rancangan', en: 'draft' },
  submitted: { id: 'diajukan', en: 'submitted' },
  published: { id: 'terbit', en: 'published' },
  returned: { id: 'dikembalikan', en: 'sent back' },
};

/** A standard's state in the reader's language, for error messages. */
export const statusWord = (ctx: Ctx, status: string) => STATUS_WORDS[status as StandardStatus]?.[ctx.lang] ?? status;

const ELEMENT_WORDS: Record<PublishedElement, Record<'id' | 'en', string>> = {
  requirements: { id: 'persyaratan', en: 'requirements' },
  procedure: { id: 'sistem, mekanisme dan prosedur', en: 'procedure' },
  durationDays: { id: 'jangka waktu penyelesaian', en: 'time to complete' },
  fee: { id: 'biaya/tarif', en: 'fee' },
  product: { id: 'produk pelayanan', en: 'service product' },
  complaintHandling: { id: 'penanganan pengaduan, saran dan masukan', en: 'complaint handling' },
};

/** The missing published elements named in the reader's language: "persyaratan, biaya/tarif". */
export const elementWords = (ctx: Ctx, elements: readonly PublishedElement[]) =>
  elements.map((e) => ELEMENT_WORDS[e][ctx.lang]).join(', ');
