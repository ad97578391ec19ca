import type { PerformanceYear, PlanContent, Report } from '@lentera/common';
import { Alert, Button, Card, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatCalendarDate, todayIn } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { currentLang } from '../ui/i18n';
import { ButtonLink } from '../ui/links';
import { notify } from '../ui/notify';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { useMyPlan, useMyReports, useSaveReport, useSubmitReport, useYears } from './api';
import { defaultYear, P, PredikatBadge, StatusBadge, useDateTime, YearSelect } from './shared';

const route = getRouteApi('/t/$slug/staff/performance/reports');

/** The report's content as read: realisation per indicator, activities, evidence, obstacles, next steps. */
export function ReportContentView({ report, plan }: { report: Report; plan: PlanContent | null }) {
  const { t } = useTranslation();
  const indicators = new Map(
    (plan?.rhk ?? []).flatMap((r) => r.indicators.map((i) => [i.id, { rhk: r.text, ...i }] as const)),
  );
  const c = report.content;
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

let nextUid = 0;
const uid = () => ++nextUid;

interface Draft {
  realisations: Record<string, string>;
  activities: Array<{ uid: number; date: string; text: string }>;
  evidence: Array<{ uid: number; label: string; url: string }>;
  obstacles: string;
  nextSteps: string;
}

function ReportForm({
  slug,
  year,
  periodIndex,
  plan,
  report,
}: {
  slug: string;
  year: number;
  periodIndex: number;
  plan: PlanContent;
  report: Report | undefined;
}) {
  const { t } = useTranslation();
  const save = useSaveReport(slug);
  const submit = useSubmitReport(slug);
  const [draft, setDraft] = useState<Draft>(() => ({
    realisations: Object.fromEntries((report?.content.realisations ?? []).map((r) => [r.indicatorId, r.realisation])),
    activities: report?.content.activities.map((a) => ({ uid: uid(), date: a.date ?? '', text: a.text })) ?? [
      { uid: uid(), date: '', text: '' },
    ],
    evidence: report?.content.evidence.map((e) => ({ uid: uid(), ...e })) ?? [],
    obstacles: report?.content.obstacles ?? '',
    nextSteps: report?.content.nextSteps ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const indicators = plan.rhk.flatMap((r) => r.indicators.map((i) => ({ ...i, rhk: r.text })));

  const validate = () => {
    const found: Record<string, string> = {};
    for (const i of indicators) if (!draft.realisations[i.id]?.trim()) found[i.id] = t('validation.required');
    draft.evidence.forEach((e, n) => {
      if (!e.label.trim()) found[`evidence.${n}.label`] = t('validation.required');
      if (!/^https?:\/\/\S+$/.test(e.url.trim())) found[`evidence.${n}.url`] = t('validation.url');
    });
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const onSave = async (andSubmit: boolean) => {
    if (!validate()) return;
    try {
      const saved = await save.mutateAsync({
        year,
        periodIndex,
        content: {
          realisations: indicators.map((i) => ({ indicatorId: i.id, realisation: draft.realisations[i.id]!.trim() })),
          activities: draft.activities
            .filter((a) => a.text.trim())
            .map((a) => ({ text: a.text.trim(), ...(a.date ? { date: a.date } : {}) })),
          evidence: draft.evidence.map((e) => ({ label: e.label.trim(), url: e.url.trim() })),
          obstacles: draft.obstacles,
          nextSteps: draft.nextSteps,
        },
      });
      if (andSubmit) {
        await submit.mutateAsync(saved.id);
        notify(t('performance.report.submittedNotice'), 'success');
      } else notify(t('performance.report.saved'), 'success');
    } catch {
      // shown below
    }
  };

  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  return (
    <Stack>
      <Title order={3} fz="h5">
        {t('performance.report.realisations')}
      </Title>
      {indicators.map((i) => (
        <Textarea
          key={i.id}
          label={t('performance.report.realisationOf', { indicator: i.text })}
          description={`${t('performance.plan.target')}: ${i.target} · ${i.rhk}`}
          required
          autosize
          minRows={1}
          value={draft.realisations[i.id] ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setDraft((d) => ({ ...d, realisations: { ...d.realisations, [i.id]: value } }));
          }}
          error={errors[i.id]}
        />
      ))}
      <Title order={3} fz="h5">
        {t('performance.report.activities')}
      </Title>
      {draft.activities.map((a, n) => (
        <Group key={a.uid} align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            type="date"
            w={170}
            label={t('performance.report.activityDateN', { n: n + 1 })}
            value={a.date}
            onChange={(e) => {
              const date = e.currentTarget.value;
              set({ activities: draft.activities.map((x, i) => (i === n ? { ...x, date } : x)) });
            }}
          />
          <TextInput
            style={{ flex: 1, minWidth: 200 }}
            label={t('performance.report.activityN', { n: n + 1 })}
            value={a.text}
            onChange={(e) => {
              const text = e.currentTarget.value;
              set({ activities: draft.activities.map((x, i) => (i === n ? { ...x, text } : x)) });
            }}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => set({ activities: [...draft.activities, { uid: uid(), date: '', text: '' }] })}
        >
          {t('performance.report.addActivity')}
        </Button>
      </Group>
      <Title order={3} fz="h5">
        {t('performance.report.evidence')}
      </Title>
      {draft.evidence.map((e, n) => (
        <Group key={e.uid} align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            w={220}
            label={t('performance.report.evidenceLabelN', { n: n + 1 })}
            value={e.label}
            error={errors[`evidence.${n}.label`]}
            onChange={(ev) => {
              const label = ev.currentTarget.value;
              set({ evidence: draft.evidence.map((x, i) => (i === n ? { ...x, label } : x)) });
            }}
          />
          <TextInput
            style={{ flex: 1, minWidth: 200 }}
            type="url"
            label={t('performance.report.evidenceUrlN', { n: n + 1 })}
            placeholder="https://"
            value={e.url}
            error={errors[`evidence.${n}.url`]}
            onChange={(ev) => {
              const url = ev.currentTarget.value;
              set({ evidence: draft.evidence.map((x, i) => (i === n ? { ...x, url } : x)) });
            }}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => set({ evidence: [...draft.evidence, { uid: uid(), label: '', url: '' }] })}
        >
          {t('performance.report.addEvidence')}
        </Button>
      </Group>
      <Textarea
        label={t('performance.report.obstacles')}
        autosize
        minRows={2}
        value={draft.obstacles}
        onChange={(e) => set({ obstacles: e.currentTarget.value })}
      />
      <Textarea
        label={t('performance.report.nextSteps')}
        autosize
        minRows={2}
        value={draft.nextSteps}
        onChange={(e) => set({ nextSteps: e.currentTarget.value })}
      />
      <ErrorAlert error={save.error ?? submit.error} />
      <Group>
        <Button variant="default" onClick={() => void onSave(false)} loading={save.isPending && !submit.isPending}>
          {t('performance.plan.saveDraft')}
        </Button>
        <Button onClick={() => void onSave(true)} loading={submit.isPending}>
          {report?.status === 'returned' ? t('performance.report.resubmit') : t('performance.report.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

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
