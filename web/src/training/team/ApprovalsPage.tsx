import { TRAINING_PERMISSIONS } from '@lentera/common';
import { Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import { formatCalendarDate, formatDateTime, formatNumber, todayIn } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { type Approval, type ComplianceList, useApprovals, useDecide, useTeamCompliance } from '../api';
import { REGISTRATION_COLOR } from '../labels';

function DeclineDialog({ slug, approval, onClose }: { slug: string; approval: Approval; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecide(slug);
  const [note, setNote] = useState('');
  const words = { name: approval.employeeName, title: approval.programmeTitle };
  return (
    <Dialog opened onClose={onClose} title={t('training.approvals.declineTitle')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('training.approvals.declineText', words)}</Text>
        <Textarea
          label={t('training.approvals.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
        <ErrorAlert error={decide.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={decide.isPending}
            onClick={() =>
              decide.mutate(
                { registrationId: approval.registrationId, decision: 'decline', note: note.trim() },
                {
                  onSuccess: () => {
                    notify(t('training.approvals.declined', words), 'success');
                    onClose();
                  },
                },
              )
            }
          >
            {t('training.approvals.decline')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

function ApprovalRow({ slug, approval, onDecline }: { slug: string; approval: Approval; onDecline: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const decide = useDecide(slug);
  const words = { name: approval.employeeName, title: approval.programmeTitle };
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {approval.employeeName}
      </Table.Th>
      <Table.Td>
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              disabled={approval.overdue}
              loading={decide.isPending}
              aria-label={t('training.approvals.approveLabel', words)}
              onClick={() =>
                void decide
                  .mutateAsync({ registrationId: approval.registrationId, decision: 'approve', note: '' })
                  .then(
                    (result) =>
                      notify(
                        t(
                          result.status === 'waitlisted'
                            ? 'training.approvals.approvedWaiting'
                            : 'training.approvals.approved',
                          words,
                        ),
                        'success',
                      ),
                    () => undefined,
                  )
              }
            >
              {t('training.approvals.approve')}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={approval.overdue}
              aria-label={t('training.approvals.declineLabel', words)}
              onClick={onDecline}
            >
              {t('training.approvals.decline')}
            </Button>
          </Group>
          <ErrorAlert error={decide.error} />
        </Stack>
      </Table.Td>
      <Table.Td>{approval.programmeTitle}</Table.Td>
      <Table.Td>{approval.startsOn ? formatCalendarDate(approval.startsOn, lang, false) : '–'}</Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          {approval.approvalDueAt ? formatDateTime(approval.approvalDueAt, timeZone, lang) : '–'}
          {approval.overdue ? <StatusBadge label={t('training.approvals.overdue')} color="red" size="sm" /> : null}
        </Stack>
      </Table.Td>
      <Table.Td>
        <StatusBadge
          label={t(`training.words.registrationStatus.${approval.status}`)}
          color={REGISTRATION_COLOR[approval.status]}
          size="sm"
        />
      </Table.Td>
    </Table.Tr>
  );
}

function Approvals({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const approvals = useApprovals(slug);
  const [declining, setDeclining] = useState<Approval | null>(null);
  return (
    <Stack gap="sm" component="section" aria-labelledby="approvals-title">
      <Title order={2} fz="h3" id="approvals-title">
        {t('training.approvals.listTitle')}
      </Title>
      {approvals.isPending ? <PageLoader /> : null}
      {approvals.isError ? <ErrorAlert error={approvals.error} onRetry={() => void approvals.refetch()} /> : null}
      {approvals.data && approvals.data.items.length === 0 ? (
        <Text c="dimmed">{t('training.approvals.empty')}</Text>
      ) : null}
      {approvals.data && approvals.data.items.length > 0 ? (
        <TableScroll minWidth={860} label={t('training.approvals.listTitle')}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('training.approvals.employee')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
                <Table.Th scope="col">{t('training.approvals.programme')}</Table.Th>
                <Table.Th scope="col">{t('training.approvals.startsOn')}</Table.Th>
                <Table.Th scope="col">{t('training.approvals.due')}</Table.Th>
                <Table.Th scope="col">{t('training.mine.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {approvals.data.items.map((approval) => (
                <ApprovalRow
                  key={approval.registrationId}
                  slug={slug}
                  approval={approval}
                  onDecline={() => setDeclining(approval)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      {declining ? <DeclineDialog slug={slug} approval={declining} onClose={() => setDeclining(null)} /> : null}
    </Stack>
  );
}

/** Employees' JP against their minimum: the superior's team, or a unit on HR's board. */
export function ComplianceTable({ list, label }: { list: ComplianceList; label: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <TableScroll minWidth={720} label={label}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('training.approvals.name')}</Table.Th>
            <Table.Th scope="col">{t('training.approvals.status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('training.approvals.jp')}
            </Table.Th>
            <Table.Th scope="col">{t('training.approvals.compliance')}</Table.Th>
            <Table.Th scope="col">{t('training.approvals.mandatory')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((row) => (
            <Table.Tr key={row.employeeId}>
              <Table.Th scope="row" fw={500}>
                {row.name}
              </Table.Th>
              <Table.Td>{row.status}</Table.Td>
              <Table.Td ta="right">
                {t('training.approvals.jpOf', {
                  jp: formatNumber(row.jp, lang),
                  minimum: formatNumber(row.minimum, lang),
                })}
              </Table.Td>
              <Table.Td>
                <StatusBadge
                  label={
                    row.met
                      ? t('training.approvals.met')
                      : t('training.approvals.below', { shortfall: formatNumber(row.shortfall, lang) })
                  }
                  color={row.met ? 'green' : 'orange'}
                  size="sm"
                />
              </Table.Td>
              <Table.Td>{row.mandatoryMissing.map((m) => m.title).join(', ') || '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function Team({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const year = Number(todayIn(useTenantTimeZone()).slice(0, 4));
  const team = useTeamCompliance(slug, year);
  const title = t('training.approvals.teamTitle', { year });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="team-title">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="team-title">
          {title}
        </Title>
        {team.isPending ? <PageLoader /> : null}
        {team.isError ? <ErrorAlert error={team.error} onRetry={() => void team.refetch()} /> : null}
        {team.data && team.data.items.length === 0 ? <Text c="dimmed">{t('training.approvals.teamEmpty')}</Text> : null}
        {team.data && team.data.items.length > 0 ? (
          <>
            <Text size="sm">
              {t('training.approvals.summary', {
                met: formatNumber(team.data.summary.met, lang),
                employees: formatNumber(team.data.summary.employees, lang),
              })}
            </Text>
            <ComplianceTable list={team.data} label={title} />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

/** `/t/:slug/pelatihan-persetujuan`: the direct superior decides on registrations and sees the team's JP. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={TRAINING_PERMISSIONS.team}>
      <Page title={t('training.approvals.title')} description={t('training.approvals.intro')}>
        <Approvals slug={slug} />
        <Team slug={slug} />
      </Page>
    </RequireAccess>
  );
}
