import type { SurveyUnitsView } from '@lentera/common';
import { Card, Group, Select } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { useTenantTimeZone } from '../../ui/tenant';
import { periodWords, recentPeriods } from '../labels';
import type { SurveySearch } from '../routes';

type StaffPath =
  | '/t/$slug/survei-hasil'
  | '/t/$slug/survei-kertas'
  | '/t/$slug/survei-terbitkan'
  | '/t/$slug/survei-rencana';

/**
 * The unit and period a staff page is about, kept in the address. The first of the person's units and the current
 * semester are taken when the address names none.
 */
export function useUnitPeriod(slug: string, path: StaffPath, units: SurveyUnitsView | undefined) {
  const search = useSearch({ strict: false }) as SurveySearch;
  const navigate = useNavigate();
  const timeZone = useTenantTimeZone();
  const today = todayIn(timeZone);
  const periods = useMemo(() => recentPeriods(today, 5), [today]);
  const unitId = search.unitId && units?.some((u) => u.unitId === search.unitId) ? search.unitId : units?.[0]?.unitId;
  const period = search.period ?? periods[0];
  const go = (next: SurveySearch) => void navigate({ to: path, params: { slug }, search: next, replace: true });
  // Put the defaults in the address, so that a reload or a shared link shows the same unit and period.
  useEffect(() => {
    if (unitId && (search.unitId !== unitId || !search.period))
      void navigate({ to: path, params: { slug }, search: { unitId, period }, replace: true });
  }, [unitId, period, search.unitId, search.period, navigate, path, slug]);
  return { unitId, period, periods, go, unit: units?.find((u) => u.unitId === unitId) };
}

interface PickerProps {
  units: SurveyUnitsView;
  unitId: string | undefined;
  period: string | undefined;
  periods: readonly string[];
  onChange: (next: SurveySearch) => void;
  /** Pages whose period follows from something else (a paper form's date) leave the period out. */
  withPeriod?: boolean;
}

export function UnitPeriodPicker({ units, unitId, period, periods, onChange, withPeriod = true }: PickerProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const choices = period && !periods.includes(period) ? [period, ...periods] : periods;
  return (
    <Card withBorder padding="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('surveys.staff.unit')}
          placeholder={t('surveys.staff.chooseUnit')}
          data={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
          value={unitId ?? null}
          onChange={(value) => value && onChange({ unitId: value, period })}
          allowDeselect={false}
          searchable={units.length > 8}
          style={{ flex: '1 1 260px' }}
        />
        {withPeriod ? (
          <Select
            label={t('surveys.staff.period')}
            data={choices.map((p) => ({ value: p, label: periodWords(p, lang) }))}
            value={period ?? null}
            onChange={(value) => value && onChange({ unitId, period: value })}
            allowDeselect={false}
            style={{ flex: '1 1 260px' }}
          />
        ) : null}
      </Group>
    </Card>
  );
}
