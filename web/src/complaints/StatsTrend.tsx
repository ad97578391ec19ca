import type { Lang, StatsTrendMonth } from '@lentera/common';
import { LineChart } from '@mantine/charts';
import { Box, Card, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { legendInOrder } from '../ui/charts';
import { formatNumber } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { TableScroll } from '../ui/TableScroll';

const INTL_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** "Mar 2026" / "Mei 2026" for 'YYYY-MM' (short, for the chart's axis) or "Maret 2026" (long, for the table). */
export function monthName(month: string, lang: Lang, style: 'short' | 'long' = 'long'): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: 'UTC', month: style, year: 'numeric' }).format(date);
}

/** Complaints received and answered in each month of the period: the trend over time, with its figures below. */
export function StatsTrend({ trend }: { trend: readonly StatsTrendMonth[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (trend.length < 2) return null;
  const title = t('complaints.stats.trend');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="trend-heading">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="trend-heading">
          {title}
        </Title>
        <Box role="img" aria-label={t('complaints.stats.trendChart')}>
          <LineChart
            h={260}
            data={trend.map((m) => ({ ...m, label: monthName(m.month, lang, 'short') }))}
            dataKey="label"
            series={[
              { name: 'received', label: t('complaints.stats.received'), color: 'blue.8' },
              { name: 'answered', label: t('complaints.stats.answered'), color: 'teal.8' },
              {
                name: 'answeredOnTime',
                label: t('complaints.stats.onTime'),
                color: 'orange.8',
                strokeDasharray: '5 5',
              },
            ]}
            valueFormatter={(value) => formatNumber(value, lang)}
            withLegend
            legendProps={{ verticalAlign: 'bottom', ...legendInOrder(['received', 'answered', 'answeredOnTime']) }}
            yAxisProps={{ allowDecimals: false, width: 40 }}
            xAxisProps={{ interval: 'preserveStartEnd' }}
            curveType="linear"
            gridAxis="y"
            withTooltip={false}
          />
        </Box>
        <TableScroll minWidth={420} label={title}>
          <Table striped withTableBorder verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('complaints.stats.month')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('complaints.stats.received')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('complaints.stats.answered')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('complaints.stats.onTime')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trend.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                    {monthName(m.month, lang)}
                  </Table.Th>
                  <Table.Td ta="right">{formatNumber(m.received, lang)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(m.answered, lang)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(m.answeredOnTime, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Stack>
    </Card>
  );
}
