import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../ui/format';
import { TableScroll } from '../ui/TableScroll';
import { useTenantTimeZone } from '../ui/tenant';
import type { AdminCounter, AdminLocation, AdminService } from './api';
import { formatClock, useQueueLabels } from './labels';

/** The setup page's open dialog, if any, and what it is about. */
export type OpenDialog =
  | { kind: 'location'; location: AdminLocation | null }
  | { kind: 'service'; location: AdminLocation; service: AdminService | null }
  | { kind: 'counter'; location: AdminLocation; counter: AdminCounter | null }
  | { kind: 'kiosk'; location: AdminLocation }
  | { kind: 'delete-kiosk'; id: string; name: string };

/** One location's part of the setup page: its hours, services, counters and kiosks, each with its buttons. */
export function LocationPanel({ location, open }: { location: AdminLocation; open: (d: OpenDialog) => void }) {
  const { t } = useTranslation();
  const labels = useQueueLabels();
  const timeZone = useTenantTimeZone();
  const serviceName = (id: string) => {
    const s = location.services.find((x) => x.id === id);
    return s ? `${s.letter} · ${s.name}` : '—';
  };
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          {location.address ? <Text size="sm">{location.address}</Text> : null}
          <Text size="sm" c="dimmed">
            {location.hours
              .map((h, i) =>
                h
                  ? `${labels.weekday(i + 1, 'short')} ${formatClock(h.open, labels.lang)}–${formatClock(h.close, labels.lang)}`
                  : null,
              )
              .filter(Boolean)
              .join(', ')}
          </Text>
        </Stack>
        <Button variant="default" onClick={() => open({ kind: 'location', location })}>
          {t('queue.admin.editLocation')}
        </Button>
      </Group>

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} fz="h5">
            {t('queue.admin.services')}
          </Title>
          <Button size="xs" onClick={() => open({ kind: 'service', location, service: null })}>
            {t('queue.admin.addService')}
          </Button>
        </Group>
        <TableScroll minWidth={620} label={t('queue.admin.services')}>
          <Table fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('queue.admin.letter')}</Table.Th>
                <Table.Th scope="col">{t('queue.admin.name')}</Table.Th>
                <Table.Th scope="col">{t('queue.admin.dailyCapacity')}</Table.Th>
                <Table.Th scope="col">{t('queue.admin.averageMinutes')}</Table.Th>
                <Table.Th scope="col">{t('queue.admin.channels')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {location.services.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td fw={700}>{s.letter}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {s.name}
                    {s.active === false ? ` (${t('queue.admin.inactive')})` : ''}
                  </Table.Th>
                  <Table.Td>{s.dailyCapacity}</Table.Td>
                  <Table.Td>{t('queue.console.minutes', { count: s.averageMinutes })}</Table.Td>
                  <Table.Td>
                    {[
                      s.onlineAllowed ? t('queue.admin.online') : null,
                      s.bookingAllowed ? t('queue.admin.booking') : null,
                    ]
                      .filter(Boolean)
                      .join(', ') || t('queue.admin.kioskOnly')}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => open({ kind: 'service', location, service: s })}
                      aria-label={t('queue.admin.editNamed', { name: s.name })}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Stack>

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} fz="h5">
            {t('queue.admin.counters')}
          </Title>
          <Button
            size="xs"
            onClick={() => open({ kind: 'counter', location, counter: null })}
            disabled={location.services.length === 0}
          >
            {t('queue.admin.addCounter')}
          </Button>
        </Group>
        <TableScroll minWidth={520} label={t('queue.admin.counters')}>
          <Table fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('queue.admin.counterNumber')}</Table.Th>
                <Table.Th scope="col">{t('queue.admin.counterName')}</Table.Th>
                <Table.Th scope="col">{t('queue.admin.counterServices')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {location.counters.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row">{t('queue.board.counter', { number: c.number })}</Table.Th>
                  <Table.Td>
                    {c.name || '—'}
                    {c.active === false ? ` (${t('queue.admin.inactive')})` : ''}
                  </Table.Td>
                  <Table.Td>{c.serviceIds.map(serviceName).join(' → ')}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => open({ kind: 'counter', location, counter: c })}
                      aria-label={t('queue.admin.editNamed', { name: t('queue.board.counter', { number: c.number }) })}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Stack>

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} fz="h5">
            {t('queue.admin.kiosks')}
          </Title>
          <Button size="xs" onClick={() => open({ kind: 'kiosk', location })}>
            {t('queue.admin.addKiosk')}
          </Button>
        </Group>
        {location.kiosks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('queue.admin.noKiosks')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {location.kiosks.map((k) => (
              <Group key={k.id} component="li" justify="space-between" gap="xs">
                <Text size="sm">
                  {k.name} · {t('queue.admin.kioskCreated', { date: formatDate(k.createdAt, timeZone, labels.lang) })}
                </Text>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => open({ kind: 'delete-kiosk', id: k.id, name: k.name })}
                  aria-label={t('queue.admin.deleteNamed', { name: k.name })}
                >
                  {t('common.delete')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
