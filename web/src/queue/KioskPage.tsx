import type { IssuedTicket, PriorityGroup } from '@lentera/common';
import { Alert, Box, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useParams, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../ui/api';
import { PageLoader } from '../ui/components';
import { Dialog } from '../ui/Dialog';
import { formatCalendarDate } from '../ui/format';
import { useTenantTimeZone } from '../ui/tenant';
import { useKiosk, useKioskCheckIn, useKioskTicket } from './api';
import { FullScreen } from './FullScreen';
import { formatTime, useQueueLabels } from './labels';
import { useNow } from './live';
import { Qr } from './Qr';
import { type PaperWidth, paperWidth, ticketPrintCss } from './shape';

/** The ticket's phone page, as the QR code opens it. */
function phoneLink(slug: string, token: string): string {
  return `${window.location.origin}/t/${encodeURIComponent(slug)}/antrian/tiket/${encodeURIComponent(token)}`;
}

/** The day in the tenant's zone as "YYYY-MM-DD". */
function dayIn(timeZone: string, value: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(value),
  );
}

/** What is printed on the roll: hidden on screen, the only thing on the paper. */
function PrintedTicket({
  slug,
  ticket,
  width,
  onReady,
}: {
  slug: string;
  ticket: IssuedTicket;
  width: PaperWidth;
  onReady: () => void;
}) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const labels = useQueueLabels();
  return createPortal(
    <div className="queue-print-area">
      <style>{`@media print { ${ticketPrintCss(width)} }`}</style>
      <div className="queue-print-ticket">
        <div>{ticket.locationName}</div>
        <hr />
        <div>{t('queue.kiosk.printNumber')}</div>
        <div className="queue-print-number">{ticket.code}</div>
        <div>
          <strong>{ticket.serviceName}</strong>
        </div>
        <div>
          {formatCalendarDate(dayIn(timeZone, ticket.issuedAt), labels.lang)}{' '}
          {formatTime(ticket.issuedAt, timeZone, labels.lang)}
        </div>
        <hr />
        <div>{t('queue.common.ahead', { count: ticket.ahead })}</div>
        <div>
          {t('queue.common.estimate')}: {labels.wait(ticket.estimatedMinutes)}
        </div>
        {ticket.bookingCode ? <div>{t('queue.common.bookingCode', { code: ticket.bookingCode })}</div> : null}
        <Qr text={phoneLink(slug, ticket.token)} label={t('queue.kiosk.qrLabel')} size={140} onReady={onReady} />
        <div>{t('queue.kiosk.printScan')}</div>
        <hr />
        <div>{t('queue.kiosk.printThanks')}</div>
      </div>
    </div>,
    document.body,
  );
}

