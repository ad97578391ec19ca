import { TRAINING_PERMISSIONS } from '@lentera/common';
import { Anchor, Button, Card, Group, List, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatCalendarDate, formatNumber, todayIn } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import {
  certificatePdfUrl,
  evidenceUrl,
  type MyRecord,
  type MyRegistration,
  useCancelRegistration,
  useMyRecord,
  useMyRegistrations,
} from '../api';
import { EXTERNAL_COLOR, REGISTRATION_COLOR } from '../labels';
import { ExternalDialog, FeedbackDialog, QrDialog } from './dialogs';

function JpCard({ record }: { record: MyRecord }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { jp, minimum, met, shortfall, mandatoryMissing } = record.compliance;
  const percent = minimum > 0 ? Math.min(100, Math.round((jp / minimum) * 100)) : 100;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="jp-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} fz="h3" id="jp-title">
            {t('training.mine.jpTitle', { year: record.year })}
          </Title>
          <StatusBadge
            label={
              met ? t('training.mine.met') : t('training.mine.below', { shortfall: formatNumber(shortfall, lang) })
            }
            color={met ? 'green' : 'orange'}
          />
        </Group>
        <Text fz="xl" fw={700}>
          {t('training.mine.jpOf', { jp: formatNumber(jp, lang), minimum: formatNumber(minimum, lang) })}
        </Text>
        <Progress
          value={percent}
          color={met ? 'green' : 'orange'}
          size="lg"
          aria-label={t('training.mine.progressLabel')}
        />
        {mandatoryMissing.length > 0 ? (
          <Stack gap={4}>
            <Text fw={600}>{t('training.mine.mandatoryMissing')}</Text>
            <List size="sm">
              {mandatoryMissing.map((m) => (
                <List.Item key={m.programmeId}>{m.title}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        <Stack gap={4}>
          <Text fw={600}>{t('training.mine.counted')}</Text>
          {record.completed.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('training.mine.countedEmpty')}
            </Text>
          ) : (
            <List size="sm">
              {record.completed.map((c) => (
                <List.Item key={`${c.kind}-${c.title}-${c.on}`}>
                  {c.title} · {t('training.catalog.jp', { jp: formatNumber(c.jp, lang) })} ·{' '}
                  {formatCalendarDate(c.on, lang, false)} ({t(`training.words.completedKind.${c.kind}`)})
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        {record.needs.length > 0 ? (
          <Stack gap={4}>
            <Text fw={600}>{t('training.mine.needs')}</Text>
            <List size="sm">
              {record.needs.map((n) => (
                <List.Item key={`${n.topic}-${n.reason}`}>
                  {t(`training.words.topic.${n.topic}`)}: {n.reason}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

const ACTIVE = new Set(['pending', 'confirmed', 'waitlisted']);

function score(value: number | null, fallback: string): string {
  return value === null ? fallback : String(value);
}

function Registrations({
  slug,
  items,
  onQr,
  onFeedback,
  onCancel,
}: {
  slug: string;
  items: MyRegistration[];
  onQr: (r: MyRegistration) => void;
  onFeedback: (r: MyRegistration) => void;
  onCancel: (r: MyRegistration) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const today = todayIn(useTenantTimeZone());
  if (items.length === 0) return <Text c="dimmed">{t('training.mine.registrationsEmpty')}</Text>;
  return (
    <TableScroll minWidth={760} label={t('training.mine.registrations')}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('training.mine.programme')}</Table.Th>
            <Table.Th scope="col">{t('training.mine.startsOn')}</Table.Th>
            <Table.Th scope="col">{t('training.mine.status')}</Table.Th>
            <Table.Th scope="col">{t('training.mine.scores')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" fw={500}>
                {r.programmeTitle}
              </Table.Th>
              <Table.Td>
                {r.startsOn ? formatCalendarDate(r.startsOn, lang, false) : '–'}
                {r.startsOn === today ? ` (${t('training.mine.today')})` : ''}
              </Table.Td>
              <Table.Td>
                <StatusBadge
                  label={t(`training.words.registrationStatus.${r.status}`)}
                  color={REGISTRATION_COLOR[r.status]}
                  size="sm"
                />
              </Table.Td>
              <Table.Td>
                {r.preScore === null && r.postScore === null
                  ? '–'
                  : `${score(r.preScore, t('training.mine.noScore'))} / ${score(r.postScore, t('training.mine.noScore'))}`}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="wrap">
                  {r.status === 'confirmed' ? (
                    <Button
                      size="xs"
                      variant={r.startsOn <= today ? 'filled' : 'default'}
                      onClick={() => onQr(r)}
                      aria-label={t('training.mine.showQrLabel', { title: r.programmeTitle })}
                    >
                      {t('training.mine.showQr')}
                    </Button>
                  ) : null}
                  {ACTIVE.has(r.status) && r.startsOn > today ? (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onCancel(r)}
                      aria-label={t('training.catalog.cancelLabel', { title: r.programmeTitle })}
                    >
                      {t('training.catalog.cancel')}
                    </Button>
                  ) : null}
                  {r.attended ? (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onFeedback(r)}
                      aria-label={t('training.mine.feedbackLabel', { title: r.programmeTitle })}
                    >
                      {t('training.mine.feedback')}
                    </Button>
                  ) : null}
                  {r.certificateId ? (
                    <Anchor
                      href={certificatePdfUrl(slug, r.certificateId)}
                      download
                      size="sm"
                      aria-label={t('training.mine.certificatePdfLabel', { title: r.programmeTitle })}
                    >
                      {t('training.mine.certificatePdf')}
                    </Anchor>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function External({ slug, record, onReport }: { slug: string; record: MyRecord; onReport: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="external-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} fz="h3" id="external-title">
            {t('training.mine.externalTitle')}
          </Title>
          <Button variant="default" onClick={onReport}>
            {t('training.mine.externalReport')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('training.mine.externalIntro')}
        </Text>
        {record.external.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('training.mine.externalEmpty')}
          </Text>
        ) : (
          <Stack gap="xs">
            {record.external.map((x) => (
              <Group key={x.id} justify="space-between" gap="xs" wrap="wrap">
                <Stack gap={0}>
                  <Text fw={500}>
                    {x.title} · {t('training.catalog.jp', { jp: formatNumber(x.jp, lang) })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {x.provider} · {formatCalendarDate(x.startedOn, lang, false)}
                  </Text>
                  {x.decisionNote ? (
                    <Text size="sm">{t('training.mine.externalNote', { note: x.decisionNote })}</Text>
                  ) : null}
                </Stack>
                <Group gap="xs">
                  <StatusBadge
                    label={t(`training.words.externalStatus.${x.status}`)}
                    color={EXTERNAL_COLOR[x.status]}
                    size="sm"
                  />
                  <Anchor
                    href={evidenceUrl(slug, x.id)}
                    size="sm"
                    aria-label={t('training.mine.evidenceLabel', { title: x.title })}
                  >
                    {t('training.mine.evidence')}
                  </Anchor>
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function Mine({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const thisYear = Number(todayIn(useTenantTimeZone()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const record = useMyRecord(slug, year);
  const registrations = useMyRegistrations(slug);
  const [qrFor, setQrFor] = useState<MyRegistration | null>(null);
  const [feedbackFor, setFeedbackFor] = useState<MyRegistration | null>(null);
  const [reporting, setReporting] = useState(false);
  const [cancelling, setCancelling] = useState<MyRegistration | null>(null);
  const cancel = useCancelRegistration(slug);
  const closeCancel = () => {
    cancel.reset();
    setCancelling(null);
  };
  return (
    <>
      <Select
        label={t('training.mine.year')}
        data={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(value) => value && setYear(Number(value))}
        allowDeselect={false}
        w={160}
      />
      {record.isPending ? <PageLoader /> : null}
      {record.isError ? <ErrorAlert error={record.error} onRetry={() => void record.refetch()} /> : null}
      {record.data ? <JpCard record={record.data} /> : null}
      <Stack gap="sm" component="section" aria-labelledby="registrations-title">
        <Title order={2} fz="h3" id="registrations-title">
          {t('training.mine.registrations')}
        </Title>
        {registrations.isPending ? <PageLoader /> : null}
        {registrations.isError ? (
          <ErrorAlert error={registrations.error} onRetry={() => void registrations.refetch()} />
        ) : null}
        {registrations.data ? (
          <Registrations
            slug={slug}
            items={registrations.data.items}
            onQr={setQrFor}
            onFeedback={setFeedbackFor}
            onCancel={setCancelling}
          />
        ) : null}
      </Stack>
      {record.data ? <External slug={slug} record={record.data} onReport={() => setReporting(true)} /> : null}
      <QrDialog slug={slug} registration={qrFor} onClose={() => setQrFor(null)} />
      {feedbackFor ? (
        <FeedbackDialog slug={slug} registration={feedbackFor} onClose={() => setFeedbackFor(null)} />
      ) : null}
      {reporting ? <ExternalDialog slug={slug} onClose={() => setReporting(false)} /> : null}
      <ConfirmDialog
        opened={cancelling !== null}
        title={t('training.catalog.cancelTitle')}
        message={t('training.catalog.cancelText', { title: cancelling?.programmeTitle ?? '' })}
        confirmLabel={t('training.catalog.cancelConfirm')}
        loading={cancel.isPending}
        error={cancel.error}
        onClose={closeCancel}
        onConfirm={() =>
          cancelling &&
          cancel.mutate(cancelling.id, {
            onSuccess: () => {
              notify(t('training.catalog.cancelled'), 'success');
              closeCancel();
            },
          })
        }
      />
    </>
  );
}

/** `/t/:slug/pelatihan-saya`: the employee's JP for the year, registrations, attendance QR, certificates, reports. */
export function MyTrainingPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={TRAINING_PERMISSIONS.learn}>
      <Page title={t('training.mine.title')} description={t('training.mine.intro')}>
        <Mine slug={slug} />
      </Page>
    </RequireAccess>
  );
}
