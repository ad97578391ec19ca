import './queue.css';
import type { PublicLocation } from '@lentera/common';
import { Alert, Button, Card, Group, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { Dialog } from '../ui/Dialog';
import { formatCalendarDate, todayIn } from '../ui/format';
import { AnchorLink, ButtonLink } from '../ui/links';
import { NoticeChannelSelect } from '../ui/NoticeChannelSelect';
import { StatusBadge } from '../ui/StatusBadge';
import { useAccount } from '../ui/session';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { useBusyHours, useLocations, useMine, useTakeTicket, useWindows } from './api';
import { HeatMap } from './HeatMap';
import { formatClock, STATUS_COLORS, useQueueLabels } from './labels';

type Service = PublicLocation['services'][number];

/** The next working days of a location after today (its hours say which weekdays it opens), up to `count`. */
function nextOpenDays(location: PublicLocation, today: string, count = 10): string[] {
  const days: string[] = [];
  const start = new Date(`${today}T00:00:00Z`);
  for (let i = 1; days.length < count && i <= 30; i++) {
    const day = new Date(start.getTime() + i * 86_400_000);
    const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
    if (location.hours[weekday - 1]) days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

function BookingDialog({
  location,
  service,
  onClose,
}: {
  location: PublicLocation;
  service: Service;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const labels = useQueueLabels();
  const timeZone = useTenantTimeZone();
  const days = nextOpenDays(location, todayIn(timeZone));
  const [date, setDate] = useState<string | null>(days[0] ?? null);
  const [window, setWindow] = useState<string | null>(null);
  const windows = useWindows(slug, service.serviceId, date);
  const take = useTakeTicket(slug);
  return (
    <Dialog opened onClose={onClose} title={t('queue.locations.bookTitle', { service: service.name })} size="lg">
      {take.data ? (
        <Stack>
          <Alert color="green" role="status">
            {t('queue.locations.booked', { code: take.data.bookingCode ?? take.data.code })}
          </Alert>
          <ButtonLink to="/t/$slug/antrian/tiket/$token" params={{ slug, token: take.data.token }}>
            {t('queue.locations.seeTicket')}
          </ButtonLink>
        </Stack>
      ) : (
        <Stack>
          <Select
            label={t('queue.locations.bookDate')}
            data={days.map((day) => ({ value: day, label: formatCalendarDate(day, labels.lang) }))}
            value={date}
            onChange={(value) => {
              setDate(value);
              setWindow(null);
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {windows.isError ? <ErrorAlert error={windows.error} /> : null}
          {windows.data ? (
            windows.data.windows.length === 0 ? (
              <Text c="dimmed">{t('queue.locations.noWindows')}</Text>
            ) : (
              <Radio.Group label={t('queue.locations.bookWindow')} value={window} onChange={setWindow}>
                <SimpleGrid cols={{ base: 2, xs: 3 }} mt="xs" spacing="xs">
                  {windows.data.windows.map((w) => (
                    <Radio.Card
                      key={w.window}
                      value={w.window}
                      disabled={w.free <= 0}
                      p="xs"
                      radius="sm"
                      withBorder
                      style={{ opacity: w.free <= 0 ? 0.6 : 1 }}
                    >
                      <Group gap="xs" wrap="nowrap">
                        <Radio.Indicator disabled={w.free <= 0} />
                        <Stack gap={0}>
                          <Text fw={600}>{formatClock(w.window, labels.lang)}</Text>
                          <Text size="xs">
                            {w.free > 0 ? t('queue.locations.free', { count: w.free }) : t('queue.locations.full')}
                          </Text>
                        </Stack>
                      </Group>
                    </Radio.Card>
                  ))}
                </SimpleGrid>
              </Radio.Group>
            )
          ) : windows.isFetching ? (
            <PageLoader />
          ) : null}
          <NoticeChannelSelect slug={slug} />
          <ErrorAlert error={take.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={!date || !window}
              loading={take.isPending}
              onClick={() => {
                if (date && window) take.mutate({ serviceId: service.serviceId, booking: { date, window } });
              }}
            >
              {t('queue.locations.confirmBooking')}
            </Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}

function BusyHours({ locationId }: { locationId: string }) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const labels = useQueueLabels();
  const busy = useBusyHours(slug, locationId);
  if (busy.isPending) return <PageLoader />;
  if (busy.isError) return <ErrorAlert error={busy.error} onRetry={() => void busy.refetch()} />;
  return (
    <Stack gap="xs">
      <Title order={3} fz="h5">
        {t('queue.locations.busyHoursTitle')}
      </Title>
      <HeatMap points={busy.data.heat} caption={t('queue.locations.heatCaption')} />
      {busy.data.services.length > 0 ? (
        <Stack gap={2}>
          {busy.data.services.map((s) => (
            <Text key={s.serviceId} size="sm">
              {s.name}: {t('queue.locations.typicalWait', { wait: labels.wait(s.typicalWaitMinutes) })}
            </Text>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

function LocationCard({ location, signedIn }: { location: PublicLocation; signedIn: boolean }) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const labels = useQueueLabels();
  const timeZone = useTenantTimeZone();
  const navigate = useNavigate();
  const take = useTakeTicket(slug);
  const [booking, setBooking] = useState<Service | null>(null);
  const [showBusy, setShowBusy] = useState(false);
  const today = todayIn(timeZone);
  const weekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const hours = location.hours[weekday - 1];
  const headingId = `location-${location.id}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} fz="h3" id={headingId}>
              {location.name}
            </Title>
            {location.address ? <Text size="sm">{location.address}</Text> : null}
            <Text size="sm" c="dimmed">
              {hours
                ? t('queue.locations.hoursToday', {
                    open: formatClock(hours.open, labels.lang),
                    close: formatClock(hours.close, labels.lang),
                  })
                : t('queue.locations.closedToday')}
            </Text>
          </Stack>
          <StatusBadge
            label={
              location.open
                ? t('queue.locations.open')
                : t('queue.locations.closedNow', { reason: labels.closed(location.closedReason) })
            }
            color={location.open ? 'green' : 'gray'}
          />
        </Group>
        <ErrorAlert error={take.error} />
        <Stack
          gap={0}
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('queue.locations.service')}
        >
          {location.services.map((service) => (
            <Group
              key={service.serviceId}
              component="li"
              justify="space-between"
              align="flex-start"
              gap="sm"
              py="sm"
              style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
            >
              <Stack gap={2} style={{ flex: '1 1 18rem', minWidth: 0 }}>
                <Text fw={700}>
                  {service.letter} · {service.name}
                </Text>
                <Text size="sm">
                  {t('queue.common.waitingCount', { count: service.waiting })} ·{' '}
                  {service.estimatedMinutes > 0
                    ? t('queue.locations.estimateIs', { wait: labels.wait(service.estimatedMinutes) })
                    : labels.wait(0)}
                </Text>
                {service.documents ? (
                  <Text size="xs" c="dimmed" className="queue-pre-line">
                    {t('queue.locations.documents')}: {service.documents}
                  </Text>
                ) : null}
              </Stack>
              {signedIn && ((service.onlineAllowed && location.open) || service.bookingAllowed) ? (
                <Group gap="xs">
                  {service.onlineAllowed && location.open ? (
                    <Button
                      size="sm"
                      loading={take.isPending && take.variables?.serviceId === service.serviceId}
                      aria-label={`${t('queue.locations.take')}: ${service.name}`}
                      onClick={() =>
                        take.mutate(
                          { serviceId: service.serviceId },
                          {
                            onSuccess: (ticket) =>
                              void navigate({
                                to: '/t/$slug/antrian/tiket/$token',
                                params: { slug, token: ticket.token },
                              }),
                          },
                        )
                      }
                    >
                      {t('queue.locations.take')}
                    </Button>
                  ) : null}
                  {service.bookingAllowed ? (
                    <Button
                      size="sm"
                      variant="default"
                      aria-label={`${t('queue.locations.book')}: ${service.name}`}
                      onClick={() => setBooking(service)}
                    >
                      {t('queue.locations.book')}
                    </Button>
                  ) : null}
                </Group>
              ) : null}
            </Group>
          ))}
        </Stack>
        <Group gap="md">
          <ButtonLink variant="light" to="/t/$slug/antrian/papan/$id" params={{ slug, id: location.id }}>
            {t('queue.locations.board')}
          </ButtonLink>
          <Button variant="subtle" onClick={() => setShowBusy(!showBusy)} aria-expanded={showBusy}>
            {showBusy ? t('queue.locations.hideBusyHours') : t('queue.locations.busyHours')}
          </Button>
        </Group>
        {showBusy ? <BusyHours locationId={location.id} /> : null}
      </Stack>
      {booking ? <BookingDialog location={location} service={booking} onClose={() => setBooking(null)} /> : null}
    </Card>
  );
}

function Mine() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const labels = useQueueLabels();
  const mine = useMine(slug, true);
  if (mine.isPending) return null;
  if (mine.isError) return <ErrorAlert error={mine.error} />;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="queue-mine">
      <Title order={2} fz="h4" id="queue-mine" mb="sm">
        {t('queue.locations.mineTitle')}
      </Title>
      {mine.data.length === 0 ? (
        <Text c="dimmed">{t('queue.locations.mineEmpty')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {mine.data.map((item) => (
            <Group key={item.token} component="li" justify="space-between" gap="xs" wrap="wrap">
              <Stack gap={0}>
                <AnchorLink
                  to="/t/$slug/antrian/tiket/$token"
                  params={{ slug, token: item.token }}
                  fw={600}
                  aria-label={t('queue.locations.mineOpen', { code: item.code })}
                >
                  {item.code} · {item.serviceName}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {item.locationName} · {formatCalendarDate(item.day, labels.lang)}
                  {item.bookingWindow ? `, ${formatClock(item.bookingWindow, labels.lang)}` : ''}
                </Text>
              </Stack>
              <StatusBadge label={labels.status(item.status)} color={STATUS_COLORS[item.status]} size="sm" />
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** The public list of service locations: open or not, the lines and waits, online tickets and bookings. */
export function LocationsPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const account = useAccount();
  const locations = useLocations(slug);
  return (
    <Page title={t('queue.locations.title')} description={t('queue.locations.intro')}>
      {account ? <Mine /> : null}
      {account === null ? (
        <Group>
          <ButtonLink
            variant="light"
            h="auto"
            py={8}
            styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3, overflow: 'visible' } }}
            to="/t/$slug/login"
            params={{ slug }}
            search={{ next: `/t/${encodeURIComponent(slug)}/antrian` }}
          >
            {t('queue.locations.loginToTake')}
          </ButtonLink>
        </Group>
      ) : null}
      {locations.isPending ? <PageLoader /> : null}
      {locations.isError ? <ErrorAlert error={locations.error} onRetry={() => void locations.refetch()} /> : null}
      {locations.data?.length === 0 ? <Text c="dimmed">{t('queue.locations.empty')}</Text> : null}
      {locations.data?.map((location) => (
        <LocationCard key={location.id} location={location} signedIn={Boolean(account)} />
      ))}
    </Page>
  );
}
