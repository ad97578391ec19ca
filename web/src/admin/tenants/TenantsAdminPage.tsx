import { TENANT_KINDS, type Tenant, tenantCreateSchema, tenantUpdateSchema } from '@lentera/common';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { timeZoneAbbreviation } from '../../ui/format';
import { applyServerErrors, schemaValidate, withoutBlanks } from '../../ui/forms';
import { AnchorLink } from '../../ui/links';
import { notify } from '../../ui/notify';
import { TableScroll } from '../../ui/TableScroll';
import { type TenantCreateInput, useAdminTenants, useCreateTenant, useUpdateTenant } from './api';

const INDONESIAN_ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];

interface TenantFormValues {
  slug: string;
  name: string;
  kind: string;
  code: string;
  timeZone: string;
  locale: string;
  logoUrl: string;
  contacts: { address: string; phone: string; email: string; website: string };
}

function toFormValues(tenant: Tenant | null): TenantFormValues {
  return {
    slug: tenant?.slug ?? '',
    name: tenant?.name ?? '',
    kind: tenant?.kind ?? 'kota',
    code: tenant?.code ?? '',
    timeZone: tenant?.timeZone ?? 'Asia/Jakarta',
    locale: tenant?.locale ?? 'id',
    logoUrl: tenant?.logoUrl ?? '',
    contacts: {
      address: tenant?.contacts.address ?? '',
      phone: tenant?.contacts.phone ?? '',
      email: tenant?.contacts.email ?? '',
      website: tenant?.contacts.website ?? '',
    },
  };
}

/** Form values as the API expects them: trimmed, blanks left out, the code in capitals. */
function toPayload(values: TenantFormValues): TenantCreateInput {
  return {
    slug: values.slug.trim(),
    name: values.name.trim(),
    kind: values.kind as TenantCreateInput['kind'],
    code: values.code.trim().toUpperCase(),
    timeZone: values.timeZone,
    locale: values.locale === 'en' ? 'en' : 'id',
    logoUrl: values.logoUrl.trim() || null,
    contacts: withoutBlanks({
      address: values.contacts.address.trim(),
      phone: values.contacts.phone.trim(),
      email: values.contacts.email.trim(),
      website: values.contacts.website.trim(),
    }),
  };
}

const TENANT_CODE_FIELDS = { slug_taken: 'slug' };

const FORMAT_MESSAGES = {
  slug: 'validation.slug',
  code: 'validation.tenantCode',
  timeZone: 'validation.timeZone',
} as const;

