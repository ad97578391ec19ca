import {
  COMPLAINTS_PERMISSIONS,
  type ComplaintDetail,
  FOLLOW_UP_STATUSES,
  VERIFICATION_STATUSES,
} from '@lentera/common';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../../people/employees/api';
import { UnitSelect } from '../../people/shared/UnitSelect';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatDateTime } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { notify } from '../../ui/notify';
import { useAccount } from '../../ui/session';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import {
  attachmentUrl,
  type OfficerAction,
  type SimilarComplaint,
  useComplaint,
  useOfficerAction,
  useSimilar,
} from '../api';
import { ComplaintTimeline, StatusBadge } from '../shared';

/** A step that needs one text (question, referral, reason, note, answer): a textarea and a button. */
function TextStep({
  slug,
  id,
  action,
  field,
  label,
  hint,
  submit,
  min,
  color,
  testId,
}: {
  slug: string;
  id: string;
  action: OfficerAction;
  field: string;
  label: string;
  hint?: string;
  submit: string;
  min: number;
  color?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const mutation = useOfficerAction(slug, id, action);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim().length < min) {
          setError(t('validation.minLength', { min }));
          return;
        }
        setError(null);
        mutation.mutate(
          { [field]: value.trim() },
          {
            onSuccess: () => {
              setValue('');
              notify(t('complaints.officer.done'), 'success');
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <Textarea
          label={label}
          description={hint}
          autosize
          minRows={3}
          required
          value={value}
          error={error}
          onChange={(e) => setValue(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} color={color}>
            {submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function VerifyStep({ slug, complaint }: { slug: string; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const verify = useOfficerAction(slug, complaint.id, 'verify');
  const [unitId, setUnitId] = useState<string | null>(complaint.unit?.id ?? null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      data-testid="verify-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!unitId) {
          setError(t('validation.choose'));
          return;
        }
        setError(null);
        verify.mutate(
          { unitId, note: note.trim() || null },
          { onSuccess: () => notify(t('complaints.officer.done'), 'success') },
        );
      }}
    >
      <Stack gap="xs">
        <ErrorAlert error={verify.error} />
        <UnitSelect
          slug={slug}
          label={t('complaints.officer.verifyUnit')}
          value={unitId}
          onChange={setUnitId}
          required
          error={error}
        />
        <Textarea
          label={t('complaints.officer.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={verify.isPending}>
            {t('complaints.officer.verify')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SimilarList({ slug, complaint }: { slug: string; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const similar = useSimilar(slug, complaint.id, true);
  const merge = useOfficerAction(slug, complaint.id, 'merge');
  const [target, setTarget] = useState<SimilarComplaint | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="similar-heading">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="similar-heading">
          {t('complaints.officer.similar')}
        </Title>
        <ErrorAlert error={similar.error ?? merge.error} />
        {similar.data && similar.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('complaints.officer.noSimilar')}
          </Text>
        ) : null}
        <List spacing="xs" listStyleType="none" p={0}>
          {similar.data?.map((item) => (
            <List.Item key={item.id}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Stack gap={0}>
                  <AnchorLink to="/t/$slug/complaints/$complaintId" params={{ slug, complaintId: item.id }} size="sm">
                    {item.code} — {item.title}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(item.receivedAt, timeZone, lang)} · {Math.round(item.score * 100)}%
                    {item.sameCategory ? ` · ${t('complaints.officer.sameCategory')}` : ''}
                    {item.sameUnit ? ` · ${t('complaints.officer.sameUnit')}` : ''}
                  </Text>
                </Stack>
                <Button size="xs" variant="default" onClick={() => setTarget(item)}>
                  {t('complaints.officer.merge')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
      <ConfirmDialog
        opened={target !== null}
        title={t('complaints.officer.merge')}
        message={target ? t('complaints.officer.mergeConfirm', { code: complaint.code, original: target.code }) : ''}
        confirmLabel={t('complaints.officer.merge')}
        loading={merge.isPending}
        onClose={() => setTarget(null)}
        error={merge.error}
        onConfirm={() => target && merge.mutate({ originalId: target.id }, { onSuccess: () => setTarget(null) })}
      />
    </Card>
  );
}

function AssignStep({ slug, complaint }: { slug: string; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const account = useAccount();
  const assign = useOfficerAction(slug, complaint.id, 'assign');
  const mine = account && complaint.assignedTo?.id === account.id;
  return (
    <Stack gap="xs">
      <ErrorAlert error={assign.error} />
      <Group gap="sm">
        <Text size="sm">
          {t('complaints.officer.assignee')}: {complaint.assignedTo?.name ?? '—'}
        </Text>
        {account && !mine ? (
          <Button
            size="xs"
            variant="default"
            loading={assign.isPending}
            onClick={() =>
              assign.mutate(
                { accountId: account.id },
                { onSuccess: () => notify(t('complaints.officer.done'), 'success') },
              )
            }
          >
            {t('complaints.officer.assignMe')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

function LinkEmployeeStep({ slug, complaint }: { slug: string; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const directory = useDirectory(slug, { q: debounced || undefined });
  const link = useOfficerAction(slug, complaint.id, 'employees');
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      {complaint.employees.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>
            {t('complaints.officer.linkedEmployees')}
          </Text>
          <List size="sm">
            {complaint.employees.map((e) => (
              <List.Item key={e.id}>{e.name}</List.Item>
            ))}
          </List>
        </div>
      ) : null}
      <ErrorAlert error={link.error} />
      <Group align="flex-end" gap="xs">
        <Select
          label={t('complaints.officer.employeeSearch')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          data={(directory.data?.items ?? []).map((e) => ({
            value: e.id,
            label: [e.displayName, e.positionName, e.unitName].filter(Boolean).join(' · '),
          }))}
          value={employeeId}
          onChange={setEmployeeId}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Button
          variant="default"
          disabled={!employeeId}
          loading={link.isPending}
          onClick={() =>
            employeeId &&
            link.mutate(
              { employeeId },
              {
                onSuccess: () => {
                  setEmployeeId(null);
                  setSearch('');
                },
              },
            )
          }
        >
          {t('complaints.officer.linkEmployee')}
        </Button>
      </Group>
    </Stack>
  );
}

function Facts({ slug, complaint }: { slug: string; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const when = (value: string | null) => (value ? formatDateTime(value, timeZone, lang) : '—');
  const rows: [string, React.ReactNode][] = [
    [t('complaints.officer.status'), <StatusBadge key="s" status={complaint.status} />],
    [t('complaints.form.class'), t(`complaints.class.${complaint.class}`)],
    [t('complaints.officer.category'), complaint.category?.name ?? '—'],
    [t('complaints.officer.unit'), complaint.unit?.name ?? '—'],
    [t('complaints.officer.privacy'), t(`complaints.privacy.${complaint.privacy}`)],
    [
      t('complaints.officer.channel'),
      `${t(`complaints.channel.${complaint.channel}`)}${complaint.externalRef ? ` (${complaint.externalRef})` : ''}`,
    ],
    [t('complaints.officer.received'), when(complaint.receivedAt)],
    [t('complaints.officer.verificationDue'), when(complaint.verificationDueAt)],
    [t('complaints.officer.answerDue'), when(complaint.answerDueAt)],
    [t('complaints.officer.assigned'), complaint.assignedTo?.name ?? '—'],
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="facts-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4" id="facts-heading">
            {complaint.title}
          </Title>
          {complaint.overdue ? (
            <Badge color="red" variant="filled">
              {t('complaints.officer.overdue')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {complaint.description}
        </Text>
        <Table variant="vertical" withRowBorders={false} verticalSpacing={2} fz="sm" layout="fixed">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w="40%">{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
            {complaint.employeeText ? (
              <Table.Tr>
                <Table.Th>{t('complaints.officer.employeeText')}</Table.Th>
                <Table.Td>{complaint.employeeText}</Table.Td>
              </Table.Tr>
            ) : null}
            {complaint.address || complaint.lat !== null ? (
              <Table.Tr>
                <Table.Th>{t('complaints.officer.location')}</Table.Th>
                <Table.Td>
                  {complaint.address}
                  {complaint.lat !== null && complaint.lng !== null ? (
                    <>
                      {complaint.address ? <br /> : null}
                      <Anchor
                        href={`https://www.openstreetmap.org/?mlat=${complaint.lat}&mlon=${complaint.lng}#map=17/${complaint.lat}/${complaint.lng}`}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        {complaint.lat}, {complaint.lng}
                        <span className="visually-hidden">{` (${t('common.opensNewTab')})`}</span>
                      </Anchor>
                    </>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ) : null}
            {complaint.referral ? (
              <Table.Tr>
                <Table.Th>{t('complaints.officer.referralText')}</Table.Th>
                <Table.Td>{complaint.referral}</Table.Td>
              </Table.Tr>
            ) : null}
            {complaint.archiveReason ? (
              <Table.Tr>
                <Table.Th>{t('complaints.officer.archiveText')}</Table.Th>
                <Table.Td>{complaint.archiveReason}</Table.Td>
              </Table.Tr>
            ) : null}
            {complaint.rating ? (
              <Table.Tr>
                <Table.Th>{t('complaints.officer.rating')}</Table.Th>
                <Table.Td>
                  {complaint.rating}/5{complaint.ratingComment ? ` — ${complaint.ratingComment}` : ''}
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
        </Table>
        <div>
          <Text size="sm" fw={600}>
            {t('complaints.officer.attachments')}
          </Text>
          {complaint.attachments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('complaints.officer.noAttachments')}
            </Text>
          ) : (
            <List size="sm">
              {complaint.attachments.map((a) => (
                <List.Item key={a.id}>
                  <Anchor href={attachmentUrl(slug, a.id)} target="_blank" rel="noopener">
                    {a.fileName}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </Stack>
    </Card>
  );
}

function Reporter({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="reporter-heading">
      <Title order={2} fz="h4" id="reporter-heading" mb="xs">
        {t('complaints.officer.reporter')}
      </Title>
      {complaint.reporter ? (
        <Table variant="vertical" withRowBorders={false} verticalSpacing={2} fz="sm" layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w="40%">{t('complaints.officer.reporterName')}</Table.Th>
              <Table.Td>{complaint.reporter.name ?? '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('complaints.officer.reporterEmail')}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{complaint.reporter.email ?? '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('complaints.officer.reporterPhone')}</Table.Th>
              <Table.Td>{complaint.reporter.phone ?? '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('complaints.officer.reporterAccount')}</Table.Th>
              <Table.Td>{complaint.reporter.hasAccount ? '✓' : '—'}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" data-testid="reporter-hidden">
          {t('complaints.officer.reporterHidden')}
        </Text>
      )}
    </Card>
  );
}

function Detail() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { complaintId } = useParams({ strict: false }) as { complaintId: string };
  const complaint = useComplaint(slug, complaintId);
  if (complaint.isPending) return <PageLoader />;
  if (complaint.isError) return <ErrorAlert error={complaint.error} onRetry={() => void complaint.refetch()} />;
  const c = complaint.data;
  const atDesk = c.can.verify && VERIFICATION_STATUSES.includes(c.status);
  const followingUp = c.can.handle && FOLLOW_UP_STATUSES.includes(c.status);
  const id = c.id;
  return (
    <Page
      title={t('complaints.officer.detailTitle', { code: c.code })}
      actions={
        <AnchorLink
          to={atDesk ? '/t/$slug/complaints/verification' : '/t/$slug/complaints/follow-up'}
          params={{ slug }}
          size="sm"
        >
          {t('complaints.officer.back')}
        </AnchorLink>
      }
    >
      {c.mergedInto ? (
        <Alert color="blue" variant="light">
          {t('complaints.follow.mergedInto', { code: c.mergedInto })}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="lg">
          <Facts slug={slug} complaint={c} />
          <Reporter complaint={c} />
          {c.answer ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="answer-heading">
              <Title order={2} fz="h4" id="answer-heading" mb="xs">
                {t('complaints.officer.answered')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.answer}
              </Text>
            </Card>
          ) : null}
        </Stack>
        <Stack gap="lg">
          {atDesk ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="verify-heading">
              <Title order={2} fz="h4" id="verify-heading" mb="sm">
                {t('complaints.officer.verifyTitle')}
              </Title>
              <Tabs defaultValue="verify" keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="verify">{t('complaints.officer.verify')}</Tabs.Tab>
                  <Tabs.Tab value="postpone">{t('complaints.officer.postpone')}</Tabs.Tab>
                  <Tabs.Tab value="refer">{t('complaints.officer.refer')}</Tabs.Tab>
                  <Tabs.Tab value="archive">{t('complaints.officer.archive')}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="verify" pt="sm">
                  <VerifyStep slug={slug} complaint={c} />
                </Tabs.Panel>
                <Tabs.Panel value="postpone" pt="sm">
                  <TextStep
                    slug={slug}
                    id={id}
                    action="postpone"
                    field="question"
                    label={t('complaints.officer.question')}
                    submit={t('complaints.officer.postpone')}
                    min={5}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="refer" pt="sm">
                  <TextStep
                    slug={slug}
                    id={id}
                    action="refer"
                    field="referral"
                    label={t('complaints.officer.referral')}
                    submit={t('complaints.officer.refer')}
                    min={5}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="archive" pt="sm">
                  <TextStep
                    slug={slug}
                    id={id}
                    action="archive"
                    field="reason"
                    color="red"
                    label={t('complaints.officer.archiveReason')}
                    submit={t('complaints.officer.archive')}
                    min={5}
                  />
                </Tabs.Panel>
              </Tabs>
            </Card>
          ) : null}
          {atDesk ? <SimilarList slug={slug} complaint={c} /> : null}
          {followingUp ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="followup-heading">
              <Stack gap="md">
                <Title order={2} fz="h4" id="followup-heading">
                  {t('complaints.officer.followUpTitle')}
                </Title>
                <AssignStep slug={slug} complaint={c} />
                <LinkEmployeeStep slug={slug} complaint={c} />
                <TextStep
                  slug={slug}
                  id={id}
                  action="notes"
                  field="text"
                  label={t('complaints.officer.addNote')}
                  hint={t('complaints.officer.addNoteHint')}
                  submit={t('complaints.officer.saveNote')}
                  min={1}
                />
                <TextStep
                  slug={slug}
                  id={id}
                  action="answer"
                  field="text"
                  label={t('complaints.officer.answer')}
                  hint={t('complaints.officer.answerHint')}
                  submit={t('complaints.officer.sendAnswer')}
                  min={5}
                  testId="answer-form"
                />
              </Stack>
            </Card>
          ) : null}
          {c.can.referIntegrity && !c.integrityReferral ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="integrity-heading">
              <Title order={2} fz="h4" id="integrity-heading" mb="xs">
                {t('complaints.officer.integrity')}
              </Title>
              <TextStep
                slug={slug}
                id={id}
                action="integrity"
                field="note"
                label={t('complaints.officer.integrityNote')}
                submit={t('complaints.officer.integrity')}
                min={5}
              />
            </Card>
          ) : null}
          <Card withBorder padding="lg" component="section" aria-labelledby="timeline-heading">
            <Title order={2} fz="h4" id="timeline-heading" mb="sm">
              {t('complaints.officer.timeline')}
            </Title>
            <ComplaintTimeline items={c.timeline} />
          </Card>
        </Stack>
      </SimpleGrid>
    </Page>
  );
}

/** One complaint for officers: what is known, who reported it (coordinator only), and the next steps. */
export function ComplaintDetailPage() {
  return (
    <RequireAccess permission={COMPLAINTS_PERMISSIONS.work}>
      <Detail />
    </RequireAccess>
  );
}
