import './queue.css';
import { QUEUE_PERMISSIONS } from '@lentera/common';
import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatNumber } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { notify } from '../ui/notify';
import { StatusBadge } from '../ui/StatusBadge';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { type ConsoleAction, counterQuery, useConsoleAction } from './api';
import { Chooser } from './ConsoleChooser';
import { FinishDialog, PauseDialog, TransferDialog } from './ConsoleDialogs';
import { Figure, TicketLine, WalkInCard } from './ConsolePanels';
import { counterLabel, formatTime, STATUS_COLORS, useQueueLabels } from './labels';
import { useLocationStream } from './live';

function Counter({ counterId }: { counterId: string }) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const labels = useQueueLabels();
  const timeZone = useTenantTimeZone();
  const navigate = useNavigate();
  const view = useQuery(counterQuery(slug, counterId));
  const action = useConsoleAction(slug, counterId);
  const [dialog, setDialog] = useState<'finish' | 'transfer' | 'pause' | null>(null);
  const [nobody, setNobody] = useState<string | null>(null);
  useLocationStream(slug, view.data?.counter.locationId, {
    onSnapshot: () => void view.refetch(),
  });

  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  const data = view.data;
  const { counter, current } = data;

  const act = (a: ConsoleAction, after?: () => void) => {
    setNobody(null);
    action.mutate(a, {
      onSuccess: (answer) => {
        after?.();
        if ('message' in answer && answer.ticket === null) setNobody(answer.message ?? t('queue.console.nobody'));
        if ('token' in answer) notify(t('queue.console.issued', { code: answer.code }), 'success');
      },
    });
  };
  const busy = action.isPending;
  const title = counterLabel(t('queue.board.counter', { number: counter.number }), counter.name);
  const stateLabel =
    counter.state === 'open'
      ? t('queue.console.stateOpen')
      : counter.state === 'paused'
        ? t('queue.console.statePaused')
        : t('queue.console.stateClosed');

  return (
    <Page
      title={title}
      description={counter.locationName}
      actions={
        <Button variant="subtle" onClick={() => void navigate({ to: '/t/$slug/antrian/loket', params: { slug } })}>
          {t('queue.console.otherCounter')}
        </Button>
      }
    >
      <Group gap="sm" wrap="wrap">
        <StatusBadge label={stateLabel} color={counter.state === 'open' ? 'green' : 'gray'} />
        {counter.officerName ? (
          <Text size="sm">{t('queue.console.officer', { name: counter.officerName })}</Text>
        ) : null}
        {counter.pauseReason ? <Text size="sm">({counter.pauseReason})</Text> : null}
        {!counter.mine ? (
          <Button onClick={() => act({ kind: 'sign-in' })} loading={busy}>
            {t('queue.console.signIn')}
          </Button>
        ) : (
          <>
            {counter.state === 'paused' ? (
              <Button variant="light" onClick={() => act({ kind: 'resume' })} loading={busy}>
                {t('queue.console.resume')}
              </Button>
            ) : (
              <Button variant="default" onClick={() => setDialog('pause')}>
                {t('queue.console.pause')}
              </Button>
            )}
            <Button variant="default" onClick={() => act({ kind: 'sign-out' })} loading={busy}>
              {t('queue.console.signOut')}
            </Button>
          </>
        )}
      </Group>
      <ErrorAlert error={action.error} />
      {nobody ? (
        <Alert color="blue" role="status">
          {nobody}
        </Alert>
      ) : null}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="current-ticket">
          <Stack gap="md">
            <Title order={2} fz="h4" id="current-ticket">
              {t('queue.console.current')}
            </Title>
            {current ? (
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start">
                  <Text className="queue-board-code" fz="3.5rem" data-testid="current-code">
                    {current.code}
                  </Text>
                  <StatusBadge label={labels.status(current.status)} color={STATUS_COLORS[current.status]} />
                </Group>
                <Text fw={600}>{current.serviceName}</Text>
                <Text size="sm" c="dimmed">
                  {labels.channel(current.channel)}
                  {current.priority ? ` · ${labels.priority(current.priority)}` : ''} ·{' '}
                  {t('queue.console.issuedAt', { time: formatTime(current.issuedAt, timeZone, labels.lang) })}
                  {current.recalls > 0 ? ` · ${t('queue.console.recalls', { count: current.recalls })}` : ''}
                </Text>
                <Group gap="xs" wrap="wrap">
                  {current.status === 'called' ? (
                    <>
                      <Button onClick={() => act({ kind: 'start', ticketId: current.id })} loading={busy}>
                        {t('queue.console.start')}
                      </Button>
                      <Button variant="default" onClick={() => act({ kind: 'recall', ticketId: current.id })}>
                        {t('queue.console.recall')}
                      </Button>
                      <Button
                        variant="default"
                        color="red"
                        disabled={current.recalls < data.maxRecalls}
                        title={
                          current.recalls < data.maxRecalls
                            ? t('queue.console.noShowAfter', { count: data.maxRecalls })
                            : undefined
                        }
                        onClick={() => act({ kind: 'no-show', ticketId: current.id })}
                      >
                        {t('queue.console.noShow')}
                      </Button>
                    </>
                  ) : null}
                  {current.status === 'serving' || current.status === 'called' ? (
                    <>
                      <Button onClick={() => setDialog('finish')}>{t('queue.console.finish')}</Button>
                      <Button variant="default" onClick={() => setDialog('transfer')}>
                        {t('queue.console.transfer')}
                      </Button>
                    </>
                  ) : null}
                </Group>
                {current.status === 'called' && current.recalls < data.maxRecalls ? (
                  <Text size="xs" c="dimmed">
                    {t('queue.console.noShowAfter', { count: data.maxRecalls })}
                  </Text>
                ) : null}
              </Stack>
            ) : (
              <Text c="dimmed">{t('queue.console.noCurrent')}</Text>
            )}
            <Button
              size="xl"
              onClick={() => act({ kind: 'call-next' })}
              loading={busy && action.variables?.kind === 'call-next'}
              disabled={!counter.mine || counter.state !== 'open' || (current !== null && current.status !== 'done')}
            >
              {t('queue.console.callNext')}
            </Button>
          </Stack>
        </Card>

        <Card withBorder padding="lg" component="section" aria-labelledby="today-figures">
          <Title order={2} fz="h4" id="today-figures" mb="sm">
            {t('queue.console.today')}
          </Title>
          <SimpleGrid cols={2} spacing="sm">
            <Figure label={t('queue.console.served')} value={formatNumber(data.today.served, labels.lang)} />
            <Figure label={t('queue.console.noShows')} value={formatNumber(data.today.noShows, labels.lang)} />
            <Figure label={t('queue.console.transfers')} value={formatNumber(data.today.transfers, labels.lang)} />
            <Figure
              label={t('queue.console.serviceMedian')}
              value={
                data.today.serviceMedianMinutes === null
                  ? '—'
                  : t('queue.console.minutes', { count: Math.round(data.today.serviceMedianMinutes) })
              }
            />
            <Figure
              label={t('queue.console.waitMedian')}
              value={
                data.today.waitMedianMinutes === null
                  ? '—'
                  : t('queue.console.minutes', { count: Math.round(data.today.waitMedianMinutes) })
              }
            />
          </SimpleGrid>
        </Card>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="lines">
          <Title order={2} fz="h4" id="lines" mb="sm">
            {t('queue.console.lines')}
          </Title>
          <Stack gap="md">
            {data.lines.map((line) => (
              <Stack key={line.serviceId} gap={4}>
                <Group gap="xs">
                  <Text fw={600}>
                    {line.letter} · {line.name}
                  </Text>
                  <Badge variant="light" tt="none" c="var(--mantine-color-text)">
                    {t('queue.common.waitingCount', { count: line.waiting })}
                  </Badge>
                </Group>
                {line.tickets.length > 0 ? (
                  <TableScroll minWidth={360} label={line.name}>
                    <Table fz="sm" verticalSpacing={4}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('queue.console.code')}</Table.Th>
                          <Table.Th scope="col">{t('queue.console.channel')}</Table.Th>
                          <Table.Th scope="col">{t('queue.console.priority')}</Table.Th>
                          <Table.Th scope="col">{t('queue.console.taken')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {line.tickets.map((ticket) => (
                          <TicketLine key={ticket.id} ticket={ticket} />
                        ))}
                      </Table.Tbody>
                    </Table>
                  </TableScroll>
                ) : null}
              </Stack>
            ))}
          </Stack>
        </Card>
        <WalkInCard data={data} act={act} busy={busy} />
      </SimpleGrid>

      {dialog === 'finish' && current ? (
        <FinishDialog
          busy={busy}
          onClose={() => setDialog(null)}
          onFinish={(outcome, note) =>
            act({ kind: 'finish', ticketId: current.id, outcome, note }, () => setDialog(null))
          }
        />
      ) : null}
      {dialog === 'transfer' && current ? (
        <TransferDialog
          data={data}
          busy={busy}
          onClose={() => setDialog(null)}
          onTransfer={(target) => act({ kind: 'transfer', ticketId: current.id, ...target }, () => setDialog(null))}
        />
      ) : null}
      {dialog === 'pause' ? (
        <PauseDialog
          busy={busy}
          onClose={() => setDialog(null)}
          onPause={(reason) => act({ kind: 'pause', reason }, () => setDialog(null))}
        />
      ) : null}
    </Page>
  );
}

/** The officer's console: pick a counter, then call, serve and finish visitors there. */
export function ConsolePage() {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const counterId = typeof search.loket === 'string' ? search.loket : null;
  return (
    <RequireAccess permission={QUEUE_PERMISSIONS.serve}>
      {counterId ? <Counter key={counterId} counterId={counterId} /> : <Chooser />}
    </RequireAccess>
  );
}
