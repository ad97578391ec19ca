import type { Rating } from '@lentera/common';
import { formatNip } from '@lentera/common';
import { Alert, Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { RequireAccess } from '../ui/guards';
import { ButtonLink } from '../ui/links';
import { notify } from '../ui/notify';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug } from '../ui/tenant';
import {
  type InboxItem,
  useDecidePlan,
  useInbox,
  usePlan,
  useReopenReport,
  useReport,
  useReviewContext,
  useReviewReport,
} from './api';
import { PlanVersions, PlanView } from './PlanView';
import { ReportContentView, ReportRounds } from './ReportView';
import { LivePredikat, P, PredikatBadge, RatingSelect, StatusBadge, useDateTime } from './shared';

const planRoute = getRouteApi('/t/$slug/staff/performance/review/plans/$planId');
const reportRoute = getRouteApi('/t/$slug/staff/performance/review/reports/$reportId');

function InboxLink({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const label = t('performance.inbox.openItem', { label: item.label, name: item.employeeName });
  const common = { size: 'xs', variant: 'light', 'aria-label': label } as const;
  if (item.kind === 'plan')
    return (
      <ButtonLink {...common} to="/t/$slug/performance/review/plans/$planId" params={{ slug, planId: item.id }}>
        {t('performance.inbox.review')}
      </ButtonLink>
    );
  if (item.kind === 'report')
    return (
      <ButtonLink {...common} to="/t/$slug/performance/review/reports/$reportId" params={{ slug, reportId: item.id }}>
        {t('performance.inbox.review')}
      </ButtonLink>
    );
  return (
    <ButtonLink {...common} to="/t/$slug/performance/annuals/$annualId" params={{ slug, annualId: item.id }}>
      {t('performance.inbox.review')}
    </ButtonLink>
  );
}

function InboxContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const inbox = useInbox(slug);
  const at = useDateTime();
  if (inbox.isPending) return <PageLoader />;
  const items = inbox.data?.items ?? [];
  return (
    <Page
      title={t('performance.inbox.title')}
      description={t('performance.inbox.description')}
      actions={
        <ButtonLink variant="default" to="/t/$slug/performance/team" params={{ slug }}>
          {t('performance.nav.team')}
        </ButtonLink>
      }
    >
      <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />
      {items.length === 0 ? (
        <Text c="dimmed">{t('performance.inbox.empty')}</Text>
      ) : (
        <TableScroll minWidth={720} label={t('performance.inbox.title')}>
          <Table withTableBorder striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('performance.inbox.kind')}</Table.Th>
                <Table.Th scope="col">{t('performance.inbox.employee')}</Table.Th>
                <Table.Th scope="col">{t('performance.inbox.item')}</Table.Th>
                <Table.Th scope="col">{t('performance.inbox.submitted')}</Table.Th>
                <Table.Th scope="col">{t('performance.inbox.due')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={`${item.kind}-${item.id}`}>
                  <Table.Td>{t(`performance.inbox.kinds.${item.kind}`)}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {item.employeeName}
                    <Text size="xs" c="dimmed">
                      {formatNip(item.nip)}
                    </Text>
                  </Table.Th>
                  <Table.Td>{item.label}</Table.Td>
                  <Table.Td>{at(item.submittedAt)}</Table.Td>
                  <Table.Td>
                    {at(item.dueAt)} {item.overdue ? <StatusBadge status="overdue" /> : null}
                  </Table.Td>
                  <Table.Td>
                    <InboxLink item={item} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Page>
  );
}

export function InboxPage() {
  return (
    <RequireAccess permission={P.review}>
      <InboxContent />
    </RequireAccess>
  );
}

function ReviewPlanContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { planId } = planRoute.useParams();
  const plan = usePlan(slug, planId);
  const decide = useDecidePlan(slug, planId);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  if (plan.isPending) return <PageLoader />;
  if (!plan.data) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const onDecide = (decision: 'approve' | 'return') => {
    if (decision === 'return' && !note.trim()) {
      setNoteError(t('performance.review.noteRequired'));
      return;
    }
    setNoteError(undefined);
    decide.mutate(
      { decision, note: note.trim() || undefined },
      {
        onSuccess: () =>
          notify(
            decision === 'approve' ? t('performance.review.planApproved') : t('performance.review.planReturned'),
            'success',
          ),
      },
    );
  };
  return (
    <Page
      title={t('performance.review.planTitle', { name: p.employeeName, year: p.year })}
      description={`NIP ${formatNip(p.nip)}`}
    >
      <Group gap="sm">
        <StatusBadge status={p.status} />
        <Text size="sm">{t('performance.plan.versionN', { n: p.version })}</Text>
      </Group>
      <PlanView content={p.content} superiorRhk={p.superiorRhk} />
      {p.status === 'submitted' ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="decide-heading">
          <Stack>
            <Title order={2} fz="h4" id="decide-heading">
              {t('performance.review.decision')}
            </Title>
            <Textarea
              label={t('performance.review.note')}
              description={t('performance.review.noteHint')}
              autosize
              minRows={2}
              value={note}
              error={noteError}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <ErrorAlert error={decide.error} />
            <Group>
              <Button onClick={() => onDecide('approve')} loading={decide.isPending}>
                {t('performance.review.approve')}
              </Button>
              <Button color="orange" variant="light" onClick={() => onDecide('return')} loading={decide.isPending}>
                {t('performance.review.return')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      <PlanVersions plan={p} />
    </Page>
  );
}

export function ReviewPlanPage() {
  return (
    <RequireAccess permission={null}>
      <ReviewPlanContent />
    </RequireAccess>
  );
}

function ReviewReportContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { reportId } = reportRoute.useParams();
  const report = useReport(slug, reportId);
  const plan = usePlan(slug, report.data?.planId ?? '');
  const review = useReviewReport(slug, reportId);
  const reopen = useReopenReport(slug, reportId);
  const submitted = report.data?.status === 'submitted';
  const context = useReviewContext(slug, reportId, submitted);
  const at = useDateTime();
  const [hasilKerja, setHasilKerja] = useState<Rating | null>(null);
  const [perilaku, setPerilaku] = useState<Rating | null>(null);
  const [feedback, setFeedback] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  if (report.isPending) return <PageLoader />;
  if (!report.data) return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;

  const onApprove = () => {
    const found: Record<string, string> = {};
    if (!hasilKerja) found.hasilKerja = t('validation.choose');
    if (!perilaku) found.perilaku = t('validation.choose');
    setErrors(found);
    if (!hasilKerja || !perilaku) return;
    review.mutate(
      { decision: 'approve', hasilKerja, perilaku, feedback: feedback.trim() || undefined },
      { onSuccess: () => notify(t('performance.review.reportApproved'), 'success') },
    );
  };
  const onReturn = () => {
    if (!feedback.trim()) {
      setErrors({ feedback: t('performance.review.noteRequired') });
      return;
    }
    setErrors({});
    review.mutate(
      { decision: 'return', feedback: feedback.trim() },
      { onSuccess: () => notify(t('performance.review.reportReturned'), 'success') },
    );
  };

  return (
    <Page
      title={t('performance.review.reportTitle', { name: r.employeeName, period: r.periodLabel })}
      description={`NIP ${formatNip(r.nip)}`}
    >
      <Group gap="sm" wrap="wrap">
        <StatusBadge status={r.status} />
        {r.late ? <StatusBadge status="late" /> : null}
        <Text size="sm">{t('performance.report.submittedAt', { at: at(r.submittedAt) })}</Text>
        {r.reviewDueAt ? <Text size="sm">{t('performance.review.reviewDue', { at: at(r.reviewDueAt) })}</Text> : null}
        {r.predikat ? <PredikatBadge predikat={r.predikat} /> : null}
      </Group>
      <ReportContentView report={r} plan={plan.data?.approvedContent ?? null} />
      {submitted ? (
        <Card withBorder padding="md" component="section" aria-labelledby="context-heading">
          <Title order={2} fz="h5" id="context-heading">
            {t('performance.review.complaints')}
          </Title>
          {context.data && !context.data.complaints.available ? (
            <Text size="sm" c="dimmed">
              {t('performance.review.complaintsUnavailable')}
            </Text>
          ) : context.data?.complaints.items.length ? (
            <ul>
              {context.data.complaints.items.map((c) => (
                <li key={c.reference}>
                  <Text size="sm">
                    {c.reference} · {c.title} · {c.status} · {at(c.filedAt)}
                  </Text>
                </li>
              ))}
            </ul>
          ) : (
            <Text size="sm" c="dimmed">
              {t('performance.review.noComplaints')}
            </Text>
          )}
        </Card>
      ) : null}
      {submitted ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="review-heading">
          <Stack>
            <Title order={2} fz="h4" id="review-heading">
              {t('performance.review.decision')}
            </Title>
            <Group grow align="flex-start" wrap="wrap">
              <RatingSelect
                label={t('performance.hasilKerja')}
                value={hasilKerja}
                onChange={setHasilKerja}
                error={errors.hasilKerja}
              />
              <RatingSelect
                label={t('performance.perilaku')}
                value={perilaku}
                onChange={setPerilaku}
                error={errors.perilaku}
              />
            </Group>
            <LivePredikat hasilKerja={hasilKerja} perilaku={perilaku} />
            <Textarea
              label={t('performance.review.feedback')}
              description={t('performance.review.noteHint')}
              autosize
              minRows={2}
              value={feedback}
              error={errors.feedback}
              onChange={(e) => setFeedback(e.currentTarget.value)}
            />
            <ErrorAlert error={review.error} />
            <Group>
              <Button onClick={onApprove} loading={review.isPending}>
                {t('performance.review.approve')}
              </Button>
              <Button color="orange" variant="light" onClick={onReturn} loading={review.isPending}>
                {t('performance.review.return')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      {r.status === 'approved' ? (
        <Card withBorder padding="md" component="section" aria-labelledby="reopen-heading">
          <Stack gap="xs">
            <Title order={2} fz="h5" id="reopen-heading">
              {t('performance.review.reopen')}
            </Title>
            <Alert color="gray">{t('performance.review.reopenHint')}</Alert>
            <Textarea
              label={t('performance.review.reopenReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <ErrorAlert error={reopen.error} />
            <Group>
              <Button
                variant="default"
                disabled={!reason.trim()}
                loading={reopen.isPending}
                onClick={() => reopen.mutate({ reason: reason.trim() }, { onSuccess: () => setReason('') })}
              >
                {t('performance.review.reopen')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      <ReportRounds report={r} />
    </Page>
  );
}

export function ReviewReportPage() {
  return (
    <RequireAccess permission={null}>
      <ReviewReportContent />
    </RequireAccess>
  );
}
