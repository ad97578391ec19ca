import {
  CORRECTABLE_FIELDS,
  correctionRequestSchema,
  EDUCATION_LEVELS,
  type EmployeeDetail,
  employeeUpdateSchema,
} from '@lentera/common';
import { Button, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/components';
import { schemaValidate } from '../../ui/forms';
import { i18n } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { useRequestCorrection } from './api';

type Field = (typeof CORRECTABLE_FIELDS)[number];
interface Values {
  field: Field | '';
  value: string;
  reason: string;
}

const reasonSchema = correctionRequestSchema.pick({ reason: true });

/** The same rules as the server: a proposed e-mail must be an e-mail, a name at least two letters. */
function validate(values: Values) {
  const errors = schemaValidate<Values>(reasonSchema)(values);
  if (!values.field) return { ...errors, field: i18n.t('validation.required') };
  const fieldSchema = employeeUpdateSchema.pick({ [values.field]: true } as Record<Field, true>);
  const value = values.value.trim() === '' ? null : values.value;
  const fieldErrors = schemaValidate(fieldSchema)({ [values.field]: value });
  const message = fieldErrors[values.field];
  if (message) errors.value = message;
  return errors;
}

export function fieldLabelKey(field: string) {
  return `employees.fields.${field}` as const;
}

/** An employee asks BKPSDM to correct one field of their record, with the reason and evidence. */
export function CorrectionRequestForm({ slug, employee }: { slug: string; employee: EmployeeDetail }) {
  const { t } = useTranslation();
  const request = useRequestCorrection(slug);
  const form = useForm<Values>({ initialValues: { field: '', value: '', reason: '' }, validate });
  const values = form.getValues();
  const current = values.field ? employee[values.field] : null;

  const onSubmit = form.onSubmit((input) =>
    request.mutate(
      {
        changes: { [input.field]: input.value.trim() === '' ? null : input.value.trim() },
        reason: input.reason.trim(),
      },
      {
        onSuccess: () => {
          notify(t('employees.correction.sent'), 'success');
          form.reset();
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          for (const detail of error.fieldErrors) {
            if (detail.path.startsWith('changes')) form.setFieldError('value', detail.message);
            if (detail.path === 'reason') form.setFieldError('reason', detail.message);
          }
        },
      },
    ),
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="correction-heading">
      <Title order={2} fz="h4" id="correction-heading">
        {t('employees.correction.formTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('employees.correction.formIntro')}
      </Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <ErrorAlert error={request.error} formValues={{ ...values, changes: { [values.field]: '' } }} />
          <Select
            label={t('employees.correction.field')}
            placeholder={t('employees.correction.fieldPlaceholder')}
            data={CORRECTABLE_FIELDS.map((field) => ({ value: field, label: t(fieldLabelKey(field) as never) }))}
            required
            {...form.getInputProps('field')}
            onChange={(field) => {
              form.setFieldValue('field', (field ?? '') as Field | '');
              form.setFieldValue('value', '');
            }}
          />
          {values.field === 'educationLevel' ? (
            <Select
              label={t('employees.correction.value')}
              description={t('employees.correction.current', { value: current ?? '—' })}
              data={[...EDUCATION_LEVELS]}
              {...form.getInputProps('value')}
            />
          ) : (
            <TextInput
              label={t('employees.correction.value')}
              description={values.field ? t('employees.correction.current', { value: current ?? '—' }) : undefined}
              disabled={!values.field}
              {...form.getInputProps('value')}
            />
          )}
          <Textarea
            label={t('employees.correction.reason')}
            description={t('employees.correction.reasonHint')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <Group>
            <Button type="submit" loading={request.isPending}>
              {t('employees.correction.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
