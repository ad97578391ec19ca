import './queue.css';
import type { PublicTicket } from '@lentera/common';
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../ui/api';
import { ErrorAlert, Page, PageLoader, StatusPage } from '../ui/components';
import { formatCalendarDate, formatDateTime } from '../ui/format';
import { AnchorLink } from '../ui/links';
import { StatusBadge } from '../ui/StatusBadge';
import { useTenantTimeZone } from '../ui/tenant';
import { ticketQuery } from './api';
import { formatClock, STATUS_COLORS, useQueueLabels } from './labels';
import { useLocationStream } from './live';
import { type TurnAlert, turnAlert } from './shape';
import { alertTurn, unlockSound } from './sound';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Stack>
  );
}

function TurnNotice({ ticket }: { ticket: PublicTicket }) {
  const { t } = useTranslation();
  if (ticket.status === 'called' && ticket.counter)
    return (
      <Alert color="blue" variant="filled" role="alert" title={t('queue.ticket.yourTurn')}>
        <Text fz="xl" fw={700} c="white">
          {t('queue.ticket.goTo', { number: ticket.counter.number })}
        </Text>
      </Alert>
    );
  if (ticket.status === 'serving' && ticket.counter)
    return (
      <Alert color="teal" variant="light" role="status">
        {t('queue.ticket.serving', { number: ticket.counter.number })}
      </Alert>
    );
  if (ticket.status === 'waiting' && ticket.ahead === 0)
    return (
      <Alert color="orange" variant="light" role="alert" title={t('queue.ticket.nextTitle')}>
        {t('queue.ticket.next')}
      </Alert>
    );
  return null;
}

function TicketView({ ticket, live }: { ticket: PublicTicket; live: boolean }) {
  const { t } = useTranslation();
  const { slug } = useParams({ strict: false }) as { slug: string };
  const labels = useQueueLabels();
  const timeZone = useTenantTimeZone();
  const [soundAllowed, setSoundAllowed] = useState(false);
  const finished = ticket.status === 'done' || ticket.status === 'no_show' || ticket.status === 'cancelled';
  return (
    <Page title={t('queue.ticket.title', { code: ticket.code })} description={ticket.location.name}>
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
            <Stack gap={0}>
              <Text size="sm" c="dimmed">
                {t('queue.ticket.number')}
              </Text>
              <Text className="queue-board-code" fz="3.5rem" fw={800} lh={1}>
                {ticket.code}
              </Text>
              <Text fw={600}>{ticket.service.name}</Text>
            </Stack>
            <div data-testid="ticket-status">
              <StatusBadge label={labels.status(ticket.status)} color={STATUS_COLORS[ticket.status]} size="lg" />
            </div>
          </Group>
          <TurnNotice ticket={ticket} />
          {ticket.status === 'waiting' ? (
            <Group gap="xl" wrap="wrap">
              <Figure
                label={t('queue.ticket.aheadLabel')}
                value={ticket.ahead === null ? '—' : t('queue.ticket.people', { count: ticket.ahead })}
              />
              <Figure label={t('queue.common.estimate')} value={labels.wait(ticket.estimatedMinutes)} />
            </Group>
          ) : null}
          {ticket.booking ? (
            <Text>
              {t('queue.ticket.booking', {
                code: ticket.booking.code,
                date: formatCalendarDate(ticket.day, labels.lang),
                window: formatClock(ticket.booking.window, labels.lang),
              })}
            </Text>
          ) : null}
          {ticket.status === 'booked' ? <Text c="dimmed">{t('queue.ticket.bookedHelp')}</Text> : null}
          {!finished && (ticket.channel === 'online' || ticket.channel === 'booking') ? (
            <Text size="sm">
              {t('queue.ticket.noticesText')}{' '}
              <AnchorLink to="/t/$slug/account" params={{ slug }}>
                {t('queue.ticket.noticesLink')}
              </AnchorLink>
            </Text>
          ) : null}
          {ticket.outcome ? (
            <Text>
              {t('queue.ticket.outcome')}: <strong>{labels.outcome(ticket.outcome)}</strong>
            </Text>
          ) : null}
          {finished && ticket.surveyUrl ? (
            <Alert color="blue" variant="light" title={t('queue.ticket.surveyTitle')}>
              <Stack gap="xs">
                <Text size="sm">{t('queue.ticket.surveyText')}</Text>
                <Anchor href={ticket.surveyUrl}>{t('queue.ticket.surveyLink')}</Anchor>
              </Stack>
            </Alert>
          ) : null}
          <Text size="sm" c="dimmed">
            {ticket.priority ? `${t('queue.ticket.priority')}: ${labels.priority(ticket.priority)} · ` : ''}
            {labels.channel(ticket.channel)} · {t('queue.ticket.issued')}{' '}
            {formatDateTime(ticket.issuedAt, timeZone, labels.lang)}
          </Text>
          {!finished ? (
            <Group gap="sm">
              {!soundAllowed ? (
                <Button
                  variant="light"
                  h="auto"
                  py={8}
                  styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3, overflow: 'visible' } }}
                  onClick={() => {
                    unlockSound();
                    setSoundAllowed(true);
                  }}
                >
                  {t('queue.ticket.allowSound')}
                </Button>
              ) : (
                <Text size="sm">{t('queue.ticket.soundAllowed')}</Text>
              )}
              <Text size="sm" c="dimmed" role="status">
                {live ? t('queue.ticket.live') : t('queue.ticket.polling')}
              </Text>
            </Group>
          ) : null}
        </Stack>
      </Card>
      {ticket.service.documents.trim() ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="ticket-documents">
          <Title order={2} fz="h4" id="ticket-documents" mb="xs">
            {t('queue.ticket.documents')}
          </Title>
          <Text className="queue-pre-line">{ticket.service.documents}</Text>
        </Card>
      ) : null}
      <Card withBorder padding="lg" component="section" aria-labelledby="ticket-place">
        <Title order={2} fz="h4" id="ticket-place" mb="xs">
          {t('queue.ticket.place')}
        </Title>
        <Text fw={600}>{ticket.location.name}</Text>
        {ticket.location.address ? <Text size="sm">{ticket.location.address}</Text> : null}
      </Card>
    </Page>
  );
}

