import { TRAINING_PERMISSIONS } from '@lentera/common';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatCalendarDate, formatDateTime, formatNumber } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { ButtonLink } from '../../ui/links';
import { notify } from '../../ui/notify';
import { Pager } from '../../ui/Pager';
import { StatusBadge } from '../../ui/StatusBadge';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import {
  type EventView,
  type MyRegistration,
  useCancelRegistration,
  useMyRegistrations,
  useOpenEvents,
  useRegister,
} from '../api';
import { dateRange, REGISTRATION_COLOR } from '../labels';

const ACTIVE = new Set(['pending', 'confirmed', 'waitlisted']);

function EventCard({
  slug,
  event,
  mine,
  onCancel,
}: {
  slug: string;
  event: EventView;
  mine: MyRegistration | undefined;
  onCancel: (registration: MyRegistration) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const register = useRegister(slug);
  const full = event.seated >= event.capacity;
  const titleId = `event-${event.id}`;
  const active = mine && ACTIVE.has(mine.status) ? mine : undefined;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={2} fz="h4" id={titleId}>
            {event.programmeTitle}
          </Title>
          <StatusBadge label={t('training.catalog.jp', { jp: formatNumber(event.jp, lang) })} color="blue" size="sm" />
        </Group>
        <Text size="sm" c="dimmed">
          {t(`training.words.topic.${event.topic}`)}
        </Text>
        <Text size="sm">
          <strong>{t('training.catalog.dates')}:</strong>{' '}
          {dateRange(event.startsOn, event.endsOn, (iso) => formatCalendarDate(iso, lang, false))}
        </Text>
        {event.place ? (
          <Text size="sm">
            <strong>{t('training.catalog.place')}:</strong> {event.place}
          </Text>
        ) : null}
        {event.link ? (
          <Anchor href={event.link} target="_blank" rel="noreferrer" size="sm">
            {t('training.catalog.openLink')} ({t('common.opensNewTab')})
          </Anchor>
        ) : null}
        <Text size="sm">
          {t('training.catalog.seats', {
            seated: formatNumber(event.seated, lang),
            capacity: formatNumber(event.capacity, lang),
          })}
          {event.waiting > 0 ? ` · ${t('training.catalog.waiting', { count: event.waiting })}` : ''}
        </Text>
        {full && !active ? (
          <Text size="sm" c="orange.9">
            {t('training.catalog.full')}
          </Text>
        ) : null}
        <ErrorAlert error={register.error} />
        <Group mt="auto" gap="sm">
          {active ? (
            <>
              <Text size="sm">{t('training.catalog.yourStatus')}:</Text>
              <StatusBadge
                label={t(`training.words.registrationStatus.${active.status}`)}
                color={REGISTRATION_COLOR[active.status]}
                size="sm"
              />
              <Button
                size="xs"
                variant="default"
                onClick={() => onCancel(active)}
                aria-label={t('training.catalog.cancelLabel', { title: event.programmeTitle })}
              >
                {t('training.catalog.cancel')}
              </Button>
            </>
          ) : (
            <Button
              loading={register.isPending}
              aria-label={t('training.catalog.registerLabel', { title: event.programmeTitle })}
              onClick={() =>
                register.mutate(event.id, {
                  onSuccess: (result) =>
                    notify(
                      t(
                        result.status === 'waitlisted' ? 'training.catalog.waitlisted' : 'training.catalog.registered',
                        {
                          due: formatDateTime(result.approvalDueAt, timeZone, lang),
                        },
                      ),
                      'success',
                    ),
                })
              }
            >
              {t('training.catalog.register')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function Catalog({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const events = useOpenEvents(slug, page);
  const mine = useMyRegistrations(slug);
  const cancel = useCancelRegistration(slug);
  const [cancelling, setCancelling] = useState<MyRegistration | null>(null);
  const byEvent = new Map((mine.data?.items ?? []).map((r) => [r.eventId, r]));
  const close = () => {
    cancel.reset();
    setCancelling(null);
  };
  return (
    <>
      {events.isPending ? <PageLoader /> : null}
      {events.isError ? <ErrorAlert error={events.error} onRetry={() => void events.refetch()} /> : null}
      {events.data && events.data.items.length === 0 ? <Text c="dimmed">{t('training.catalog.empty')}</Text> : null}
      {events.data && events.data.items.length > 0 ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {events.data.items.map((event) => (
            <EventCard key={event.id} slug={slug} event={event} mine={byEvent.get(event.id)} onCancel={setCancelling} />
          ))}
        </SimpleGrid>
      ) : null}
      {events.data ? <Pager page={page} pageSize={20} total={events.data.total} onChange={setPage} /> : null}
      <ConfirmDialog
        opened={cancelling !== null}
        title={t('training.catalog.cancelTitle')}
        message={t('training.catalog.cancelText', { title: cancelling?.programmeTitle ?? '' })}
        confirmLabel={t('training.catalog.cancelConfirm')}
        loading={cancel.isPending}
        error={cancel.error}
        onClose={close}
        onConfirm={() =>
          cancelling &&
          cancel.mutate(cancelling.id, {
            onSuccess: () => {
              notify(t('training.catalog.cancelled'), 'success');
              close();
            },
          })
        }
      />
    </>
  );
}

/** `/t/:slug/pelatihan`: the events open for registration; register, or cancel one's registration. */
export function CatalogPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={TRAINING_PERMISSIONS.learn}>
      <Page
        title={t('training.catalog.title')}
        description={t('training.catalog.intro')}
        actions={
          <ButtonLink to="/t/$slug/pelatihan-saya" params={{ slug }} variant="default">
            {t('training.catalog.toMine')}
          </ButtonLink>
        }
      >
        <Catalog slug={slug} />
      </Page>
    </RequireAccess>
  );
}
