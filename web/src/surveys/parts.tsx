import '@mantine/charts/styles.css';
import {
  ELEMENT_CODES,
  type ElementCode,
  type Grade,
  type PlanActionView,
  type SurveyFigures,
  type UnitResults,
} from '@lentera/common';
import { BarChart } from '@mantine/charts';
import { Box, Button, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { StatusBadge } from '../ui/StatusBadge';
import { TableScroll } from '../ui/TableScroll';
import { CHANNEL_ORDER, count, elementName, formatScore, GRADE_COLORS, gradeWords } from './labels';

export function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2}>
        {value}
      </Text>
    </div>
  );
}

export function GradeBadge({ grade, size = 'lg' }: { grade: Grade; size?: 'sm' | 'md' | 'lg' }) {
  return <StatusBadge label={gradeWords(grade, currentLang())} color={GRADE_COLORS[grade]} size={size} />;
}

/** Respondents, IKM (1–4), converted index and grade: the four figures a report leads with. */
export function IndexFigures({ figures }: { figures: SurveyFigures }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
      <Figure label={t('surveys.results.respondents')} value={count(figures.respondents, lang)} />
      <Figure label={t('surveys.results.ikm')} value={formatScore(figures.ikm, lang)} />
      <Figure label={t('surveys.results.converted')} value={formatScore(figures.converted, lang)} />
      <div>
        <Text size="sm" c="dimmed">
          {t('surveys.results.grade')}
        </Text>
        <Box mt={4}>
          <GradeBadge grade={figures.grade} />
        </Box>
      </div>
    </SimpleGrid>
  );
}

/** The lowest element(s) by NRR. */
export function weakestOf(nrr: Record<ElementCode, number>): ElementCode[] {
  const low = Math.min(...ELEMENT_CODES.map((code) => nrr[code]));
  return ELEMENT_CODES.filter((code) => nrr[code] === low);
}

/** NRR per element as a bar chart (element names, scale 1–4) with a table of the exact figures beside it. */
export function NrrChart({
  nrr,
  previous,
  label,
}: {
  nrr: Record<ElementCode, number>;
  previous?: Record<ElementCode, number> | null;
  label: string;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const wide = useMediaQuery('(min-width: 48em)') ?? false;
  const rows = ELEMENT_CODES.map((code) => ({ label: elementName(code, lang), nrr: nrr[code], code }));
  const longest = Math.max(...rows.map((row) => row.label.length));
  const perBar = Math.max(34, Math.ceil(longest / (wide ? 34 : 16)) * 14 + 14);
  const weakest = new Set(weakestOf(nrr));
  return (
    <Stack gap="sm">
      <Box role="img" aria-label={t('surveys.results.nrrChartLabel')}>
        <BarChart
          h={rows.length * perBar + 50}
          data={rows}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'nrr', label: t('surveys.results.nrr'), color: 'blue.8' }]}
          valueFormatter={(value) => formatScore(value, lang)}
          xAxisProps={{ domain: [0, 4], ticks: [0, 1, 2, 3, 4] }}
          yAxisProps={{ width: Math.min(wide ? 260 : 118, longest * 7 + 8), interval: 0 }}
          gridAxis="none"
          tickLine="none"
          withTooltip={false}
          withBarValueLabel
          barChartProps={{ margin: { right: 44 } }}
        />
      </Box>
      <TableScroll minWidth={previous ? 300 : 260} label={label}>
        <Table striped withTableBorder verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.results.element')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('surveys.results.nrr')}
              </Table.Th>
              {previous ? (
                <Table.Th scope="col" ta="right">
                  {t('surveys.results.previous')}
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.code}>
                <Table.Th scope="row" fw={500}>
                  <Group gap="xs" wrap="wrap">
                    <span>{row.label}</span>
                    {weakest.has(row.code) ? (
                      <StatusBadge label={t('surveys.results.weakest')} color="orange" size="xs" />
                    ) : null}
                  </Group>
                </Table.Th>
                <Table.Td ta="right">{formatScore(row.nrr, lang)}</Table.Td>
                {previous ? <Table.Td ta="right">{formatScore(previous[row.code], lang)}</Table.Td> : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

/** Respondents per channel; the open link marked as unverified and kept out of the IKM. */
export function ChannelTable({ byChannel, label }: { byChannel: UnitResults['byChannel']; label: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Stack gap="xs">
      <TableScroll minWidth={300} label={label}>
        <Table striped withTableBorder verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.results.channel')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('surveys.results.respondents')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {CHANNEL_ORDER.map((channel) => (
              <Table.Tr key={channel}>
                <Table.Th scope="row" fw={500}>
                  {t(`surveys.words.channel.${channel}`)}
                </Table.Th>
                <Table.Td ta="right">{count(byChannel[channel], lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Text size="sm" c="dimmed">
        {t('surveys.results.channelsNote')}
      </Text>
    </Stack>
  );
}

const PLAN_COLORS = { planned: 'gray', in_progress: 'blue', done: 'teal' } as const;

/** The improvement plan: each action with its element, owner, due date and progress. */
export function PlanList({
  plan,
  onEdit,
  editLabel,
}: {
  plan: readonly PlanActionView[];
  /** Staff only: a button on each action to change it. */
  onEdit?: (action: PlanActionView) => void;
  editLabel?: string;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (plan.length === 0) return <Text c="dimmed">{t('surveys.results.planEmpty')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {plan.map((action) => (
        <Box
          component="li"
          key={action.id}
          p="sm"
          style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
        >
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" align="flex-start">
              <Text fw={600}>{elementName(action.element, lang)}</Text>
              <StatusBadge
                label={t(`surveys.planStatus.${action.status}`)}
                color={PLAN_COLORS[action.status]}
                size="sm"
              />
            </Group>
            <Text style={{ overflowWrap: 'anywhere' }}>{action.action}</Text>
            <Text size="sm" c="dimmed">
              {t('surveys.results.owner')}: {action.owner} · {t('surveys.results.due')}:{' '}
              {formatCalendarDate(action.dueDate, lang, false)}
            </Text>
            <Progress
              value={action.progress}
              size="lg"
              color={action.progress >= 100 ? 'teal.8' : 'blue.8'}
              aria-label={t('surveys.results.progressLabel', { percent: action.progress })}
            />
            <Group justify="space-between" gap="xs">
              <Text size="sm">{t('surveys.results.progressLabel', { percent: action.progress })}</Text>
              {onEdit ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onEdit(action)}
                  aria-label={`${editLabel ?? ''}: ${elementName(action.element, lang)}`}
                >
                  {editLabel}
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
