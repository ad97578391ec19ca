import { createHash, randomUUID } from 'node:crypto';
import { type PublishView, periodParams, publishInputSchema } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound } from '../../../platform/errors';
import { SURVEYS } from '../policy';
import { planView } from '../presenter';
import { reportsRepo } from '../repository/reports';
import { today } from '../support';
import { reportPdf } from './report-pdf';
import { assertUnit, type FrozenFigures, frozenOf, reportPdfPath, staffResults } from './results';

/**
 * Publishes a unit's period: the figures as they stand are frozen (stored, with their digest, never recomputed),
 * the PDF report is written, and responses for the period are refused from then on. Audited.
 */
export async function publishPeriod(ctx: Ctx, body: unknown): Promise<PublishView> {
  const tenant = requireTenant(ctx);
  const input = publishInputSchema.parse(body);
  await assertUnit(ctx, SURVEYS.publish, input.unitId);
  if (input.period > `${today(ctx).slice(0, 4)}-S${Number(today(ctx).slice(5, 7)) <= 6 ? 1 : 2}`)
    throw new Invalid('survey_period_future', periodParams(input.period));
  if (await reportsRepo.report(ctx.db, tenant.id, input.unitId, input.period))
    throw new Conflict('survey_already_published', periodParams(input.period));
  const view = await staffResults(ctx, { period: input.period, unitId: input.unitId }, SURVEYS.publish);
  if (view.unit.respondents === 0) throw new Conflict('survey_no_responses', periodParams(input.period));
  const { published, publishedAt, reportPdf: _pdf, previous, plan, ...unit } = view.unit;
  const frozen: FrozenFigures = { unit, respondentsBy: view.respondentsBy, sample: view.sample };
  const figures = JSON.stringify(frozen);
  const digest = createHash('sha256').update(figures).digest('hex');
  const id = randomUUID();
  const now = ctx.clock.now().toISOString();
  const key = `surveys/${tenant.id}/${id}.pdf`;
  const pdf = await reportPdf({
    tenantName: tenant.name,
    period: input.period,
    frozen,
    analysis: input.analysis,
    plan,
    publishedOn: today(ctx),
  });
  await ctx.files.put(key, pdf, 'application/pdf');
  // Two publications racing both write a PDF; the one whose row is not inserted (or whose transaction fails)
  // removes its own file, so no orphaned report is left in storage.
  try {
    await transaction(ctx, async (tx) => {
      const inserted = await reportsRepo.insertReport(tx.db, {
        id,
        tenant_id: tenant.id,
        unit_id: input.unitId,
        period: input.period,
        figures,
        analysis: input.analysis,
        digest,
        pdf_key: key,
        published_by: ctx.actor?.accountId ?? null,
        published_at: now,
      });
      if (!inserted) throw new Conflict('survey_already_published', periodParams(input.period));
      await recordAudit(tx, {
        action: 'surveys.report_published',
        entityType: 'surveys_report',
        entityId: id,
        after: {
          unitId: input.unitId,
          period: input.period,
          respondents: unit.respondents,
          converted: unit.converted,
          digest,
        },
      });
    });
  } catch (error) {
    await ctx.files
      .remove(key)
      .catch((removal: unknown) => ctx.log.warn({ key, err: removal }, 'a report PDF left behind'));
    throw error;
  }
  return {
    reportId: id,
    period: input.period,
    unitId: input.unitId,
    publishedAt: now,
    digest,
    reportPdf: reportPdfPath(tenant.slug, { id }),
  };
}

/**
 * A published report's PDF (public). Written at publication; the improvement plan, followed afterwards, is drawn
 * again as it stands now, beside the frozen figures.
 */
export async function reportFile(ctx: Ctx, reportId: string): Promise<{ fileName: string; data: Buffer }> {
  const tenant = requireTenant(ctx);
  const report = await reportsRepo.reportById(ctx.db, tenant.id, reportId);
  if (!report) throw new NotFound();
  const plan = await reportsRepo.plan(ctx.db, tenant.id, { unitId: report.unit_id, period: report.period });
  const data =
    plan.length === 0
      ? await ctx.files.read(report.pdf_key)
      : await reportPdf({
          tenantName: tenant.name,
          period: report.period,
          frozen: frozenOf(report),
          analysis: report.analysis,
          plan: plan.map(planView),
          publishedOn: report.published_at.slice(0, 10),
        });
  return { fileName: `skm-${report.period}.pdf`, data };
}
