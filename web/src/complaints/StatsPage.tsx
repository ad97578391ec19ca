import '@mantine/charts/styles.css';
import type { ComplaintStats, Lang, StatsRow } from '@lentera/common';
import { BarChart } from '@mantine/charts';
import { Anchor, Box, Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { legendInOrder } from '../ui/charts';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatNumber, todayIn } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { statsUrl, useStats } from './api';
import { StatsTrend } from './StatsTrend';

const dash = '–';
const num = (value: number | null, lang: Lang, digits = 1) =>
  value === null ? dash : formatNumber(value, lang, digits);
const pct = (value: number | null, lang: Lang) => (value === null ? dash : `${formatNumber(value * 100, lang, 1)}%`);

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

function Totals({ stats }: { stats: ComplaintStats }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const total = stats.totals;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="totals-heading">
      <Title order={2} fz="h3" id="totals-heading" mb="sm">
        {t('complaints.stats.total')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="md">
        <Figure
          label={t('complaints.stats.received')}
          value={formatNumber(total.received, lang)}
          testId="stats-received"
        />
        <Figure
          label={t('complaints.stats.answered')}
          value={formatNumber(total.answered, lang)}
          testId="stats-answered"
        />
        <Figure label={t('complaints.stats.onTime')} value={pct(total.shareOnTime, lang)} />
        <Figure label={t('complaints.stats.medianAnswer')} value={num(total.answerMedianDays, lang)} />
        <Figure
          label={t('complaints.stats.meanRating')}
          value={
            total.meanRating === null
              ? dash
              : t('complaints.stats.outOfFive', { value: formatNumber(total.meanRating, lang, 2) })
          }
        />
      </SimpleGrid>
    </Card>
  );
}

/** Room per unit or category: two bars, and on a phone a long name wraps to several lines of the narrow axis. */
function barHeight(longestLabel: number, wide: boolean): number {
  const perLine = wide ? 34 : 17;
  const lines = Math.ceil(longestLabel / perLine);
  return Math.max(44, lines * 14 + 16);
}

