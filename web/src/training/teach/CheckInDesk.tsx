import type { ATTENDANCE_SCAN_OUTCOMES } from '@lentera/common';
import { Alert, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { type Registration, sendCheckInBatch, useCheckIn } from '../api';
import { keepScan, pendingScans, scansKey, syncScans } from './offline-scans';
import { Scanner } from './Scanner';

type Outcome = (typeof ATTENDANCE_SCAN_OUTCOMES)[number];
interface LogLine {
  id: number;
  text: string;
  color: 'green' | 'blue' | 'red' | 'yellow';
}

const COLOR: Record<Outcome, LogLine['color']> = {
  checked_in: 'green',
  already: 'blue',
  invalid: 'red',
  other_event: 'red',
  not_confirmed: 'red',
  event_closed: 'red',
};

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

/**
 * Checking attendees in at the door: the camera or a typed code, straight to the server when online, kept on the
 * device (localStorage) when not and sent in one batch when the connection is back, with the count still waiting.
 */
export function CheckInDesk({
  slug,
  eventId,
  registrations,
}: {
  slug: string;
  eventId: string;
  registrations: Registration[];
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = scansKey(slug, eventId);
  const checkIn = useCheckIn(slug, eventId);
  const [code, setCode] = useState('');
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  const [pending, setPending] = useState(() => {
    const store = storage();
    return store ? pendingScans(store, key).length : 0;
  });
  const [log, setLog] = useState<LogLine[]>([]);
  const nextId = useRef(0);
  const syncing = useRef(false);
  const names = useRef(new Map<string, string>());
  names.current = new Map(registrations.map((r) => [r.id, r.employeeName]));

  const say = useCallback((text: string, color: LogLine['color']) => {
    nextId.current += 1;
    const id = nextId.current;
    setLog((lines) => [{ id, text, color }, ...lines].slice(0, 6));
  }, []);

  const nameOf = useCallback(
    (registrationId: string | null) =>
      (registrationId && names.current.get(registrationId)) || t('training.event.someone'),
    [t],
  );

  const sync = useCallback(async () => {
    const store = storage();
    if (!store || syncing.current || pendingScans(store, key).length === 0) return;
    syncing.current = true;
    try {
      const results = await syncScans(store, key, (scans) => sendCheckInBatch(slug, eventId, scans));
      for (const r of results)
        say(t(`training.event.outcome.${r.outcome}`, { name: nameOf(r.registrationId) }), COLOR[r.outcome]);
      await client.invalidateQueries({ queryKey: ['tenant', slug, 'training'] });
    } catch {
      // Still unreachable: the scans wait for the next try.
    } finally {
      syncing.current = false;
      setPending(pendingScans(store, key).length);
    }
  }, [client, eventId, key, nameOf, say, slug, t]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    if (navigator.onLine) void sync();
    // A flaky connection may never fire `online`: try again now and then while scans wait.
    const retry = window.setInterval(() => navigator.onLine && void sync(), 30_000);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      window.clearInterval(retry);
    };
  }, [sync]);

  const keep = useCallback(
    (scanned: string) => {
      const store = storage();
      if (store && keepScan(store, key, scanned, new Date())) say(t('training.event.kept'), 'yellow');
      if (store) setPending(pendingScans(store, key).length);
    },
    [key, say, t],
  );

  const submit = useCallback(
    async (scanned: string) => {
      const trimmed = scanned.trim();
      if (!trimmed) return;
      if (!navigator.onLine) {
        keep(trimmed);
        return;
      }
      try {
        const result = await checkIn.mutateAsync(trimmed);
        say(
          t(result.newlyCheckedIn ? 'training.event.outcome.checked_in' : 'training.event.outcome.already', {
            name: result.employeeName,
          }),
          result.newlyCheckedIn ? 'green' : 'blue',
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 0) keep(trimmed);
        else say(error instanceof Error ? error.message : t('errors.unexpected'), 'red');
      }
    },
    [checkIn, keep, say, t],
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="check-in-title">
      <Stack gap="sm">
        <Title order={2} fz="h3" id="check-in-title">
          {t('training.event.checkInTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('training.event.checkInIntro')}
        </Text>
        {!online ? (
          <Alert color="yellow" variant="light" role="status">
            {t('training.event.offline')}
          </Alert>
        ) : null}
        <Group gap="sm" aria-live="polite">
          <Text fw={600} data-testid="pending-scans">
            {t('training.event.pending', { count: pending })}
          </Text>
          {pending > 0 && online ? (
            <Button size="xs" variant="default" onClick={() => void sync()}>
              {t('training.event.syncNow')}
            </Button>
          ) : null}
        </Group>
        <Scanner onCode={(scanned) => void submit(scanned)} />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit(code).then(() => setCode(''));
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('training.event.codeLabel')}
              description={t('training.event.codeHint')}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" loading={checkIn.isPending} disabled={!code.trim()}>
              {t('training.event.checkIn')}
            </Button>
          </Group>
        </form>
        {log.length > 0 ? (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('training.event.recent')}
            </Text>
            <List size="sm" spacing={2} aria-live="polite">
              {log.map((line) => (
                <List.Item key={line.id}>
                  <Text span size="sm" c={line.color === 'red' ? 'red.9' : undefined}>
                    {line.text}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
