import { FUNGSIONAL_LEVELS, JABATAN_KIND_CODES, positionCreateSchema, type Unit } from '@lentera/common';
import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import { applyServerErrors, schemaValidate } from '../../ui/forms';
import { notify } from '../../ui/notify';
import { type Position, useSavePosition } from './api';

interface PositionValues {
  unitId: string;
  name: string;
  kind: string;
  fungsionalLevel: string | null;
  class: number | string;
  quota: number | string;
  isHead: boolean;
}

const CODE_FIELDS = { position_exists: 'name', unit_has_head_position: 'isHead' };

function levelOptions(kind: string) {
  const category =
    kind === 'fungsional_keahlian' ? 'keahlian' : kind === 'fungsional_keterampilan' ? 'keterampilan' : null;
  return category ? FUNGSIONAL_LEVELS[category].map((l) => ({ value: l.code, label: l.label })) : [];
}

interface PositionFormProps {
  slug: string;
  unit: Unit;
  /** The position to edit; a new one when absent. */
  position: Position | null;
  onClose: () => void;
}

/** Adds or edits a position (jabatan): kind and functional level, class 1–17, quota, heading the unit. */
export function PositionFormModal({ slug, unit, position, onClose }: PositionFormProps) {
  const { t } = useTranslation();
  const save = useSavePosition(slug);
  const form = useForm<PositionValues>({
    initialValues: {
      unitId: unit.id,
      name: position?.name ?? '',
      kind: position?.kind ?? '',
      fungsionalLevel: position?.fungsionalLevel ?? null,
      class: position?.class ?? '',
      quota: position?.quota ?? 1,
      isHead: position?.isHead ?? false,
    },
    validate: schemaValidate<PositionValues>(positionCreateSchema, {
      prepare: (v) => ({
        ...v,
        class: v.class === '' ? undefined : Number(v.class),
        quota: v.quota === '' ? undefined : Number(v.quota),
      }),
    }),
    onValuesChange: (values, previous) => {
      if (values.kind !== previous.kind && levelOptions(values.kind).length === 0 && values.fungsionalLevel)
        form.setFieldValue('fungsionalLevel', null);
    },
  });
  const levels = levelOptions(form.getValues().kind);
  const onSubmit = form.onSubmit((values) =>
    save.mutate(
      {
        id: position?.id,
        unitId: unit.id,
        name: values.name.trim(),
        kind: values.kind,
        fungsionalLevel: levelOptions(values.kind).length ? values.fungsionalLevel : null,
        class: Number(values.class),
        quota: Number(values.quota),
        isHead: values.isHead,
      },
      {
        onSuccess: () => {
          notify(
            t(position ? 'structure.positions.updated' : 'structure.positions.created', { name: values.name.trim() }),
            'success',
          );
          onClose();
        },
        onError: (error) => applyServerErrors(form, error, CODE_FIELDS),
      },
    ),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        position
          ? t('structure.positions.editTitle', { name: position.name })
          : t('structure.positions.createTitle', { unit: unit.name })
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <ErrorAlert error={save.error} formValues={form.getValues()} codeFields={CODE_FIELDS} />
          <TextInput
            label={t('structure.positions.name')}
            description={t('structure.positions.nameHint')}
            required
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('structure.positions.kind')}
              data={JABATAN_KIND_CODES.map((kind) => ({ value: kind, label: t(`structure.kinds.${kind}`) }))}
              required
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            {levels.length ? (
              <Select
                label={t('structure.positions.level')}
                data={levels}
                clearable
                {...form.getInputProps('fungsionalLevel')}
              />
            ) : null}
            <NumberInput
              label={t('structure.positions.class')}
              description={t('structure.positions.classHint')}
              min={1}
              max={17}
              allowDecimal={false}
              required
              {...form.getInputProps('class')}
            />
            <NumberInput
              label={t('structure.positions.quota')}
              min={0}
              max={10000}
              allowDecimal={false}
              required
              {...form.getInputProps('quota')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('structure.positions.isHead')}
            description={t('structure.positions.isHeadHint')}
            {...form.getInputProps('isHead', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
