import type { PerformanceYear, Report } from '@lentera/common';
import { Alert, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatCalendarDate, todayIn } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { currentLang } from '../ui/i18n';
import { ButtonLink } from '../ui/links';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { useMyPlan, useMyReports, useYears } from './api';
import { ReportForm } from './ReportForm';
import { ReportContentView, ReportRounds } from './ReportView';
import { defaultYear, P, PredikatBadge, StatusBadge, useDateTime, YearSelect } from './shared';

const route = getRouteApi('/t/$slug/staff/performance/reports');

function PeriodTable({
  year,
  reports,
  selected,
}: {
  year: PerformanceYear;
  reports: Report[];
  selected: number | undefined;
}) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const at = useDateTime();
  const today = todayIn(useTenantTimeZone());
  const byPeriod = new Map(reports.map((r) => [r.periodIndex, r]));
  return (
    <TableScroll minWidth={640} label={t('performance.report.periods')}>
      <Table withTableBorder striped fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('performance.report.period')}</Table.Th>
            <Table.Th scope="col">{t('performance.report.deadline')}</Table.Th>
            <Table.Th scope="col">{t('performance.report.status')}</Table.Th>
            <Table.Th scope="col">{t('performance.predikatLabel')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {year.periods.map((p) => {
            const r = byPeriod.get(p.index);
            const missing = !r && p.state === 'ended' && p.dueDate < today;
            return (
              <Table.Tr key={p.index} bg={selected === p.index ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Th scope="row" fw={500}>
                  {p.label}
                </Table.Th>
                <Table.Td>{r ? at(r.dueAt) : formatCalendarDate(p.dueDate, currentLang(), false)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {r ? (
                      <StatusBadge status={r.status} />
                    ) : p.state === 'future' ? (
                      <Text size="sm" c="dimmed">
                        {t('performance.report.future')}
                      </Text>
                    ) : (
                      <StatusBadge status={missing ? 'missing' : null} />
                    )}
                    {r?.late ? <StatusBadge status="late" /> : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <PredikatBadge predikat={r?.predikat} />
                </Table.Td>
                <Table.Td>
                  {p.state !== 'future' ? (
                    <ButtonLink
                      size="xs"
                      variant="light"
                      to="/t/$slug/performance/reports"
                      params={{ slug }}
                      search={{ year: year.year, period: p.index }}
                      aria-label={t('performance.report.openPeriod', { period: p.label })}
                    >
                      {t('performance.report.open')}
                    </ButtonLink>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function ReportsContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const search = route.useSearch();
  const navigate = useNavigate();
  const at = useDateTime();
  const years = useYears(slug);
  const year = search.year ?? defaultYear(years.data?.items);
  const plan = useMyPlan(slug, year);
  const reports = useMyReports(slug, year);
  if (years.isPending || plan.isPending || reports.isPending) return <PageLoader />;
  const yearRow = years.data?.items.find((y) => y.year === year);
  const approved = plan.data?.plan?.approvedContent ?? null;
  const period = yearRow?.periods.find((p) => p.index === search.period);
  const report = reports.data?.items.find((r) => r.periodIndex === search.period);
  const editable =
    yearRow?.status === 'open' && approved && (!report || report.status === 'draft' || report.status === 'returned');

  return (
    <Page
      title={t('performance.report.title', { year })}
      description={t('performance.report.description')}
      actions={
        <YearSelect
          years={years.data?.items.map((y) => y.year) ?? []}
          value={year}
          onChange={(y) => void navigate({ to: '.', search: { year: y } })}
        />
      }
    >
      <ErrorAlert error={years.error ?? plan.error ?? reports.error} />
      {!yearRow ? <Alert color="yellow">{t('performance.yearNotOpen', { year })}</Alert> : null}
      {yearRow && !approved ? <Alert color="yellow">{t('performance.report.needsPlan')}</Alert> : null}
      {yearRow ? <PeriodTable year={yearRow} reports={reports.data?.items ?? []} selected={search.period} /> : null}
      {period ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="report-heading">
          <Stack>
            <Group justify="space-between" wrap="wrap">
              <Title order={2} fz="h3" id="report-heading">
                {t('performance.report.reportOf', { period: period.label })}
              </Title>
              <Group gap="xs">
                {report ? <StatusBadge status={report.status} /> : <StatusBadge status={null} />}
                {report?.late ? <StatusBadge status="late" /> : null}
              </Group>
            </Group>
            <Text size="sm">
              {t('performance.report.deadlineIs', {
                at: report ? at(report.dueAt) : formatCalendarDate(period.dueDate, currentLang(), false),
              })}
            </Text>
            {report?.status === 'returned' && report.feedback ? (
              <Alert color="orange" title={t('performance.report.returnedTitle')}>
                {report.feedback}
              </Alert>
            ) : null}
            {report?.status === 'submitted' ? <Alert color="blue">{t('performance.report.waiting')}</Alert> : null}
            {report?.status === 'approved' ? (
              <Group gap="xs">
                <Text fw={600}>{t('performance.predikatLabel')}:</Text>
                <PredikatBadge predikat={report.predikat} />
                {report.feedback ? <Text size="sm">“{report.feedback}”</Text> : null}
              </Group>
            ) : null}
            {editable && approved ? (
              <ReportForm
                key={`${year}-${period.index}-${report?.status ?? 'new'}-${report?.rounds.length ?? 0}`}
                slug={slug}
                year={year}
                periodIndex={period.index}
                plan={approved}
                report={report}
              />
            ) : report ? (
              <ReportContentView report={report} plan={approved} />
            ) : null}
            {report ? <ReportRounds report={report} /> : null}
          </Stack>
        </Card>
      ) : null}
    </Page>
  );
}

export function ReportsPage() {
  return (
    <RequireAccess permission={P.me}>
      <ReportsContent />
    </RequireAccess>
  );
}
