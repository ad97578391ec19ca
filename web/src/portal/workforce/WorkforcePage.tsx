import '@mantine/charts/styles.css';
import { AGE_BANDS, EDUCATION_LEVELS, EMPLOYEE_STATUSES, type Lang, SEXES, type WorkforceStats } from '@lentera/common';
import { BarChart } from '@mantine/charts';
import { Box, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatCalendarDate, formatNumber } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { useWorkforceStats, workforceStatsUrl } from './api';
import type { workforceId } from './messages';
import { headcountsByAgency, orderedCounts, treeOrder, unitDepths, type WorkforceUnit } from './stats';

const RANK_GROUPS = ['I', 'II', 'III', 'IV', 'PPPK', '-'] as const;
const BAR_HEIGHT = 30;

interface Row {
  key: string;
  label: string;
  count: number;
}

function percent(count: number, total: number, lang: Lang): string {
  return total > 0 ? `${formatNumber((count / total) * 100, lang, 1)}%` : '–';
}

/** One dimension: a bar chart for the eye and, under it, the table with every figure for everyone. */
function StatSection({
  id,
  title,
  note,
  rows,
  barHeight = BAR_HEIGHT,
}: {
  id: string;
  title: string;
  note?: string;
  rows: Row[];
  /** Room per bar: long names wrap to three lines. */
  barHeight?: number;
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)');
  const lang = currentLang();
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const headingId = `${id}-heading`;
  const longest = Math.max(...rows.map((r) => r.label.length), 4);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h3" id={headingId}>
            {title}
          </Title>
          {note ? (
            <Text size="sm" c="dimmed">
              {note}
            </Text>
          ) : null}
        </div>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('workforce.empty')}</Text>
        ) : (
          <>
            <Box role="img" aria-label={t('workforce.chartOf', { title })}>
              <BarChart
                h={rows.length * barHeight + 20}
                data={rows.map((r) => ({ label: r.label, count: r.count }))}
                dataKey="label"
                orientation="vertical"
                series={[{ name: 'count', label: t('workforce.count'), color: 'blue.8' }]}
                valueFormatter={(value) => formatNumber(value, lang)}
                withBarValueLabel
                // The value is written past the end of each bar: room for it inside the card.
                barChartProps={{ margin: { right: 56 } }}
                yAxisProps={{ width: Math.min(wide ? 240 : 140, longest * 7 + 8), interval: 0 }}
                gridAxis="none"
                withXAxis={false}
                tickLine="none"
                withTooltip={false}
              />
            </Box>
            <TableScroll minWidth={0} label={title}>
              <Table striped withTableBorder verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('workforce.category')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('workforce.count')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('workforce.share')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.key}>
                      <Table.Th scope="row" fw={400}>
                        {r.label}
                      </Table.Th>
                      <Table.Td ta="right">{formatNumber(r.count, lang)}</Table.Td>
                      <Table.Td ta="right">{percent(r.count, total, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th scope="row">{t('workforce.totalRow')}</Table.Th>
                    <Table.Th ta="right">{formatNumber(total, lang)}</Table.Th>
                    <Table.Th ta="right">{total > 0 ? percent(total, total, lang) : '–'}</Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </TableScroll>
          </>
        )}
      </Stack>
    </Card>
  );
}

function Summary({ stats, slug }: { stats: WorkforceStats; slug: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="workforce-summary-heading">
      <Title order={2} className="visually-hidden" id="workforce-summary-heading">
        {t('workforce.download')}
      </Title>
      <Group justify="space-between" align="flex-end" gap="lg">
        <Group gap="xl">
          <div>
            <Text size="sm" c="dimmed">
              {t('workforce.total')}
            </Text>
            <Text fz={32} fw={700} lh={1.2} data-testid="workforce-total">
              {formatNumber(stats.total, lang)}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('workforce.units')}
            </Text>
            <Text fz={32} fw={700} lh={1.2}>
              {formatNumber(stats.units.length, lang)}
            </Text>
          </div>
        </Group>
        <Stack gap={6} align="flex-start">
          <Text size="sm">{t('workforce.asOf', { date: formatCalendarDate(stats.asOf, lang, false) })}</Text>
          <Group gap="xs">
            <Button component="a" href={workforceStatsUrl(slug, 'csv')} download variant="light" size="sm">
              {t('workforce.downloadCsv')}
            </Button>
            <Button
              component="a"
              href={workforceStatsUrl(slug, 'json')}
              download={`statistik-pegawai-${slug}-${stats.asOf}.json`}
              variant="light"
              size="sm"
            >
              {t('workforce.downloadJson')}
            </Button>
          </Group>
        </Stack>
      </Group>
      <Text size="sm" c="dimmed" mt="sm">
        {t('workforce.downloadNote')}
      </Text>
    </Card>
  );
}

