import {
  type ProgrammeView,
  programmeInputSchema,
  programmeListQuerySchema,
  programmeUpdateSchema,
} from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound, Unauthenticated } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { peopleService } from '../../people/index';
import { TRAINING } from '../policy';
import { programmeView } from '../presenter';
import { catalogRepo, trainerAccounts } from '../repository/catalog';
import type { ProgrammesTable } from '../repository/tables';

/** Refuses trainer accounts without the trainer role in the tenant. */
export async function assertTrainers(ctx: Ctx, accountIds: string[]): Promise<void> {
  if (!accountIds.length) return;
  const known = new Set((await trainerAccounts(ctx.db, requireTenant(ctx).id, accountIds)).map((a) => a.id));
  if (accountIds.some((id) => !known.has(id))) throw new Invalid('training_trainer_unknown');
}

/** Refuses unknown unit ids (the tenant's units only). */
export async function assertUnits(ctx: Ctx, unitIds: string[]): Promise<void> {
  if (!unitIds.length) return;
  const known = new Set((await peopleService.units(ctx)).map((u) => u.id));
  if (unitIds.some((id) => !known.has(id))) throw new Invalid('validation_failed', { field: 'unitIds' });
}

/** The catalog for staff: HR sees every programme, a trainer the programmes that name them. Paged. */
export async function listProgrammes(ctx: Ctx, query: unknown) {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  await ctx.access.assert(ctx.actor, TRAINING.teach);
  const f = programmeListQuerySchema.parse(query);
  const hr = await ctx.access.can(ctx.actor, TRAINING.manage);
  const page = await catalogRepo.programmePage(ctx.db, tenant.id, {
    ...f,
    ...(hr ? {} : { trainerOf: ctx.actor.accountId }),
  });
  return { items: page.items.map(programmeView), total: page.total };
}

/** A programme of the catalog (HR admin). Audited. */
export async function createProgramme(ctx: Ctx, body: unknown): Promise<ProgrammeView> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const input = programmeInputSchema.parse(body);
  await assertTrainers(ctx, input.trainerAccountIds);
  await assertUnits(ctx, input.mandatoryUnitIds);
  const code = input.code.toUpperCase();
  if (await catalogRepo.programmeByCode(ctx.db, tenant.id, code))
    throw new Conflict('training_programme_code_taken', { code });
  const now = ctx.clock.now().toISOString();
  const row: ProgrammesTable = {
    id: uuidv7(),
    tenant_id: tenant.id,
    code,
    title: input.title,
    description: input.description,
    topic: input.topic,
    competency_type: input.competencyType,
    mode: input.mode,
    jp: input.jp,
    provider: input.provider,
    mandatory_groups: JSON.stringify([...new Set(input.mandatoryGroups)]),
    mandatory_unit_ids: JSON.stringify([...new Set(input.mandatoryUnitIds)]),
    pass_mark: input.passMark,
    trainer_account_ids: JSON.stringify([...new Set(input.trainerAccountIds)]),
    active: 1,
    created_at: now,
    updated_at: now,
  };
  await transaction(ctx, async (tx) => {
    await catalogRepo.insertProgramme(tx.db, row);
    await recordAudit(tx, {
      action: 'training.programme_created',
      entityType: 'training_programme',
      entityId: row.id,
      after: { ...input, code },
    });
  });
  return programmeView(row);
}

/** Changes a programme (HR admin); JP already credited stay as they were. Audited. */
export async function updateProgramme(ctx: Ctx, id: string, body: unknown): Promise<ProgrammeView> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const input = programmeUpdateSchema.parse(body);
  const row = await catalogRepo.programme(ctx.db, tenant.id, id);
  if (!row) throw new NotFound();
  if (input.trainerAccountIds) await assertTrainers(ctx, input.trainerAccountIds);
  if (input.mandatoryUnitIds) await assertUnits(ctx, input.mandatoryUnitIds);
  const set: Partial<ProgrammesTable> = {
    ...(input.title !== undefined && { title: input.title }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.topic !== undefined && { topic: input.topic }),
    ...(input.competencyType !== undefined && { competency_type: input.competencyType }),
    ...(input.mode !== undefined && { mode: input.mode }),
    ...(input.jp !== undefined && { jp: input.jp }),
    ...(input.provider !== undefined && { provider: input.provider }),
    ...(input.mandatoryGroups !== undefined && {
      mandatory_groups: JSON.stringify([...new Set(input.mandatoryGroups)]),
    }),
    ...(input.mandatoryUnitIds !== undefined && {
      mandatory_unit_ids: JSON.stringify([...new Set(input.mandatoryUnitIds)]),
    }),
    ...(input.passMark !== undefined && { pass_mark: input.passMark }),
    ...(input.trainerAccountIds !== undefined && {
      trainer_account_ids: JSON.stringify([...new Set(input.trainerAccountIds)]),
    }),
    ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
    updated_at: ctx.clock.now().toISOString(),
  };
  await transaction(ctx, async (tx) => {
    await catalogRepo.updateProgramme(tx.db, tenant.id, id, set);
    await recordAudit(tx, {
      action: 'training.programme_updated',
      entityType: 'training_programme',
      entityId: id,
      before: programmeView(row),
      after: input,
    });
  });
  return programmeView({ ...row, ...set });
}
