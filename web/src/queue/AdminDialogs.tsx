import type { CounterInput, ServiceInput } from '@lentera/common';
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/components';
import { Dialog } from '../ui/Dialog';
import { useSave } from './admin-save';
import type { AdminCounter, AdminLocation, AdminService, NewKiosk } from './api';

/** The dialog that adds a service to a location or edits one: letter, capacity, channels, booking windows. */
export function ServiceDialog({
  locationId,
  service,
  onClose,
}: {
  locationId: string;
  service: AdminService | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<ServiceInput>(
    service
      ? { ...service }
      : {
          name: '',
          letter: 'A',
          dailyCapacity: 100,
          averageMinutes: 10,
          onlineAllowed: true,
          bookingAllowed: false,
          windowMinutes: 60,
          windowCapacity: 10,
          documents: '',
          active: true,
        },
  );
  const { save, change } = useSave(onClose);
  const input: ServiceInput = {
    name: value.name,
    letter: value.letter,
    dailyCapacity: value.dailyCapacity,
    averageMinutes: value.averageMinutes,
    onlineAllowed: value.onlineAllowed,
    bookingAllowed: value.bookingAllowed,
    windowMinutes: value.windowMinutes,
    windowCapacity: value.windowCapacity,
    documents: value.documents,
    active: value.active,
  };
  return (
    <Dialog
      opened
      onClose={onClose}
      title={service ? t('queue.admin.editService') : t('queue.admin.addService')}
      size="lg"
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('queue.admin.name')}
            required
            value={value.name}
            onChange={(e) => setValue({ ...value, name: e.currentTarget.value })}
          />
          <TextInput
            label={t('queue.admin.letter')}
            description={t('queue.admin.letterHelp')}
            required
            maxLength={1}
            value={value.letter}
            onChange={(e) => setValue({ ...value, letter: e.currentTarget.value.toUpperCase() })}
          />
          <NumberInput
            label={t('queue.admin.dailyCapacity')}
            min={1}
            max={2000}
            value={value.dailyCapacity}
            onChange={(n) => setValue({ ...value, dailyCapacity: Number(n) || 1 })}
          />
          <NumberInput
            label={t('queue.admin.averageMinutes')}
            min={1}
            max={240}
            value={value.averageMinutes}
            onChange={(n) => setValue({ ...value, averageMinutes: Number(n) || 1 })}
          />
        </SimpleGrid>
        <Switch
          label={t('queue.admin.onlineAllowed')}
          checked={value.onlineAllowed ?? false}
          onChange={(e) => setValue({ ...value, onlineAllowed: e.currentTarget.checked })}
        />
        <Switch
          label={t('queue.admin.bookingAllowed')}
          checked={value.bookingAllowed ?? false}
          onChange={(e) => setValue({ ...value, bookingAllowed: e.currentTarget.checked })}
        />
        {value.bookingAllowed ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('queue.admin.windowMinutes')}
              data={[
                { value: '30', label: t('queue.console.minutes', { count: 30 }) },
                { value: '60', label: t('queue.console.minutes', { count: 60 }) },
              ]}
              value={String(value.windowMinutes ?? 60)}
              onChange={(v) => setValue({ ...value, windowMinutes: v === '30' ? 30 : 60 })}
              allowDeselect={false}
            />
            <NumberInput
              label={t('queue.admin.windowCapacity')}
              min={1}
              max={200}
              value={value.windowCapacity}
              onChange={(n) => setValue({ ...value, windowCapacity: Number(n) || 1 })}
            />
          </SimpleGrid>
        ) : null}
        <Textarea
          label={t('queue.admin.documents')}
          description={t('queue.admin.documentsHelp')}
          autosize
          minRows={3}
          value={value.documents ?? ''}
          onChange={(e) => setValue({ ...value, documents: e.currentTarget.value })}
        />
        <Switch
          label={t('queue.admin.active')}
          checked={value.active ?? true}
          onChange={(e) => setValue({ ...value, active: e.currentTarget.checked })}
        />
        <ErrorAlert error={change.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={change.isPending}
            onClick={() => save({ kind: 'service', locationId, id: service?.id, input })}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

/** The dialog that adds a counter to a location or edits one: number, name and the services it calls. */
export function CounterDialog({
  location,
  counter,
  onClose,
}: {
  location: AdminLocation;
  counter: AdminCounter | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const next = Math.max(0, ...location.counters.map((c) => c.number)) + 1;
  const [value, setValue] = useState<CounterInput>(
    counter
      ? { number: counter.number, name: counter.name, serviceIds: counter.serviceIds, active: counter.active }
      : { number: Math.min(99, next), name: '', serviceIds: [], active: true },
  );
  const { save, change } = useSave(onClose);
  return (
    <Dialog
      opened
      onClose={onClose}
      title={counter ? t('queue.admin.editCounter') : t('queue.admin.addCounter')}
      size="lg"
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('queue.admin.counterNumber')}
            min={1}
            max={99}
            value={value.number}
            onChange={(n) => setValue({ ...value, number: Number(n) || 1 })}
          />
          <TextInput
            label={t('queue.admin.counterName')}
            value={value.name ?? ''}
            onChange={(e) => setValue({ ...value, name: e.currentTarget.value })}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('queue.admin.counterServices')}
          description={t('queue.admin.counterServicesHelp')}
          data={location.services.map((s) => ({ value: s.id, label: `${s.letter} · ${s.name}` }))}
          value={value.serviceIds}
          onChange={(serviceIds) => setValue({ ...value, serviceIds })}
        />
        <Switch
          label={t('queue.admin.active')}
          checked={value.active ?? true}
          onChange={(e) => setValue({ ...value, active: e.currentTarget.checked })}
        />
        <ErrorAlert error={change.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={change.isPending}
            disabled={value.serviceIds.length === 0}
            onClick={() => save({ kind: 'counter', locationId: location.id, id: counter?.id, input: value })}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

/** The dialog that creates a kiosk for a location and shows its secret link once. */
export function KioskDialog({ locationId, onClose }: { locationId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<NewKiosk | null>(null);
  const { save, change } = useSave();
  const link = created ? `${window.location.origin}${created.path}` : '';
  return (
    <Dialog opened onClose={onClose} title={t('queue.admin.addKiosk')} size="lg">
      {created ? (
        <Stack>
          <Alert color="orange" variant="light" title={t('queue.admin.kioskOnce')}>
            {t('queue.admin.kioskOnceText')}
          </Alert>
          <Text size="sm" fw={500}>
            {t('queue.admin.kioskLink')}
          </Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {link}
          </Code>
          <Text size="sm">{t('queue.admin.kioskPaper')}</Text>
          <Group>
            <CopyButton value={link}>
              {({ copied, copy }) => (
                <Button onClick={copy} variant={copied ? 'light' : 'filled'}>
                  {copied ? t('queue.admin.copied') : t('queue.admin.copyLink')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <TextInput
            label={t('queue.admin.kioskName')}
            description={t('queue.admin.kioskNameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={60}
          />
          <ErrorAlert error={change.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={name.trim().length < 2}
              loading={change.isPending}
              onClick={() =>
                save({ kind: 'kiosk', locationId, name: name.trim() }, (answer) => setCreated(answer as NewKiosk))
              }
            >
              {t('queue.admin.createKiosk')}
            </Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}
