import { TRAINING_PERMISSIONS } from '@lentera/common';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatCalendarDate, formatNumber } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { Pager } from '../../ui/Pager';
import { StatusBadge } from '../../ui/StatusBadge';
import { hasPermission, useAccount } from '../../ui/session';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { useEvents, useProgrammes } from '../api';
import { ScheduleDialog } from '../hr/ScheduleDialog';
import { dateRange, EVENT_COLOR } from '../labels';

/** The events a trainer runs (HR: all), newest first, each opening its attendance page. */
export function EventsTable({ slug, page, onPage }: { slug: string; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const events = useEvents(slug, { page });
  const day = (iso: string) => formatCalendarDate(iso, lang, false);
  if (events.isPending) return <PageLoader />;
  if (events.isError) return <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />;
  if (events.data.items.length === 0) return <Text c="dimmed">{t('training.events.empty')}</Text>;
  return (
    <Stack gap="sm">
      <TableScroll minWidth={760} label={t('training.events.title')}>
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('training.events.programme')}</Table.Th>
              <Table.Th scope="col">{t('training.events.dates')}</Table.Th>
              <Table.Th scope="col">{t('training.events.place')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('training.events.seats')}
              </Table.Th>
              <Table.Th scope="col">{t('training.events.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.data.items.map((event) => (
              <Table.Tr key={event.id}>
                <Table.Th scope="row" fw={500}>
                  <AnchorLink
                    to="/t/$slug/pelatihan-kegiatan/$eventId"
                    params={{ slug, eventId: event.id }}
                    aria-label={t('training.events.openLabel', {
                      title: event.programmeTitle,
                      date: day(event.startsOn),
                    })}
                  >
                    {event.programmeTitle}
                  </AnchorLink>
                </Table.Th>
                <Table.Td>{dateRange(event.startsOn, event.endsOn, day)}</Table.Td>
                <Table.Td>{event.place || (event.link ? t('training.events.online') : '–')}</Table.Td>
                <Table.Td ta="right">
                  {t('training.events.seatsValue', {
                    seated: formatNumber(event.seated, lang),
                    capacity: formatNumber(event.capacity, lang),
                  })}
                </Table.Td>
                <Table.Td>
                  <StatusBadge
                    label={t(`training.words.eventStatus.${event.status}`)}
                    color={EVENT_COLOR[event.status]}
                    size="sm"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Pager page={page} pageSize={25} total={events.data.total} onChange={onPage} />
    </Stack>
  );
}

/** HR schedules an event of any active programme from the list. */
function ScheduleButton({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const programmes = useProgrammes(slug, { page: 1, pageSize: 100 });
  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={!programmes.data?.items.length}>
        {t('training.schedule.title')}
      </Button>
      {open && programmes.data ? (
        <ScheduleDialog slug={slug} programmes={programmes.data.items} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}

/** `/t/:slug/pelatihan-kegiatan`: the trainer's events (HR: all, and scheduling). */
export function EventsPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const hr = hasPermission(useAccount(), TRAINING_PERMISSIONS.manage, slug);
  const [page, setPage] = useState(1);
  return (
    <RequireAccess permission={TRAINING_PERMISSIONS.teach}>
      <Page
        title={t('training.events.title')}
        description={t('training.events.intro')}
        actions={hr ? <ScheduleButton slug={slug} /> : undefined}
      >
        <EventsTable slug={slug} page={page} onPage={setPage} />
      </Page>
    </RequireAccess>
  );
}
