import type { BoardSnapshot } from '@lentera/common';
import { Badge, Box, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../ui/components';
import { formatCalendarDate, todayIn } from '../ui/format';
import { useTenantTimeZone } from '../ui/tenant';
import { boardQuery } from './api';
import { FullScreen } from './FullScreen';
import { formatTime, useQueueLabels } from './labels';
import { useLocationStream, useNow } from './live';
import { counterOwnName } from './shape';
import { playChime, speakIndonesian, unlockSound } from './sound';
import { type CallEvent, createAnnouncer } from './speech-queue';

/** The waiting room's TV: each counter's ticket in large type, the last calls, the lines; calls said aloud. */
export function BoardPage() {
  const { t } = useTranslation();
  const { slug, id } = useParams({ strict: false }) as { slug: string; id: string };
  const timeZone = useTenantTimeZone();
  const labels = useQueueLabels();
  const now = useNow(1000);
  const initial = useQuery(boardQuery(slug, id));
  const [snapshot, setSnapshot] = useState<BoardSnapshot | null>(null);
  const [soundOn, setSoundOn] = useState(false);
  const [flashing, setFlashing] = useState<number | null>(null);

  const announcer = useMemo(
    () =>
      createAnnouncer({
        chime: playChime,
        speak: speakIndonesian,
        setTimer: (run, ms) => setTimeout(run, ms),
        clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        onStart: (call) => setFlashing(call.counterNumber),
        onIdle: () => setFlashing(null),
      }),
    [],
  );
  useEffect(() => () => announcer.setEnabled(false), [announcer]);

  const stream = useLocationStream(slug, id, {
    onSnapshot: setSnapshot,
    onCall: (call: CallEvent) => {
      // Without sound the card still lights up for a few seconds.
      if (!announcer.enqueue(call)) {
        setFlashing(call.counterNumber);
        setTimeout(() => setFlashing((now) => (now === call.counterNumber ? null : now)), 8000);
      }
    },
  });

  const enableSound = () => {
    unlockSound();
    announcer.setEnabled(true);
    setSoundOn(true);
  };

  const board = snapshot ?? initial.data ?? null;
  if (!board) {
    return (
      <FullScreen title={t('queue.board.title')} dark>
        {initial.isError ? (
          <Stack p="xl" mt="10vh" maw={720} mx="auto">
            <Title order={1}>{t('queue.board.title')}</Title>
            <Text fz="xl" role="alert">
              {initial.error instanceof Error ? initial.error.message : t('errors.unexpected')}
            </Text>
          </Stack>
        ) : (
          <PageLoader />
        )}
      </FullScreen>
    );
  }

  const counters = [...board.counters].sort((a, b) => a.number - b.number);
  return (
    <FullScreen title={`${t('queue.board.title')} · ${board.location.name}`} dark>
      <Stack p={{ base: 'sm', md: 'xl' }} gap="lg">
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Stack gap={0}>
            <Title order={1} fz={{ base: 'h3', md: '2.5rem' }} c="white">
              {board.location.name}
            </Title>
            <Text fz={{ base: 'sm', md: 'xl' }} c="gray.3">
              {formatCalendarDate(todayIn(timeZone, now), labels.lang)}
            </Text>
          </Stack>
          <Group gap="md">
            {stream === 'reconnecting' ? (
              <Badge color="yellow" size="lg" variant="filled" c="dark.9" role="status">
                {t('queue.board.reconnecting')}
              </Badge>
            ) : null}
            {soundOn ? (
              <Badge color="teal" size="lg" variant="light" tt="none">
                {t('queue.board.soundOn')}
              </Badge>
            ) : null}
            <Text fz={{ base: '1.75rem', md: '3.5rem' }} fw={800} className="queue-board-code" c="white">
              <time dateTime={now.toISOString()}>{formatTime(now, timeZone, labels.lang, true)}</time>
            </Text>
          </Group>
        </Group>

        {!soundOn ? (
          <Button size="xl" color="yellow" c="dark.9" onClick={enableSound} style={{ alignSelf: 'center' }}>
            {t('queue.board.enableSound')}
          </Button>
        ) : null}

        <Box
          style={{ display: 'grid', gap: 'var(--mantine-spacing-lg)' }}
          className="queue-board-grid"
          data-testid="board"
        >
          <SimpleGrid cols={{ base: 1, xs: 2, lg: counters.length > 4 ? 3 : 2 }} spacing="md">
            {counters.map((counter) => (
              <section
                key={counter.id}
                className="queue-board-card"
                data-flash={flashing === counter.number || undefined}
                aria-label={t('queue.board.counter', { number: counter.number })}
              >
                <Group justify="space-between" gap="xs">
                  <Text fz={{ base: 'lg', md: '1.75rem' }} fw={700} c="white">
                    {t('queue.board.counter', { number: counter.number })}
                  </Text>
                  {counterOwnName(
                    counter.name,
                    counter.number,
                    t('queue.board.counter', { number: counter.number }),
                  ) ? (
                    <Text fz={{ base: 'sm', md: 'lg' }} c="gray.3">
                      {counter.name}
                    </Text>
                  ) : null}
                </Group>
                {counter.ticket ? (
                  <>
                    <Text className="queue-board-code queue-board-now" c="white">
                      {counter.ticket.code}
                    </Text>
                    <Text fz={{ base: 'md', md: 'xl' }} c="gray.2">
                      {counter.ticket.serviceName} · {labels.status(counter.ticket.status)}
                    </Text>
                  </>
                ) : (
                  <Text fz={{ base: 'xl', md: '2rem' }} c="gray.3" py="md">
                    {counter.state === 'paused'
                      ? t('queue.board.paused')
                      : counter.state === 'closed'
                        ? t('queue.board.closed')
                        : t('queue.board.free')}
                  </Text>
                )}
              </section>
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <section className="queue-board-card" aria-labelledby="board-last">
              <Title order={2} fz={{ base: 'lg', md: '1.6rem' }} c="white" id="board-last" mb="xs">
                {t('queue.board.lastCalls')}
              </Title>
              {board.lastCalls.length === 0 ? (
                <Text c="gray.3">{t('queue.board.noCalls')}</Text>
              ) : (
                <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
                  {board.lastCalls.slice(0, 6).map((call) => (
                    <Group key={`${call.code}-${call.at}`} component="li" justify="space-between" gap="xs">
                      <Text fz={{ base: 'lg', md: '1.75rem' }} fw={700} c="white" className="queue-board-code">
                        {call.code}
                      </Text>
                      <Text fz={{ base: 'md', md: 'xl' }} c="gray.2">
                        {t('queue.board.toCounter', { number: call.counterNumber })} ·{' '}
                        {formatTime(call.at, timeZone, labels.lang)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              )}
            </section>
            <section className="queue-board-card" aria-labelledby="board-waiting">
              <Title order={2} fz={{ base: 'lg', md: '1.6rem' }} c="white" id="board-waiting" mb="xs">
                {t('queue.board.waiting')}
              </Title>
              <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {board.waiting.map((line) => (
                  <Group key={line.serviceId} component="li" justify="space-between" gap="xs" wrap="nowrap">
                    <Text fz={{ base: 'md', md: 'xl' }} c="white">
                      {line.letter} · {line.name}
                    </Text>
                    <Text fz={{ base: 'md', md: 'xl' }} c="gray.2" ta="right">
                      {t('queue.common.waitingCount', { count: line.waiting })} · {labels.wait(line.estimatedMinutes)}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </section>
          </SimpleGrid>
        </Box>
      </Stack>
    </FullScreen>
  );
}
