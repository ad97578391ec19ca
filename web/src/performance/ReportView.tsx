import type { PlanContent, Report } from '@lentera/common';
import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug } from '../ui/tenant';
import { EvidenceFileList } from './EvidenceFiles';
import { PredikatBadge, StatusBadge, useDateTime } from './shared';

/** The report's content as read: realisation per indicator, activities, evidence, obstacles, next steps. */
export function ReportContentView({ report, plan }: { report: Report; plan: PlanContent | null }) {
  const { t } = useTranslation();
  const indicators = new Map(
    (plan?.rhk ?? []).flatMap((r) => r.indicators.map((i) => [i.id, { rhk: r.text, ...i }] as const)),
  );
  const c = report.content;
  const slug = useTenantSlug() ?? '';
  return (
    <Stack gap="sm">
      <Title order={3} fz="h5">
        {t('performance.report.realisations')}
      </Title>
      <TableScroll minWidth={560} label={t('performance.report.realisations')}>
        <Table withTableBorder striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('performance.report.indicator')}</Table.Th>
              <Table.Th scope="col">{t('performance.plan.target')}</Table.Th>
              <Table.Th scope="col">{t('performance.report.realisation')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.realisations.map((r) => {
              const ind = indicators.get(r.indicatorId);
              return (
                <Table.Tr key={r.indicatorId}>
                  <Table.Td>{ind ? `${ind.text} (${ind.rhk})` : r.indicatorId}</Table.Td>
                  <Table.Td>{ind?.target ?? '–'}</Table.Td>
                  <Table.Td>{r.realisation}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Title order={3} fz="h5">
        {t('performance.report.activities')}
      </Title>
      {c.activities.length ? (
        <ul>
          {c.activities.map((a) => (
            <li key={`${a.date ?? ''}-${a.text}`}>
              <Text size="sm">
                {a.date ? `${formatCalendarDate(a.date, currentLang(), false)}: ` : ''}
                {a.text}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text c="dimmed">–</Text>
      )}
      <Title order={3} fz="h5">
        {t('performance.report.evidence')}
      </Title>
      {c.evidence.length ? (
        <ul>
          {c.evidence.map((e) => (
            <li key={e.url}>
              <a href={e.url} target="_blank" rel="noreferrer noopener">
                {e.label}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <Text c="dimmed">–</Text>
      )}
      <EvidenceFileList slug={slug} reportId={report.id} />
      <Text size="sm">
        <b>{t('performance.report.obstacles')}:</b> {c.obstacles || '–'}
      </Text>
      <Text size="sm">
        <b>{t('performance.report.nextSteps')}:</b> {c.nextSteps || '–'}
      </Text>
    </Stack>
  );
}

export function ReportRounds({ report }: { report: Report }) {
  const { t } = useTranslation();
  const at = useDateTime();
  if (report.rounds.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="report-rounds">
      <Title order={2} fz="h4" id="report-rounds" mb="xs">
        {t('performance.report.rounds')}
      </Title>
      <Stack gap={6}>
        {report.rounds.map((r) => (
          <Group key={r.round} gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('performance.report.roundN', { n: r.round })}
            </Text>
            <Text size="sm">{t('performance.report.submittedAt', { at: at(r.submittedAt) })}</Text>
            {r.decision ? <StatusBadge status={r.decision} /> : <StatusBadge status="submitted" />}
            {r.predikat ? <PredikatBadge predikat={r.predikat} /> : null}
            {r.feedback ? <Text size="sm">“{r.feedback}”</Text> : null}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
