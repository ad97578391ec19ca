import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../shared/UnitSelect';
import type { EmployeeFilter } from './api';
import { employmentOptions, kindOptions, rankOptions, statusOptions } from './labels';

interface EmployeeFiltersProps {
  slug: string;
  filter: EmployeeFilter;
  /** Replaces the filter's fields (and goes back to the first page). */
  onChange: (changes: Partial<EmployeeFilter>) => void;
  onReset: () => void;
}

/** Search by name or NIP (on submit) and the choices, each applied as soon as it is picked. */
export function EmployeeFilters({ slug, filter, onChange, onReset }: EmployeeFiltersProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(filter.q ?? '');
  useEffect(() => setQuery(filter.q ?? ''), [filter.q]);
  const filtered = Object.entries(filter).some(([key, value]) => !['page', 'sort', 'dir'].includes(key) && value);

  return (
    <search aria-label={t('employees.list.filters')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ q: query.trim() || undefined });
        }}
      >
        <Stack gap="sm">
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('employees.list.search')}
              description={t('employees.list.searchHint')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              style={{ flex: '1 1 260px' }}
            />
            <Button type="submit">{t('common.search')}</Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            <Stack gap={6}>
              <UnitSelect
                slug={slug}
                label={t('employees.fields.unit')}
                placeholder={t('employees.list.allUnits')}
                value={filter.unitId}
                onChange={(unitId) => onChange({ unitId: unitId ?? undefined })}
                clearable
              />
              <Checkbox
                label={t('employees.list.includeSubunits')}
                checked={filter.subunits !== 'no'}
                onChange={(event) => onChange({ subunits: event.currentTarget.checked ? undefined : 'no' })}
                disabled={!filter.unitId}
              />
            </Stack>
            <Select
              label={t('employees.fields.positionKind')}
              placeholder={t('employees.list.any')}
              data={kindOptions()}
              value={filter.positionKind ?? null}
              onChange={(value) => onChange({ positionKind: (value ?? undefined) as EmployeeFilter['positionKind'] })}
              clearable
            />
            <Select
              label={t('employees.fields.rank')}
              placeholder={t('employees.list.any')}
              data={rankOptions()}
              value={filter.rank ?? null}
              onChange={(value) => onChange({ rank: value ?? undefined })}
              searchable
              clearable
            />
            <Select
              label={t('employees.fields.status')}
              placeholder={t('employees.list.any')}
              data={statusOptions()}
              value={filter.status ?? null}
              onChange={(value) => onChange({ status: (value ?? undefined) as EmployeeFilter['status'] })}
              clearable
            />
            <Select
              label={t('employees.fields.employment')}
              data={[...employmentOptions(), { value: 'all', label: t('employees.employment.all') }]}
              value={filter.employment ?? 'active'}
              onChange={(value) => onChange({ employment: value && value !== 'active' ? value : undefined })}
              allowDeselect={false}
            />
          </SimpleGrid>
          {filtered ? (
            <Group>
              <Button variant="subtle" onClick={onReset}>
                {t('employees.list.reset')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </search>
  );
}
