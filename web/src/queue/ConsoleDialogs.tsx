import { TICKET_OUTCOMES, type TicketOutcome } from '@lentera/common';
import { Button, Group, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import type { CounterConsole } from './api';
import { counterLabel, useQueueLabels } from './labels';

/** The dialog that finishes the current visitor with an outcome and an optional note. */
export function FinishDialog({
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

/** The dialog that sends the current visitor to another service or another counter. */
export function TransferDialog({
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

/** The dialog that pauses the counter, with the reason shown beside its state. */
export function PauseDialog({
  onClose,
  onPause,
  busy,
}: {
  onClose: () => void;
  onPause: (r: string) => void;
  busy: boolean;
}) {
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