function Structure({ units }: { units: WorkforceUnit[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const depths = unitDepths(units);
  const unitTypes: Record<string, string> = t('workforce.unitTypes', { returnObjects: true });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="workforce-structure-heading">
      <Title order={2} fz="h3" id="workforce-structure-heading">
        {t('workforce.structure')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('workforce.structureNote')}
      </Text>
      <TableScroll minWidth={720} label={t('workforce.structure')}>
        <Table striped withTableBorder verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('workforce.unit')}</Table.Th>
              <Table.Th scope="col">{t('workforce.unitType')}</Table.Th>
              <Table.Th scope="col">{t('workforce.head')}</Table.Th>
              <Table.Th scope="col">{t('workforce.headPosition')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('workforce.headcount')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {treeOrder(units).map((unit) => {
              const depth = depths.get(unit.id) ?? 0;
              return (
                <Table.Tr key={unit.id}>
                  <Table.Th scope="row" fw={depth === 0 ? 700 : depth === 1 ? 600 : 400} pl={12 + depth * 20}>
                    {unit.name}
                  </Table.Th>
                  <Table.Td>{unitTypes[unit.type] ?? unit.type}</Table.Td>
                  <Table.Td>
                    {unit.headName ?? (
                      <Text span c="dimmed" fz="sm">
                        {t('workforce.vacant')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{unit.headPosition ?? ''}</Table.Td>
                  <Table.Td ta="right">{formatNumber(unit.headcount, lang)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Card>
  );
}

type Labels = typeof workforceId;

/** The public workforce page of a government: structure, heads of units and statistics, with open data. */
export function WorkforcePage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const stats = useWorkforceStats(slug);

  if (stats.isPending) return <PageLoader />;
  if (stats.isError)
    return (
      <Page title={t('workforce.title')}>
        <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      </Page>
    );
  const data = stats.data;
  const labels = (key: 'status' | 'rankGroup' | 'sex' | 'ageBand'): Record<string, string> =>
    t(`workforce.${key}`, { returnObjects: true }) as Labels[typeof key];
  const rows = (
    values: Record<string, number>,
    order: readonly string[],
    names: Record<string, string>,
    keepZero = false,
  ) =>
    orderedCounts(values, order, { keepZero }).map((c) => ({
      key: c.key,
      count: c.count,
      label: names[c.key] ?? (c.key === '-' ? t('workforce.unknown') : c.key),
    }));
  const agencies = headcountsByAgency(data.units).map((u) => ({ key: u.id, label: u.name, count: u.total }));

  return (
    <Page title={t('workforce.title')} description={t('workforce.description')}>
      <Summary stats={data} slug={slug} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <StatSection
          id="workforce-status"
          title={t('workforce.sections.byStatus')}
          rows={rows(data.byStatus, EMPLOYEE_STATUSES, labels('status'), true)}
        />
        <StatSection
          id="workforce-rank"
          title={t('workforce.sections.byRankGroup')}
          rows={rows(data.byRankGroup, RANK_GROUPS, labels('rankGroup'))}
        />
        <StatSection
          id="workforce-education"
          title={t('workforce.sections.byEducation')}
          rows={rows(data.byEducation, [...EDUCATION_LEVELS, '-'], {})}
        />
        <StatSection
          id="workforce-sex"
          title={t('workforce.sections.bySex')}
          rows={rows(data.bySex, SEXES, labels('sex'), true)}
        />
        <StatSection
          id="workforce-age"
          title={t('workforce.sections.byAgeBand')}
          rows={rows(data.byAgeBand, AGE_BANDS, labels('ageBand'), true)}
        />
      </SimpleGrid>
      <StatSection
        id="workforce-units"
        title={t('workforce.sections.byUnit')}
        note={t('workforce.byUnitNote')}
        rows={agencies}
        barHeight={40}
      />
      <Structure units={data.units} />
    </Page>
  );
}
