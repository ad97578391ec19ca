import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { type AdminService, useUpdateService } from '../api';
import { ServiceDialog } from './ServiceDialog';
import { serviceValues } from './service-form';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The service's own data (unit, names, summary, offered or not) with the button that changes it. */
export function ServiceDetails({ slug, service }: { slug: string; service: AdminService }) {
  const { t } = useTranslation();
  const update = useUpdateService(slug, service.id);
  const [editing, setEditing] = useState(false);
  const close = () => {
    update.reset();
    setEditing(false);
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="service-details-heading">
      <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
        <Title order={2} fz="h3" id="service-details-heading">
          {t('services.serviceForm.details')}
        </Title>
        <Button variant="light" onClick={() => setEditing(true)}>
          {t('services.serviceForm.edit')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <Item label={t('services.admin.unit')}>{service.unitName}</Item>
        <Item label={t('services.serviceForm.offered')}>
          {service.active ? (
            t('services.serviceForm.offeredYes')
          ) : (
            <Text component="span" inherit c="orange.9" fw={600}>
              {t('services.serviceForm.offeredNo')}
            </Text>
          )}
        </Item>
        <Item label={t('services.admin.name')}>{service.name}</Item>
        <Item label={t('services.admin.nameEn')}>{service.nameEn || t('services.serviceForm.noNameEn')}</Item>
      </SimpleGrid>
      <Stack mt="sm">
        <Item label={t('services.admin.summary')}>{service.summary || t('services.serviceForm.noSummary')}</Item>
      </Stack>
      <ServiceDialog
        slug={slug}
        opened={editing}
        onClose={close}
        title={t('services.serviceForm.editTitle')}
        submitLabel={t('services.serviceForm.save')}
        initial={serviceValues(service)}
        currentUnit={{ unitId: service.unitId, unitName: service.unitName }}
        saving={update.isPending}
        error={update.error}
        onSubmit={(values) =>
          update.mutate(values, {
            onSuccess: () => {
              close();
              notify(t('services.serviceForm.saved'), 'success');
            },
          })
        }
      />
    </Card>
  );
}
