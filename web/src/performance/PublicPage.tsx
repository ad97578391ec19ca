import '@mantine/charts/styles.css';
import { PREDIKATS, type PublishedPerformance } from '@lentera/common';
import { BarChart } from '@mantine/charts';
import { Box, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { legendInOrder } from '../ui/charts';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatNumber } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug } from '../ui/tenant';
import { publishedUrl, usePublished } from './api';
import { PREDIKAT_COLORS } from './shared';

const route = getRouteApi('/t/$slug/kinerja');

/** A unit with too few evaluated employees has its distribution withheld (all zero), so no one can be singled out. */
const withheld = (u: PublishedPerformance['units'][number]) =>
  u.evaluated > 0 && PREDIKATS.every((p) => u.distributionPercent[p] === 0);

const pct = (value: number, lang: 'id' | 'en') => `${formatNumber(value, lang, 1)}%`;

function Distribution({ data }: { data: PublishedPerformance }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const rows = PREDIKATS.map((p) => ({
    label: t(`performance.predikat.${p}`),
    percent: data.total.distributionPercent[p],
    color: PREDIKAT_COLORS[p],
  }));
  const title = t('performance.public.distribution');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="public-distribution">
      <Title order={2} fz="h3" id="public-distribution" mb="xs">
        {title}
      </Title>
      <Box role="img" aria-label={t('performance.chartOf', { title })}>
        <BarChart
          h={rows.length * 34 + 20}
          data={rows}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'percent', label: '%', color: 'blue.8' }]}
          valueFormatter={(v) => pct(v, lang)}
          withBarValueLabel
          // The value is written past the end of each bar: room for it inside the card.
          barChartProps={{ margin: { right: 56 } }}
          yAxisProps={{ width: 140, interval: 0 }}
          gridAxis="none"
          withXAxis={false}
          tickLine="none"
          withTooltip={false}
        />
      </Box>
    </Card>
  );
}

/** One stacked bar per unit: the share of each predikat, for units whose distribution is published. */
function UnitChart({ data }: { data: PublishedPerformance }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)') ?? false;
  const lang = currentLang();
  const units = data.units.filter((u) => u.evaluated > 0 && !withheld(u));
  if (units.length === 0) return null;
  const title = t('performance.public.perUnitChart');
  // A long unit name wraps on the axis (about 7 px a letter): each bar gets the height of its longest name's lines,
  // so that no two names overlap.
  const axisWidth = wide ? 260 : 120;
  const longest = Math.max(...units.map((u) => u.unitName.length), 4);
  const lines = Math.ceil((longest * 7) / (axisWidth - 12));
  const barHeight = Math.max(32, lines * 15 + 12);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="public-unit-chart">
      <Title order={2} fz="h3" id="public-unit-chart" mb="xs">
        {title}
      </Title>
      <Box role="img" aria-label={t('performance.chartOf', { title })}>
        <BarChart
          h={units.length * barHeight + 80}
          data={units.map((u) => ({ label: u.unitName, ...u.distributionPercent }))}
          dataKey="label"
          type="stacked"
          orientation="vertical"
          series={PREDIKATS.map((p) => ({ name: p, label: t(`performance.predikat.${p}`), color: PREDIKAT_COLORS[p] }))}
          valueFormatter={(v) => pct(v, lang)}
          yAxisProps={{ width: axisWidth, interval: 0 }}
          xAxisProps={{ domain: [0, 100] }}
          withLegend
          legendProps={legendInOrder(PREDIKATS)}
          gridAxis="none"
          tickLine="none"
        />
      </Box>
    </Card>
  );
}

function PublicContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const search = route.useSearch();
  const navigate = useNavigate();
  const lang = currentLang();
  const thisYear = new Date().getFullYear();
  const year = search.year ?? thisYear;
  const published = usePublished(slug, year);
  const data = published.data;
  const yearOptions = Array.from({ length: 5 }, (_, n) => String(thisYear - n));
  return (
    <Page title={t('performance.public.title', { year })} description={t('performance.public.description')}>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Select
          label={t('performance.year')}
          data={yearOptions.includes(String(year)) ? yearOptions : [String(year), ...yearOptions]}
          value={String(year)}
          onChange={(v) => v && void navigate({ to: '.', search: { year: Number(v) } })}
          allowDeselect={false}
          w={140}
        />
        <Group gap="xs">
          <Button component="a" href={publishedUrl(slug, year, 'csv')} download variant="light" size="sm">
            {t('performance.public.csv')}
          </Button>
          <Button
            component="a"
            href={publishedUrl(slug, year, 'json')}
            download={`hasil-kinerja-${slug}-${year}.json`}
            variant="light"
            size="sm"
          >
            {t('performance.public.json')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={published.error} onRetry={() => void published.refetch()} />
      {published.isPending ? <PageLoader /> : null}
      {data ? (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Card withBorder padding="lg">
              <Text size="sm" c="dimmed">
                {t('performance.public.evaluated')}
              </Text>
              <Text fz={32} fw={700} data-testid="kinerja-evaluated">
                {formatNumber(data.total.evaluated, lang)}
              </Text>
            </Card>
            <Card withBorder padding="lg">
              <Text size="sm" c="dimmed">
                {t('performance.public.onTimeRate')}
              </Text>
              <Text fz={32} fw={700}>
                {pct(data.total.onTimeRate, lang)}
              </Text>
            </Card>
          </SimpleGrid>
          {data.total.evaluated === 0 ? (
            <Text c="dimmed">{t('performance.public.empty')}</Text>
          ) : (
            <>
              <Distribution data={data} />
              <UnitChart data={data} />
            </>
          )}
          <Card withBorder padding="lg" component="section" aria-labelledby="public-units">
            <Stack gap="xs">
              <Title order={2} fz="h3" id="public-units">
                {t('performance.public.perUnit')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('performance.public.privacy')}
              </Text>
              <TableScroll minWidth={820} label={t('performance.public.perUnit')}>
                <Table withTableBorder striped fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col" miw={200}>
                        {t('performance.dashboard.unit')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('performance.public.evaluated')}
                      </Table.Th>
                      {PREDIKATS.map((p) => (
                        <Table.Th scope="col" ta="right" key={p}>
                          {t(`performance.predikat.${p}`)}
                        </Table.Th>
                      ))}
                      <Table.Th scope="col" ta="right">
                        {t('performance.public.onTimeRate')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.units.map((u) => (
                      <Table.Tr key={u.unitId}>
                        <Table.Th scope="row" fw={500}>
                          {u.unitName}
                        </Table.Th>
                        <Table.Td ta="right">{formatNumber(u.evaluated, lang)}</Table.Td>
                        {PREDIKATS.map((p) => (
                          <Table.Td ta="right" key={p}>
                            {withheld(u) ? '–' : pct(u.distributionPercent[p], lang)}
                          </Table.Td>
                        ))}
                        <Table.Td ta="right">{pct(u.onTimeRate, lang)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th scope="row">{t('performance.public.total')}</Table.Th>
                      <Table.Th ta="right">{formatNumber(data.total.evaluated, lang)}</Table.Th>
                      {PREDIKATS.map((p) => (
                        <Table.Th ta="right" key={p}>
                          {pct(data.total.distributionPercent[p], lang)}
                        </Table.Th>
                      ))}
                      <Table.Th ta="right">{pct(data.total.onTimeRate, lang)}</Table.Th>
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </TableScroll>
            </Stack>
          </Card>
        </>
      ) : null}
    </Page>
  );
}

export function PublicPerformancePage() {
  return <PublicContent />;
}
