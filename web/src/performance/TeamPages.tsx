import type { PerformanceYear } from '@lentera/common';
import { formatNip } from '@lentera/common';
import { Alert, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { RequireAccess } from '../ui/guards';
import { AnchorLink } from '../ui/links';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug } from '../ui/tenant';
import { AcknowledgeOrObject, AnnualSummary } from './AnnualPages';
import { type TeamStatus, useAnnualContext, useMyHistory, useTeam, useYears } from './api';
import { defaultYear, P, PredikatBadge, StatusBadge, usePeriodName, YearSelect } from './shared';

const teamRoute = getRouteApi('/t/$slug/staff/performance/team');

/** The period shown by default: the latest that has ended (its reports are due), else the first. */
export function defaultPeriod(year: PerformanceYear | undefined): number {
  const ended = year?.periods.filter((p) => p.state !== 'future') ?? [];
  return ended.at(-1)?.index ?? 1;
}

export function PeriodSelect({
  year,
  value,
  onChange,
}: {
  year: PerformanceYear | undefined;
  value: number;
  onChange: (index: number) => void;
}) {
  const { t } = useTranslation();
  const data = (year?.periods ?? []).map((p) => ({ value: String(p.index), label: p.label }));
  if (data.length === 0) data.push({ value: String(value), label: String(value) });
  return (
    <Select
      label={t('performance.report.period')}
      data={data}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={200}
    />
  );
}

/** Members of a team or a unit with their plan, report and predikat for one period. */
export function MembersTable({ team, year, withReview }: { team: TeamStatus; year: number; withReview: boolean }) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  if (team.members.length === 0) return <Text c="dimmed">{t('performance.team.empty')}</Text>;
  return (
    <TableScroll minWidth={760} label={t('performance.team.members')}>
      <Table withTableBorder striped fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('performance.inbox.employee')}</Table.Th>
            <Table.Th scope="col">{t('performance.team.plan')}</Table.Th>
            <Table.Th scope="col">{t('performance.team.report')}</Table.Th>
            <Table.Th scope="col">{t('performance.predikatLabel')}</Table.Th>
            {withReview ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {team.members.map((m) => (
            <Table.Tr key={m.employeeId}>
              <Table.Th scope="row" fw={500}>
                {m.employeeName}
                <Text size="xs" c="dimmed">
                  {formatNip(m.nip)}
                </Text>
              </Table.Th>
              <Table.Td>
                <StatusBadge status={m.planStatus} />
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <StatusBadge status={m.reportStatus ?? 'missing'} />
                  {m.late ? <StatusBadge status="late" /> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <PredikatBadge predikat={m.predikat} />
              </Table.Td>
              {withReview ? (
                <Table.Td>
                  <Stack gap={2}>
                    {m.reportId ? (
                      <AnchorLink
                        size="sm"
                        to="/t/$slug/performance/review/reports/$reportId"
                        params={{ slug, reportId: m.reportId }}
                        aria-label={t('performance.team.openReportOf', { name: m.employeeName })}
                      >
                        {t('performance.team.openReport')}
                      </AnchorLink>
                    ) : null}
                    <AnchorLink
                      size="sm"
                      to="/t/$slug/performance/employees/$employeeId/annual"
                      params={{ slug, employeeId: m.employeeId }}
                      search={{ year }}
                      aria-label={t('performance.team.annualOf', { name: m.employeeName })}
                    >
                      {t('performance.team.annual')}
                    </AnchorLink>
                  </Stack>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function TeamContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const search = teamRoute.useSearch();
  const navigate = useNavigate();
  const years = useYears(slug);
  const year = search.year ?? defaultYear(years.data?.items);
  const yearRow = years.data?.items.find((y) => y.year === year);
  const period = search.period ?? defaultPeriod(yearRow);
  const team = useTeam(slug, year, period);
  if (years.isPending) return <PageLoader />;
  return (
    <Page
      title={t('performance.team.title')}
      description={t('performance.team.description')}
      actions={
        <>
          <YearSelect
            years={years.data?.items.map((y) => y.year) ?? []}
            value={year}
            onChange={(y) => void navigate({ to: '.', search: { year: y } })}
          />
          <PeriodSelect
            year={yearRow}
            value={period}
            onChange={(p) => void navigate({ to: '.', search: { year, period: p } })}
          />
        </>
      }
    >
      <ErrorAlert error={years.error ?? team.error} />
      {team.isPending ? <PageLoader /> : team.data ? <MembersTable team={team.data} year={year} withReview /> : null}
    </Page>
  );
}

export function TeamPage() {
  return (
    <RequireAccess permission={P.review}>
      <TeamContent />
    </RequireAccess>
  );
}

function MyAnnual({ slug, employeeId, year }: { slug: string; employeeId: string; year: number }) {
  const ctx = useAnnualContext(slug, employeeId, year);
  const annual = ctx.data?.annual;
  if (!annual) return null;
  return (
    <Stack>
      <AnnualSummary annual={annual} />
      <AcknowledgeOrObject slug={slug} annual={annual} />
    </Stack>
  );
}

function HistoryContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const history = useMyHistory(slug);
  const periodKinds = new Map(useYears(slug).data?.items.map((y) => [y.year, y.periodKind]));
  const periodName = usePeriodName();
  if (history.isPending) return <PageLoader />;
  if (!history.data) return <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  const years = [...history.data.years].sort((a, b) => b.year - a.year);
  return (
    <Page title={t('performance.history.title')} description={t('performance.history.description')}>
      {years.length === 0 ? <Alert color="gray">{t('performance.history.empty')}</Alert> : null}
      {years.map((y) => (
        <Card withBorder padding="lg" key={y.year} component="section" aria-labelledby={`year-${y.year}`}>
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Title order={2} fz="h3" id={`year-${y.year}`}>
                {t('performance.history.year', { year: y.year })}
              </Title>
              <Group gap="xs">
                <Text size="sm">{t('performance.history.annualPredikat')}</Text>
                <PredikatBadge predikat={y.annualPredikat} />
              </Group>
            </Group>
            <Group gap="xs">
              <Text size="sm">{t('performance.team.plan')}:</Text>
              <StatusBadge status={y.planStatus} />
            </Group>
            {y.periodic.length ? (
              <TableScroll minWidth={360} label={t('performance.annual.periodic')}>
                <Table withTableBorder fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('performance.report.period')}</Table.Th>
                      <Table.Th scope="col">{t('performance.report.status')}</Table.Th>
                      <Table.Th scope="col">{t('performance.predikatLabel')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {y.periodic.map((p) => (
                      <Table.Tr key={p.periodIndex}>
                        <Table.Th scope="row" fw={500}>
                          {periodName(y.year, periodKinds.get(y.year), p.periodIndex)}
                        </Table.Th>
                        <Table.Td>
                          <StatusBadge status={p.status} />
                        </Table.Td>
                        <Table.Td>
                          <PredikatBadge predikat={p.predikat} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            ) : null}
            {y.annualStatus ? <MyAnnual slug={slug} employeeId={history.data.employeeId} year={y.year} /> : null}
          </Stack>
        </Card>
      ))}
    </Page>
  );
}

export function HistoryPage() {
  return (
    <RequireAccess permission={P.me}>
      <HistoryContent />
    </RequireAccess>
  );
}
