import { TRAINING_PERMISSIONS } from '@lentera/common';
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert, Page, PageLoader, StatusPage } from '../../ui/components';
import { formatCalendarDate, formatNumber, todayIn } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { notify } from '../../ui/notify';
import { StatusBadge } from '../../ui/StatusBadge';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { type EventDetail, useCompleteEvent, useEventDetail } from '../api';
import { dateRange, EVENT_COLOR } from '../labels';
import { AttendeeList } from './AttendeeList';
import { CheckInDesk } from './CheckInDesk';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700}>{value}</Text>
    </Card>
  );
}

function Summary({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const n = (v: number) => formatNumber(v, lang, 1);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      <Figure label={t('training.event.attended')} value={`${n(event.attendance.attended)} / ${n(event.seated)}`} />
      <Figure label={t('training.event.completed')} value={n(event.attendance.completed)} />
      <Figure
        label={t('training.event.feedback')}
        value={
          event.feedback.responses > 0 && event.feedback.eventRating !== null && event.feedback.trainerRating !== null
            ? t('training.event.feedbackValue', {
                event: n(event.feedback.eventRating),
                trainer: n(event.feedback.trainerRating),
                count: event.feedback.responses,
              })
            : t('training.event.noFeedback')
        }
      />
      {event.gain ? (
        <Figure
          label={t('training.event.gain')}
          value={t('training.event.gainValue', {
            pre: n(event.gain.preAverage),
            post: n(event.gain.postAverage),
            gain: n(event.gain.gain),
            count: event.gain.participants,
          })}
        />
      ) : null}
    </SimpleGrid>
  );
}

function Event({ slug, eventId }: { slug: string; eventId: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const today = todayIn(useTenantTimeZone());
  const detail = useEventDetail(slug, eventId);
  const complete = useCompleteEvent(slug, eventId);
  const [confirming, setConfirming] = useState(false);
  const back = (
    <AnchorLink to="/t/$slug/pelatihan-kegiatan" params={{ slug }}>
      {t('training.event.back')}
    </AnchorLink>
  );
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) {
    if (isApiError(detail.error) && (detail.error.status === 404 || detail.error.status === 403))
      return (
        <StatusPage title={t('training.events.title')} message={t('training.event.notFound')}>
          {back}
        </StatusPage>
      );
    return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const event = detail.data;
  const day = (iso: string) => formatCalendarDate(iso, lang, false);
  const scheduled = event.status === 'scheduled';
  const started = event.startsOn <= today;
  return (
    <Page
      title={event.programmeTitle}
      description={t('training.event.facts', {
        dates: dateRange(event.startsOn, event.endsOn, day),
        place: event.place || (event.link ? t('training.events.online') : '–'),
        jp: formatNumber(event.jp, lang),
      })}
      actions={
        <StatusBadge label={t(`training.words.eventStatus.${event.status}`)} color={EVENT_COLOR[event.status]} />
      }
    >
      {back}
      <Summary event={event} />
      {!scheduled ? (
        <Alert color="gray" variant="light" role="status">
          {t('training.event.closed')}
        </Alert>
      ) : started ? (
        <CheckInDesk slug={slug} eventId={event.id} registrations={event.registrations} />
      ) : (
        <Alert color="blue" variant="light" role="status">
          {t('training.event.notStarted', { date: day(event.startsOn) })}
        </Alert>
      )}
      <AttendeeList slug={slug} event={event} editable={scheduled && started} />
      {scheduled ? (
        <Stack gap="xs">
          <Group>
            <Button disabled={event.endsOn > today} onClick={() => setConfirming(true)}>
              {t('training.event.complete')}
            </Button>
          </Group>
          {event.endsOn > today ? (
            <Text size="sm" c="dimmed">
              {t('training.event.completeNotYet', { date: day(event.endsOn) })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      <ConfirmDialog
        opened={confirming}
        title={t('training.event.completeTitle')}
        message={t('training.event.completeText')}
        confirmLabel={t('training.event.completeConfirm')}
        loading={complete.isPending}
        error={complete.error}
        onClose={() => {
          complete.reset();
          setConfirming(false);
        }}
        onConfirm={() =>
          complete.mutate(undefined, {
            onSuccess: (result) => {
              setConfirming(false);
              notify(
                t('training.event.completed_done', {
                  completed: formatNumber(result.completed, lang),
                  notCompleted: formatNumber(result.notCompleted, lang),
                }),
                'success',
              );
            },
          })
        }
      />
    </Page>
  );
}

/** `/t/:slug/pelatihan-kegiatan/:eventId`: the trainer's event: attendance by QR code or list, scores, closing. */
export function EventPage() {
  const slug = useTenantSlug() ?? '';
  const { eventId } = useParams({ strict: false }) as { eventId: string };
  return (
    <RequireAccess permission={TRAINING_PERMISSIONS.teach}>
      <Event slug={slug} eventId={eventId} />
    </RequireAccess>
  );
}
