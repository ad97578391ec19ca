import {
  INTERNAL_ELEMENTS,
  type InternalElement,
  OUTPUT_KINDS,
  type OutputKind,
  type StandardView,
} from '@lentera/common';
import {
  Alert,
  Button,
  Card,
  Code,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { DateField } from '../../ui/dates';
import { notify } from '../../ui/notify';
import { type StandardStep, useStandardStep } from '../api';
import { RequestFields } from '../RequestFields';
import { useFeeWords } from '../StandardElements';
import { FormBuilder } from './FormBuilder';
import {
  type BuilderField,
  detailPlace,
  type EditorValues,
  editorValues,
  fromForm,
  toForm,
  toStandardInput,
} from './form-builder';

const LONG: InternalElement[] = [
  'legalBasis',
  'facilities',
  'competence',
  'oversight',
  'guarantee',
  'safety',
  'evaluation',
];

/** The form as the citizen will see it, to try before saving (nothing is sent). */
function Preview({ fields }: { fields: BuilderField[] }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [documents, setDocuments] = useState<Record<string, File[]>>({});
  const form = toForm(fields).filter((f) => f.label.trim().length > 0);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="preview-heading" bg="gray.0">
      <Stack gap="sm">
        <Title order={3} fz="h4" id="preview-heading">
          {t('services.editor.preview')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('services.editor.previewIntro')}
        </Text>
        {form.length === 0 ? <Text c="dimmed">{t('services.builder.empty')}</Text> : null}
        <RequestFields
          fields={form}
          answers={answers}
          onAnswer={(key, value) => setAnswers((a) => ({ ...a, [key]: value }))}
          documents={documents}
          onDocuments={(key, files) => setDocuments((d) => ({ ...d, [key]: files }))}
          errors={{}}
          idPrefix="preview"
        />
      </Stack>
    </Card>
  );
}

