import { type ConsoleTicket, PRIORITY_GROUPS, type PriorityGroup } from '@lentera/common';
import { Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenantTimeZone } from '../ui/tenant';
import type { ConsoleAction, CounterConsole } from './api';
import { formatTime, useQueueLabels } from './labels';

/** One waiting ticket in a line's table: its code, channel, priority and the time it was taken. */
export function TicketLine({ ticket }: { ticket: ConsoleTicket }) {
  const labels = useQueueLabels();
  const timeZone = useTenantTimeZone();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={700}>
        {ticket.code}
      </Table.Th>
      <Table.Td>{labels.channel(ticket.channel)}</Table.Td>
      <Table.Td>{ticket.priority ? labels.priority(ticket.priority) : '—'}</Table.Td>
      <Table.Td>{formatTime(ticket.issuedAt, timeZone, labels.lang)}</Table.Td>
    </Table.Tr>
  );
}

/** The card that takes a visitor at the counter itself: a walk-in ticket, or a booking code checked in. */
export function WalkInCard({
  data,
  act,
  busy,
}: {
  data: CounterConsole;
  act: (a: ConsoleAction) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const labels = useQueueLabels();
  const [serviceId, setServiceId] = useState<string | null>(data.services[0]?.id ?? null);
  const [priority, setPriority] = useState<string | null>(null);
  const [code, setCode] = useState('');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="walk-in">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="walk-in">
          {t('queue.console.walkInTitle')}
        </Title>
        <Select
          label={t('queue.locations.service')}
          data={data.services.map((s) => ({ value: s.id, label: s.name }))}
          value={serviceId}
          onChange={setServiceId}
          allowDeselect={false}
        />
        <Select
          label={t('queue.console.priority')}
          placeholder={t('queue.console.noPriority')}
          data={PRIORITY_GROUPS.map((p) => ({ value: p, label: labels.priority(p) }))}
          value={priority}
          onChange={setPriority}
          clearable
        />
        <Button
          variant="light"
          disabled={!serviceId || busy}
          onClick={() =>
            serviceId && act({ kind: 'walk-in', serviceId, priority: (priority as PriorityGroup | null) ?? null })
          }
        >
          {t('queue.console.walkIn')}
        </Button>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (code.trim().length >= 4) {
              act({ kind: 'check-in', code: code.trim().toUpperCase() });
              setCode('');
            }
          }}
        >
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              label={t('queue.kiosk.bookingCode')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              maxLength={20}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="default" disabled={code.trim().length < 4 || busy}>
              {t('queue.kiosk.checkIn')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Card>
  );
}

/** One of today's figures: a small label over a large value. */
export function Figure({ label, value }: { label: string; value: string }) {
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
