import { formatFee, type RequestDetail, type RequestStep } from '@lentera/common';
import { Alert, Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDateTime } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { StatusBadge } from '../ui/StatusBadge';
import { useTenantTimeZone } from '../ui/tenant';
import type { RequestRef } from './api';
import { askedFields, CompleteDocuments } from './CompleteDocuments';
import { STATUS_COLORS, sizeText } from './format';
import { fieldLabel } from './RequestFields';
import { useFeeWords } from './StandardElements';

export function RequestStatusBadge({ status }: { status: RequestDetail['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge color={STATUS_COLORS[status]} label={t(`services.words.status.${status}`)} />;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600} component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** A letter or PDF delivered finishes the request in one step: its title names both. */
function stepTitle(step: RequestStep, t: (key: string) => string): string {
  const title = t(`services.words.step.${step.kind}`);
  if (step.kind === 'done' && (step.data.output === 'letter' || step.data.output === 'file'))
    return `${t('services.words.step.output')} · ${title}`;
  return title;
}

function stepDetail(step: RequestStep, detail: RequestDetail, lang: 'id' | 'en', t: (key: string) => string): string[] {
  const lines: string[] = [];
  if (step.kind === 'paid' && typeof step.data.amount === 'number') {
    lines.push(
      `${formatFee(step.data.amount)}${step.data.receipt ? ` · ${t('services.request.receipt')} ${String(step.data.receipt)}` : ''}`,
    );
  }
  if (step.kind === 'incomplete' && Array.isArray(step.data.missing) && step.data.missing.length > 0) {
    const names = step.data.missing.map((key) => {
      const field = detail.form.find((f) => f.key === key);
      return field ? fieldLabel(field, lang) : String(key);
    });
    lines.push(names.join(', '));
  }
  if (step.note) lines.push(step.note);
  return lines;
}

function RequestTimeline({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  return (
    <Timeline active={detail.timeline.length - 1} bulletSize={14} lineWidth={2}>
      {detail.timeline.map((step, index) => (
        <Timeline.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; their order never changes
          key={`${step.at}-${index}`}
          title={
            <Text fw={600} size="sm" component="span">
              {stepTitle(step, t as (key: string) => string)}
            </Text>
          }
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(step.at, timeZone, lang)}
          </Text>
          {stepDetail(step, detail, lang, t as (key: string) => string).map((line) => (
            <Text key={line} size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {line}
            </Text>
          ))}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** The applicant's answers and documents, as the unit's officers read them. */
export function AnswersCard({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="answers-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="answers-heading">
          {t('services.request.answers')}
        </Title>
        <Fact label={t('services.request.applicant')}>
          {detail.applicant.name}
          {detail.applicant.email ? (
            <Text span size="sm" fw={400}>
              {' '}
              · {detail.applicant.email}
            </Text>
          ) : null}
        </Fact>
        {detail.form
          .filter((f) => f.type !== 'document')
          .map((field) => (
            <Fact key={field.key} label={fieldLabel(field, lang)}>
              {detail.answers[field.key] === undefined || detail.answers[field.key] === '' ? (
                <Text span c="dimmed" fw={400}>
                  {t('services.request.noAnswer')}
                </Text>
              ) : field.type === 'date' ? (
                formatCalendarDate(String(detail.answers[field.key]), lang)
              ) : (
                <span style={{ whiteSpace: 'pre-wrap' }}>{String(detail.answers[field.key])}</span>
              )}
            </Fact>
          ))}
        <Title order={3} fz="h5">
          {t('services.request.documents')}
        </Title>
        {detail.documents.length === 0 ? <Text c="dimmed">{t('services.request.noDocuments')}</Text> : null}
        <List spacing={4}>
          {detail.documents.map((doc) => {
            const field = detail.form.find((f) => f.key === doc.fieldKey);
            return (
              <List.Item key={doc.id}>
                <Text size="sm" span fw={600}>
                  {field ? fieldLabel(field, lang) : t('services.request.document')}:{' '}
                </Text>
                <Anchor href={doc.url} target="_blank" rel="noopener" size="sm">
                  {doc.name}
                </Anchor>
                <Text size="xs" c="dimmed" span>
                  {' '}
                  ({sizeText(doc.size, lang)}, {formatDateTime(doc.uploadedAt, timeZone, lang)})
                </Text>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Card>
  );
}

interface RequestViewProps {
  slug: string;
  detail: RequestDetail;
  /** Where the applicant completes documents (their own view); absent on the officer's page. */
  target?: RequestRef;
  /** The officer's buttons and the answers, on the officer's page. */
  staff?: ReactNode;
}

/** One request, as its applicant (signed in or by the secret link) and its officers see it. */
export function RequestView({ slug, detail, target, staff }: RequestViewProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const feeText = useFeeWords();
  const missingNames = askedFields(detail).map((f) => fieldLabel(f, lang));
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Fact label={t('services.request.status')}>
            <RequestStatusBadge status={detail.status} />
          </Fact>
          <Fact label={t('services.request.code')}>{detail.code ?? t('services.request.noCode')}</Fact>
          <Fact label={t('services.request.unit')}>{detail.service.unitName}</Fact>
          {detail.submittedAt ? (
            <Fact label={t('services.request.submittedAt')}>{formatDateTime(detail.submittedAt, timeZone, lang)}</Fact>
          ) : null}
          {detail.completedAt ? (
            <Fact label={t('services.request.completedAt')}>{formatDateTime(detail.completedAt, timeZone, lang)}</Fact>
          ) : (
            <Fact label={t('services.request.due')}>
              {detail.dueDate ? (
                <Text span c={detail.overdue ? 'red.9' : undefined} fw={600}>
                  {formatCalendarDate(detail.dueDate, lang)}
                  {detail.overdue ? ` (${t('services.request.overdue')})` : ''}
                </Text>
              ) : detail.status === 'incomplete' ? (
                t('services.request.clockStopped')
              ) : (
                '—'
              )}
            </Fact>
          )}
          {detail.workingDays !== null && detail.completedAt ? (
            <Fact label={t('services.request.tookDays')}>
              {detail.workingDays === 0
                ? t('services.request.sameDay')
                : t('services.words.days', { count: detail.workingDays })}
            </Fact>
          ) : null}
        </SimpleGrid>
      </Card>

      {staff}

      {detail.status === 'incomplete' ? (
        <Alert color="orange" variant="light" title={t('services.request.incompleteTitle')}>
          <Stack gap={4}>
            {missingNames.length > 0 ? (
              <Text size="sm">{t('services.request.missing', { names: missingNames.join(', ') })}</Text>
            ) : null}
            {detail.missingNote ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {detail.missingNote}
              </Text>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      {detail.status === 'incomplete' && target ? (
        <CompleteDocuments slug={slug} detail={detail} target={target} />
      ) : null}

      {detail.status === 'refused' && detail.refusalReason ? (
        <Alert color="red" variant="light" title={t('services.request.refusedTitle')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {detail.refusalReason}
          </Text>
        </Alert>
      ) : null}

      {detail.output ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="output-heading">
          <Stack gap="sm">
            <Title order={2} fz="h4" id="output-heading">
              {t('services.request.outputTitle')}
            </Title>
            {detail.output.kind === 'pickup' ? <Text>{t('services.request.pickup')}</Text> : null}
            {detail.pickup ? (
              <Alert color="blue" variant="light">
                <Stack gap="xs">
                  <Text size="sm">{t('services.request.pickupBooking', { location: detail.pickup.locationName })}</Text>
                  <Group>
                    <Button component="a" href={detail.pickup.bookingPath}>
                      {t('services.request.pickupBook')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : null}
            {detail.output.url ? (
              <Group gap="sm">
                <Button component="a" href={detail.output.url} download={detail.output.name ?? undefined}>
                  {t('services.request.download')}
                </Button>
                {detail.output.name ? (
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {detail.output.name}
                  </Text>
                ) : null}
              </Group>
            ) : null}
          </Stack>
        </Card>
      ) : null}

      {detail.surveyUrl ? (
        <Alert color="teal" variant="light" title={t('services.request.surveyTitle')}>
          <Stack gap={4}>
            <Text size="sm">{t('services.request.surveyText')}</Text>
            <Group>
              <Button component="a" href={detail.surveyUrl} color="teal.9">
                {t('services.request.surveyLink')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}

      <Card withBorder padding="lg" component="section" aria-labelledby="fee-heading">
        <Stack gap="sm">
          <Title order={2} fz="h4" id="fee-heading">
            {t('services.request.feeTitle')}
          </Title>
          <Text>{t('services.request.officialFee', { fee: feeText(detail.fee) })}</Text>
          {detail.payment ? (
            <Text>
              {t('services.request.paid', {
                amount: formatFee(detail.payment.amount),
                receipt: detail.payment.receipt,
                date: formatDateTime(detail.payment.paidAt, timeZone, lang),
              })}
            </Text>
          ) : detail.fee > 0 ? (
            <Text size="sm" c="dimmed">
              {t('services.request.notPaid')}
            </Text>
          ) : null}
          {staff ? null : (
            <Text size="sm">
              {t('services.levy.short')}{' '}
              <Anchor href={detail.levyComplaintUrl} fw={600}>
                {t('services.levy.link')}
              </Anchor>
            </Text>
          )}
        </Stack>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="timeline-heading">
        <Title order={2} fz="h4" id="timeline-heading" mb="sm">
          {t('services.request.timeline')}
        </Title>
        <RequestTimeline detail={detail} />
      </Card>
    </Stack>
  );
}
