import { UNIT_TYPES, type Unit, unitCreateSchema, unitMoveSchema } from '@lentera/common';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import { DateField } from '../../ui/dates';
import { todayIn } from '../../ui/format';
import { applyServerErrors, schemaValidate } from '../../ui/forms';
import { notify } from '../../ui/notify';
import { useTenantTimeZone } from '../../ui/tenant';
import { useCloseUnit, useCreateUnit, useMoveUnit, useUpdateUnit } from './api';
import { unitPickerOptions } from './tree';

export type UnitDialog =
  | { kind: 'create'; parent: Unit | null }
  | { kind: 'edit'; unit: Unit }
  | { kind: 'move'; unit: Unit }
  | { kind: 'close'; unit: Unit };

interface DialogProps {
  slug: string;
  units: readonly Unit[];
  dialog: UnitDialog;
  onClose: () => void;
  /** Called with the unit's id after a change, so that the tree can show it. */
  onDone?: (unitId: string) => void;
}

const CODE_FIELDS = { unit_code_taken: 'code', unit_move_into_itself: 'parentId', unit_closed: 'parentId' };

interface UnitValues {
  code: string;
  name: string;
  type: string;
  parentId: string | null;
  openedOn: string | null;
}

function UnitForm({ slug, units, dialog, onClose, onDone }: DialogProps & { dialog: { kind: 'create' | 'edit' } }) {
  const { t } = useTranslation();
  const create = useCreateUnit(slug);
  const update = useUpdateUnit(slug);
  const mutation = dialog.kind === 'create' ? create : update;
  const unit = dialog.kind === 'edit' ? (dialog as { unit: Unit }).unit : null;
  const parent = dialog.kind === 'create' ? (dialog as { parent: Unit | null }).parent : null;
  const form = useForm<UnitValues>({
    initialValues: {
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      type: unit?.type ?? '',
      parentId: unit ? unit.parentId : (parent?.id ?? null),
      openedOn: null,
    },
    validate: schemaValidate<UnitValues>(unitCreateSchema, {
      prepare: (v) => ({ ...v, openedOn: v.openedOn ?? undefined }),
      messages: { code: 'structure.unitForm.codeHint' },
    }),
  });
  const onSubmit = form.onSubmit((values) => {
    const done = (saved: { id: string }) => {
      onDone?.(saved.id);
      notify(t(unit ? 'structure.units.updated' : 'structure.units.created', { name: values.name.trim() }), 'success');
      onClose();
    };
    const onError = (error: unknown) => applyServerErrors(form, error, CODE_FIELDS);
    if (unit)
      update.mutate(
        { id: unit.id, code: values.code, name: values.name, type: values.type },
        { onSuccess: done, onError },
      );
    else
      create.mutate(
        {
          code: values.code,
          name: values.name,
          type: values.type,
          parentId: values.parentId,
          ...(values.openedOn ? { openedOn: values.openedOn } : {}),
        },
        { onSuccess: done, onError },
      );
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ErrorAlert error={mutation.error} formValues={form.getValues()} codeFields={CODE_FIELDS} />
        <TextInput
          label={t('structure.unitForm.name')}
          description={t('structure.unitForm.nameHint')}
          required
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('structure.unitForm.code')}
          description={t('structure.unitForm.codeHint')}
          required
          {...form.getInputProps('code')}
        />
        <Select
          label={t('structure.unitForm.type')}
          data={UNIT_TYPES.map((type) => ({ value: type, label: t(`structure.unitTypes.${type}`) }))}
          required
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('type')}
        />
        {unit ? null : (
          <>
            <Select
              label={t('structure.unitForm.parent')}
              description={t('structure.unitForm.parentHint')}
              placeholder={t('structure.unitForm.unitPlaceholder')}
              nothingFoundMessage={t('structure.unitForm.nothingFound')}
              data={unitPickerOptions(units)}
              searchable
              clearable
              {...form.getInputProps('parentId')}
            />
            <DateField
              label={t('structure.unitForm.openedOn')}
              description={t('structure.unitForm.openedOnHint')}
              clearable
              {...form.getInputProps('openedOn')}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('structure.unitForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MoveForm({ slug, units, unit, onClose, onDone }: Omit<DialogProps, 'dialog'> & { unit: Unit }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const move = useMoveUnit(slug);
  const form = useForm<{ parentId: string | null; effectiveOn: string | null }>({
    initialValues: { parentId: null, effectiveOn: todayIn(timeZone) },
    validate: schemaValidate(unitMoveSchema),
  });
  const onSubmit = form.onSubmit((values) =>
    move.mutate(
      { id: unit.id, parentId: values.parentId ?? '', effectiveOn: values.effectiveOn ?? '' },
      {
        onSuccess: () => {
          onDone?.(unit.id);
          notify(t('structure.units.moved', { name: unit.name }), 'success');
          onClose();
        },
        onError: (error) => applyServerErrors(form, error, CODE_FIELDS),
      },
    ),
  );
  const options = unitPickerOptions(units, (u) => u.id === unit.id || u.id === unit.parentId);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('structure.moveForm.intro')}</Text>
        <ErrorAlert error={move.error} formValues={form.getValues()} codeFields={CODE_FIELDS} />
        <Select
          label={t('structure.moveForm.newParent')}
          placeholder={t('structure.unitForm.unitPlaceholder')}
          nothingFoundMessage={t('structure.unitForm.nothingFound')}
          data={options}
          searchable
          required
          {...form.getInputProps('parentId')}
        />
        <DateField label={t('structure.moveForm.effectiveOn')} required {...form.getInputProps('effectiveOn')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={move.isPending}>
            {t('structure.moveForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CloseForm({ slug, unit, onClose }: Omit<DialogProps, 'dialog' | 'units'> & { unit: Unit }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const close = useCloseUnit(slug);
  const form = useForm<{ closedOn: string | null }>({ initialValues: { closedOn: todayIn(timeZone) } });
  const onSubmit = form.onSubmit((values) =>
    close.mutate(
      { id: unit.id, closedOn: values.closedOn ?? todayIn(timeZone) },
      {
        onSuccess: () => {
          notify(t('structure.units.closedDone', { name: unit.name }), 'success');
          onClose();
        },
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('structure.closeForm.intro')}</Text>
        <ErrorAlert error={close.error} />
        <DateField label={t('structure.closeForm.closedOn')} required {...form.getInputProps('closedOn')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={close.isPending}>
            {t('structure.closeForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The dialog for one action on the unit tree: create, edit, move or close. */
export function UnitDialogModal({ slug, units, dialog, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const title =
    dialog.kind === 'create'
      ? dialog.parent
        ? t('structure.units.addUnder', { name: dialog.parent.name })
        : t('structure.unitForm.createTitle')
      : dialog.kind === 'edit'
        ? t('structure.unitForm.editTitle', { name: dialog.unit.name })
        : dialog.kind === 'move'
          ? t('structure.moveForm.title', { name: dialog.unit.name })
          : t('structure.closeForm.title', { name: dialog.unit.name });
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {dialog.kind === 'create' || dialog.kind === 'edit' ? (
        <UnitForm slug={slug} units={units} dialog={dialog} onClose={onClose} onDone={onDone} />
      ) : dialog.kind === 'move' ? (
        <MoveForm slug={slug} units={units} unit={dialog.unit} onClose={onClose} onDone={onDone} />
      ) : (
        <CloseForm slug={slug} unit={dialog.unit} onClose={onClose} />
      )}
    </Modal>
  );
}