/** The issued ticket on the kiosk's screen, printed at once; back to the services after a while. */
function IssuedScreen({
  slug,
  ticket,
  width,
  onDone,
}: {
  slug: string;
  ticket: IssuedTicket;
  width: PaperWidth;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labels = useQueueLabels();
  const printed = useRef(false);
  const print = useCallback(() => {
    if (printed.current) return;
    printed.current = true;
    window.print();
  }, []);
  useEffect(() => {
    const timer = setTimeout(onDone, 30_000);
    return () => clearTimeout(timer);
  }, [onDone]);
  return (
    <>
      <Stack align="center" gap="md" p="xl" ta="center" role="status" aria-live="polite">
        <Text fz={{ base: 'xl', sm: '1.75rem' }}>{t('queue.kiosk.yourNumber')}</Text>
        <Text className="queue-board-code" fz={{ base: '4.5rem', sm: '8rem' }} data-testid="issued-code">
          {ticket.code}
        </Text>
        <Text fz={{ base: 'lg', sm: '1.75rem' }} fw={600}>
          {ticket.serviceName}
        </Text>
        <Text fz={{ base: 'md', sm: 'xl' }}>
          {t('queue.common.ahead', { count: ticket.ahead })} · {t('queue.common.estimate')}:{' '}
          {labels.wait(ticket.estimatedMinutes)}
        </Text>
        {ticket.bookingCode ? (
          <Text fz={{ base: 'md', sm: 'xl' }}>{t('queue.common.bookingCode', { code: ticket.bookingCode })}</Text>
        ) : null}
        <Qr text={phoneLink(slug, ticket.token)} label={t('queue.kiosk.qrLabel')} size={150} />
        <Text fz={{ base: 'sm', sm: 'md' }}>{t('queue.kiosk.printScan')}</Text>
        <Text c="dimmed" fz={{ base: 'md', sm: 'lg' }}>
          {t('queue.kiosk.takePaper')}
        </Text>
        <Group gap="md" justify="center">
          <Button
            size="xl"
            variant="default"
            onClick={() => {
              printed.current = false;
              print();
            }}
          >
            {t('queue.kiosk.printAgain')}
          </Button>
          <Button size="xl" onClick={onDone}>
            {t('queue.kiosk.done')}
          </Button>
        </Group>
      </Stack>
      <PrintedTicket slug={slug} ticket={ticket} width={width} onReady={print} />
    </>
  );
}

function CheckInDialog({
  opened,
  onClose,
  onIssued,
  slug,
  kioskId,
  secret,
}: {
  opened: boolean;
  onClose: () => void;
  onIssued: (ticket: IssuedTicket) => void;
  slug: string;
  kioskId: string;
  secret: string;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const checkIn = useKioskCheckIn(slug, kioskId, secret);
  const submit = () => {
    const trimmed = code.trim().toUpperCase();
    if (trimmed.length < 4) return;
    checkIn.mutate(trimmed, {
      onSuccess: (ticket) => {
        setCode('');
        onIssued(ticket);
      },
    });
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('queue.kiosk.checkInTitle')} size="lg" centered zIndex={300}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Text>{t('queue.kiosk.checkInHelp')}</Text>
          <TextInput
            size="xl"
            label={t('queue.kiosk.bookingCode')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={20}
            data-autofocus
          />
          {checkIn.isError ? (
            <Alert color="red" role="alert">
              {checkIn.error.message}
            </Alert>
          ) : null}
          <Button type="submit" size="xl" loading={checkIn.isPending} disabled={code.trim().length < 4}>
            {t('queue.kiosk.checkIn')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}

/** The entrance's touch screen: one large button per open service; a ticket is printed on the kiosk's roll. */
export function KioskPage() {
  const { t } = useTranslation();
  const { slug, id } = useParams({ strict: false }) as { slug: string; id: string };
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const secret = search.k === undefined || search.k === null ? '' : String(search.k);
  const width = paperWidth(search.kertas);
  const kiosk = useKiosk(slug, id, secret);
  const issue = useKioskTicket(slug, id, secret);
  const labels = useQueueLabels();
  const timeZone = useTenantTimeZone();
  const now = useNow(15_000);
  const [priority, setPriority] = useState<PriorityGroup | null>(null);
  const [issued, setIssued] = useState<IssuedTicket | null>(null);
  const [checkInOpen, setCheckInOpen] = useState(false);
  const done = useCallback(() => {
    setIssued(null);
    setPriority(null);
    issue.reset();
    void kiosk.refetch();
  }, [issue, kiosk]);

  if (!secret || (kiosk.isError && isApiError(kiosk.error, 'queue_kiosk_secret'))) {
    return (
      <FullScreen title={t('queue.kiosk.notRegisteredTitle')}>
        <Stack p="xl" maw={720} mx="auto" mt="10vh" gap="lg">
          <Title order={1}>{t('queue.kiosk.notRegisteredTitle')}</Title>
          <Text fz="xl">{t('queue.kiosk.notRegistered')}</Text>
        </Stack>
      </FullScreen>
    );
  }
  if (kiosk.isPending)
    return (
      <FullScreen title={t('queue.kiosk.title')}>
        <PageLoader />
      </FullScreen>
    );
  if (kiosk.isError)
    return (
      <FullScreen title={t('queue.kiosk.title')}>
        <Stack p="xl" maw={720} mx="auto" mt="10vh" gap="lg">
          <Title order={1}>{t('queue.kiosk.title')}</Title>
          <Alert color="red" role="alert">
            {kiosk.error instanceof Error ? kiosk.error.message : t('errors.unexpected')}
          </Alert>
          <Button size="xl" onClick={() => void kiosk.refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </FullScreen>
    );

  const { location, priorityGroups } = kiosk.data;
  const services = location.services;
  return (
    <FullScreen title={`${t('queue.kiosk.title')} · ${location.name}`}>
      <Stack p={{ base: 'md', sm: 'xl' }} gap="lg" mih="100%">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={0}>
            <Title order={1} fz={{ base: 'h2', sm: '2.5rem' }}>
              {location.name}
            </Title>
            <Text fz={{ base: 'md', sm: 'xl' }} c="dimmed">
              {issued ? t('queue.kiosk.thanks') : t('queue.kiosk.choose')}
            </Text>
          </Stack>
          <Text fz={{ base: 'xl', sm: '2.5rem' }} fw={700} aria-hidden="true">
            {formatTime(now, timeZone, labels.lang)}
          </Text>
        </Group>

        {issued ? (
          <IssuedScreen slug={slug} ticket={issued} width={width} onDone={done} />
        ) : (
          <>
            {!location.open ? (
              <Alert color="orange" variant="light" role="status" fz="xl">
                <Text fz={{ base: 'lg', sm: 'xl' }}>
                  {t('queue.kiosk.closed', { reason: labels.closed(location.closedReason) })}
                </Text>
              </Alert>
            ) : null}
            {priorityGroups.length > 0 ? (
              <Box component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
                <Text
                  component="legend"
                  fz={{ base: 'lg', sm: 'xl' }}
                  fw={600}
                  mb="xs"
                  style={{ whiteSpace: 'normal' }}
                >
                  {t('queue.kiosk.priorityQuestion')}
                </Text>
                <Group gap="sm">
                  {priorityGroups.map((group) => (
                    <Button
                      key={group}
                      size="lg"
                      variant={priority === group ? 'filled' : 'default'}
                      color="grape"
                      h="auto"
                      py="sm"
                      maw="100%"
                      styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3, overflow: 'visible' } }}
                      aria-pressed={priority === group}
                      onClick={() => setPriority(priority === group ? null : group)}
                    >
                      {labels.priority(group)}
                    </Button>
                  ))}
                </Group>
              </Box>
            ) : null}
            {issue.isError ? (
              <Alert color="red" role="alert">
                <Text fz="lg">{issue.error.message}</Text>
              </Alert>
            ) : null}
            {services.length === 0 ? <Text fz="xl">{t('queue.kiosk.noServices')}</Text> : null}
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
              {services.map((service) => (
                <Button
                  key={service.serviceId}
                  className="queue-service-button"
                  size="xl"
                  p="lg"
                  disabled={!location.open || issue.isPending}
                  loading={issue.isPending && issue.variables?.serviceId === service.serviceId}
                  onClick={() =>
                    issue.mutate(
                      { serviceId: service.serviceId, priority },
                      { onSuccess: (ticket) => setIssued(ticket) },
                    )
                  }
                >
                  <Stack gap={4} align="flex-start">
                    <Text fz={{ base: '1.5rem', sm: '1.9rem' }} fw={700} lh={1.2} c="inherit">
                      {service.name}
                    </Text>
                    <Text fz={{ base: 'md', sm: 'lg' }} c="inherit" fw={400}>
                      {t('queue.common.waitingCount', { count: service.waiting })} ·{' '}
                      {labels.wait(service.estimatedMinutes)}
                    </Text>
                  </Stack>
                </Button>
              ))}
            </SimpleGrid>
            <Group justify="center" mt="auto" pt="lg">
              <Button
                size="xl"
                variant="outline"
                h="auto"
                py="md"
                maw="100%"
                styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3, overflow: 'visible' } }}
                onClick={() => setCheckInOpen(true)}
              >
                {t('queue.kiosk.checkInButton')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
      <CheckInDialog
        opened={checkInOpen}
        onClose={() => setCheckInOpen(false)}
        onIssued={(ticket) => {
          setCheckInOpen(false);
          setIssued(ticket);
        }}
        slug={slug}
        kioskId={id}
        secret={secret}
      />
    </FullScreen>
  );
}
