import { EDUCATION_LEVELS, type EmployeeDetail, employeeUpdateSchema } from '@lentera/common';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/components';
import { formatDateTime } from '../../ui/format';
import { applyServerErrors, schemaValidate } from '../../ui/forms';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { useTenantTimeZone } from '../../ui/tenant';
import { useEmployee, useUpdateEmployee } from './api';

const FIELDS = [
  'frontTitle',
  'name',
  'backTitle',
  'birthPlace',
  'educationLevel',
  'educationMajor',
  'email',
  'phone',
  'address',
] as const;
type Values = Record<(typeof FIELDS)[number], string>;

function valuesOf(employee: EmployeeDetail): Values {
  return Object.fromEntries(FIELDS.map((field) => [field, employee[field] ?? ''])) as Values;
}
/** Blank fields are sent as null: emptying a field clears it. */
function prepare(values: Values, version: number) {
  const body: Record<string, string | number | null> = { version };
  for (const field of FIELDS) body[field] = values[field].trim() === '' ? null : values[field].trim();
  return body;
}

function ConflictAlert({ error, onReload, reloading }: { error: ApiError; onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const details = (error.details ?? {}) as { updatedBy?: string | null; updatedAt?: string | null };
  return (
    <Alert color="orange" variant="light" role="alert" title={t('employees.edit.conflictTitle')}>
      <Stack gap="xs">
        <Text size="sm">
          {t('employees.edit.conflict', {
            by: details.updatedBy ?? '—',
            at: details.updatedAt ? formatDateTime(details.updatedAt, timeZone, currentLang()) : '—',
          })}
        </Text>
        <Group>
          <Button size="xs" onClick={onReload} loading={reloading}>
            {t('employees.edit.reload')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

interface EditEmployeeFormProps {
  slug: string;
  employee: EmployeeDetail;
  onDone: () => void;
}

/**
 * Personal data of one employee. The form remembers the version it was filled from: if someone saves in between,
 * the server refuses with who and when, and "reload" brings the latest data (and version) into the form.
 */
export function EditEmployeeForm({ slug, employee, onDone }: EditEmployeeFormProps) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(employee.version);
  const update = useUpdateEmployee(slug, employee.id);
  const fresh = useEmployee(slug, employee.id);
  const form = useForm<Values>({
    initialValues: valuesOf(employee),
    validate: (values) => schemaValidate(employeeUpdateSchema)(prepare(values, version)),
  });
  const conflict = isApiError(update.error, 'employee_edited_meanwhile') ? (update.error as ApiError) : null;

  const reload = async () => {
    const latest = await fresh.refetch();
    if (!latest.data) return;
    form.setValues(valuesOf(latest.data));
    form.resetDirty(valuesOf(latest.data));
    setVersion(latest.data.version);
    update.reset();
  };
  const onSubmit = form.onSubmit((values) =>
    update.mutate(prepare(values, version) as never, {
      onSuccess: (saved) => {
        notify(t('employees.edit.saved', { name: saved.displayName }), 'success');
        onDone();
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );
  const input = (field: (typeof FIELDS)[number], label: string) => (
    <TextInput label={t(label as never)} {...form.getInputProps(field)} />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('employees.edit.intro')}</Text>
        {conflict ? (
          <ConflictAlert error={conflict} onReload={() => void reload()} reloading={fresh.isFetching} />
        ) : (
          <ErrorAlert error={update.error} formValues={form.getValues()} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {input('frontTitle', 'employees.fields.frontTitle')}
          <TextInput label={t('employees.fields.name')} required {...form.getInputProps('name')} />
          {input('backTitle', 'employees.fields.backTitle')}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('birthPlace', 'employees.fields.birthPlace')}
          <Select
            label={t('employees.fields.educationLevel')}
            data={[...EDUCATION_LEVELS]}
            clearable
            {...form.getInputProps('educationLevel')}
            value={form.getValues().educationLevel || null}
            onChange={(value) => form.setFieldValue('educationLevel', value ?? '')}
          />
          {input('educationMajor', 'employees.fields.educationMajor')}
          <TextInput type="email" label={t('employees.fields.email')} {...form.getInputProps('email')} />
          <TextInput type="tel" label={t('employees.fields.phone')} {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Textarea label={t('employees.fields.address')} autosize minRows={2} {...form.getInputProps('address')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={conflict !== null}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
