import { formatNip } from '@lentera/common';
import { Button, Card, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatCalendarDate } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { currentLang } from '../ui/i18n';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug } from '../ui/tenant';
import { type Coaching, useAwards, useCoaching, useReferCoaching, useUpdateCoaching, useYears } from './api';
import { defaultYear, P, PredikatBadge, StatusBadge, useCan, YearSelect } from './shared';

const followUpRoute = getRouteApi('/t/$slug/staff/performance/follow-up');

function CoachingRow({ slug, coaching }: { slug: string; coaching: Coaching }) {
  const { t } = useTranslation();
  const update = useUpdateCoaching(slug);
  const refer = useReferCoaching(slug);
  const [outcome, setOutcome] = useState(coaching.outcome ?? '');
  const [action, setAction] = useState('');
  const [reason, setReason] = useState('');
  const open = coaching.status === 'open';
  const save = (close: boolean, actions = coaching.actions) =>
    update.mutate({ id: coaching.id, body: { actions, outcome: outcome.trim() || null, close } });
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>
            {coaching.employeeName} · {coaching.year}
          </Text>
          <Group gap="xs">
            <PredikatBadge predikat={coaching.predikat} />
            <StatusBadge status={coaching.status === 'open' ? 'coaching_open' : 'coaching_closed'} />
            {coaching.referredAt ? <StatusBadge status="referred" /> : null}
          </Group>
        </Group>
        {coaching.actions.length ? (
          <ul>
            {coaching.actions.map((a) => (
              <li key={`${a.text}-${a.due ?? ''}`}>
                <Text size="sm">
                  {a.done ? '✓ ' : ''}
                  {a.text}
                  {a.due ? ` (${formatCalendarDate(a.due, currentLang(), false)})` : ''}
                </Text>
              </li>
            ))}
          </ul>
        ) : (
          <Text size="sm" c="dimmed">
            {t('performance.followUp.noActions')}
          </Text>
        )}
        {open ? (
          <>
            <Group align="flex-end" wrap="wrap">
              <TextInput
                style={{ flex: 1, minWidth: 200 }}
                label={t('performance.followUp.newAction', { name: coaching.employeeName })}
                value={action}
                onChange={(e) => setAction(e.currentTarget.value)}
              />
              <Button
                variant="light"
                disabled={!action.trim()}
                onClick={() => {
                  save(false, [...coaching.actions, { text: action.trim(), done: false }]);
                  setAction('');
                }}
              >
                {t('performance.followUp.addAction')}
              </Button>
            </Group>
            <Textarea
              label={t('performance.followUp.outcome', { name: coaching.employeeName })}
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
            />
            <Group>
              <Button variant="default" size="xs" onClick={() => save(false)} loading={update.isPending}>
                {t('common.save')}
              </Button>
              <Button size="xs" onClick={() => save(true)} loading={update.isPending} disabled={!outcome.trim()}>
                {t('performance.followUp.close')}
              </Button>
            </Group>
          </>
        ) : coaching.outcome ? (
          <Text size="sm">
            <b>{t('performance.followUp.outcomeLabel')}:</b> {coaching.outcome}
          </Text>
        ) : null}
        {coaching.referredAt ? (
          <Text size="sm">
            <b>{t('performance.followUp.referredLabel')}:</b> {coaching.referralReason}
          </Text>
        ) : open ? (
          <Group align="flex-end" wrap="wrap">
            <TextInput
              style={{ flex: 1, minWidth: 200 }}
              label={t('performance.followUp.referReason', { name: coaching.employeeName })}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Button
              color="red"
              variant="light"
              disabled={!reason.trim()}
              loading={refer.isPending}
              onClick={() => refer.mutate({ id: coaching.id, reason: reason.trim() })}
            >
              {t('performance.followUp.refer')}
            </Button>
          </Group>
        ) : null}
        <ErrorAlert error={update.error ?? refer.error} />
      </Stack>
    </Card>
  );
}

function FollowUpContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const search = followUpRoute.useSearch();
  const navigate = useNavigate();
  const years = useYears(slug);
  const year = search.year ?? defaultYear(years.data?.items);
  const coaching = useCoaching(slug, year);
  // Supervisors follow their people's coaching plans here; the award candidates are hr_admin's.
  const canManage = useCan(P.manage);
  const awards = useAwards(slug, year, canManage);
  return (
    <Page
      title={t('performance.followUp.title', { year })}
      description={t('performance.followUp.description')}
      actions={
        <YearSelect
          years={years.data?.items.map((y) => y.year) ?? []}
          value={year}
          onChange={(y) => void navigate({ to: '.', search: { year: y } })}
        />
      }
    >
      <Card withBorder padding="lg" component="section" aria-labelledby="coaching-heading">
        <Stack>
          <Title order={2} fz="h4" id="coaching-heading">
            {t('performance.followUp.coaching')}
          </Title>
          <ErrorAlert error={coaching.error} />
          {coaching.isPending ? <PageLoader /> : null}
          {coaching.data?.items.length === 0 ? <Text c="dimmed">{t('performance.followUp.noCoaching')}</Text> : null}
          {coaching.data?.items.map((c) => (
            <CoachingRow key={c.id} slug={slug} coaching={c} />
          ))}
        </Stack>
      </Card>
      {canManage && !awards.isError ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="awards-heading">
          <Title order={2} fz="h4" id="awards-heading" mb="xs">
            {t('performance.followUp.awards')}
          </Title>
          {awards.data?.items.length === 0 ? <Text c="dimmed">{t('performance.followUp.noAwards')}</Text> : null}
          {awards.data?.items.length ? (
            <TableScroll minWidth={360} label={t('performance.followUp.awards')}>
              <Table withTableBorder striped fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('performance.inbox.employee')}</Table.Th>
                    <Table.Th scope="col">NIP</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {awards.data.items.map((a) => (
                    <Table.Tr key={a.employeeId}>
                      <Table.Th scope="row" fw={500}>
                        {a.name}
                      </Table.Th>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatNip(a.nip)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          ) : null}
        </Card>
      ) : null}
    </Page>
  );
}

export function FollowUpPage() {
  return (
    <RequireAccess permission={P.followUp}>
      <FollowUpContent />
    </RequireAccess>
  );
}
