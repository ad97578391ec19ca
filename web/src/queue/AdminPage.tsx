import './queue.css';
import {
  type CounterInput,
  type DayHours,
  type LocationInput,
  PRIORITY_GROUPS,
  QUEUE_PERMISSIONS,
  type QueueSettings,
  type ServiceInput,
} from '@lentera/common';
import {
  Accordion,
  Alert,
  Button,
  Card,
  Checkbox,
  Code,
  CopyButton,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../ui/api';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { Dialog } from '../ui/Dialog';
import { formatDate } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { notify } from '../ui/notify';
import { TableScroll } from '../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import {
  type AdminChange,
  type AdminCounter,
  type AdminLocation,
  type AdminService,
  type NewKiosk,
  useAdmin,
  useAdminChange,
} from './api';
import { formatClock, useQueueLabels } from './labels';

const DEFAULT_HOURS: DayHours[] = [
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '11:30' },
  null,
  null,
];

function useSave(onDone?: () => void) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const change = useAdminChange(slug);
  const save = (c: AdminChange, after?: (answer: unknown) => void) =>
    change.mutate(c, {
      onSuccess: (answer) => {
        notify(t('queue.admin.saved'), 'success');
        after?.(answer);
        onDone?.();
      },
    });
  return { save, change };
}

