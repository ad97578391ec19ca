import '@mantine/charts/styles.css';
import { PREDIKATS } from '@lentera/common';
import { BarChart } from '@mantine/charts';
import { Box, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatNumber } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { currentLang } from '../ui/i18n';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug } from '../ui/tenant';
import { type Dashboard, dashboardXlsxUrl, useDashboard, useUnitMembers, useYears } from './api';
import { defaultYear, P, PREDIKAT_COLORS, YearSelect } from './shared';
import { defaultPeriod, MembersTable } from './TeamPages';

const route = getRouteApi('/t/$slug/staff/performance/dashboard');

function Charts({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const s = data.tenant.submissions;
  const submissions = [
    { key: 'onTime', label: t('performance.dashboard.onTime'), count: s.onTime, color: 'teal.8' },
    { key: 'late', label: t('performance.dashboard.late'), count: s.late, color: 'orange.8' },
    { key: 'missing', label: t('performance.dashboard.missing'), count: s.missing, color: 'red.8' },
    { key: 'awaiting', label: t('performance.dashboard.awaitingReview'), count: s.awaitingReview, color: 'blue.8' },
  ];
  const predikat = PREDIKATS.map((p) => ({
    label: t(`performance.predikat.${p}`),
    count: data.tenant.predikat[p],
    color: PREDIKAT_COLORS[p],
  }));
  const chart = (title: string, id: string, rows: Array<{ label: string; count: number; color: string }>) => (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id} mb="xs">
        {title}
      </Title>
      <Box role="img" aria-label={t('performance.chartOf', { title })}>
        <BarChart
          h={rows.length * 34 + 20}
          data={rows}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'count', label: t('performance.dashboard.count'), color: 'blue.8' }]}
          valueFormatter={(v) => formatNumber(v, lang)}
          withBarValueLabel
          yAxisProps={{ width: 150, interval: 0 }}
          gridAxis="none"
          withXAxis={false}
          tickLine="none"
          withTooltip={false}
        />
      </Box>
      <Text size="sm" c="dimmed">
        {rows.map((r) => `${r.label}: ${formatNumber(r.count, lang)}`).join(' · ')}
      </Text>
    </Card>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {chart(
        t('performance.dashboard.submissions', { expected: formatNumber(s.expected, lang) }),
        'chart-submissions',
        submissions,
      )}
      {chart(t('performance.dashboard.distribution'), 'chart-predikat', predikat)}
    </SimpleGrid>
  );
}

function DashboardContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const search = route.useSearch();
  const navigate = useNavigate();
  const lang = currentLang();
  const years = useYears(slug);
  const year = search.year ?? defaultYear(years.data?.items);
  const yearRow = years.data?.items.find((y) => y.year === year);
  const dashboard = useDashboard(slug, year, search.period);
  const drillPeriod = search.period ?? defaultPeriod(yearRow);
  const members = useUnitMembers(slug, search.unit, year, drillPeriod);
  if (years.isPending && !years.isError) return <PageLoader />;
  const data = dashboard.data;
  const unitName = data?.units.find((u) => u.unitId === search.unit)?.unitName;
  const periodOptions = [
    { value: '0', label: t('performance.dashboard.wholeYear') },
    ...(yearRow?.periods ?? []).map((p) => ({ value: String(p.index), label: p.label })),
  ];
  return (
    <Page
      title={t('performance.dashboard.title', { year })}
      description={t('performance.dashboard.description')}
      actions={
        <>
          <YearSelect
            years={years.data?.items.map((y) => y.year) ?? []}
            value={year}
            onChange={(y) => void navigate({ to: '.', search: { year: y } })}
          />
          <Select
            label={t('performance.report.period')}
            data={periodOptions}
            value={String(search.period ?? 0)}
            onChange={(v) =>
              void navigate({ to: '.', search: { year, period: v && v !== '0' ? Number(v) : undefined } })
            }
            allowDeselect={false}
            w={200}
          />
        </>
      }
    >
      <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      <Group>
        <Button component="a" href={dashboardXlsxUrl(slug, year, search.period)} download variant="light">
          {t('performance.dashboard.xlsx')}
        </Button>
      </Group>
      {dashboard.isPending ? <PageLoader /> : null}
      {data ? (
        <>
          <Charts data={data} />
          <Card withBorder padding="lg" component="section" aria-labelledby="units-heading">
            <Title order={2} fz="h4" id="units-heading" mb="xs">
              {t('performance.dashboard.perUnit')}
            </Title>
            {/* Fits the content area of a 1366 px screen beside the navbar (about 1,030 px in this card), so that the
                last column is never hidden behind the scroll; headers wrap, figures stay narrow. */}
            <TableScroll minWidth={960} label={t('performance.dashboard.perUnit')}>
              <Table withTableBorder striped fz="sm" horizontalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" miw={180}>
                      {t('performance.dashboard.unit')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('performance.dashboard.employees')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('performance.dashboard.onTime')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('performance.dashboard.late')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('performance.dashboard.missing')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('performance.dashboard.reviewedLate')}
                    </Table.Th>
                    {PREDIKATS.map((p) => (
                      <Table.Th scope="col" ta="right" key={p}>
                        {t(`performance.predikat.${p}`)}
                      </Table.Th>
                    ))}
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.units.map((u) => (
                    <Table.Tr key={u.unitId}>
                      <Table.Th scope="row" fw={500}>
                        {u.unitName}
                      </Table.Th>
                      <Table.Td ta="right">{formatNumber(u.employees, lang)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(u.submissions.onTime, lang)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(u.submissions.late, lang)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(u.submissions.missing, lang)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(u.submissions.reviewedLate, lang)}</Table.Td>
                      {PREDIKATS.map((p) => (
                        <Table.Td ta="right" key={p}>
                          {formatNumber(u.predikat[p], lang)}
                        </Table.Td>
                      ))}
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={t('performance.dashboard.drillOf', { unit: u.unitName })}
                          onClick={() => void navigate({ to: '.', search: { ...search, year, unit: u.unitId } })}
                        >
                          {t('performance.dashboard.drill')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Card>
        </>
      ) : null}
      {search.unit ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="drill-heading">
          <Stack>
            <Title order={2} fz="h4" id="drill-heading">
              {t('performance.dashboard.drillTitle', {
                unit: unitName ?? '',
                period: yearRow?.periods.find((p) => p.index === drillPeriod)?.label ?? drillPeriod,
              })}
            </Title>
            <ErrorAlert error={members.error} />
            {members.data ? (
              <MembersTable team={members.data} year={year} withReview={false} />
            ) : members.isPending ? (
              <PageLoader />
            ) : null}
          </Stack>
        </Card>
      ) : null}
    </Page>
  );
}

export function DashboardPage() {
  return (
    <RequireAccess permission={P.dashboard}>
      <DashboardContent />
    </RequireAccess>
  );
}
