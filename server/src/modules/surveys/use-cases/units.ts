import { ELEMENT_CODES, type ResultsView, type SurveyUnitsView } from '@lentera/common';
import { type Ctx, requireTenant } from '../../../platform/context';
import { Unauthenticated } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { SURVEYS } from '../policy';
import { surveyServices } from '../support';

async function unitsWithServices(ctx: Ctx): Promise<SurveyUnitsView> {
  const [units, services] = await Promise.all([peopleService.units(ctx), surveyServices(ctx)]);
  return units
    .filter((u) => !u.closed)
    .map((u) => ({
      unitId: u.id,
      unitName: u.name,
      services: services
        .filter((s) => s.unitId === u.id && s.active)
        .map(({ serviceKey, serviceName }) => ({ serviceKey, serviceName })),
    }))
    .filter((u) => u.services.length > 0);
}

/** Units with services, for the open public link (anyone). */
export async function openUnits(ctx: Ctx): Promise<SurveyUnitsView> {
  return unitsWithServices(ctx);
}

/** Units with services the signed-in staff may handle surveys for. */
export async function staffUnits(ctx: Ctx): Promise<SurveyUnitsView> {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  await ctx.access.assert(ctx.actor, SURVEYS.manage);
  const all = await unitsWithServices(ctx);
  const mine: SurveyUnitsView = [];
  for (const unit of all)
    if (await ctx.access.can(ctx.actor, SURVEYS.manage, { tenantId: tenant.id, unitId: unit.unitId })) mine.push(unit);
  return mine;
}

/** The results as CSV: one row per unit (service empty) and per service, verified channels. */
export function resultsCsv(results: ResultsView) {
  const header = [
    'period',
    'unit_id',
    'unit_name',
    'service_key',
    'service_name',
    'respondents',
    ...ELEMENT_CODES.map((c) => `nrr_${c.toLowerCase()}`),
    'ikm',
    'converted',
    'grade',
    'published',
  ];
  const rows = results.units.flatMap((u) =>
    [{ ...u, serviceKey: '', serviceName: '' }, ...u.services].map((f) => [
      results.period,
      u.unitId,
      u.unitName,
      f.serviceKey,
      f.serviceName,
      f.respondents,
      ...ELEMENT_CODES.map((c) => Number(f.nrr[c].toFixed(4))),
      Number(f.ikm.toFixed(4)),
      f.converted,
      f.grade,
      u.published ? 'yes' : 'no',
    ]),
  );
  return { header, rows };
}
