import { addWorkingDays, type WorkingCalendar, type WorkingDeadline } from '../calendar/working-days';
import { zonedStartOfDay } from '../calendar/zones';

/**
 * The rules of PermenPANRB 6/2022 as pure functions (DOMAIN.md "Performance"): the rating scale, the
 * predikat matrix, the annual distribution rules by the unit's organisational predikat, and the periods of
 * periodic evaluation with their deadlines in working days.
 */

/** Hasil kerja and perilaku kerja are each rated on this scale. */
export const RATINGS = ['di_bawah', 'sesuai', 'di_atas'] as const;
export type Rating = (typeof RATINGS)[number];

export const PREDIKATS = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type Predikat = (typeof PREDIKATS)[number];

export const PREDIKAT_LABELS: Record<Predikat, string> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang',
};

export const RATING_LABELS: Record<Rating, string> = {
  di_bawah: 'Di bawah ekspektasi',
  sesuai: 'Sesuai ekspektasi',
  di_atas: 'Di atas ekspektasi',
};

/** The seven ASN core values on which perilaku kerja is rated. */
export const BERAKHLAK = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;
export type BerakhlakValue = (typeof BERAKHLAK)[number];

export const BERAKHLAK_LABELS: Record<BerakhlakValue, string> = {
  berorientasi_pelayanan: 'Berorientasi Pelayanan',
  akuntabel: 'Akuntabel',
  kompeten: 'Kompeten',
  harmonis: 'Harmonis',
  loyal: 'Loyal',
  adaptif: 'Adaptif',
  kolaboratif: 'Kolaboratif',
};

/** The unit's organisational predikat, which selects the annual distribution rule. */
export const ORG_PREDIKATS = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type OrgPredikat = (typeof ORG_PREDIKATS)[number];

export const PERIOD_KINDS = ['monthly', 'quarterly', 'semester'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  di_atas: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'sangat_baik' },
  sesuai: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'baik' },
  di_bawah: { di_bawah: 'sangat_kurang', sesuai: 'butuh_perbaikan', di_atas: 'butuh_perbaikan' },
};

