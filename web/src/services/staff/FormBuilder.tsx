import { DOCUMENT_TYPES, FIELD_TYPES, type FieldType, MAX_DOCUMENT_BYTES } from '@lentera/common';
import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentTypesText } from '../format';
import { type BuilderField, moveField, newField, updateField } from './form-builder';

interface FormBuilderProps {
  fields: BuilderField[];
  onChange: (fields: BuilderField[]) => void;
  readOnly?: boolean;
}

function FieldEditor({
  field,
  index,
  count,
  fields,
  onChange,
  readOnly,
}: {
  field: BuilderField;
  index: number;
  count: number;
  fields: BuilderField[];
  onChange: (fields: BuilderField[]) => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const set = (change: Partial<BuilderField>) => onChange(updateField(fields, field.uid, change));
  const id = `fb-${field.uid}`;
  const name = field.label || t('services.builder.unnamed');
  const typeOptions = FIELD_TYPES.map((type) => ({ value: type, label: t(`services.words.fieldType.${type}`) }));
  return (
    <Card withBorder padding="md" component="li" aria-labelledby={`${id}-heading`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={4} fz="md" id={`${id}-heading`} style={{ overflowWrap: 'anywhere' }}>
            {t('services.builder.fieldN', { n: index + 1, label: name })}
          </Title>
          {readOnly ? null : (
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="default"
                aria-label={t('services.builder.moveUp', { label: name })}
                disabled={index === 0}
                onClick={() => onChange(moveField(fields, index, -1))}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="default"
                aria-label={t('services.builder.moveDown', { label: name })}
                disabled={index === count - 1}
                onClick={() => onChange(moveField(fields, index, 1))}
              >
                ↓
              </ActionIcon>
              <Button
                size="xs"
                variant="subtle"
                color="red.9"
                onClick={() => onChange(fields.filter((f) => f.uid !== field.uid))}
                aria-label={t('services.builder.remove', { label: name })}
              >
                {t('services.builder.removeShort')}
              </Button>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('services.builder.label')}
            required
            maxLength={120}
            readOnly={readOnly}
            value={field.label}
            onChange={(e) => set({ label: e.currentTarget.value })}
          />
          <TextInput
            label={t('services.builder.labelEn')}
            maxLength={120}
            readOnly={readOnly}
            value={field.labelEn}
            onChange={(e) => set({ labelEn: e.currentTarget.value })}
          />
          <Select
            label={t('services.builder.type')}
            data={typeOptions}
            allowDeselect={false}
            readOnly={readOnly}
            value={field.type}
            onChange={(value) => value && set({ type: value as FieldType })}
          />
          <TextInput
            label={t('services.builder.key')}
            description={t('services.builder.keyHint', { key: `{{${field.key}}}` })}
            maxLength={40}
            readOnly={readOnly}
            value={field.key}
            onChange={(e) => set({ key: e.currentTarget.value.toLowerCase() })}
          />
        </SimpleGrid>
        <TextInput
          label={t('services.builder.help')}
          description={t('services.builder.helpHint')}
          maxLength={300}
          readOnly={readOnly}
          value={field.help}
          onChange={(e) => set({ help: e.currentTarget.value })}
        />
        <Checkbox
          label={t('services.builder.required')}
          checked={field.required}
          disabled={readOnly}
          onChange={(e) => set({ required: e.currentTarget.checked })}
        />
        {field.type === 'text' || field.type === 'address' ? (
          <NumberInput
            label={t('services.builder.maxLength')}
            min={1}
            max={2000}
            readOnly={readOnly}
            value={field.maxLength}
            onChange={(value) => set({ maxLength: typeof value === 'number' ? value : 500 })}
            w={220}
          />
        ) : null}
        {field.type === 'number' ? (
          <Group gap="sm">
            <NumberInput
              label={t('services.builder.min')}
              readOnly={readOnly}
              value={field.min ?? ''}
              onChange={(value) => set({ min: typeof value === 'number' ? value : null })}
              w={160}
            />
            <NumberInput
              label={t('services.builder.max')}
              readOnly={readOnly}
              value={field.max ?? ''}
              onChange={(value) => set({ max: typeof value === 'number' ? value : null })}
              w={160}
            />
          </Group>
        ) : null}
        {field.type === 'choice' ? (
          <Stack gap="xs" component="fieldset" m={0} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)' }}>
            <Text component="legend" size="sm" fw={600}>
              {t('services.builder.choices')}
            </Text>
            {field.choices.map((choice, i) => (
              <Group
                // biome-ignore lint/suspicious/noArrayIndexKey: choices are edited in place; their position is their identity
                key={i}
                gap="xs"
                wrap="nowrap"
              >
                <TextInput
                  aria-label={t('services.builder.choiceN', { n: i + 1 })}
                  maxLength={120}
                  readOnly={readOnly}
                  value={choice}
                  onChange={(e) => set({ choices: field.choices.map((c, j) => (j === i ? e.currentTarget.value : c)) })}
                  style={{ flex: 1 }}
                />
                {readOnly ? null : (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red.9"
                    disabled={field.choices.length <= 2}
                    aria-label={t('services.builder.removeChoice', { n: i + 1 })}
                    onClick={() => set({ choices: field.choices.filter((_, j) => j !== i) })}
                  >
                    {t('services.builder.removeShort')}
                  </Button>
                )}
              </Group>
            ))}
            {readOnly ? null : (
              <div>
                <Button size="xs" variant="default" onClick={() => set({ choices: [...field.choices, ''] })}>
                  {t('services.builder.addChoice')}
                </Button>
              </div>
            )}
          </Stack>
        ) : null}
        {field.type === 'document' ? (
          <Group gap="lg" align="flex-start">
            <Checkbox.Group
              label={t('services.builder.documentTypes')}
              value={field.documentTypes}
              onChange={(value) => set({ documentTypes: value as BuilderField['documentTypes'] })}
            >
              <Group gap="md" mt="xs">
                {DOCUMENT_TYPES.map((type) => (
                  <Checkbox key={type} value={type} label={documentTypesText([type])} disabled={readOnly} />
                ))}
              </Group>
            </Checkbox.Group>
            <NumberInput
              label={t('services.builder.maxSize')}
              description={t('services.builder.maxSizeHint')}
              min={0.1}
              max={MAX_DOCUMENT_BYTES / 1024 / 1024}
              step={0.5}
              decimalScale={1}
              decimalSeparator=","
              readOnly={readOnly}
              value={Math.round((field.maxBytes / 1024 / 1024) * 10) / 10}
              onChange={(value) =>
                set({
                  maxBytes: Math.min(
                    MAX_DOCUMENT_BYTES,
                    Math.max(1024, Math.round((typeof value === 'number' ? value : 2) * 1024 * 1024)),
                  ),
                })
              }
              w={220}
            />
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The request form's fields, edited without code: add, remove, move, and each field's rules. */
export function FormBuilder({ fields, onChange, readOnly }: FormBuilderProps) {
  const { t } = useTranslation();
  const [type, setType] = useState<FieldType>('text');
  return (
    <Stack gap="sm">
      {fields.length === 0 ? <Text c="dimmed">{t('services.builder.empty')}</Text> : null}
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {fields.map((field, index) => (
          <FieldEditor
            key={field.uid}
            field={field}
            index={index}
            count={fields.length}
            fields={fields}
            onChange={onChange}
            readOnly={readOnly}
          />
        ))}
      </Stack>
      {readOnly ? null : (
        <Group align="flex-end" gap="sm">
          <Select
            label={t('services.builder.newType')}
            data={FIELD_TYPES.map((value) => ({ value, label: t(`services.words.fieldType.${value}`) }))}
            value={type}
            allowDeselect={false}
            onChange={(value) => value && setType(value as FieldType)}
            w={240}
          />
          <Button variant="default" onClick={() => onChange([...fields, newField(type, fields)])}>
            {t('services.builder.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
