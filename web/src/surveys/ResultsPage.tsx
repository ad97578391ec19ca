import type { UnitResults } from '@lentera/common';
import { Alert, Anchor, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatDate } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { useResults } from './api';
import { count, formatScore, periodWords, serviceLabel } from './labels';
import { ChannelTable, GradeBadge, IndexFigures, NrrChart, PlanList } from './parts';

export interface ResultsSearch {
  period?: string;
  unitId?: string;
}

function ServicesTable({ unit }: { unit: UnitResults }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const label = `${t('surveys.results.servicesTitle')} — ${unit.unitName}`;
  return (
    <TableScroll minWidth={560} label={label}>
      <Table striped withTableBorder verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.results.service')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('surveys.results.respondents')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('surveys.results.converted')}
            </Table.Th>
            <Table.Th scope="col">{t('surveys.results.grade')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {unit.services.map((service) => (
            <Table.Tr key={service.serviceKey}>
              <Table.Th scope="row" fw={500}>
                {serviceLabel(service.serviceKey, service.serviceName, t)}
              </Table.Th>
              <Table.Td ta="right">{count(service.respondents, lang)}</Table.Td>
              <Table.Td ta="right">{formatScore(service.converted, lang)}</Table.Td>
              <Table.Td>
                <GradeBadge grade={service.grade} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** One unit's report: the index, NRR per element, respondents by channel, per service, the improvement plan. */
export function UnitReport({ unit, headingLevel = 2 }: { unit: UnitResults; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const sub = (headingLevel + 1) as 3 | 4;
  const headingId = `unit-${unit.unitId}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={headingLevel} fz="h3" id={headingId}>
            {unit.unitName}
          </Title>
          {unit.published && unit.publishedAt ? (
            <Group gap="sm">
              <Text size="sm" c="dimmed">
                {t('surveys.results.publishedOn', { date: formatDate(unit.publishedAt, timeZone, lang) })}
              </Text>
              {unit.reportPdf ? (
                <Anchor href={unit.reportPdf} size="sm">
                  {t('surveys.results.reportPdf')}
                </Anchor>
              ) : null}
            </Group>
          ) : null}
        </Stack>
        <IndexFigures figures={unit} />
        <Title order={sub} fz="h4">
          {t('surveys.results.nrrTitle')}
        </Title>
        <NrrChart
          nrr={unit.nrr}
          previous={unit.previous?.nrr}
          label={`${t('surveys.results.nrrTitle')} — ${unit.unitName}`}
        />
        <Title order={sub} fz="h4">
          {t('surveys.results.channelsTitle')}
        </Title>
        <ChannelTable byChannel={unit.byChannel} label={`${t('surveys.results.channelsTitle')} — ${unit.unitName}`} />
        {unit.services.length > 1 ? (
          <>
            <Title order={sub} fz="h4">
              {t('surveys.results.servicesTitle')}
            </Title>
            <ServicesTable unit={unit} />
          </>
        ) : null}
        <Title order={sub} fz="h4">
          {t('surveys.results.planTitle')}
        </Title>
        <PlanList plan={unit.plan} />
      </Stack>
    </Card>
  );
}

/** `/t/:slug/survei`: each unit's latest published SKM report, or a chosen period's. */
export function ResultsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const slug = useTenantSlug() ?? '';
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as ResultsSearch;
  const results = useResults(slug, { period: search.period });
  const go = (next: ResultsSearch) =>
    void navigate({ to: '/t/$slug/survei', params: { slug }, search: next, replace: true });
  const data = results.data;
  const periods = data
    ? Array.from(new Set([data.period, ...data.periods]))
        .sort()
        .reverse()
    : [];
  const units = (data?.units ?? []).filter((unit) => !search.unitId || unit.unitId === search.unitId);
  return (
    <Page title={t('surveys.results.title')} description={t('surveys.results.intro')}>
      {data ? (
        <Card withBorder padding="md">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('surveys.results.period')}
              data={periods.map((period) => ({ value: period, label: periodWords(period, lang) }))}
              value={data.period}
              onChange={(value) => value && go({ ...search, period: value })}
              allowDeselect={false}
              style={{ flex: '1 1 240px' }}
            />
            {data.units.length > 1 ? (
              <Select
                label={t('surveys.results.unitFilter')}
                placeholder={t('surveys.results.allUnits')}
                data={data.units.map((unit) => ({ value: unit.unitId, label: unit.unitName }))}
                value={search.unitId ?? null}
                onChange={(value) => go({ ...search, unitId: value ?? undefined })}
                clearable
                searchable
                style={{ flex: '1 1 240px' }}
              />
            ) : null}
          </Group>
        </Card>
      ) : null}
      {results.isPending ? <PageLoader /> : null}
      {results.isError ? <ErrorAlert error={results.error} onRetry={() => void results.refetch()} /> : null}
      {data && !data.published && data.units.length > 0 ? (
        <Alert color="orange" variant="light">
          {t('surveys.results.notPublished')}
        </Alert>
      ) : null}
      {data && data.units.length === 0 ? (
        <Alert color="gray" variant="light" title={t('surveys.results.noneTitle')}>
          {t('surveys.results.none')}
        </Alert>
      ) : null}
      {units.map((unit) => (
        <UnitReport key={unit.unitId} unit={unit} />
      ))}
    </Page>
  );
}