/** The predikat matrix: rows hasil kerja, columns perilaku kerja. */
export function predikatOf(hasilKerja: Rating, perilaku: Rating): Predikat {
  const row = MATRIX[hasilKerja];
  const predikat = row?.[perilaku];
  if (!predikat) throw new RangeError(`Not a rating: ${hasilKerja} / ${perilaku}`);
  return predikat;
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

/**
 * Hasil kerja from the ratings of the single results: "di atas" when most or all are above expectation
 * and no main result is below; "di bawah" when most or all are below; otherwise "sesuai".
 */
export function hasilKerjaFromResults(results: ReadonlyArray<{ rating: Rating; main?: boolean }>): Rating {
  if (results.length === 0) return 'sesuai';
  const above = results.filter((r) => r.rating === 'di_atas').length;
  const below = results.filter((r) => r.rating === 'di_bawah').length;
  if (below * 2 > results.length) return 'di_bawah';
  if (above * 2 > results.length && !results.some((r) => r.main && r.rating === 'di_bawah')) return 'di_atas';
  return 'sesuai';
}

/** Predikat below Baik open a coaching plan (pembinaan). */
export function needsCoaching(predikat: Predikat): boolean {
  return predikat === 'butuh_perbaikan' || predikat === 'kurang' || predikat === 'sangat_kurang';
}

export type PredikatCounts = Partial<Record<Predikat, number>>;

export interface DistributionWarning {
  code:
    | 'max_sangat_baik'
    | 'max_baik'
    | 'min_below_baik'
    | 'min_butuh_perbaikan'
    | 'min_kurang'
    | 'min_sangat_kurang'
    | 'min_kurang_or_butuh_perbaikan'
    | 'no_sangat_baik';
  /** The limit in percent, and the share found, in percent rounded to one decimal. */
  limit: number;
  actual: number;
}

const share = (n: number, total: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);

/**
 * The annual distribution ("kurva") by the unit's organisational predikat (DOMAIN.md; default rules shown as
 * warnings to the appraiser, never blocks). Returns the rules the counts break; none for an empty unit.
 */
export function distributionWarnings(org: OrgPredikat, counts: PredikatCounts): DistributionWarning[] {
  const n = (p: Predikat) => counts[p] ?? 0;
  const total = PREDIKATS.reduce((sum, p) => sum + n(p), 0);
  if (total === 0) return [];
  const pct = (p: Predikat) => share(n(p), total);
  const warnings: DistributionWarning[] = [];
  const atMost = (code: DistributionWarning['code'], actual: number, limit: number) => {
    if (actual > limit) warnings.push({ code, limit, actual });
  };
  const atLeast = (code: DistributionWarning['code'], actual: number, limit: number) => {
    if (actual < limit) warnings.push({ code, limit, actual });
  };
  switch (org) {
    case 'istimewa':
      atMost('max_sangat_baik', pct('sangat_baik'), 70);
      break;
    case 'baik':
      atMost('max_baik', pct('baik'), 70);
      // "some Butuh Perbaikan or Kurang": at least one.
      if (n('butuh_perbaikan') + n('kurang') === 0) warnings.push({ code: 'min_below_baik', limit: 0, actual: 0 });
      break;
    case 'butuh_perbaikan':
      atLeast('min_butuh_perbaikan', pct('butuh_perbaikan'), 60);
      atMost('max_sangat_baik', pct('sangat_baik'), 10);
      break;
    case 'kurang':
      atLeast('min_kurang', pct('kurang'), 60);
      atLeast('min_butuh_perbaikan', pct('butuh_perbaikan'), 10);
      atMost('max_sangat_baik', pct('sangat_baik'), 10);
      break;
    case 'sangat_kurang':
      atLeast('min_sangat_kurang', pct('sangat_kurang'), 60);
      atLeast('min_kurang_or_butuh_perbaikan', share(n('kurang') + n('butuh_perbaikan'), total), 10);
      if (n('sangat_baik') > 0) warnings.push({ code: 'no_sangat_baik', limit: 0, actual: pct('sangat_baik') });
      break;
  }
  return warnings;
}

/** Percent of each predikat, one decimal, over the given counts (all zero for none). */
export function predikatPercentages(counts: PredikatCounts): Record<Predikat, number> {
  const total = PREDIKATS.reduce((sum, p) => sum + (counts[p] ?? 0), 0);
  return Object.fromEntries(PREDIKATS.map((p) => [p, share(counts[p] ?? 0, total)])) as Record<Predikat, number>;
}

export interface Period {
  /** 1-based within the year: month 1–12, quarter 1–4 or semester 1–2. */
  index: number;
  kind: PeriodKind;
  /** First and last local day, 'YYYY-MM-DD'. */
  start: string;
  end: string;
  /** 'Januari 2026', 'Triwulan I 2026', 'Semester II 2026'. */
  label: string;
}

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_PER: Record<PeriodKind, number> = { monthly: 1, quarterly: 3, semester: 6 };
const pad2 = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The periods of periodic evaluation in a year. */
export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`Not a performance year: ${year}`);
  const months = MONTHS_PER[kind];
  if (!months) throw new RangeError(`Not a period kind: ${kind}`);
  const periods: Period[] = [];
  for (let index = 1; index <= 12 / months; index++) {
    const firstMonth = (index - 1) * months + 1;
    const lastMonth = firstMonth + months - 1;
    const label =
      kind === 'monthly'
        ? `${MONTHS_ID[firstMonth - 1]} ${year}`
        : kind === 'quarterly'
          ? `Triwulan ${ROMAN[index - 1]} ${year}`
          : `Semester ${ROMAN[index - 1]} ${year}`;
    periods.push({
      index,
      kind,
      start: `${year}-${pad2(firstMonth)}-01`,
      end: `${year}-${pad2(lastMonth)}-${pad2(lastDayOf(year, lastMonth))}`,
      label,
    });
  }
  return periods;
}

export function periodOf(year: number, kind: PeriodKind, index: number): Period | undefined {
  return periodsOfYear(year, kind).find((p) => p.index === index);
}

/** The period that contains a local date. */
export function periodContaining(date: string, kind: PeriodKind): Period {
  const year = Number(date.slice(0, 4));
  const found = periodsOfYear(year, kind).find((p) => p.start <= date && date <= p.end);
  if (!found) throw new RangeError(`Not a date: ${date}`);
  return found;
}

/** The submission deadline: `workingDays` working days after the period's last day (end of that day, local). */
export function periodDeadline(period: Pick<Period, 'end'>, cal: WorkingCalendar, workingDays = 5): WorkingDeadline {
  return addWorkingDays(zonedStartOfDay(period.end, cal.timeZone), workingDays, cal);
}

/** Where a period stands on a local date: not yet ended ('future' while it has not started). */
export function periodState(period: Pick<Period, 'start' | 'end'>, today: string): 'future' | 'running' | 'ended' {
  if (today < period.start) return 'future';
  if (today <= period.end) return 'running';
  return 'ended';
}
