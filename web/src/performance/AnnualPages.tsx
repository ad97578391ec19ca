import type { Annual, Rating } from '@lentera/common';
import { formatNip } from '@lentera/common';
import { Alert, Button, Card, Group, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { RequireAccess } from '../ui/guards';
import { notify } from '../ui/notify';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug } from '../ui/tenant';
import {
  type AnnualContext,
  type DistributionWarning,
  useAnnual,
  useAnnualAction,
  useAnnualContext,
  useRateAnnual,
  useYears,
} from './api';
import { LivePredikat, PredikatBadge, RatingSelect, StatusBadge, useDateTime } from './shared';

const employeeRoute = getRouteApi('/t/$slug/staff/performance/employees/$employeeId/annual');
const annualRoute = getRouteApi('/t/$slug/staff/performance/annuals/$annualId');

export function WarningsList({ warnings }: { warnings: DistributionWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" title={t('performance.annual.warningsTitle')}>
      <Text size="sm" mb={4}>
        {t('performance.annual.warningsHint')}
      </Text>
      <ul>
        {warnings.map((w) => (
          <li key={w.code}>
            <Text size="sm">
              {t(`performance.warnings.${w.code}` as 'performance.warnings.max_baik', {
                limit: w.limit,
                actual: w.actual,
                defaultValue: w.code,
              })}
            </Text>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

export function PeriodicTable({ periodic, year }: { periodic: AnnualContext['periodic']; year: number }) {
  const { t } = useTranslation();
  const years = useYears(useTenantSlug() ?? '');
  const labels = new Map(years.data?.items.find((y) => y.year === year)?.periods.map((p) => [p.index, p.label]) ?? []);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="periodic-heading">
      <Title order={2} fz="h4" id="periodic-heading" mb="xs">
        {t('performance.annual.periodic')}
      </Title>
      {periodic.length === 0 ? (
        <Text c="dimmed">{t('performance.annual.noPeriodic')}</Text>
      ) : (
        <TableScroll minWidth={360} label={t('performance.annual.periodic')}>
          <Table withTableBorder striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('performance.report.period')}</Table.Th>
                <Table.Th scope="col">{t('performance.report.status')}</Table.Th>
                <Table.Th scope="col">{t('performance.predikatLabel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periodic.map((p) => (
                <Table.Tr key={p.periodIndex}>
                  <Table.Th scope="row" fw={500}>
                    {labels.get(p.periodIndex) ?? p.periodIndex}
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
      )}
    </Card>
  );
}

/** The annual result as everyone involved reads it. */
export function AnnualSummary({ annual }: { annual: Annual }) {
  const { t } = useTranslation();
  const at = useDateTime();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="annual-heading">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap">
          <Title order={2} fz="h4" id="annual-heading">
            {t('performance.annual.result', { year: annual.year })}
          </Title>
          <StatusBadge status={annual.status} />
        </Group>
        <Group gap="xs">
          <Text fw={600}>{t('performance.predikatLabel')}:</Text>
          <PredikatBadge predikat={annual.predikat} />
        </Group>
        <Text size="sm">
          {t('performance.hasilKerja')}: {t(`performance.rating.${annual.hasilKerja}`)} · {t('performance.perilaku')}:{' '}
          {t(`performance.rating.${annual.perilaku}`)}
        </Text>
        {annual.notes ? <Text size="sm">“{annual.notes}”</Text> : null}
        <Text size="sm" c="dimmed">
          {t('performance.annual.ratedAt', { at: at(annual.ratedAt) })}
          {annual.confirmedAt ? ` · ${t('performance.annual.confirmedAt', { at: at(annual.confirmedAt) })}` : ''}
          {annual.acknowledgedAt
            ? ` · ${t('performance.annual.acknowledgedAt', { at: at(annual.acknowledgedAt) })}`
            : ''}
        </Text>
        {annual.objectionReason ? (
          <Text size="sm">
            <b>{t('performance.annual.objection')}:</b> {annual.objectionReason}
          </Text>
        ) : null}
        {annual.objectionDecision ? (
          <Text size="sm">
            <b>
              {t(`performance.annual.decision_${annual.objectionDecision}` as 'performance.annual.decision_upheld')}:
            </b>{' '}
            {annual.objectionNote}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function RateForm({
  slug,
  employeeId,
  year,
  annual,
}: {
  slug: string;
  employeeId: string;
  year: number;
  annual: Annual | null;
}) {
  const { t } = useTranslation();
  const rate = useRateAnnual(slug, employeeId);
  const [hasilKerja, setHasilKerja] = useState<Rating | null>(annual?.hasilKerja ?? null);
  const [perilaku, setPerilaku] = useState<Rating | null>(annual?.perilaku ?? null);
  const [notes, setNotes] = useState(annual?.notes ?? '');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="rate-heading">
      <Stack>
        <Title order={2} fz="h4" id="rate-heading">
          {annual ? t('performance.annual.rerate') : t('performance.annual.rate')}
        </Title>
        <Group grow align="flex-start" wrap="wrap">
          <RatingSelect label={t('performance.hasilKerja')} value={hasilKerja} onChange={setHasilKerja} />
          <RatingSelect label={t('performance.perilaku')} value={perilaku} onChange={setPerilaku} />
        </Group>
        <LivePredikat hasilKerja={hasilKerja} perilaku={perilaku} />
        <Textarea
          label={t('performance.annual.notes')}
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
        <ErrorAlert error={rate.error} />
        <Group>
          <Button
            disabled={!hasilKerja || !perilaku}
            loading={rate.isPending}
            onClick={() =>
              hasilKerja &&
              perilaku &&
              rate.mutate(
                { year, hasilKerja, perilaku, notes: notes.trim() || undefined },
                { onSuccess: () => notify(t('performance.annual.rated'), 'success') },
              )
            }
          >
            {t('performance.annual.saveRating')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function EmployeeAnnualContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { employeeId } = employeeRoute.useParams();
  const { year } = employeeRoute.useSearch();
  const y = year ?? new Date().getFullYear();
  const ctx = useAnnualContext(slug, employeeId, y);
  if (ctx.isPending) return <PageLoader />;
  if (!ctx.data) return <ErrorAlert error={ctx.error} onRetry={() => void ctx.refetch()} />;
  const { annual, periodic, warnings } = ctx.data;
  return (
    <Page
      title={t('performance.annual.title', { year: y })}
      description={annual ? `${annual.employeeName} · NIP ${formatNip(annual.nip)}` : undefined}
    >
      <PeriodicTable periodic={periodic} year={y} />
      <WarningsList warnings={warnings} />
      {annual ? <AnnualSummary annual={annual} /> : null}
      {!annual || annual.status === 'rated' ? (
        <RateForm slug={slug} employeeId={employeeId} year={y} annual={annual} />
      ) : null}
    </Page>
  );
}

export function EmployeeAnnualPage() {
  return (
    <RequireAccess permission={null}>
      <EmployeeAnnualContent />
    </RequireAccess>
  );
}

function DecideObjection({ slug, annual }: { slug: string; annual: Annual }) {
  const { t } = useTranslation();
  const action = useAnnualAction(slug);
  const [decision, setDecision] = useState<'upheld' | 'rejected'>('rejected');
  const [hasilKerja, setHasilKerja] = useState<Rating | null>(annual.hasilKerja);
  const [perilaku, setPerilaku] = useState<Rating | null>(annual.perilaku);
  const [note, setNote] = useState('');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="objection-heading">
      <Stack>
        <Title order={2} fz="h4" id="objection-heading">
          {t('performance.annual.decideObjection')}
        </Title>
        <Radio.Group
          label={t('performance.annual.decisionLabel')}
          value={decision}
          onChange={(v) => setDecision(v as 'upheld' | 'rejected')}
        >
          <Group mt={4}>
            <Radio value="rejected" label={t('performance.annual.decision_rejected')} />
            <Radio value="upheld" label={t('performance.annual.decision_upheld')} />
          </Group>
        </Radio.Group>
        {decision === 'upheld' ? (
          <>
            <Group grow align="flex-start" wrap="wrap">
              <RatingSelect label={t('performance.hasilKerja')} value={hasilKerja} onChange={setHasilKerja} />
              <RatingSelect label={t('performance.perilaku')} value={perilaku} onChange={setPerilaku} />
            </Group>
            <LivePredikat hasilKerja={hasilKerja} perilaku={perilaku} />
          </>
        ) : null}
        <Textarea
          label={t('performance.annual.decisionNote')}
          required
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <ErrorAlert error={action.error} />
        <Group>
          <Button
            disabled={!note.trim()}
            loading={action.isPending}
            onClick={() =>
              action.mutate({
                id: annual.id,
                action: 'objection-decision',
                decision,
                note: note.trim(),
                ...(decision === 'upheld'
                  ? { hasilKerja: hasilKerja ?? undefined, perilaku: perilaku ?? undefined }
                  : {}),
              })
            }
          >
            {t('performance.annual.saveDecision')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function AnnualByIdContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { annualId } = annualRoute.useParams();
  const annual = useAnnual(slug, annualId);
  const action = useAnnualAction(slug);
  if (annual.isPending) return <PageLoader />;
  if (!annual.data) return <ErrorAlert error={annual.error} onRetry={() => void annual.refetch()} />;
  const a = annual.data;
  return (
    <Page
      title={t('performance.annual.titleOf', { name: a.employeeName, year: a.year })}
      description={`NIP ${formatNip(a.nip)}`}
    >
      <PeriodicTable periodic={a.periodic} year={a.year} />
      <WarningsList warnings={a.warnings} />
      <AnnualSummary annual={a} />
      {a.status === 'rated' ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="confirm-heading">
          <Stack>
            <Title order={2} fz="h4" id="confirm-heading">
              {t('performance.annual.confirmTitle')}
            </Title>
            <Text size="sm">{t('performance.annual.confirmHint')}</Text>
            <ErrorAlert error={action.error} />
            <Group>
              <Button
                loading={action.isPending}
                onClick={() =>
                  action.mutate(
                    { id: a.id, action: 'confirm' },
                    { onSuccess: () => notify(t('performance.annual.confirmed'), 'success') },
                  )
                }
              >
                {t('performance.annual.confirm')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      {a.status === 'objected' ? <DecideObjection slug={slug} annual={a} /> : null}
    </Page>
  );
}

export function AnnualByIdPage() {
  return (
    <RequireAccess permission={null}>
      <AnnualByIdContent />
    </RequireAccess>
  );
}

/** The employee's own actions on a confirmed result: acknowledge, or object with reasons. */
export function AcknowledgeOrObject({ slug, annual }: { slug: string; annual: Annual }) {
  const { t } = useTranslation();
  const action = useAnnualAction(slug);
  const [reason, setReason] = useState('');
  if (annual.status !== 'confirmed') return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="ack-heading">
      <Stack>
        <Title order={2} fz="h4" id="ack-heading">
          {t('performance.annual.ackTitle')}
        </Title>
        <Group>
          <Button
            loading={action.isPending}
            onClick={() =>
              action.mutate(
                { id: annual.id, action: 'acknowledge' },
                { onSuccess: () => notify(t('performance.annual.acknowledged'), 'success') },
              )
            }
          >
            {t('performance.annual.acknowledge')}
          </Button>
        </Group>
        <Textarea
          label={t('performance.annual.objectionReason')}
          description={t('performance.annual.objectionHint')}
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <ErrorAlert error={action.error} />
        <Group>
          <Button
            variant="light"
            color="orange"
            disabled={!reason.trim()}
            loading={action.isPending}
            onClick={() => action.mutate({ id: annual.id, action: 'objection', reason: reason.trim() })}
          >
            {t('performance.annual.object')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
