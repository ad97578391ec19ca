import type { DayHours, LocationInput } from '@lentera/common';
import { Button, Checkbox, Group, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../ui/api';
import { ErrorAlert } from '../ui/components';
import { Dialog } from '../ui/Dialog';
import { useTenantSlug } from '../ui/tenant';
import { useSave } from './admin-save';
import type { AdminLocation } from './api';
import { useQueueLabels } from './labels';

const DEFAULT_HOURS: DayHours[] = [
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '11:30' },
  null,
  null,
];

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

/** The dialog that adds a location or edits one: name, address, unit, week hours, active. */
export function LocationDialog({ location, onClose }: { location: AdminLocation | null; onClose: () => void }) {
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