const SPREAD_MS = 1500;

/** The citizen's phone page behind the ticket's QR code: live position, wait, and the call to the counter. */
export function TicketPage() {
  const { t } = useTranslation();
  const { slug, token } = useParams({ strict: false }) as { slug: string; token: string };
  const [liveOk, setLiveOk] = useState(false);
  const ticket = useQuery({ ...ticketQuery(slug, token), refetchInterval: liveOk ? 120_000 : 20_000 });
  const finished = ticket.data && ['done', 'no_show', 'cancelled'].includes(ticket.data.status);
  // Every phone at the location hears each change at the same moment: each asks for its ticket within a second and
  // a half, not all in the same instant; its own call is asked for at once.
  const spread = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refetchSoon = () => {
    if (spread.current) return;
    spread.current = setTimeout(() => {
      spread.current = null;
      void ticket.refetch();
    }, Math.random() * SPREAD_MS);
  };
  useEffect(() => () => clearTimeout(spread.current ?? undefined), []);
  const stream = useLocationStream(slug, finished ? null : ticket.data?.location.id, {
    onSnapshot: refetchSoon,
    onCall: (call) => (call.code === ticket.data?.code ? void ticket.refetch() : refetchSoon()),
  });
  useEffect(() => setLiveOk(stream === 'open'), [stream]);

  const before = useRef<PublicTicket | null>(null);
  const [alerted, setAlerted] = useState<TurnAlert | null>(null);
  useEffect(() => {
    if (!ticket.data) return;
    const alert = turnAlert(before.current, ticket.data);
    before.current = ticket.data;
    if (alert) {
      setAlerted(alert);
      alertTurn();
    }
  }, [ticket.data]);

  if (ticket.isPending) return <PageLoader />;
  if (ticket.isError) {
    if (isApiError(ticket.error) && ticket.error.status === 404)
      return <StatusPage title={t('queue.ticket.notFoundTitle')} message={t('queue.ticket.notFound')} />;
    return <ErrorAlert error={ticket.error} onRetry={() => void ticket.refetch()} />;
  }
  return (
    <>
      {alerted ? <span className="visually-hidden">{t(`queue.ticket.alert.${alerted}`)}</span> : null}
      <TicketView ticket={ticket.data} live={stream === 'open'} />
    </>
  );
}
