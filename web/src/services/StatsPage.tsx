import '@mantine/charts/styles.css';
import type { Lang, ServiceFigures, ServiceStats } from '@lentera/common';
import { BarChart } from '@mantine/charts';
import { Box, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatCalendarDate, formatNumber, todayIn } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { type StatsQuery, useCatalog, useServiceStats } from './api';

const dash = '–';
const num = (value: number | null, lang: Lang) => (value === null ? dash : formatNumber(value, lang, 1));
const pct = (value: number | null, lang: Lang) => (value === null ? dash : `${formatNumber(value, lang, 1)}%`);

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
    </div>
  );
}

function Totals({ totals }: { totals: ServiceFigures }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="totals-heading">
      <Title order={2} fz="h3" id="totals-heading" mb="sm">
        {t('services.stats.totals')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="md">
        <Figure label={t('services.stats.received')} value={formatNumber(totals.received, lang)} />
        <Figure label={t('services.stats.completed')} value={formatNumber(totals.completed, lang)} />
        <Figure label={t('services.stats.onTime')} value={pct(totals.withinStandardPercent, lang)} />
        <Figure label={t('services.stats.median')} value={num(totals.medianDays, lang)} />
        <Figure label={t('services.stats.p90')} value={num(totals.p90Days, lang)} />
        <Figure label={t('services.stats.refused')} value={formatNumber(totals.refused, lang)} />
      </SimpleGrid>
    </Card>
  );
}

function ByService({ stats }: { stats: ServiceStats }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const wide = useMediaQuery('(min-width: 48em)') ?? false;
  const rows = [...stats.services].sort((a, b) => b.received - a.received);
  const chartRows = rows.filter((r) => r.withinStandardPercent !== null).slice(0, 15);
  const longest = Math.max(...chartRows.map((r) => r.name.length), 4);
  const perBar = Math.max(36, Math.ceil(longest / (wide ? 34 : 17)) * 14 + 16);
  const title = t('services.stats.byService');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="by-service-heading">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="by-service-heading">
          {title}
        </Title>
        {rows.length === 0 ? <Text c="dimmed">{t('services.stats.empty')}</Text> : null}
        {chartRows.length > 0 ? (
          <>
            <Text size="sm">{t('services.stats.chartIntro')}</Text>
            <Box role="img" aria-label={t('services.stats.chartLabel')}>
              <BarChart
                h={chartRows.length * perBar + 60}
                data={chartRows.map((r) => ({ label: r.name, onTime: r.withinStandardPercent ?? 0 }))}
                dataKey="label"
                orientation="vertical"
                series={[{ name: 'onTime', label: t('services.stats.onTime'), color: 'teal.8' }]}
                valueFormatter={(value) => `${formatNumber(value, lang, 0)}%`}
                xAxisProps={{ domain: [0, 100] }}
                yAxisProps={{ width: Math.min(wide ? 260 : 120, longest * 7 + 8), interval: 0 }}
                gridAxis="none"
                tickLine="none"
                withTooltip={false}
                withBarValueLabel
                barChartProps={{ margin: { right: 48 } }}
              />
            </Box>
          </>
        ) : null}
        {rows.length > 0 ? (
          <TableScroll minWidth={880} label={title}>
            <Table striped withTableBorder verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('services.stats.service')}</Table.Th>
                  <Table.Th scope="col">{t('services.stats.unit')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('services.stats.standardDays')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('services.stats.received')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('services.stats.completed')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('services.stats.onTime')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('services.stats.median')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('services.stats.p90')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('services.stats.refused')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.serviceId}>
                    <Table.Th scope="row" fw={600}>
                      {r.name}
                    </Table.Th>
                    <Table.Td>{r.unitName}</Table.Td>
                    <Table.Td ta="right">{r.durationDays ?? dash}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.received, lang)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.completed, lang)}</Table.Td>
                    <Table.Td ta="right">{pct(r.withinStandardPercent, lang)}</Table.Td>
                    <Table.Td ta="right">{num(r.medianDays, lang)}</Table.Td>
                    <Table.Td ta="right">{num(r.p90Days, lang)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.refused, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </Stack>
    </Card>
  );
}

