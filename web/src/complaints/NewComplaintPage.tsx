import {
  ATTACHMENTS_MAX,
  COMPLAINT_CLASSES,
  COMPLAINT_PRIVACY,
  type ComplaintClass,
  type ComplaintIntakeInput,
  type ComplaintPrivacy,
  complaintIntakeSchema,
  DESCRIPTION_MAX,
  type IntakeResult,
  insideIndonesia,
} from '@lentera/common';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Code,
  CopyButton,
  FileButton,
  Group,
  List,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../ui/api';
import { ErrorAlert, Page } from '../ui/components';
import { applyServerErrors, schemaValidate } from '../ui/forms';
import { currentLang, i18n } from '../ui/i18n';
import { AnchorLink, ButtonLink } from '../ui/links';
import { notify } from '../ui/notify';
import { useAccount } from '../ui/session';
import { useTenant, useTenantSlug } from '../ui/tenant';
import { submitComplaint, useCategories, usePublicUnits } from './api';
import { ACCEPTED_TYPES, checkFiles, type FileProblem, fileSize } from './files';
import {
  discardQueued,
  enqueueComplaint,
  type QueuedComplaint,
  useOfflineQueue,
  useOnline,
  useServiceWorker,
} from './offline';

interface FormValues {
  class: ComplaintClass;
  categoryId: string | null;
  title: string;
  description: string;
  unitId: string | null;
  employeeText: string;
  address: string;
  lat: number | null;
  lng: number | null;
  privacy: ComplaintPrivacy;
  guestName: string;
  guestEmail: string;
  guestPhone: string;
}

const INITIAL: FormValues = {
  class: 'pengaduan',
  categoryId: null,
  title: '',
  description: '',
  unitId: null,
  employeeText: '',
  address: '',
  lat: null,
  lng: null,
  privacy: 'public',
  guestName: '',
  guestEmail: '',
  guestPhone: '',
};

const blank = (value: string) => (value.trim() ? value.trim() : null);

function toInput(values: FormValues, asGuest: boolean): ComplaintIntakeInput {
  return {
    class: values.class,
    categoryId: values.categoryId ?? '',
    title: values.title,
    description: values.description,
    unitId: values.unitId,
    employeeText: blank(values.employeeText),
    address: blank(values.address),
    lat: values.lat,
    lng: values.lng,
    privacy: values.privacy,
    guest: asGuest
      ? { name: blank(values.guestName), email: blank(values.guestEmail), phone: blank(values.guestPhone) }
      : undefined,
  };
}

/** Server paths (`guest.email`) onto the form's flat field names. */
const GUEST_FIELDS: Record<string, keyof FormValues> = {
  'guest.email': 'guestEmail',
  'guest.phone': 'guestPhone',
  'guest.name': 'guestName',
};

function makeValidate(asGuest: boolean) {
  const bySchema = schemaValidate<FormValues>(complaintIntakeSchema, {
    prepare: (values) => toInput(values, asGuest),
    messages: { 'guest.phone': 'complaints.form.phoneFormat' },
  });
  return (values: FormValues) => {
    const errors = bySchema(values);
    for (const [path, field] of Object.entries(GUEST_FIELDS)) {
      if (errors[path]) {
        errors[field] = errors[path];
        delete errors[path];
      }
    }
    if (asGuest && !values.guestEmail.trim() && !values.guestPhone.trim()) {
      errors.guestEmail = i18n.t('complaints.form.contactRequired');
    }
    return errors;
  };
}

function followUrl(path: string): string {
  return `${window.location.origin}${path}`;
}

