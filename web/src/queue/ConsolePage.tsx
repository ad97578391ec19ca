import './queue.css';
import {
  type ConsoleTicket,
  PRIORITY_GROUPS,
  type PriorityGroup,
  QUEUE_PERMISSIONS,
  TICKET_OUTCOMES,
  type TicketOutcome,
} from '@lentera/common';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { Dialog } from '../ui/Dialog';
import { formatNumber } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { ButtonLink } from '../ui/links';
import { notify } from '../ui/notify';
import { StatusBadge } from '../ui/StatusBadge';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { type ConsoleAction, type CounterConsole, counterQuery, useConsoleAction, useConsoleChoice } from './api';
import { counterLabel, formatTime, STATUS_COLORS, useQueueLabels } from './labels';
import { useLocationStream } from './live';

function Chooser() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const choice = useConsoleChoice(slug);
  return (
    <Page title={t('queue.console.chooseTitle')} description={t('queue.console.chooseIntro')}>
      {choice.isPending ? <PageLoader /> : null}
      {choice.isError ? <ErrorAlert error={choice.error} onRetry={() => void choice.refetch()} /> : null}
      {choice.data?.locations.length === 0 ? <Text c="dimmed">{t('queue.console.noCounters')}</Text> : null}
      {choice.data?.locations.map((location) => (
        <Card key={location.id} withBorder padding="lg" component="section" aria-labelledby={`loc-${location.id}`}>
          <Title order={2} fz="h4" id={`loc-${location.id}`} mb="sm">
            {location.name}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {location.counters.map((counter) => (
              <ButtonLink
                key={counter.id}
                to="/t/$slug/antrian/loket"
                params={{ slug }}
                search={{ loket: counter.id }}
                variant={counter.mine ? 'filled' : 'default'}
                size="lg"
                h="auto"
                py="sm"
                styles={{ label: { whiteSpace: 'normal', flexDirection: 'column', alignItems: 'flex-start' } }}
              >
                <Text fw={700} c="inherit">
                  {counterLabel(t('queue.board.counter', { number: counter.number }), counter.name)}
                </Text>
                <Text size="sm" c="inherit" fw={400}>
                  {counter.mine
                    ? t('queue.console.yours')
                    : counter.officerName
                      ? t('queue.console.usedBy', { name: counter.officerName })
                      : t('queue.console.free')}
                </Text>
              </ButtonLink>
            ))}
          </SimpleGrid>
        </Card>
      ))}
    </Page>
  );
}

function TicketLine({ ticket }: { ticket: ConsoleTicket }) {
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

function FinishDialog({
  onClose,
  onFinish,
  busy,
}: {
  onClose: () => void;
  onFinish: (outcome: TicketOutcome, note: string) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const labels = useQueueLabels();
  const [outcome, setOutcome] = useState<TicketOutcome>('done');
  const [note, setNote] = useState('');
  return (
    <Dialog opened onClose={onClose} title={t('queue.console.finishTitle')}>
      <Stack>
        <Select
          label={t('queue.console.outcome')}
          data={TICKET_OUTCOMES.map((o) => ({ value: o, label: labels.outcome(o) }))}
          value={outcome}
          onChange={(value) => value && setOutcome(value as TicketOutcome)}
          allowDeselect={false}
        />
        <Textarea
          label={t('queue.console.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={500}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => onFinish(outcome, note)}>
            {t('queue.console.finish')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

function TransferDialog({
  data,
  onClose,
  onTransfer,
  busy,
}: {
  data: CounterConsole;
  onClose: () => void;
  onTransfer: (target: { serviceId?: string; counterId?: string }) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'service' | 'counter'>('service');
  const [target, setTarget] = useState<string | null>(null);
  const options =
    kind === 'service'
      ? data.services.map((s) => ({ value: s.id, label: s.name }))
      : data.counters
          .filter((c) => c.id !== data.counter.id)
          .map((c) => ({
            value: c.id,
            label: counterLabel(t('queue.board.counter', { number: c.number }), c.name),
          }));
  return (
    <Dialog opened onClose={onClose} title={t('queue.console.transferTitle')}>
      <Stack>
        <SegmentedControl
          value={kind}
          onChange={(value) => {
            setKind(value as 'service' | 'counter');
            setTarget(null);
          }}
          data={[
            { value: 'service', label: t('queue.console.toService') },
            { value: 'counter', label: t('queue.console.toCounter') },
          ]}
        />
        <Select
          label={kind === 'service' ? t('queue.console.toService') : t('queue.console.toCounter')}
          data={options}
          value={target}
          onChange={setTarget}
        />
        <Text size="sm" c="dimmed">
          {t('queue.console.transferHelp')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!target}
            loading={busy}
            onClick={() => target && onTransfer(kind === 'service' ? { serviceId: target } : { counterId: target })}
          >
            {t('queue.console.transfer')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

function PauseDialog({ onClose, onPause, busy }: { onClose: () => void; onPause: (r: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Dialog opened onClose={onClose} title={t('queue.console.pauseTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim().length >= 2) onPause(reason.trim());
        }}
      >
        <Stack>
          <TextInput
            label={t('queue.console.pauseReason')}
            description={t('queue.console.pauseHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={200}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={reason.trim().length < 2} loading={busy}>
              {t('queue.console.pause')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function WalkInCard({ data, act, busy }: { data: CounterConsole; act: (a: ConsoleAction) => void; busy: boolean }) {
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
