import './queue.css';
import { PRIORITY_GROUPS, QUEUE_PERMISSIONS, type QueueSettings } from '@lentera/common';
import { Accordion, Button, Card, Checkbox, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { RequireAccess } from '../ui/guards';
import { useTenantSlug } from '../ui/tenant';
import { CounterDialog, KioskDialog, ServiceDialog } from './AdminDialogs';
import { LocationDialog } from './AdminLocationDialog';
import { LocationPanel, type OpenDialog } from './AdminLocationPanel';
import { useSave } from './admin-save';
import { useAdmin } from './api';
import { useQueueLabels } from './labels';

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
