import { DEFAULT_TRAINING_SETTINGS, localDate, type TrainingSettings } from '@lentera/common';
import { type Ctx, requireTenant } from '../../platform/context';
import { Forbidden, NotFound, Unauthenticated } from '../../platform/errors';
import { type PersonRef, peopleService } from '../people/index';
import { TRAINING } from './policy';
import { catalogRepo } from './repository/catalog';
import type { EventRow, ProgrammeRow } from './repository/tables';

export function parseList(json: string): string[] {
  const value = JSON.parse(json) as unknown;
  return Array.isArray(value) ? value.map(String) : [];
}

export function today(ctx: Ctx): string {
  return localDate(ctx.clock.now(), requireTenant(ctx).timeZone);
}

export function yearDates(year: number) {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export async function settingsOf(ctx: Ctx): Promise<TrainingSettings> {
  const row = await catalogRepo.settings(ctx.db, requireTenant(ctx).id);
  if (!row) return { ...DEFAULT_TRAINING_SETTINGS };
  return {
    minimumJpPns: row.minimum_jp_pns,
    minimumJpPppk: row.minimum_jp_pppk,
    approvalWorkingDays: row.approval_working_days,
    complaintNeedThreshold: row.complaint_need_threshold,
  };
}

/** The signed-in employee (the learn permission and a linked employee record), or 403. */
export async function myEmployee(ctx: Ctx): Promise<PersonRef> {
  if (!ctx.actor) throw new Unauthenticated();
  await ctx.access.assert(ctx.actor, TRAINING.learn);
  const me = await peopleService.employeeOfAccount(ctx, ctx.actor.accountId);
  if (me?.employment !== 'active') throw new Forbidden('training_not_employee');
  return me;
}

/** Unit paths (`/root/.../unit/`) by unit id: eligibility and mandatory programmes cover sub-units. */
export async function unitPaths(ctx: Ctx): Promise<Map<string, { path: string; name: string }>> {
  return new Map((await peopleService.units(ctx)).map((u) => [u.id, { path: u.path, name: u.name }]));
}

export function trainersOf(programme: ProgrammeRow, event?: EventRow): string[] {
  return [...parseList(programme.trainer_account_ids), ...(event ? parseList(event.trainer_account_ids) : [])];
}

/**
 * An event with its programme, for those who run it (HR, or a trainer named on the programme or the event); what one
 * may not run is answered like what does not exist.
 */
export async function eventToRun(ctx: Ctx, id: string): Promise<{ event: EventRow; programme: ProgrammeRow }> {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  await ctx.access.assert(ctx.actor, TRAINING.teach);
  const event = await catalogRepo.event(ctx.db, tenant.id, id);
  const programme = event ? await catalogRepo.programme(ctx.db, tenant.id, event.programme_id) : undefined;
  if (!event || !programme) throw new NotFound();
  await ctx.access.assertVisible(ctx.actor, TRAINING.teach, { trainerAccountIds: trainersOf(programme, event) });
  return { event, programme };
}