function SettingsCard({ settings }: { settings: QueueSettings }) {
  const { t } = useTranslation();
  const labels = useQueueLabels();
  const [value, setValue] = useState(settings);
  const { save, change } = useSave();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="queue-settings">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="queue-settings">
          {t('queue.admin.settings')}
        </Title>
        <Checkbox.Group
          label={t('queue.admin.priorityGroups')}
          description={t('queue.admin.priorityGroupsHelp')}
          value={value.priorityGroups}
          onChange={(groups) => setValue({ ...value, priorityGroups: groups as QueueSettings['priorityGroups'] })}
        >
          <Stack gap={6} mt="xs">
            {PRIORITY_GROUPS.map((group) => (
              <Checkbox key={group} value={group} label={labels.priority(group)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('queue.admin.maxRecalls')}
            description={t('queue.admin.maxRecallsHelp')}
            min={0}
            max={5}
            value={value.maxRecalls}
            onChange={(n) => setValue({ ...value, maxRecalls: Number(n) || 0 })}
          />
          <NumberInput
            label={t('queue.admin.surveyDays')}
            description={t('queue.admin.surveyDaysHelp')}
            min={1}
            max={30}
            value={value.surveyDays}
            onChange={(n) => setValue({ ...value, surveyDays: Number(n) || 1 })}
          />
        </SimpleGrid>
        <ErrorAlert error={change.error} />
        <Group>
          <Button loading={change.isPending} onClick={() => save({ kind: 'settings', settings: value })}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function HoursEditor({ hours, onChange }: { hours: DayHours[]; onChange: (h: DayHours[]) => void }) {
  const { t } = useTranslation();
  const labels = useQueueLabels();
  const set = (i: number, day: DayHours) => onChange(hours.map((h, j) => (j === i ? day : h)));
  return (
    <Stack gap={6}>
      <Text fw={500} size="sm">
        {t('queue.locations.weekHours')}
      </Text>
      {hours.map((day, i) => {
        const name = labels.weekday(i + 1);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the seven weekdays, Monday first
          <Group key={i} gap={6} wrap="nowrap" align="center">
            <Checkbox
              w={92}
              style={{ flexShrink: 0 }}
              label={name}
              checked={day !== null}
              onChange={(e) => set(i, e.currentTarget.checked ? { open: '08:00', close: '15:00' } : null)}
            />
            {day ? (
              <>
                <TextInput
                  type="time"
                  aria-label={t('queue.admin.opensAt', { day: name })}
                  value={day.open}
                  onChange={(e) => set(i, { ...day, open: e.currentTarget.value })}
                  style={{ flex: '0 1 7rem', minWidth: 0 }}
                />
                <Text size="sm" aria-hidden="true">
                  –
                </Text>
                <TextInput
                  type="time"
                  aria-label={t('queue.admin.closesAt', { day: name })}
                  value={day.close}
                  onChange={(e) => set(i, { ...day, close: e.currentTarget.value })}
                  style={{ flex: '0 1 7rem', minWidth: 0 }}
                />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('queue.locations.closedDay')}
              </Text>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}

/** The government's units (from the public workforce figures), to place a location in the unit whose officers serve it. */
function useUnits(slug: string) {
  return useQuery({
    queryKey: ['tenant', slug, 'workforce', 'stats'],
    queryFn: ({ signal }) =>
      api<{ units: Array<{ id: string; name: string }> }>(`/api/t/${encodeURIComponent(slug)}/workforce/stats`, {
        signal,
      }),
    select: (data) => data.units,
    staleTime: 5 * 60_000,
  });
}

function LocationDialog({ location, onClose }: { location: AdminLocation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits(useTenantSlug() ?? '');
  const [value, setValue] = useState<LocationInput>(
    location
      ? {
          name: location.name,
          address: location.address,
          unitId: location.unitId,
          hours: [...location.hours],
          active: location.active,
        }
      : { name: '', address: '', unitId: null, hours: DEFAULT_HOURS, active: true },
  );
  const { save, change } = useSave(onClose);
  return (
    <Dialog
      opened
      onClose={onClose}
      title={location ? t('queue.admin.editLocation') : t('queue.admin.addLocation')}
      size="lg"
    >
      <Stack>
        <TextInput
          label={t('queue.admin.name')}
          required
          value={value.name}
          onChange={(e) => setValue({ ...value, name: e.currentTarget.value })}
        />
        <Textarea
          label={t('queue.admin.address')}
          value={value.address ?? ''}
          onChange={(e) => setValue({ ...value, address: e.currentTarget.value })}
        />
        <Select
          label={t('queue.admin.unit')}
          description={t('queue.admin.unitHelp')}
          placeholder={t('queue.admin.noUnit')}
          data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={value.unitId ?? null}
          onChange={(unitId) => setValue({ ...value, unitId })}
          searchable
          clearable
          nothingFoundMessage={t('queue.admin.noUnitFound')}
        />
        <HoursEditor hours={[...value.hours] as DayHours[]} onChange={(hours) => setValue({ ...value, hours })} />
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
          <Button loading={change.isPending} onClick={() => save({ kind: 'location', id: location?.id, input: value })}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

function ServiceDialog({
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

function CounterDialog({
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

function KioskDialog({ locationId, onClose }: { locationId: string; onClose: () => void }) {
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

type OpenDialog =
  | { kind: 'location'; location: AdminLocation | null }
  | { kind: 'service'; location: AdminLocation; service: AdminService | null }
  | { kind: 'counter'; location: AdminLocation; counter: AdminCounter | null }
  | { kind: 'kiosk'; location: AdminLocation }
  | { kind: 'delete-kiosk'; id: string; name: string };

function LocationPanel({ location, open }: { location: AdminLocation; open: (d: OpenDialog) => void }) {
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

function Setup() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const admin = useAdmin(slug);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const { save, change } = useSave(() => setDialog(null));
  const close = () => setDialog(null);
  return (
    <Page
      title={t('queue.admin.title')}
      description={t('queue.admin.intro')}
      actions={
        <Button onClick={() => setDialog({ kind: 'location', location: null })}>{t('queue.admin.addLocation')}</Button>
      }
    >
      {admin.isPending ? <PageLoader /> : null}
      {admin.isError ? <ErrorAlert error={admin.error} onRetry={() => void admin.refetch()} /> : null}
      {admin.data ? (
        <>
          <SettingsCard settings={admin.data.settings} />
          {admin.data.locations.length === 0 ? <Text c="dimmed">{t('queue.admin.noLocations')}</Text> : null}
          <Accordion variant="separated" multiple defaultValue={admin.data.locations.slice(0, 1).map((l) => l.id)}>
            {admin.data.locations.map((location) => (
              <Accordion.Item key={location.id} value={location.id}>
                <Accordion.Control>
                  <Text fw={600}>
                    {location.name}
                    {location.active ? '' : ` (${t('queue.admin.inactive')})`}
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <LocationPanel location={location} open={setDialog} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      ) : null}
      {dialog?.kind === 'location' ? <LocationDialog location={dialog.location} onClose={close} /> : null}
      {dialog?.kind === 'service' ? (
        <ServiceDialog locationId={dialog.location.id} service={dialog.service} onClose={close} />
      ) : null}
      {dialog?.kind === 'counter' ? (
        <CounterDialog location={dialog.location} counter={dialog.counter} onClose={close} />
      ) : null}
      {dialog?.kind === 'kiosk' ? <KioskDialog locationId={dialog.location.id} onClose={close} /> : null}
      {dialog?.kind === 'delete-kiosk' ? (
        <ConfirmDialog
          opened
          title={t('queue.admin.deleteKioskTitle')}
          message={t('queue.admin.deleteKioskText', { name: dialog.name })}
          confirmLabel={t('common.delete')}
          loading={change.isPending}
          onConfirm={() => save({ kind: 'delete-kiosk', id: dialog.id })}
          onClose={close}
          error={change.error}
        />
      ) : null}
    </Page>
  );
}

/** The queue's setup: settings, locations with their hours, services, counters and kiosks. */
export function AdminPage() {
  return (
    <RequireAccess permission={QUEUE_PERMISSIONS.manage}>
      <Setup />
    </RequireAccess>
  );
}
