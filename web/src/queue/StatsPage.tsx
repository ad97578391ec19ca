import './queue.css';
import { QUEUE_PERMISSIONS, TICKET_CHANNELS } from '@lentera/common';
import { Anchor, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { DateField } from '../ui/dates';
import { formatNumber, todayIn } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { type StatsFigures, statsPath, useStats, useStatsLocations } from './api';
import { HeatMap } from './HeatMap';
import { counterLabel, useQueueLabels } from './labels';

function minutes(value: number | null, t: (k: 'queue.console.minutes', o: { count: number }) => string): string {
  return value === null ? '—' : t('queue.console.minutes', { count: Math.round(value) });
}

type Row = StatsFigures & { key: string; label: string; pausedMinutes?: number };

function RowsTable({
  title,
  rows,
  id,
  extra,
}: {
  title: string;
  rows: Row[];
  id: string;
  extra?: (row: Row) => string;
}) {
  const { t } = useTranslation();
  const labels = useQueueLabels();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id} mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('queue.stats.none')}
        </Text>
      ) : (
        <TableScroll minWidth={800} label={title}>
          <Table fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('queue.stats.name')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('queue.stats.tickets')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('queue.stats.served')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('queue.stats.noShows')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('queue.stats.waitMedian')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('queue.stats.waitP90')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('queue.stats.serviceMedian')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('queue.stats.transfers')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={500}>
                    {row.label}
                    {extra?.(row) ? (
                      <Text size="xs" c="dimmed">
                        {extra(row)}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td ta="right">{formatNumber(row.tickets, labels.lang)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.served, labels.lang)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.noShows, labels.lang)}</Table.Td>
                  <Table.Td ta="right">{minutes(row.waitMedian, t)}</Table.Td>
                  <Table.Td ta="right">{minutes(row.waitP90, t)}</Table.Td>
                  <Table.Td ta="right">{minutes(row.serviceMedian, t)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.transfers, labels.lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="1.6rem" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

function Stats() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const timeZone = useTenantTimeZone();
  const labels = useQueueLabels();
  const today = todayIn(timeZone);
  const monthStart = `${today.slice(0, 8)}01`;
  const [from, setFrom] = useState(monthStart);
  const [to, setTo] = useState(today);
  // Only the locations whose figures the person may read (a unit's staff: their unit's).
  const choice = useStatsLocations(slug);
  const [picked, setPicked] = useState<string | null>(null);
  const locationId = picked ?? choice.data?.[0]?.id ?? null;
  const stats = useStats(slug, locationId, from, to);
  return (
    <Page title={t('queue.stats.title')} description={t('queue.stats.intro')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('queue.stats.location')}
          data={(choice.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          value={locationId}
          onChange={setPicked}
          allowDeselect={false}
          w={280}
        />
        <DateField label={t('queue.stats.from')} value={from} onChange={(v) => v && setFrom(v)} w={200} />
        <DateField label={t('queue.stats.to')} value={to} onChange={(v) => v && setTo(v)} w={200} />
        {locationId ? (
          <Anchor href={statsPath(slug, locationId, from, to, true)} download>
            {t('queue.stats.csv')}
          </Anchor>
        ) : null}
      </Group>
      {choice.isError ? <ErrorAlert error={choice.error} /> : null}
      {stats.isPending && locationId ? <PageLoader /> : null}
      {stats.isError ? <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} /> : null}
      {stats.data ? (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} spacing="sm">
            <Figure label={t('queue.stats.tickets')} value={formatNumber(stats.data.totals.tickets, labels.lang)} />
            <Figure label={t('queue.stats.served')} value={formatNumber(stats.data.totals.served, labels.lang)} />
            <Figure label={t('queue.stats.noShows')} value={formatNumber(stats.data.totals.noShows, labels.lang)} />
            <Figure label={t('queue.stats.waitMedian')} value={minutes(stats.data.totals.waitMedian, t)} />
            <Figure label={t('queue.stats.waitP90')} value={minutes(stats.data.totals.waitP90, t)} />
            <Figure label={t('queue.stats.serviceMedian')} value={minutes(stats.data.totals.serviceMedian, t)} />
          </SimpleGrid>
          <Card withBorder padding="lg" component="section" aria-labelledby="by-channel">
            <Title order={2} fz="h4" id="by-channel" mb="sm">
              {t('queue.stats.byChannel')}
            </Title>
            <Group gap="xl">
              {TICKET_CHANNELS.map((channel) => (
                <Stack key={channel} gap={0}>
                  <Text size="sm" c="dimmed">
                    {labels.channel(channel)}
                  </Text>
                  <Text fw={700} fz="lg">
                    {formatNumber(stats.data.totals.byChannel[channel] ?? 0, labels.lang)}
                  </Text>
                </Stack>
              ))}
            </Group>
          </Card>
          <RowsTable
            id="by-service"
            title={t('queue.stats.byService')}
            rows={stats.data.services.map((s) => ({ ...s, key: s.id, label: `${s.letter} · ${s.name}` }))}
          />
          <RowsTable
            id="by-counter"
            title={t('queue.stats.byCounter')}
            rows={stats.data.counters.map((c) => ({
              ...c,
              key: c.id,
              label: counterLabel(t('queue.board.counter', { number: c.number }), c.name),
            }))}
            extra={(row) => (row.pausedMinutes ? t('queue.stats.paused', { time: minutes(row.pausedMinutes, t) }) : '')}
          />
          <RowsTable
            id="by-officer"
            title={t('queue.stats.byOfficer')}
            rows={stats.data.officers.map((o) => ({ ...o, key: o.name, label: o.name }))}
          />
          <Card withBorder padding="lg" component="section" aria-labelledby="heat">
            <Title order={2} fz="h4" id="heat" mb="sm">
              {t('queue.stats.heat')}
            </Title>
            <HeatMap points={stats.data.heat} caption={t('queue.stats.heat')} />
          </Card>
        </Stack>
      ) : null}
    </Page>
  );
}

/** A location's figures over a period: per service, counter and officer, channels, waits, busy hours; CSV. */
export function StatsPage() {
  return (
    <RequireAccess permission={QUEUE_PERMISSIONS.stats}>
      <Stats />
    </RequireAccess>
  );
}