function StatsSection({
  id,
  title,
  rows,
  labelOf,
}: {
  id: string;
  title: string;
  rows: StatsRow[];
  labelOf: (row: StatsRow) => string;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const wide = useMediaQuery('(min-width: 48em)');
  const sorted = [...rows].sort((a, b) => b.received - a.received);
  const chartRows = sorted.slice(0, 15);
  const longest = Math.max(...chartRows.map((r) => labelOf(r).length), 4);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`${id}-heading`}>
      <Stack gap="sm">
        <Title order={2} fz="h3" id={`${id}-heading`}>
          {title}
        </Title>
        {sorted.length === 0 ? (
          <Text c="dimmed">{t('complaints.stats.empty')}</Text>
        ) : (
          <>
            <Box role="img" aria-label={t('complaints.stats.chartOf', { title })}>
              <BarChart
                h={chartRows.length * barHeight(longest, wide ?? false) + 60}
                data={chartRows.map((r) => ({ label: labelOf(r), received: r.received, answered: r.answered }))}
                dataKey="label"
                orientation="vertical"
                series={[
                  { name: 'received', label: t('complaints.stats.received'), color: 'blue.8' },
                  { name: 'answered', label: t('complaints.stats.answered'), color: 'teal.8' },
                ]}
                valueFormatter={(value) => formatNumber(value, lang)}
                withLegend
                legendProps={legendInOrder(['received', 'answered'])}
                xAxisProps={{ allowDecimals: false }}
                yAxisProps={{ width: Math.min(wide ? 240 : 120, longest * 7 + 8), interval: 0 }}
                gridAxis="none"
                tickLine="none"
                withTooltip={false}
                withBarValueLabel
                // The value is written past the end of each bar: room for it inside the card.
                barChartProps={{ margin: { right: 48 } }}
              />
            </Box>
            <TableScroll minWidth={900} label={title}>
              <Table striped withTableBorder verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">
                      {id === 'by-unit' ? t('complaints.stats.unit') : t('complaints.stats.category')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('complaints.stats.received')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('complaints.stats.verified')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('complaints.stats.answered')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('complaints.stats.onTime')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('complaints.stats.medianFirst')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('complaints.stats.p90First')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('complaints.stats.medianAnswer')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('complaints.stats.p90Answer')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('complaints.stats.meanRating')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('complaints.stats.reopenRate')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sorted.map((r) => (
                    <Table.Tr key={`${r.unitId}-${r.categoryId}`}>
                      <Table.Th scope="row" fw={400}>
                        {labelOf(r)}
                      </Table.Th>
                      <Table.Td ta="right">{formatNumber(r.received, lang)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(r.verified, lang)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(r.answered, lang)}</Table.Td>
                      <Table.Td ta="right">{pct(r.shareOnTime, lang)}</Table.Td>
                      <Table.Td ta="right">{num(r.firstResponseMedianDays, lang)}</Table.Td>
                      <Table.Td ta="right">{num(r.firstResponseP90Days, lang)}</Table.Td>
                      <Table.Td ta="right">{num(r.answerMedianDays, lang)}</Table.Td>
                      <Table.Td ta="right">{num(r.answerP90Days, lang)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {r.meanRating === null
                          ? dash
                          : t('complaints.stats.outOfFive', { value: formatNumber(r.meanRating, lang, 2) })}
                      </Table.Td>
                      <Table.Td ta="right">{pct(r.reopenRate, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Public complaint statistics for a period, per unit and per category, with the same figures downloadable. */
export function StatsPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const timeZone = useTenantTimeZone();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { from?: string; to?: string };
  const today = todayIn(timeZone);
  const from = search.from ?? `${today.slice(0, 4)}-01-01`;
  const to = search.to ?? today;
  const [draft, setDraft] = useState({ from, to });
  const valid = draft.from <= draft.to;
  const byUnit = useStats(slug, from, to, 'unit');
  const byCategory = useStats(slug, from, to, 'category');

  return (
    <Page title={t('complaints.stats.title')} description={t('complaints.stats.intro')}>
      <Card
        withBorder
        padding="md"
        component="form"
        aria-label={t('complaints.stats.period')}
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) void navigate({ to: '.', search: { from: draft.from, to: draft.to }, replace: true });
        }}
      >
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t('complaints.stats.from')}
            value={draft.from}
            max={draft.to}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
            required
          />
          <TextInput
            type="date"
            label={t('complaints.stats.to')}
            value={draft.to}
            min={draft.from}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
            required
            error={valid ? undefined : t('complaints.stats.badPeriod')}
          />
          <Button type="submit" disabled={!valid}>
            {t('complaints.stats.show')}
          </Button>
        </Group>
        <Group gap="md" mt="sm">
          <Anchor href={statsUrl(slug, { from, to, format: 'csv' })} download>
            {t('complaints.stats.downloadCsv')}
          </Anchor>
          <Anchor href={statsUrl(slug, { from, to, format: 'json' })} download>
            {t('complaints.stats.downloadJson')}
          </Anchor>
        </Group>
      </Card>
      {byUnit.isPending ? <PageLoader /> : null}
      {byUnit.isError ? <ErrorAlert error={byUnit.error} onRetry={() => void byUnit.refetch()} /> : null}
      {byUnit.data ? <Totals stats={byUnit.data} /> : null}
      {byUnit.data ? <StatsTrend trend={byUnit.data.trend} /> : null}
      {byUnit.data ? (
        <StatsSection
          id="by-unit"
          title={t('complaints.stats.byUnit')}
          rows={byUnit.data.rows}
          labelOf={(r) => r.unitName ?? t('complaints.stats.noUnit')}
        />
      ) : null}
      {byCategory.isError ? <ErrorAlert error={byCategory.error} onRetry={() => void byCategory.refetch()} /> : null}
      {byCategory.data ? (
        <StatsSection
          id="by-category"
          title={t('complaints.stats.byCategory')}
          rows={byCategory.data.rows}
          labelOf={(r) => r.categoryName ?? dash}
        />
      ) : null}
    </Page>
  );
}