/** The editor of a standard's pending version: the fourteen elements, the output, the letter and the form. */
export function StandardEditor({ slug, standard }: { slug: string; standard: StandardView }) {
  const { t } = useTranslation();
  const feeText = useFeeWords();
  const step = useStandardStep(slug);
  const [values, setValues] = useState<EditorValues>(() => editorValues(standard));
  const [fields, setFields] = useState<BuilderField[]>(() => fromForm(standard.form));
  const [dirty, setDirty] = useState(false);
  const set = <K extends keyof EditorValues>(key: K, value: EditorValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setDirty(true);
  };
  const names = useMemo((): Record<string, string> => {
    const all: Record<string, string> = {};
    for (const key of [
      'requirements',
      'procedure',
      'durationDays',
      'fee',
      'product',
      'complaintHandling',
      ...INTERNAL_ELEMENTS,
    ] as const)
      all[key] = t(`services.words.element.${key}`);
    return {
      ...all,
      effectiveFrom: t('services.editor.effectiveFrom'),
      feeBasis: t('services.editor.feeBasis'),
      letterTemplate: t('services.editor.letterTemplate'),
      outputKind: t('services.editor.outputKind'),
      key: t('services.builder.key'),
      label: t('services.builder.label'),
      choices: t('services.builder.choices'),
      documentTypes: t('services.builder.documentTypes'),
      max: t('services.builder.max'),
      maxBytes: t('services.builder.maxSize'),
    };
  }, [t]);

  const save = (then?: StandardStep) =>
    step.mutate(
      { action: 'save', standardId: standard.id, input: toStandardInput(values, fields) },
      {
        onSuccess: () => {
          setDirty(false);
          if (then) step.mutate(then, { onSuccess: () => notify(t('services.editor.submitted'), 'success') });
          else notify(t('services.editor.saved'), 'success');
        },
      },
    );
  const details =
    step.error instanceof ApiError
      ? step.error.fieldErrors.map(
          (d) =>
            `${detailPlace(d.path, fields, names, (n, label) => t('services.builder.fieldN', { n, label: label || t('services.builder.unnamed') }))}: ${d.message}`,
        )
      : [];
  const fieldKeys = toForm(fields)
    .filter((f) => f.type !== 'document')
    .map((f) => `{{${f.key}}}`);
  const area = (key: 'requirements' | 'procedure' | 'product' | 'complaintHandling', rows = 4) => (
    <Textarea
      label={names[key]}
      description={t(`services.editor.hint.${key}`)}
      autosize
      minRows={rows}
      maxLength={4000}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
    />
  );

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      aria-label={t('services.editor.title', { version: standard.version })}
    >
      <Stack gap="lg">
        {standard.missing.length > 0 ? (
          <Alert color="red" variant="light" title={t('services.editor.missingTitle')}>
            <Text size="sm">
              {t('services.admin.missing', {
                names: standard.missing.map((m) => t(`services.words.element.${m}`)).join(', '),
              })}
            </Text>
          </Alert>
        ) : null}
        {standard.status === 'returned' && standard.returnNote ? (
          <Alert color="orange" variant="light" title={t('services.editor.returnedTitle')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {standard.returnNote}
            </Text>
          </Alert>
        ) : null}
        <Card withBorder padding="lg" component="fieldset" m={0}>
          <Title order={3} fz="h4" component="legend" px={4}>
            {t('services.editor.published')}
          </Title>
          <Stack gap="md">
            <DateField
              label={t('services.editor.effectiveFrom')}
              description={t('services.editor.effectiveFromHint')}
              required
              value={values.effectiveFrom}
              onChange={(value) => value && set('effectiveFrom', value)}
              maw={320}
            />
            {area('requirements')}
            {area('procedure', 5)}
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={names.durationDays}
                description={t('services.editor.daysHint')}
                inputMode="numeric"
                rightSection={<Text size="xs">{t('services.editor.daysUnit')}</Text>}
                rightSectionWidth={80}
                value={values.durationDays}
                onChange={(e) => set('durationDays', e.currentTarget.value.replace(/[^\d]/g, ''))}
              />
              <TextInput
                label={names.fee}
                description={t('services.editor.feeHint', {
                  shown: values.fee === '' ? t('services.words.notSet') : feeText(Number(values.fee)),
                })}
                inputMode="numeric"
                leftSection="Rp"
                value={values.fee === '' ? '' : Number(values.fee).toLocaleString('id-ID')}
                onChange={(e) => set('fee', e.currentTarget.value.replace(/[^\d]/g, ''))}
              />
              <TextInput
                label={t('services.editor.feeBasis')}
                description={t('services.editor.feeBasisHint')}
                maxLength={300}
                value={values.feeBasis}
                onChange={(e) => set('feeBasis', e.currentTarget.value)}
              />
            </SimpleGrid>
            {area('product', 2)}
            {area('complaintHandling', 3)}
          </Stack>
        </Card>

        <Card withBorder padding="lg" component="fieldset" m={0}>
          <Title order={3} fz="h4" component="legend" px={4}>
            {t('services.editor.internal')}
          </Title>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('services.editor.internalIntro')}
            </Text>
            {LONG.map((key) => (
              <Textarea
                key={key}
                label={names[key]}
                autosize
                minRows={2}
                maxLength={4000}
                value={values[key]}
                onChange={(e) => set(key, e.currentTarget.value)}
              />
            ))}
            <TextInput
              label={names.officers}
              description={t('services.editor.officersHint')}
              maxLength={300}
              value={values.officers}
              onChange={(e) => set('officers', e.currentTarget.value)}
            />
          </Stack>
        </Card>

        <Card withBorder padding="lg" component="fieldset" m={0}>
          <Title order={3} fz="h4" component="legend" px={4}>
            {t('services.editor.output')}
          </Title>
          <Stack gap="md">
            <Select
              label={t('services.editor.outputKind')}
              data={OUTPUT_KINDS.map((kind) => ({ value: kind, label: t(`services.words.outputKind.${kind}`) }))}
              value={values.outputKind}
              allowDeselect={false}
              onChange={(value) => value && set('outputKind', value as OutputKind)}
              maw={420}
            />
            <Textarea
              label={t('services.editor.letterTemplate')}
              autosize
              minRows={6}
              maxLength={8000}
              value={values.letterTemplate}
              onChange={(e) => set('letterTemplate', e.currentTarget.value)}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <Text size="sm" component="div">
              {t('services.editor.placeholders')}
              <List size="sm" mt={4}>
                <List.Item>
                  <Code>{'{{code}}'}</Code> {t('services.editor.phCode')}
                </List.Item>
                <List.Item>
                  <Code>{'{{name}}'}</Code> {t('services.editor.phName')}
                </List.Item>
                <List.Item>
                  <Code>{'{{date}}'}</Code> {t('services.editor.phDate')}
                </List.Item>
                <List.Item>
                  {fieldKeys.length > 0 ? (
                    <>
                      {t('services.editor.phFields')}{' '}
                      {fieldKeys.map((key) => (
                        <Code key={key} mr={4}>
                          {key}
                        </Code>
                      ))}
                    </>
                  ) : (
                    t('services.editor.phNoFields')
                  )}
                </List.Item>
              </List>
            </Text>
          </Stack>
        </Card>

        <Card withBorder padding="lg" component="fieldset" m={0}>
          <Title order={3} fz="h4" component="legend" px={4}>
            {t('services.editor.form')}
          </Title>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('services.editor.formIntro')}
            </Text>
            <FormBuilder
              fields={fields}
              onChange={(next) => {
                setFields(next);
                setDirty(true);
              }}
            />
          </Stack>
        </Card>
        <Preview fields={fields} />

        {step.error ? (
          <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
            <Text size="sm">{step.error.message}</Text>
            {details.length > 0 ? (
              <List size="sm" mt={4}>
                {details.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : null}
        <Group
          gap="sm"
          style={{
            position: 'sticky',
            bottom: 0,
            background: 'var(--mantine-color-body)',
            padding: '8px 0',
            borderTop: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          <Button type="submit" loading={step.isPending}>
            {t('services.editor.save')}
          </Button>
          <Button
            variant="default"
            loading={step.isPending}
            onClick={() => save({ action: 'submit', standardId: standard.id })}
          >
            {t('services.editor.submit')}
          </Button>
          {dirty ? (
            <Text size="sm" c="orange.9" role="status">
              {t('services.editor.unsaved')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