function TenantForm({ tenant, onDone }: { tenant: Tenant | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateTenant();
  const update = useUpdateTenant(tenant?.slug ?? '');
  const mutation = tenant ? update : create;
  const form = useForm<TenantFormValues>({
    initialValues: toFormValues(tenant),
    validate: tenant
      ? schemaValidate<TenantFormValues>(tenantUpdateSchema, {
          prepare: (values) => {
            const { slug: _slug, ...rest } = toPayload(values);
            return rest;
          },
          messages: FORMAT_MESSAGES,
        })
      : schemaValidate<TenantFormValues>(tenantCreateSchema, { prepare: toPayload, messages: FORMAT_MESSAGES }),
  });

  const onSubmit = form.onSubmit((values) => {
    const payload = toPayload(values);
    const onSuccess = (saved: Tenant) => {
      notify(
        tenant ? t('tenants.updated', { name: saved.name }) : t('tenants.created', { name: saved.name }),
        'success',
      );
      onDone();
    };
    const onError = (error: Error) => applyServerErrors(form, error, TENANT_CODE_FIELDS);
    if (tenant) {
      const { slug: _slug, ...changes } = payload;
      update.mutate(changes, { onSuccess, onError });
    } else {
      create.mutate(payload, { onSuccess, onError });
    }
  });

  const zones = INDONESIAN_ZONES.includes(form.values.timeZone)
    ? INDONESIAN_ZONES
    : [...INDONESIAN_ZONES, form.values.timeZone];

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} formValues={form.getValues()} codeFields={TENANT_CODE_FIELDS} />
        <TextInput
          label={t('tenants.name')}
          description={t('tenants.nameHint')}
          required
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('tenants.slug')}
            description={t('tenants.slugHint')}
            required
            disabled={tenant !== null}
            {...form.getInputProps('slug')}
          />
          <TextInput
            label={t('tenants.code')}
            description={t('tenants.codeHint')}
            required
            maxLength={4}
            {...form.getInputProps('code')}
          />
          <Select
            label={t('tenants.kind')}
            data={TENANT_KINDS.map((kind) => ({ value: kind, label: t(`tenantKind.${kind}`) }))}
            required
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('tenants.timeZone')}
            data={zones.map((zone) => ({ value: zone, label: `${timeZoneAbbreviation(zone)} (${zone})` }))}
            required
            allowDeselect={false}
            {...form.getInputProps('timeZone')}
          />
          <Select
            label={t('tenants.locale')}
            data={[
              { value: 'id', label: 'Bahasa Indonesia' },
              { value: 'en', label: 'English' },
            ]}
            required
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
          <TextInput
            label={t('tenants.logoUrl')}
            description={t('tenants.logoHint')}
            {...form.getInputProps('logoUrl')}
          />
        </SimpleGrid>
        <Title order={3} fz="h5">
          {t('tenants.contacts')}
        </Title>
        <TextInput label={t('portal.address')} {...form.getInputProps('contacts.address')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('portal.phone')} type="tel" {...form.getInputProps('contacts.phone')} />
          <TextInput label={t('portal.email')} type="email" {...form.getInputProps('contacts.email')} />
          <TextInput
            label={t('portal.website')}
            type="url"
            placeholder="https://"
            {...form.getInputProps('contacts.website')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {tenant ? t('common.save') : t('tenants.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Editing = { mode: 'create' } | { mode: 'edit'; tenant: Tenant } | null;

/** System administration: the governments on this installation. */
export function TenantsAdminPage() {
  const { t } = useTranslation();
  const tenants = useAdminTenants();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);

  return (
    <Page
      title={t('tenants.title')}
      description={t('tenants.intro')}
      actions={<Button onClick={() => setEditing({ mode: 'create' })}>{t('tenants.create')}</Button>}
    >
      {tenants.isPending ? <PageLoader /> : null}
      {tenants.isError ? <ErrorAlert error={tenants.error} onRetry={() => void tenants.refetch()} /> : null}
      {tenants.data ? (
        tenants.data.tenants.length === 0 ? (
          <Text>{t('tenants.empty')}</Text>
        ) : (
          <TableScroll minWidth={720} label={t('tenants.title')}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tenants.name')}</Table.Th>
                  <Table.Th>{t('tenants.slug')}</Table.Th>
                  <Table.Th>{t('tenants.code')}</Table.Th>
                  <Table.Th>{t('tenants.kind')}</Table.Th>
                  <Table.Th>{t('tenants.timeZone')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tenants.data.tenants.map((tenant) => (
                  <Table.Tr key={tenant.slug}>
                    <Table.Td>
                      <AnchorLink to="/t/$slug" params={{ slug: tenant.slug }}>
                        {tenant.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{tenant.slug}</Table.Td>
                    <Table.Td>{tenant.code}</Table.Td>
                    <Table.Td>{t(`tenantKind.${tenant.kind}`)}</Table.Td>
                    <Table.Td>{timeZoneAbbreviation(tenant.timeZone)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing({ mode: 'edit', tenant })}
                        aria-label={t('tenants.editOf', { name: tenant.name })}
                      >
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )
      ) : null}

      <Modal
        opened={editing !== null}
        onClose={close}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="xl"
        title={
          editing?.mode === 'edit' ? t('tenants.editTitle', { name: editing.tenant.name }) : t('tenants.createTitle')
        }
      >
        {editing ? (
          <TenantForm
            key={editing.mode === 'edit' ? editing.tenant.slug : 'new'}
            tenant={editing.mode === 'edit' ? editing.tenant : null}
            onDone={close}
          />
        ) : null}
      </Modal>
    </Page>
  );
}
