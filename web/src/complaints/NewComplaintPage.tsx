import { COMPLAINT_CLASSES, type ComplaintIntakeInput, DESCRIPTION_MAX, type IntakeResult } from '@lentera/common';
import { Alert, Button, Card, Group, Radio, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../ui/api';
import { ErrorAlert, Page } from '../ui/components';
import { applyServerErrors } from '../ui/forms';
import { currentLang } from '../ui/i18n';
import { notify } from '../ui/notify';
import { useAccount } from '../ui/session';
import { useTenant, useTenantSlug } from '../ui/tenant';
import { submitComplaint, useCategories, usePublicUnits } from './api';
import { FilesFieldset } from './intake/FilesFieldset';
import { type FormValues, GUEST_FIELDS, INITIAL, makeValidate, toInput } from './intake/form';
import { IntakeDone } from './intake/IntakeDone';
import { OfflineQueue } from './intake/OfflineQueue';
import { PrivacyContactFieldsets } from './intake/PrivacyContactFieldsets';
import { WhereFieldset } from './intake/WhereFieldset';
import { enqueueComplaint, type QueuedComplaint, useOfflineQueue, useOnline, useServiceWorker } from './offline';
import { type NewComplaintSearch, servicePrefill } from './prefill';

export { IntakeDone } from './intake/IntakeDone';

export function NewComplaintPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const lang = currentLang();
  const { data: tenant } = useTenant(slug);
  const account = useAccount();
  const asGuest = !account;
  const categories = useCategories(slug);
  const units = usePublicUnits(slug);
  const online = useOnline();
  const onSent = useCallback(
    (item: QueuedComplaint) =>
      notify(t('complaints.offline.sent', { title: item.input.title, code: item.result?.code ?? '' }), 'success'),
    [t],
  );
  const queue = useOfflineQueue(slug, onSent);
  useServiceWorker();

  const validate = useMemo(() => makeValidate(asGuest), [asGuest]);
  const form = useForm<FormValues>({ initialValues: INITIAL, validate, validateInputOnBlur: true });
  const [files, setFiles] = useState<File[]>([]);
  const [result, setResult] = useState<IntakeResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  // From a service request's "asked to pay more?" link: the category by its code, the service and the request.
  const search = useSearch({ strict: false }) as NewComplaintSearch;
  const prefilled = useRef(false);
  useEffect(() => {
    if (prefilled.current || !categories.data) return;
    prefilled.current = true;
    const category = search.kategori ? categories.data.find((c) => c.code === search.kategori) : undefined;
    if (category) form.setFieldValue('categoryId', category.id);
    const text = servicePrefill(search, lang);
    if (text) {
      form.setFieldValue('title', text.title);
      form.setFieldValue('description', text.description);
    }
  }, [categories.data, search, lang, form]);

  const categoryOptions = useMemo(
    () => (categories.data ?? []).map((c) => ({ value: c.id, label: lang === 'en' ? c.nameEn : c.name })),
    [categories.data, lang],
  );
  const unitOptions = useMemo(
    () =>
      (units.data ?? [])
        .map((u) => ({ value: u.id, label: u.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'id')),
    [units.data],
  );

  const reset = () => {
    form.reset();
    setFiles([]);
    setResult(null);
    setError(null);
  };

  const keepOffline = async (input: ComplaintIntakeInput) => {
    await enqueueComplaint(slug, input, files);
    notify(t('complaints.offline.saved'), 'info');
    form.reset();
    setFiles([]);
  };

  const onSubmit = form.onSubmit(async (values) => {
    const input = toInput(values, asGuest);
    setError(null);
    if (!navigator.onLine) {
      await keepOffline(input);
      return;
    }
    setSending(true);
    try {
      setResult(await submitComplaint(slug, input, files));
      window.scrollTo({ top: 0 });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 0) {
        await keepOffline(input);
      } else {
        setError(failure);
        const elsewhere = applyServerErrors(form, failure);
        for (const detail of elsewhere) {
          const field = GUEST_FIELDS[detail.path];
          if (field) form.setFieldError(field, detail.message);
        }
      }
    } finally {
      setSending(false);
    }
  });

  const title = t('complaints.form.title');
  if (result) {
    return (
      <Page title={t('complaints.done.title')}>
        <IntakeDone result={result} slug={slug} onAnother={reset} />
      </Page>
    );
  }

  const values = form.getValues();
  const descriptionLength = values.description.length;

  return (
    <Page title={title} description={tenant ? t('complaints.form.intro', { name: tenant.name }) : undefined}>
      <OfflineQueue items={queue.items} onFlush={() => void queue.flush()} />
      {!online ? (
        <Alert color="yellow" variant="light" role="status">
          {t('complaints.form.offlineNotice')}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="lg" maw={720}>
          <ErrorAlert error={error} formValues={form.getValues()} />

          <Card withBorder padding="lg" component="fieldset" m={0}>
            <Title order={2} fz="h4" component="legend" px={4}>
              {t('complaints.form.step.what')}
            </Title>
            <Stack gap="md">
              <Radio.Group label={t('complaints.form.class')} required {...form.getInputProps('class')}>
                <Stack gap="xs" mt="xs">
                  {COMPLAINT_CLASSES.map((value) => (
                    <Radio
                      key={value}
                      value={value}
                      label={t(`complaints.class.${value}`)}
                      description={t(`complaints.classHelp.${value}`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              {categories.isError ? (
                <ErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />
              ) : null}
              <Select
                label={t('complaints.form.category')}
                placeholder={t('complaints.form.categoryPlaceholder')}
                data={categoryOptions}
                searchable
                required
                nothingFoundMessage={t('complaints.form.noCategories')}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('categoryId')}
              />
              <TextInput
                label={t('complaints.form.titleField')}
                description={t('complaints.form.titleHint')}
                required
                maxLength={200}
                {...form.getInputProps('title')}
              />
              <Textarea
                label={t('complaints.form.description')}
                description={t('complaints.form.descriptionHint')}
                required
                autosize
                minRows={5}
                maxRows={16}
                maxLength={DESCRIPTION_MAX}
                {...form.getInputProps('description')}
                inputWrapperOrder={['label', 'description', 'input', 'error']}
              />
              <Text size="xs" c={descriptionLength > DESCRIPTION_MAX - 200 ? 'orange.9' : 'dimmed'} ta="right" mt={-12}>
                {t('complaints.form.counter', {
                  used: new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(descriptionLength),
                  max: new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(DESCRIPTION_MAX),
                })}
              </Text>
              <Select
                label={t('complaints.form.unit')}
                placeholder={t('complaints.form.unitPlaceholder')}
                data={unitOptions}
                searchable
                clearable
                limit={50}
                {...form.getInputProps('unitId')}
              />
              <TextInput
                label={t('complaints.form.employee')}
                description={t('complaints.form.employeeHint')}
                maxLength={200}
                autoComplete="off"
                {...form.getInputProps('employeeText')}
              />
            </Stack>
          </Card>

          <WhereFieldset form={form} />

          <FilesFieldset files={files} setFiles={setFiles} />

          <PrivacyContactFieldsets form={form} slug={slug} />

          <Group>
            <Button type="submit" size="md" loading={sending}>
              {online ? t('complaints.form.submit') : t('complaints.form.saveOffline')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
