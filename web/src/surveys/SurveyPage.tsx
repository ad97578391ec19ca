import type { SurveyFormView } from '@lentera/common';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../ui/api';
import { ErrorAlert, Page, PageLoader, StatusPage } from '../ui/components';
import { formatDateTime } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { AnchorLink, ButtonLink } from '../ui/links';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { type FormRef, useSubmitSurvey, useSurveyForm } from './api';
import { elementName, periodWords } from './labels';
import { SurveyFields } from './SurveyFields';
import { EMPTY_DRAFT, firstMissingField, focusField, missingElements, surveyBody } from './survey-form';

/** Where a link's dead end sends the person: the results and the portal. */
function DeadEndLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ButtonLink to="/t/$slug/survei" params={{ slug }}>
        {t('surveys.link.toResults')}
      </ButtonLink>
      <AnchorLink to="/t/$slug" params={{ slug }}>
        {t('surveys.link.toPortal')}
      </AnchorLink>
    </>
  );
}

const DEAD_ENDS = {
  survey_link_used: 'used',
  survey_link_expired: 'expired',
  survey_link_unknown: 'unknown',
  survey_period_closed: 'closed',
} as const;

type DeadEndKind = (typeof DEAD_ENDS)[keyof typeof DEAD_ENDS];

/** Which dead end an error is (a used, expired, unknown or closed link), or null for any other failure. */
export function deadEndOf(error: unknown): DeadEndKind | null {
  if (!isApiError(error)) return null;
  const known = DEAD_ENDS[error.code as keyof typeof DEAD_ENDS];
  if (known) return known;
  return error.status === 404 ? 'unknown' : null;
}

/** A dead end said plainly, with the way on. */
function DeadEnd({ slug, which }: { slug: string; which: DeadEndKind }) {
  const { t } = useTranslation();
  return (
    <StatusPage title={t(`surveys.link.${which}Title`)} message={t(`surveys.link.${which}Text`)}>
      <DeadEndLinks slug={slug} />
    </StatusPage>
  );
}

function ThankYou({ slug, open }: { slug: string; open: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusPage title={t('surveys.done.title')} message={t(open ? 'surveys.done.openText' : 'surveys.done.text')}>
      <ButtonLink to="/t/$slug/survei" params={{ slug }}>
        {t('surveys.done.toResults')}
      </ButtonLink>
    </StatusPage>
  );
}

export function FormHeader({ form }: { form: SurveyFormView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const rows: Array<[string, string]> = [
    [t('surveys.form.unit'), form.unitName],
    [t('surveys.form.service'), form.serviceName],
    [t('surveys.form.period'), periodWords(form.period, lang)],
  ];
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap="xs">
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text fw={600}>{value}</Text>
          </div>
        ))}
        {form.expiresAt ? (
          <Text size="sm">
            {t('surveys.form.validUntil', { date: formatDateTime(form.expiresAt, timeZone, lang) })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The questionnaire of one link (a visit's, or a unit's open one): read, fill in, check, send, thank. */
function SurveyFormPage({ formRef }: { formRef: FormRef }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const slug = useTenantSlug() ?? '';
  const open = formRef.kind === 'open';
  const form = useSurveyForm(slug, formRef);
  const submit = useSubmitSurvey(slug, formRef);
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [tried, setTried] = useState(false);
  const title = t(open ? 'surveys.open.title' : 'surveys.form.title');

  if (form.isPending) return <PageLoader />;
  if (form.isError) {
    const which = deadEndOf(form.error);
    if (which) return <DeadEnd slug={slug} which={which} />;
    return (
      <Page title={title}>
        <ErrorAlert error={form.error} onRetry={() => void form.refetch()} />
      </Page>
    );
  }
  if (submit.isSuccess) return <ThankYou slug={slug} open={open} />;
  // Sent twice (another tab) or closed meanwhile: the same plain page as opening the link would give.
  const refused =
    submit.isError && isApiError(submit.error) && submit.error.status !== 400 ? deadEndOf(submit.error) : null;
  if (refused) return <DeadEnd slug={slug} which={refused} />;

  const missing = missingElements(draft);
  const firstMissing = missing[0];
  const send = () => {
    setTried(true);
    const body = surveyBody(draft);
    if (!body) {
      const field = firstMissingField(draft);
      if (field) focusField(field);
      return;
    }
    submit.mutate(body);
  };

  return (
    <Page title={title} description={t('surveys.form.intro')}>
      {open ? (
        <Alert color="orange" variant="light" title={t('surveys.open.notVerified')}>
          {t('surveys.open.notVerifiedText')}
        </Alert>
      ) : null}
      <FormHeader form={form.data} />
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <Stack gap="md">
          <SurveyFields
            draft={draft}
            onChange={setDraft}
            showMissing={tried}
            extraQuestions={form.data.extraQuestions}
          />
          {tried && firstMissing ? (
            <Alert color="red" variant="light" role="alert">
              {missing.length === 1
                ? t('surveys.form.missingOne', { name: elementName(firstMissing, lang) })
                : t('surveys.form.missingMany', { count: missing.length, name: elementName(firstMissing, lang) })}
            </Alert>
          ) : null}
          <ErrorAlert error={submit.error} formValues={draft} />
          <Group>
            <Button type="submit" size="lg" loading={submit.isPending} fullWidth>
              {t('surveys.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}

/** `/t/:slug/survei/:token`: the one-time link of a finished visit. */
export function SurveyPage() {
  const { token } = useParams({ strict: false }) as { token: string };
  return <SurveyFormPage key={token} formRef={{ kind: 'token', token }} />;
}

/** `/t/:slug/survei/terbuka/:unitId/:serviceKey`: a unit's open public link, not tied to a visit. */
export function OpenSurveyPage() {
  const { unitId, serviceKey } = useParams({ strict: false }) as { unitId: string; serviceKey: string };
  return <SurveyFormPage key={`${unitId}/${serviceKey}`} formRef={{ kind: 'open', unitId, serviceKey }} />;
}
