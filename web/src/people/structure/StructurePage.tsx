import { PEOPLE_PERMISSIONS } from '@lentera/common';
import { Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { useTenantSlug } from '../../ui/tenant';
import { useDirectorySearch, useReportingLine, useUnitTree } from './api';
import { UnitTree } from './UnitTree';

const route = getRouteApi('/t/$slug/staff/people/structure');

function EmployeePicker({ slug, onPick }: { slug: string; onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const found = useDirectorySearch(slug, debounced);
  const data = (found.data?.items ?? []).map((e) => ({
    value: e.id,
    label: [e.displayName, e.positionName, e.unitName].filter(Boolean).join(' — '),
  }));
  return (
    <Select
      label={t('structure.chart.search')}
      description={t('structure.chart.searchHint')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      filter={({ options }) => options}
      nothingFoundMessage={
        debounced.trim().length >= 3 && !found.isFetching ? t('structure.chart.searchNothing') : undefined
      }
      onChange={(value) => {
        if (value) onPick(value);
      }}
      value={null}
      maw={560}
    />
  );
}

function ReportingLine({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { employee } = route.useSearch();
  const navigate = route.useNavigate();
  const line = useReportingLine(slug, employee);
  const pick = (id: string | undefined) => void navigate({ search: { employee: id }, replace: false });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="line-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="line-heading">
          {t('structure.chart.lineHeading')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('structure.chart.lineIntro')}
        </Text>
        <EmployeePicker slug={slug} onPick={pick} />
        {employee && line.isPending ? <PageLoader /> : null}
        {line.isError ? (
          isApiError(line.error, 'not_found') || (isApiError(line.error) && line.error.status === 404) ? (
            <Text role="alert">{t('structure.chart.lineHidden')}</Text>
          ) : (
            <ErrorAlert error={line.error} onRetry={() => void line.refetch()} />
          )
        ) : null}
        {line.data?.length ? (
          <Stack gap="xs">
            <Title order={3} fz="h5">
              {t('structure.chart.lineOf', { name: line.data[0]?.displayName ?? '' })}
            </Title>
            <ol
              aria-label={t('structure.chart.lineOf', { name: line.data[0]?.displayName ?? '' })}
              style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}
            >
              {line.data.map((person, index) => (
                <li key={person.id} style={{ marginInlineStart: `min(${index * 12}px, 30vw)` }}>
                  <Card withBorder padding="xs" mb={6} bg={index === 0 ? 'blue.0' : undefined}>
                    <Group gap={6}>
                      <Badge variant={index === 0 ? 'filled' : 'default'} size="sm" tt="none">
                        {index === 0
                          ? t('structure.chart.self')
                          : index === line.data.length - 1
                            ? t('structure.chart.top')
                            : t('structure.chart.superiorLevel', { level: index })}
                      </Badge>
                    </Group>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {person.displayName}
                    </Text>
                    <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                      {[person.positionName, person.unitName].filter(Boolean).join(' · ')}
                    </Text>
                  </Card>
                </li>
              ))}
            </ol>
            <Group>
              <Button variant="default" size="xs" onClick={() => pick(undefined)}>
                {t('structure.chart.clear')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

function StructureContent({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const units = useUnitTree(slug);
  return (
    <Page title={t('structure.chart.title')} description={t('structure.chart.intro')}>
      <ReportingLine slug={slug} />
      <Card withBorder padding="sm" component="section" aria-labelledby="tree-heading">
        <Title order={2} fz="h4" id="tree-heading" mb="sm">
          {t('structure.chart.treeHeading')}
        </Title>
        {units.isPending ? <PageLoader /> : null}
        {units.isError ? <ErrorAlert error={units.error} onRetry={() => void units.refetch()} /> : null}
        {units.data ? (
          <UnitTree units={units.data} label={t('structure.chart.treeHeading')} renderName={(unit) => unit.name} />
        ) : null}
      </Card>
    </Page>
  );
}

/** The organisation chart for any staff member: units with heads and headcounts, and a reporting line. */
export function StructurePage() {
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={PEOPLE_PERMISSIONS.viewStructure}>
      <StructureContent slug={slug} />
    </RequireAccess>
  );
}
