import { type CareerEntryInput, careerEntrySchema, type EmployeeDetail } from '@lentera/common';
import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import { DateField } from '../../ui/dates';
import { applyServerErrors, schemaValidate } from '../../ui/forms';
import { notify } from '../../ui/notify';
import { UnitSelect } from '../shared/UnitSelect';
import { usePositions, useRecordCareerChange } from './api';
import { employmentOptions, rankOptions, statusOptions } from './labels';

const KINDS = ['rank', 'position', 'status', 'employment'] as const;
type Kind = (typeof KINDS)[number];

interface Values {
  kind: Kind;
  rank: string;
  unitId: string;
  positionId: string;
  status: string;
  employment: string;
  /** Dates are null until chosen: the date picker reads an empty string as an invalid date. */
  tmt: string | null;
  skNumber: string;
  skDate: string | null;
  note: string;
}

/** Only the change of the chosen kind is sent: a promotion never moves the employee by accident. */
function prepare(values: Values): CareerEntryInput {
  const blank = (value: string | null) => (!value || value.trim() === '' ? null : value.trim());
  return {
    tmt: values.tmt ?? '',
    skNumber: (values.skNumber ?? '').trim(),
    skDate: blank(values.skDate),
    note: blank(values.note),
    rank: values.kind === 'rank' ? blank(values.rank) : null,
    positionId: values.kind === 'position' ? blank(values.positionId) : null,
    status: values.kind === 'status' ? (blank(values.status) as CareerEntryInput['status']) : null,
    employment: values.kind === 'employment' ? (blank(values.employment) as CareerEntryInput['employment']) : null,
  };
}

const REQUIRED_BY_KIND: Record<Kind, keyof Values> = {
  rank: 'rank',
  position: 'positionId',
  status: 'status',
  employment: 'employment',
};

interface CareerChangeFormProps {
  slug: string;
  employee: EmployeeDetail;
  onDone: () => void;
}

/** Records a promotion, transfer, status change or leaving, with its SK; the record follows the history. */
export function CareerChangeForm({ slug, employee, onDone }: CareerChangeFormProps) {
  const { t } = useTranslation();
  const record = useRecordCareerChange(slug, employee.id);
  const form = useForm<Values>({
    initialValues: {
      kind: 'rank',
      rank: '',
      unitId: employee.unitId ?? '',
      positionId: '',
      status: '',
      employment: '',
      tmt: null,
      skNumber: '',
      skDate: null,
      note: '',
    },
    validate: (values) => {
      const errors = schemaValidate(careerEntrySchema)(prepare(values));
      // The schema asks for "some change"; the form knows which one is missing.
      const field = REQUIRED_BY_KIND[values.kind];
      if (!values[field]) errors[field] = t('validation.required');
      if (values.kind !== 'position') delete errors.positionId;
      return errors;
    },
  });
  const values = form.getValues();
  const positions = usePositions(slug, values.kind === 'position' && values.unitId ? values.unitId : null);
  const positionOptions = (positions.data ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} (${p.filled}/${p.quota})`,
  }));

  const onSubmit = form.onSubmit((input) =>
    record.mutate(prepare(input), {
      onSuccess: (saved) => {
        notify(t('employees.career.saved', { name: saved.displayName }), 'success');
        onDone();
      },
      onError: (error) => applyServerErrors(form, error),
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('employees.career.intro')}</Text>
        <ErrorAlert error={record.error} formValues={values} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="career-kind-label">
            {t('employees.career.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="career-kind-label"
            orientation="vertical"
            fullWidth
            data={KINDS.map((kind) => ({ value: kind, label: t(`employees.career.kinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
        </Stack>
        {values.kind === 'rank' ? (
          <Select
            label={t('employees.career.newRank')}
            data={rankOptions(employee.status)}
            searchable
            required
            {...form.getInputProps('rank')}
          />
        ) : null}
        {values.kind === 'position' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <UnitSelect
              slug={slug}
              label={t('employees.career.newUnit')}
              required
              value={values.unitId || null}
              onChange={(unitId) => {
                form.setFieldValue('unitId', unitId ?? '');
                form.setFieldValue('positionId', '');
              }}
            />
            <Select
              label={t('employees.career.newPosition')}
              placeholder={values.unitId ? undefined : t('employees.career.chooseUnitFirst')}
              data={positionOptions}
              searchable
              required
              disabled={!values.unitId || positions.isPending}
              {...form.getInputProps('positionId')}
            />
          </SimpleGrid>
        ) : null}
        {values.kind === 'status' ? (
          <Select
            label={t('employees.career.newStatus')}
            data={statusOptions()}
            required
            {...form.getInputProps('status')}
          />
        ) : null}
        {values.kind === 'employment' ? (
          <Select
            label={t('employees.career.newEmployment')}
            data={employmentOptions()}
            required
            {...form.getInputProps('employment')}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField label={t('employees.career.tmt')} required {...form.getInputProps('tmt')} />
          <TextInput
            label={t('employees.career.skNumber')}
            description={t('employees.career.skNumberHint')}
            required
            {...form.getInputProps('skNumber')}
          />
          <DateField label={t('employees.career.skDate')} clearable {...form.getInputProps('skDate')} />
        </SimpleGrid>
        <TextInput label={t('employees.career.note')} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('employees.career.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
