import type { Ctx } from '../../platform/context';
import type { HeadlineFigure, OpenDataset } from '../../platform/module';
import { publicCompliance } from './use-cases/compliance';

/**
 * Two datasets for the year: JP compliance per unit (employees, at or above the minimum, below, share, mean JP; no
 * names) and the training plan with its progress, each as CSV and JSON at stable URLs.
 */
export function trainingOpenData(tenant: { id: string; slug: string; name: string }, year: number): OpenDataset[] {
  const period = String(year);
  const base = `/api/t/${tenant.slug}/training`;
  return [
    {
      id: `training-jp-compliance-${year}`,
      title: {
        id: `Kepatuhan JP pengembangan kompetensi ASN ${year}`,
        en: `Civil servants' training-hour (JP) compliance ${year}`,
      },
      description: {
        id: 'Per unit: jumlah pegawai, yang memenuhi minimum JP setahun (20 JP PNS, 24 JP PPPK, atau pengaturan daerah), yang di bawahnya, persentase dan rata-rata JP. Tanpa nama.',
        en: 'Per unit: employees, those at or above the yearly JP minimum (20 JP PNS, 24 JP PPPK, or the local setting), those below, the share and the mean JP. No names.',
      },
      distributions: (['csv', 'json'] as const).map((format) => ({
        format,
        url: `${base}/compliance?year=${year}&format=${format}`,
        period,
      })),
      updated: 'continuous',
      licence: 'CC-BY-4.0',
      changesWith: ['training_event', 'training_external', 'training_certificate'],
    },
    {
      id: `training-plan-${year}`,
      title: { id: `Rencana pelatihan ASN ${year}`, en: `Civil servants' training plan ${year}` },
      description: {
        id: 'Butir rencana pelatihan tahun ini dengan target peserta, peserta yang telah menyelesaikan dan kemajuannya.',
        en: "The year's training plan items with their target, participants who completed and progress.",
      },
      distributions: (['csv', 'json'] as const).map((format) => ({
        format,
        url: `${base}/plan?year=${year}&format=${format}`,
        period,
      })),
      updated: 'continuous',
      licence: 'CC-BY-4.0',
      changesWith: ['training_plan_item', 'training_event'],
    },
  ];
}

/** The year's share of employees at or above their JP minimum (from the public compliance figures). */
export async function trainingHeadline(ctx: Ctx, year: number): Promise<HeadlineFigure[]> {
  const result = await publicCompliance(ctx, { year });
  return [
    {
      key: 'training.jpCompliant',
      kind: 'percent',
      value: result.tenant.percentMet === null ? null : Math.round(result.tenant.percentMet),
    },
  ];
}
