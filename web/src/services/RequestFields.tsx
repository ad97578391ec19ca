import type { FormField } from '@lentera/common';
import { FileInput, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../ui/dates';
import { currentLang } from '../ui/i18n';
import { acceptAttribute, documentTypesText, sizeText } from './format';

interface RequestFieldsProps {
  fields: readonly FormField[];
  answers: Readonly<Record<string, string>>;
  onAnswer: (key: string, value: string) => void;
  documents: Readonly<Record<string, File[]>>;
  onDocuments: (key: string, files: File[]) => void;
  errors: Readonly<Record<string, string>>;
  /** An id prefix, so that two forms on one page (the builder's preview) keep distinct ids. */
  idPrefix?: string;
}

/** A field's label in the reader's language (the English label when there is one). */
export function fieldLabel(field: FormField, lang: 'id' | 'en'): string {
  return lang === 'en' && field.labelEn ? field.labelEn : field.label;
}

/** The inputs of a service's request form, as the citizen fills them in (and as the builder previews them). */
export function RequestFields({
  fields,
  answers,
  onAnswer,
  documents,
  onDocuments,
  errors,
  idPrefix = 'req',
}: RequestFieldsProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <Stack gap="md">
      {fields.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const common = {
          id,
          label: fieldLabel(field, lang),
          required: field.required,
          error: errors[field.key],
        };
        const help = field.help || undefined;
        const value = answers[field.key] ?? '';
        switch (field.type) {
          case 'text':
            return (
              <TextInput
                key={field.key}
                {...common}
                description={help}
                maxLength={field.maxLength}
                value={value}
                onChange={(e) => onAnswer(field.key, e.currentTarget.value)}
              />
            );
          case 'address':
            return (
              <Textarea
                key={field.key}
                {...common}
                description={help}
                autosize
                minRows={3}
                maxLength={field.maxLength}
                autoComplete="street-address"
                value={value}
                onChange={(e) => onAnswer(field.key, e.currentTarget.value)}
              />
            );
          case 'number': {
            const range =
              field.min !== null && field.max !== null
                ? t('services.form.range', { min: field.min, max: field.max })
                : field.min !== null
                  ? t('services.form.atLeast', { min: field.min })
                  : field.max !== null
                    ? t('services.form.atMost', { max: field.max })
                    : '';
            return (
              <TextInput
                key={field.key}
                {...common}
                description={[help, range].filter(Boolean).join(' ') || undefined}
                inputMode="decimal"
                value={value}
                onChange={(e) => onAnswer(field.key, e.currentTarget.value)}
              />
            );
          }
          case 'date':
            return (
              <DateField
                key={field.key}
                {...common}
                description={help}
                value={value || null}
                onChange={(next) => onAnswer(field.key, next ?? '')}
              />
            );
          case 'nik':
            return (
              <TextInput
                key={field.key}
                {...common}
                description={[help, t('services.form.nikHint')].filter(Boolean).join(' ')}
                inputMode="numeric"
                autoComplete="off"
                maxLength={16}
                value={value}
                onChange={(e) => onAnswer(field.key, e.currentTarget.value.replace(/\D/g, ''))}
              />
            );
          case 'choice':
            return field.choices.length <= 5 ? (
              <Radio.Group
                key={field.key}
                {...common}
                description={help}
                value={value}
                onChange={(next) => onAnswer(field.key, next)}
              >
                <Stack gap="xs" mt="xs">
                  {field.choices.map((choice) => (
                    <Radio key={choice} value={choice} label={choice} />
                  ))}
                </Stack>
              </Radio.Group>
            ) : (
              <Select
                key={field.key}
                {...common}
                description={help}
                data={field.choices}
                searchable
                placeholder={t('services.form.choose')}
                value={value || null}
                onChange={(next) => onAnswer(field.key, next ?? '')}
              />
            );
          case 'document':
            return (
              <FileInput
                key={field.key}
                {...common}
                description={[
                  help,
                  t('services.form.documentHint', {
                    types: documentTypesText(field.documentTypes),
                    size: sizeText(field.maxBytes, lang),
                  }),
                ]
                  .filter(Boolean)
                  .join(' ')}
                multiple
                clearable
                clearButtonProps={{ 'aria-label': t('common.delete') }}
                accept={acceptAttribute(field.documentTypes)}
                placeholder={t('services.form.chooseFile')}
                // Mantine's placeholder grey is below 4.5:1 on white.
                styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
                value={documents[field.key] ?? []}
                onChange={(files) => onDocuments(field.key, files.slice(0, 5))}
              />
            );
          default:
            return null;
        }
      })}
    </Stack>
  );
}
