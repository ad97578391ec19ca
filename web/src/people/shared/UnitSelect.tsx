import { type ComboboxItem, type OptionsFilter, Select, type SelectProps, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_PATH_SEPARATOR, unitOptions, useUnits } from './units';

export interface UnitSelectProps
  extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'filter' | 'renderOption'> {
  /** The government whose units are offered. */
  slug: string;
  value: string | null | undefined;
  onChange: (unitId: string | null) => void;
  /** Offer closed units too (for history and reports). */
  includeClosed?: boolean;
  /** Leave out units, e.g. a unit and its descendants when choosing where to move it. */
  exclude?: (unitId: string) => boolean;
}

/** Every word typed must appear somewhere in the unit's path: "kesehatan rujukan" finds a seksi deep inside. */
const pathFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = search.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
  const found: ComboboxItem[] = [];
  for (const option of options) {
    if (!('value' in option)) continue;
    const text = option.label.toLocaleLowerCase('id');
    if (words.every((word) => text.includes(word))) found.push(option);
    if (found.length >= limit) break;
  }
  return found;
};

/**
 * A searchable unit (OPD) picker fed by the units endpoint. Each option names the unit and, below it, the units
 * above it, so that two "Subbagian Umum" in different dinas can be told apart; the search matches the whole path.
 */
export function UnitSelect({
  slug,
  value,
  onChange,
  includeClosed = false,
  exclude,
  placeholder,
  nothingFoundMessage,
  error,
  ...props
}: UnitSelectProps) {
  const { t } = useTranslation();
  const units = useUnits(slug, includeClosed);
  const options = useMemo(
    () => unitOptions(units.data ?? []).filter((option) => !exclude?.(option.value)),
    [units.data, exclude],
  );
  const data = useMemo(() => options.map(({ value: id, label }) => ({ value: id, label })), [options]);

  return (
    <Select
      {...props}
      data={data}
      value={value ?? null}
      onChange={(next) => onChange(next)}
      searchable
      filter={pathFilter}
      limit={100}
      maxDropdownHeight={360}
      comboboxProps={{ width: 'target', ...props.comboboxProps }}
      placeholder={units.isPending ? t('common.loading') : (placeholder ?? t('employees.unitSelect.placeholder'))}
      nothingFoundMessage={nothingFoundMessage ?? t('employees.unitSelect.nothingFound')}
      error={error ?? (units.isError ? t('employees.unitSelect.loadError') : undefined)}
      disabled={props.disabled || units.isPending}
      renderOption={({ option }) => {
        const parts = option.label.split(UNIT_PATH_SEPARATOR);
        const name = parts.pop();
        return (
          <Stack gap={0}>
            <Text size="sm">{name}</Text>
            {parts.length > 0 ? (
              <Text size="xs" c="dimmed">
                {parts.join(UNIT_PATH_SEPARATOR)}
              </Text>
            ) : null}
          </Stack>
        );
      }}
    />
  );
}
