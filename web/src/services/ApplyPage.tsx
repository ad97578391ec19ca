import type { SubmitResult } from '@lentera/common';
import { Alert, Button, Card, Group, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../ui/api';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatCalendarDate } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { AnchorLink } from '../ui/links';
import { NoticeChannelSelect } from '../ui/NoticeChannelSelect';
import { useAccount } from '../ui/session';
import { useTenantSlug } from '../ui/tenant';
import { type DocumentFiles, submitRequest, useServicePage } from './api';
import { serviceName } from './CatalogPage';
import { RequestFields } from './RequestFields';
import { blankAnswers, formErrors, serverFieldKey, toValues } from './request-form';
import { useFeeWords } from './StandardElements';
import { SubmitDone } from './SubmitDone';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The request form of a service, built from its standard's form; a guest gives a name and an e-mail. */
export function ApplyPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const lang = currentLang();
  const { serviceId } = useParams({ strict: false }) as { serviceId: string };
  const page = useServicePage(slug, serviceId);
  const account = useAccount();
  const feeText = useFeeWords();
  const form = page.data?.standard.form ?? [];
  const initial = useMemo(() => blankAnswers(page.data?.standard.form ?? []), [page.data]);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [documents, setDocuments] = useState<DocumentFiles>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [guest, setGuest] = useState({ name: '', email: '' });
  const [guestErrors, setGuestErrors] = useState<{ name?: string; email?: string }>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [result, setResult] = useState<SubmitResult | null>(null);

  if (page.isPending || account === undefined) return <PageLoader />;
  if (page.isError)
    return (
      <Page title={t('services.apply.title')}>
        <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />
      </Page>
    );
  const { service, standard } = page.data;
  const name = serviceName(service, lang);
  const asGuest = account === null;
  const values = { ...initial, ...answers };

  if (result) {
    return (
      <Page title={t('services.apply.sentTitle')} description={name}>
        <SubmitDone slug={slug} result={result} fee={standard.fee} signedIn={!asGuest} />
      </Page>
    );
  }

  const checkGuest = () => {
    if (!asGuest) return {};
    const problems: { name?: string; email?: string } = {};
    if (guest.name.trim().length < 2) problems.name = t('services.apply.guestNameRequired');
    if (!EMAIL.test(guest.email.trim())) problems.email = t('services.apply.guestEmailInvalid');
    return problems;
  };

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = formErrors(form, values, documents, lang);
    const foundGuest = checkGuest();
    setErrors(found);
    setGuestErrors(foundGuest);
    const firstKey =
      Object.keys(found)[0] ?? (foundGuest.name ? 'guest-name' : foundGuest.email ? 'guest-email' : null);
    if (firstKey) {
      document.getElementById(firstKey.startsWith('guest-') ? firstKey : `req-${firstKey}`)?.focus();
      return;
    }
    setProgress(0);
    try {
      const sent = await submitRequest(
        slug,
        serviceId,
        {
          standardId: standard.id,
          values: toValues(form, values),
          guest: asGuest ? { name: guest.name.trim(), email: guest.email.trim() } : null,
        },
        documents,
        setProgress,
      );
      setResult(sent);
      window.scrollTo({ top: 0 });
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError) {
        const onFields: Record<string, string> = {};
        const onGuest: { name?: string; email?: string } = {};
        for (const detail of error.fieldErrors) {
          if (detail.path === 'guest.name') onGuest.name = detail.message;
          else if (detail.path === 'guest.email') onGuest.email = detail.message;
          else {
            const key = serverFieldKey(detail.path, form);
            if (key && onFields[key] === undefined) onFields[key] = detail.message;
          }
        }
        setErrors(onFields);
        setGuestErrors(onGuest);
      }
    } finally {
      setProgress(null);
    }
  };

  const errorCount = Object.keys(errors).length + Object.keys(guestErrors).length;
  return (
    <Page title={t('services.apply.title')} description={name}>
      <Card withBorder padding="md">
        <Stack gap={4}>
          <Text size="sm">{service.unitName}</Text>
          <Text size="sm">
            {t('services.apply.time', {
              days:
                standard.durationDays === null
                  ? t('services.words.notSet')
                  : t('services.words.days', { count: standard.durationDays }),
            })}
          </Text>
          <Text size="sm">{t('services.apply.fee', { fee: feeText(standard.fee) })}</Text>
          <Text size="sm" c="dimmed">
            {t('services.page.version', {
              version: standard.version,
              date: formatCalendarDate(standard.effectiveFrom, lang, false),
            })}
          </Text>
          <AnchorLink to="/t/$slug/layanan/$serviceId" params={{ slug, serviceId }} size="sm">
            {t('services.apply.readStandard')}
          </AnchorLink>
        </Stack>
      </Card>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('services.apply.title')}>
        <Stack gap="lg" maw={720}>
          {errorCount > 0 && !failure ? (
            <Alert color="red" variant="light" role="alert">
              {t('services.apply.fixFields', { count: errorCount })}
            </Alert>
          ) : null}
          <ErrorAlert error={failure} formValues={{ ...values, guest }} />
          <Card withBorder padding="lg" component="fieldset" m={0}>
            <Title order={2} fz="h4" component="legend" px={4}>
              {t('services.apply.formHeading')}
            </Title>
            {form.length === 0 ? <Text c="dimmed">{t('services.apply.noFields')}</Text> : null}
            <RequestFields
              fields={form}
              answers={values}
              onAnswer={(key, value) => {
                setAnswers((current) => ({ ...current, [key]: value }));
                if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
              }}
              documents={documents}
              onDocuments={(key, files) => {
                setDocuments((current) => ({ ...current, [key]: files }));
                if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
              }}
              errors={errors}
            />
          </Card>
          {asGuest ? (
            <Card withBorder padding="lg" component="fieldset" m={0}>
              <Title order={2} fz="h4" component="legend" px={4}>
                {t('services.apply.guestHeading')}
              </Title>
              <Stack gap="md">
                <Text size="sm">
                  {t('services.apply.guestIntro')}{' '}
                  <AnchorLink
                    to="/t/$slug/login"
                    params={{ slug }}
                    search={{ next: `/t/${slug}/layanan/${serviceId}/ajukan` }}
                  >
                    {t('services.apply.signIn')}
                  </AnchorLink>
                </Text>
                <TextInput
                  id="guest-name"
                  label={t('services.apply.guestName')}
                  required
                  autoComplete="name"
                  maxLength={120}
                  value={guest.name}
                  error={guestErrors.name}
                  onChange={(e) => setGuest({ ...guest, name: e.currentTarget.value })}
                />
                <TextInput
                  id="guest-email"
                  label={t('services.apply.guestEmail')}
                  description={t('services.apply.guestEmailHint')}
                  required
                  type="email"
                  autoComplete="email"
                  maxLength={200}
                  value={guest.email}
                  error={guestErrors.email}
                  onChange={(e) => setGuest({ ...guest, email: e.currentTarget.value })}
                />
              </Stack>
            </Card>
          ) : (
            <Stack gap="xs">
              <Text size="sm">{t('services.apply.asAccount', { name: account.name })}</Text>
              <NoticeChannelSelect slug={slug} />
            </Stack>
          )}
          {progress !== null ? (
            <Stack gap={4}>
              <Text size="sm" id="upload-progress-label">
                {t('services.apply.uploading', { percent: Math.round(progress * 100) })}
              </Text>
              <Progress value={progress * 100} aria-labelledby="upload-progress-label" animated />
            </Stack>
          ) : null}
          <Group>
            <Button type="submit" size="md" loading={progress !== null}>
              {t('services.apply.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