function Refusals({ stats }: { stats: ServiceStats }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const title = t('services.stats.refusals');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="refusals-heading">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="refusals-heading">
          {title}
        </Title>
        {stats.refusals.length === 0 ? (
          <Text c="dimmed">{t('services.stats.noRefusals')}</Text>
        ) : (
          <TableScroll minWidth={420} label={title}>
            <Table striped withTableBorder verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('services.stats.reason')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('services.stats.times')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stats.refusals.map((r) => (
                  <Table.Tr key={r.reason}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.reason}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.count, lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </Card>
  );
}

/** Public statistics of the services: received, completed, on time, working days, refusals, for a chosen period. */
export function StatsPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as StatsQuery;
  const today = todayIn(timeZone);
  const year = Number(today.slice(0, 4));
  const [draft, setDraft] = useState({ from: search.from ?? `${year}-01-01`, to: search.to ?? today });
  const valid = draft.from <= draft.to;
  const stats = useServiceStats(slug, search);
  const catalog = useCatalog(slug, {});
  const units = useMemo(() => {
    const byId = new Map((catalog.data ?? []).map((s) => [s.unitId, s.unitName]));
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'id'));
  }, [catalog.data]);
  const services = useMemo(
    () =>
      (catalog.data ?? [])
        .filter((s) => !search.unitId || s.unitId === search.unitId)
        .map((s) => ({ value: s.id, label: s.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'id')),
    [catalog.data, search.unitId],
  );
  const go = (next: StatsQuery) =>
    void navigate({ to: '/t/$slug/layanan/statistik', params: { slug }, search: next, replace: true });
  const years = [0, 1, 2, 3, 4].map((back) => String(year - back));
  // Without a period in the address the server answers for the current year: the inputs follow what it shows.
  const shownFrom = stats.data?.from;
  const shownTo = stats.data?.to;
  useEffect(() => {
    if (shownFrom && shownTo && !search.from && !search.to) setDraft({ from: shownFrom, to: shownTo });
  }, [shownFrom, shownTo, search.from, search.to]);
  const chosenYear =
    shownFrom &&
    shownTo &&
    shownFrom.endsWith('-01-01') &&
    shownTo.endsWith('-12-31') &&
    shownFrom.slice(0, 4) === shownTo.slice(0, 4)
      ? shownFrom.slice(0, 4)
      : null;
  return (
    <Page title={t('services.stats.title')} description={t('services.stats.intro')}>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('services.stats.year')}
              placeholder={t('services.stats.customPeriod')}
              data={years}
              value={chosenYear}
              onChange={(value) => {
                if (!value) return;
                setDraft({ from: `${value}-01-01`, to: `${value}-12-31` });
                go({ ...search, from: `${value}-01-01`, to: `${value}-12-31` });
              }}
              w={160}
            />
            <Select
              label={t('services.stats.unit')}
              placeholder={t('services.stats.allUnits')}
              data={units}
              value={search.unitId ?? null}
              onChange={(value) => go({ ...search, unitId: value ?? undefined, serviceId: undefined })}
              clearable
              searchable
              style={{ flex: '1 1 220px' }}
            />
            <Select
              label={t('services.stats.service')}
              placeholder={t('services.stats.allServices')}
              data={services}
              value={search.serviceId ?? null}
              onChange={(value) => go({ ...search, serviceId: value ?? undefined })}
              clearable
              searchable
              style={{ flex: '1 1 220px' }}
            />
          </Group>
          <form
            aria-label={t('services.stats.period')}
            onSubmit={(event) => {
              event.preventDefault();
              if (valid) go({ ...search, from: draft.from, to: draft.to });
            }}
          >
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                type="date"
                label={t('services.stats.from')}
                value={draft.from}
                max={draft.to}
                onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
                required
              />
              <TextInput
                type="date"
                label={t('services.stats.to')}
                value={draft.to}
                min={draft.from}
                onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
                required
                error={valid ? undefined : t('services.stats.badPeriod')}
              />
              <Button type="submit" disabled={!valid}>
                {t('services.stats.show')}
              </Button>
            </Group>
          </form>
        </Stack>
      </Card>
      {stats.isPending ? <PageLoader /> : null}
      {stats.isError ? <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} /> : null}
      {stats.data ? (
        <>
          <Text size="sm" aria-live="polite">
            {t('services.stats.periodShown', {
              from: formatCalendarDate(stats.data.from, lang, false),
              to: formatCalendarDate(stats.data.to, lang, false),
            })}
          </Text>
          <Totals totals={stats.data.totals} />
          <ByService stats={stats.data} />
          <Refusals stats={stats.data} />
        </>
      ) : null}
    </Page>
  );
}
