import { Alert, Button, Group, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../people/shared/units';
import { ErrorAlert } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import type { NewService } from '../api';
import {
  localProblems,
  onlyFieldProblems,
  type ServiceField,
  type ServiceProblems,
  serverProblems,
  unitOptions,
} from './service-form';

export interface ServiceDialogProps {
  slug: string;
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  /** The values the form starts from each time it opens. */
  initial: NewService;
  /** The service's saved unit, kept among the choices even if the unit tree no longer lists it. */
  currentUnit?: { unitId: string; unitName: string };
  saving: boolean;
  /** The last save's error: its field details are shown under their fields, the rest above the buttons. */
  error: unknown;
  onSubmit: (values: NewService) => void;
}

/** A service's name, names, summary, unit and whether it is offered: the form of both "add" and "change". */
export function ServiceDialog(props: ServiceDialogProps) {
  return (
    <Dialog opened={props.opened} onClose={props.onClose} title={props.title} size="lg">
      {/* The form lives inside the dialog, which unmounts it when closed: each opening starts from `initial`. */}
      <ServiceForm {...props} />
    </Dialog>
  );
}

function ServiceForm({
  slug,
  onClose,
  submitLabel,
  initial,
  currentUnit,
  saving,
  error,
  onSubmit,
}: ServiceDialogProps) {
  const { t } = useTranslation();
  const units = useUnits(slug);
  const [values, setValues] = useState<NewService>(initial);
  const [local, setLocal] = useState<ServiceProblems>({});
  // Fields changed since the last save attempt: the server's complaint about them may no longer hold.
  const [edited, setEdited] = useState<ReadonlySet<ServiceField>>(new Set());
  const server = serverProblems(error);
  const problem = (field: ServiceField) => local[field] ?? (edited.has(field) ? undefined : server[field]);
  const set = <K extends ServiceField>(field: K, value: NewService[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setEdited((e) => new Set(e).add(field));
    setLocal((p) => ({ ...p, [field]: undefined }));
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found = localProblems(values, {
          unitRequired: t('services.admin.unitRequired'),
          nameRequired: t('services.admin.nameRequired'),
        });
        setLocal(found);
        if (Object.values(found).some(Boolean)) return;
        setEdited(new Set());
        onSubmit(values);
      }}
    >
      <Stack>
        <Select
          label={t('services.admin.unit')}
          required
          searchable
          data={unitOptions(units.data ?? [], currentUnit)}
          value={values.unitId || null}
          error={problem('unitId')}
          onChange={(value) => set('unitId', value ?? '')}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('services.admin.name')}
          description={t('services.admin.nameHint')}
          required
          maxLength={160}
          value={values.name}
          error={problem('name')}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
        <TextInput
          label={t('services.admin.nameEn')}
          description={t('services.serviceForm.nameEnHint')}
          maxLength={160}
          value={values.nameEn}
          error={problem('nameEn')}
          onChange={(e) => set('nameEn', e.currentTarget.value)}
        />
        <Textarea
          label={t('services.admin.summary')}
          description={t('services.admin.summaryHint')}
          autosize
          minRows={2}
          maxLength={600}
          value={values.summary}
          error={problem('summary')}
          onChange={(e) => set('summary', e.currentTarget.value)}
        />
        <Switch
          label={t('services.serviceForm.offered')}
          description={values.active ? t('services.serviceForm.offeredOn') : t('services.serviceForm.offeredOff')}
          checked={values.active}
          error={problem('active')}
          onChange={(e) => set('active', e.currentTarget.checked)}
        />
        {onlyFieldProblems(error) ? (
          <Alert color="red" variant="light" role="alert">
            {t('services.serviceForm.checkFields')}
          </Alert>
        ) : (
          <ErrorAlert error={error} formValues={values} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
