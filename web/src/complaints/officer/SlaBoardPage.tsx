import '@mantine/charts/styles.css';
import { COMPLAINTS_PERMISSIONS, type OfficerListItem } from '@lentera/common';
import { BarChart } from '@mantine/charts';
import { Badge, Box, Card, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { legendInOrder } from '../../ui/charts';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatDateTime, formatNumber } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { useSlaBoard } from '../api';

function DueList({ id, title, items, color }: { id: string; title: string; items: OfficerListItem[]; color: string }) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`${id}-heading`}>
      <Stack gap="xs">
        <Title order={2} fz="h4" id={`${id}-heading`}>
          {title}{' '}
          <Badge color={color} variant="filled" size="lg">
            {formatNumber(items.length, lang)}
          </Badge>
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('complaints.sla.none')}
          </Text>
        ) : (
          <List spacing={6} listStyleType="none" p={0}>
            {items.map((item) => (
              <List.Item key={item.id}>
                <AnchorLink to="/t/$slug/complaints/$complaintId" params={{ slug, complaintId: item.id }} size="sm">
                  {item.code} — {item.title}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {item.unit?.name ?? t('complaints.stats.noUnit')} · {t(`complaints.status.${item.status}`)}
                  {item.dueAt ? ` · ${t('complaints.officer.due')} ${formatDateTime(item.dueAt, timeZone, lang)}` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}

function Board() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const lang = currentLang();
  const board = useSlaBoard(slug);
  if (board.isPending) return <PageLoader />;
  if (board.isError) return <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />;
  const units = [...board.data.byUnit].sort((a, b) => b.overdue - a.overdue || b.open - a.open);
  const label = (u: (typeof units)[number]) => u.unit?.name ?? t('complaints.stats.noUnit');
  const longest = Math.max(4, ...units.slice(0, 15).map((u) => label(u).length));
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <DueList id="overdue" title={t('complaints.sla.overdue')} items={board.data.overdue} color="red" />
        <DueList id="due-today" title={t('complaints.sla.dueToday')} items={board.data.dueToday} color="orange" />
      </SimpleGrid>
      <Card withBorder padding="lg" component="section" aria-labelledby="by-unit-heading">
        <Stack gap="sm">
          <Title order={2} fz="h4" id="by-unit-heading">
            {t('complaints.sla.byUnit')}
          </Title>
          {units.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('complaints.sla.none')}
            </Text>
          ) : (
            <>
              <Box role="img" aria-label={t('complaints.sla.chart')}>
                <BarChart
                  h={Math.min(units.length, 15) * Math.max(40, Math.ceil(longest / 28) * 14 + 16) + 60}
                  data={units.slice(0, 15).map((u) => ({
                    label: label(u),
                    // The three parts of the unit's open complaints, so the bar's length is its open count.
                    notDue: Math.max(0, u.open - u.overdue - u.dueToday),
                    dueToday: u.dueToday,
                    overdue: u.overdue,
                  }))}
                  dataKey="label"
                  orientation="vertical"
                  type="stacked"
                  series={[
                    { name: 'overdue', label: t('complaints.sla.overdue'), color: 'red.8' },
                    { name: 'dueToday', label: t('complaints.sla.dueToday'), color: 'orange.8' },
                    { name: 'notDue', label: t('complaints.sla.notDue'), color: 'blue.8' },
                  ]}
                  withLegend
                  legendProps={legendInOrder(['overdue', 'dueToday', 'notDue'])}
                  xAxisProps={{ allowDecimals: false }}
                  yAxisProps={{ width: Math.min(200, longest * 7 + 8), interval: 0 }}
                  gridAxis="none"
                  tickLine="none"
                  withTooltip={false}
                />
              </Box>
              <TableScroll minWidth={420} label={t('complaints.sla.byUnit')}>
                <Table striped withTableBorder fz="sm" verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('complaints.officer.unit')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('complaints.sla.open')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('complaints.sla.dueToday')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('complaints.sla.overdue')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {units.map((u) => (
                      <Table.Tr key={u.unit?.id ?? 'none'}>
                        <Table.Th scope="row" fw={400}>
                          {label(u)}
                        </Table.Th>
                        <Table.Td ta="right">{formatNumber(u.open, lang)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(u.dueToday, lang)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(u.overdue, lang)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}

/** Deadlines at a glance for officers and the coordinator. */
export function SlaBoardPage() {
  const { t } = useTranslation();
  return (
    <RequireAccess permission={COMPLAINTS_PERMISSIONS.work}>
      <Page title={t('complaints.sla.title')} description={t('complaints.sla.intro')}>
        <Board />
      </Page>
    </RequireAccess>
  );
}