/** The answer: the tracking code and, for a guest, the secret follow link, each with a copy button. */
export function IntakeDone({
  result,
  slug,
  onAnother,
}: {
  result: IntakeResult;
  slug: string;
  onAnother?: () => void;
}) {
  const { t } = useTranslation();
  const account = useAccount();
  const link = result.followPath ? followUrl(result.followPath) : null;
  return (
    <Stack gap="md" data-testid="complaint-done">
      <Alert color="green" variant="light" role="status" title={t('complaints.done.title')}>
        <Stack gap="xs">
          <Text size="sm">{t('complaints.done.code')}</Text>
          <Group gap="xs">
            <Code fz="lg" fw={700} data-testid="tracking-code">
              {result.code}
            </Code>
            <CopyButton value={result.code}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? t('complaints.done.copied') : t('complaints.done.copyCode')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm">{t('complaints.done.codeHint')}</Text>
          {result.attachments > 0 ? (
            <Text size="sm">{t('complaints.done.attachments', { count: result.attachments })}</Text>
          ) : null}
        </Stack>
      </Alert>
      {link && result.followPath ? (
        <Card withBorder padding="md">
          <Stack gap="xs">
            <Title order={2} fz="h4">
              {t('complaints.done.followLink')}
            </Title>
            <Text size="sm">{t('complaints.done.followHint')}</Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="follow-link">
              {link}
            </Code>
            <Group gap="xs">
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button size="sm" onClick={copy}>
                    {copied ? t('complaints.done.copied') : t('complaints.done.copyLink')}
                  </Button>
                )}
              </CopyButton>
              <Button component="a" href={result.followPath} size="sm" variant="default">
                {t('complaints.done.open')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      <Group gap="sm">
        {onAnother ? (
          <Button variant="default" onClick={onAnother}>
            {t('complaints.done.another')}
          </Button>
        ) : null}
        {account ? (
          <ButtonLink to="/t/$slug/pengaduan/saya" params={{ slug }} variant="subtle">
            {t('complaints.done.mine')}
          </ButtonLink>
        ) : null}
      </Group>
    </Stack>
  );
}

/** Complaints kept on this device while offline: their state, and their code once sent. */
function OfflineQueue({ items, onFlush }: { items: QueuedComplaint[]; onFlush: () => void }) {
  const { t } = useTranslation();
  const online = useOnline();
  if (items.length === 0) return null;
  const waiting = items.filter((q) => q.state === 'pending' || q.state === 'sending');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="offline-heading" data-testid="offline-queue">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="offline-heading">
          {t('complaints.offline.title')}
        </Title>
        {waiting.length > 0 ? (
          <Text size="sm" role="status">
            {waiting.some((q) => q.state === 'sending')
              ? t('complaints.offline.sending')
              : t('complaints.offline.pending', { count: waiting.length })}
          </Text>
        ) : null}
        <List spacing="xs" size="sm">
          {items.map((item) => (
            <List.Item key={item.id}>
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {item.input.title}
                </Text>
                {item.state === 'sent' && item.result ? (
                  <Text size="sm">
                    {t('complaints.offline.sent', { title: item.input.title, code: item.result.code })}{' '}
                    {item.result.followPath ? (
                      <Anchor href={item.result.followPath}>{t('complaints.offline.openFollow')}</Anchor>
                    ) : (
                      <AnchorLink
                        to="/t/$slug/pengaduan/saya/$complaintId"
                        params={{ slug: item.slug, complaintId: item.result.id }}
                      >
                        {t('complaints.offline.openMine')}
                      </AnchorLink>
                    )}
                  </Text>
                ) : null}
                {item.state === 'failed' ? (
                  <Text size="sm" c="red.8">
                    {t('complaints.offline.failed', { title: item.input.title, message: item.error ?? '' })}
                  </Text>
                ) : null}
                {item.state === 'pending' ? (
                  <Text size="sm" c="dimmed">
                    {t('complaints.offline.saved')}
                  </Text>
                ) : null}
                {item.state === 'sent' || item.state === 'failed' ? (
                  <Group>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => void discardQueued(item.id)}
                      aria-label={`${t('complaints.offline.discard')}: ${item.input.title}`}
                    >
                      {t('complaints.offline.discard')}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </List.Item>
          ))}
        </List>
        {waiting.length > 0 && online ? (
          <Group>
            <Button size="xs" onClick={onFlush}>
              {t('complaints.offline.sendNow')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

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
  const [fileProblems, setFileProblems] = useState<FileProblem[]>([]);
  const [locating, setLocating] = useState(false);
  const [locationNote, setLocationNote] = useState<string | null>(null);
  const [result, setResult] = useState<IntakeResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

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

  const problemText = (problem: FileProblem): string => {
    if (problem.kind === 'tooMany') return t('complaints.form.tooManyFiles', { max: ATTACHMENTS_MAX });
    return problem.kind === 'tooLarge'
      ? t('complaints.form.fileTooLarge', { name: problem.name })
      : t('complaints.form.fileType', { name: problem.name });
  };

  const addFiles = async (picked: File[]) => {
    const { accepted, problems } = await checkFiles(files, picked);
    setFiles([...files, ...accepted]);
    setFileProblems(problems);
  };

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setLocationNote(t('complaints.form.locationError'));
      return;
    }
    setLocating(true);
    setLocationNote(null);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const lat = Math.round(position.coords.latitude * 1e6) / 1e6;
        const lng = Math.round(position.coords.longitude * 1e6) / 1e6;
        if (!insideIndonesia(lat, lng)) {
          setLocationNote(t('complaints.form.locationOutside'));
          return;
        }
        form.setFieldValue('lat', lat);
        form.setFieldValue('lng', lng);
      },
      () => {
        setLocating(false);
        setLocationNote(t('complaints.form.locationError'));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const reset = () => {
    form.reset();
    setFiles([]);
    setFileProblems([]);
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

          <Card withBorder padding="lg" component="fieldset" m={0}>
            <Title order={2} fz="h4" component="legend" px={4}>
              {t('complaints.form.step.where')}
            </Title>
            <Stack gap="sm">
              <TextInput
                label={t('complaints.form.address')}
                description={t('complaints.form.addressHint')}
                maxLength={300}
                autoComplete="street-address"
                {...form.getInputProps('address')}
              />
              <Group gap="sm">
                <Button variant="default" onClick={locate} loading={locating} type="button">
                  {locating ? t('complaints.form.locating') : t('complaints.form.useLocation')}
                </Button>
                {values.lat !== null && values.lng !== null ? (
                  <>
                    <Text size="sm" data-testid="coordinates">
                      {t('complaints.form.coordinates', { lat: values.lat, lng: values.lng })}
                    </Text>
                    <Button
                      variant="subtle"
                      size="xs"
                      type="button"
                      onClick={() => {
                        form.setFieldValue('lat', null);
                        form.setFieldValue('lng', null);
                      }}
                    >
                      {t('complaints.form.clearLocation')}
                    </Button>
                  </>
                ) : null}
              </Group>
              {locationNote ? (
                <Text size="sm" c="orange.9" role="status">
                  {locationNote}
                </Text>
              ) : null}
              {form.errors.lat ? (
                <Text size="sm" c="red.8">
                  {form.errors.lat}
                </Text>
              ) : null}
            </Stack>
          </Card>

          <Card withBorder padding="lg" component="fieldset" m={0}>
            <Title order={2} fz="h4" component="legend" px={4}>
              {t('complaints.form.step.files')}
            </Title>
            <Stack gap="sm">
              <Text size="sm" id="files-hint">
                {t('complaints.form.filesHint', { max: ATTACHMENTS_MAX })}
              </Text>
              <Group>
                <FileButton onChange={(picked) => void addFiles(picked)} accept={ACCEPTED_TYPES} multiple>
                  {(props) => (
                    <Button
                      {...props}
                      variant="default"
                      disabled={files.length >= ATTACHMENTS_MAX}
                      aria-describedby="files-hint"
                    >
                      {t('complaints.form.addFiles')}
                    </Button>
                  )}
                </FileButton>
              </Group>
              {files.length > 0 ? (
                <List size="sm" spacing={4} listStyleType="none" data-testid="attachments">
                  {files.map((file, index) => (
                    <List.Item key={`${file.name}-${file.size}-${file.lastModified}`}>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {file.name} ({fileSize(file.size, lang)})
                        </Text>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('complaints.form.removeFile', { name: file.name })}
                          onClick={() => setFiles(files.filter((_, i) => i !== index))}
                        >
                          ×
                        </ActionIcon>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              ) : null}
              {fileProblems.length > 0 ? (
                <Alert color="red" variant="light" role="alert">
                  <List size="sm">
                    {fileProblems.map((problem, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a fresh list each time files are picked
                      <List.Item key={index}>{problemText(problem)}</List.Item>
                    ))}
                  </List>
                </Alert>
              ) : null}
            </Stack>
          </Card>

          <Card withBorder padding="lg" component="fieldset" m={0}>
            <Title order={2} fz="h4" component="legend" px={4}>
              {t('complaints.form.step.privacy')}
            </Title>
            <Radio.Group label={t('complaints.form.privacy')} required {...form.getInputProps('privacy')}>
              <Stack gap="sm" mt="xs">
                {COMPLAINT_PRIVACY.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    label={t(`complaints.privacy.${value}`)}
                    description={t(`complaints.privacyHelp.${value}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </Card>

          <Card withBorder padding="lg" component="fieldset" m={0}>
            <Title order={2} fz="h4" component="legend" px={4}>
              {t('complaints.form.step.contact')}
            </Title>
            {account ? (
              <Text size="sm">{t('complaints.form.contactAccount', { name: account.name })}</Text>
            ) : (
              <Stack gap="sm">
                <Text size="sm">
                  {t('complaints.form.contactGuest')}{' '}
                  <AnchorLink to="/t/$slug/login" params={{ slug }} search={{ next: `/t/${slug}/pengaduan/baru` }}>
                    {t('complaints.form.loginInstead')}
                  </AnchorLink>
                </Text>
                <TextInput
                  label={t('complaints.form.guestName')}
                  autoComplete="name"
                  maxLength={120}
                  {...form.getInputProps('guestName')}
                />
                <TextInput
                  label={t('complaints.form.guestEmail')}
                  type="email"
                  autoComplete="email"
                  {...form.getInputProps('guestEmail')}
                />
                <TextInput
                  label={t('complaints.form.guestPhone')}
                  type="tel"
                  inputMode="tel"
                  autoComplete="tel"
                  {...form.getInputProps('guestPhone')}
                />
              </Stack>
            )}
          </Card>

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
