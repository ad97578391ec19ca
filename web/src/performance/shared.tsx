import {
  PERFORMANCE_PERMISSIONS,
  type PerformanceYear,
  PREDIKATS,
  type Predikat,
  predikatOf,
  RATINGS,
  type Rating,
} from '@lentera/common';
import { Badge, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { StatusBadge as SharedStatusBadge } from '../ui/StatusBadge';
import { hasPermission, useAccount } from '../ui/session';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';

export const PREDIKAT_COLORS: Record<Predikat, string> = {
  // Dark enough for white badge text (WCAG AA at small sizes).
  sangat_baik: '#0b6b5a',
  baik: '#1c5fa8',
  butuh_perbaikan: '#8a5a00',
  kurang: '#b23c00',
  sangat_kurang: '#a51111',
};

export function PredikatBadge({ predikat }: { predikat: Predikat | null | undefined }) {
  const { t } = useTranslation();
  if (!predikat)
    return (
      <Text span c="dimmed">
        –
      </Text>
    );
  return (
    <Badge color={PREDIKAT_COLORS[predikat]} variant="filled" tt="none" data-testid="predikat">
      {t(`performance.predikat.${predikat}`)}
    </Badge>
  );
}

const STATUS_COLORS: Record<string, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  approved: 'green',
  rated: 'blue',
  confirmed: 'green',
  acknowledged: 'green',
  objected: 'orange',
  decided: 'green',
  missing: 'red',
};

export function StatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation();
  const value = status ?? 'none';
  return (
    <SharedStatusBadge
      color={STATUS_COLORS[value] ?? 'gray'}
      label={t(`performance.status.${value}` as 'performance.status.draft', { defaultValue: value })}
    />
  );
}

/** The live predikat from the matrix as the appraiser picks the two ratings. */
export function LivePredikat({ hasilKerja, perilaku }: { hasilKerja: Rating | null; perilaku: Rating | null }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" aria-live="polite">
      <Text fw={600}>{t('performance.review.resultingPredikat')}</Text>
      {hasilKerja && perilaku ? (
        <PredikatBadge predikat={predikatOf(hasilKerja, perilaku)} />
      ) : (
        <Text c="dimmed">–</Text>
      )}
    </Group>
  );
}

export function RatingSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: Rating | null;
  onChange: (value: Rating | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      placeholder={t('performance.review.chooseRating')}
      data={RATINGS.map((r) => ({ value: r, label: t(`performance.rating.${r}`) }))}
      value={value}
      onChange={(v) => onChange((v as Rating | null) ?? null)}
      allowDeselect={false}
      required
      error={error}
    />
  );
}

/** The years to choose from, newest first; defaults to the newest open one. */
export function defaultYear(years: PerformanceYear[] | undefined): number {
  const open = years?.filter((y) => y.status === 'open').map((y) => y.year) ?? [];
  if (open.length) return Math.max(...open);
  if (years?.length) return Math.max(...years.map((y) => y.year));
  return new Date().getFullYear();
}

export function YearSelect({
  years,
  value,
  onChange,
  label,
}: {
  years: number[];
  value: number;
  onChange: (year: number) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  const data = [...new Set([...years, value])].sort((a, b) => b - a).map((y) => String(y));
  return (
    <Select
      label={label ?? t('performance.year')}
      data={data}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={140}
    />
  );
}

export function useDateTime() {
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  return (value: string | null | undefined) => (value ? formatDateTime(value, timeZone, lang) : '–');
}

/**
 * A period's name in the reader's language: the month (id-ID "Oktober", en "October") for monthly periods,
 * else the quarter or half-year by its number.
 */
export function usePeriodName() {
  const { t } = useTranslation();
  const lang = currentLang();
  const months = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  return (year: number, kind: PerformanceYear['periodKind'] | undefined, index: number) =>
    kind === 'quarterly'
      ? t('performance.history.quarter', { n: index })
      : kind === 'semester'
        ? t('performance.history.semester', { n: index })
        : months.format(new Date(Date.UTC(year, index - 1, 1)));
}

export function useCan(permission: string): boolean {
  return hasPermission(useAccount(), permission, useTenantSlug());
}

export const P = PERFORMANCE_PERMISSIONS;
export { PREDIKATS };
