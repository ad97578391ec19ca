import './kiosk.css';
import { type KioskSessionView, SURVEYS_PERMISSIONS } from '@lentera/common';
import { Alert, Button, Card, Container, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { useTenantSlug } from '../../ui/tenant';
import { useStartKiosk, useSubmitKiosk } from '../api';
import { KIOSK_THANKS_SECONDS, tokenFromScan } from '../kiosk';
import { elementName } from '../labels';
import { SurveyFields } from '../SurveyFields';
import { FormHeader } from '../SurveyPage';
import { EMPTY_DRAFT, firstMissingField, focusField, missingElements, surveyBody } from '../survey-form';

/** The kiosk's frame: the whole screen, the portal's header, menu and footer hidden while it shows. */
function KioskScreen({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.body.classList.add('surveys-kiosk');
    return () => document.body.classList.remove('surveys-kiosk');
  }, []);
  return (
    <div className="surveys-kiosk-screen">
      <title>{`${title} · ${t('app.name')}`}</title>
      <Container size="md" py="lg" px="md">
        <main>
          <Stack gap="lg">{children}</Stack>
        </main>
      </Container>
    </div>
  );
}

/** The officer's start screen: the finished ticket's or request's token, typed, pasted or sent by a scanner. */
function Start({ slug, onStarted }: { slug: string; onStarted: (session: KioskSessionView) => void }) {
  const { t } = useTranslation();
  const start = useStartKiosk(slug);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const token = tokenFromScan(text);
  // The link's dead ends said to the officer (the server's words speak to the citizen).
  const deadEnd = isApiError(start.error)
    ? (
        {
          survey_link_used: 'surveys.kiosk.used',
          survey_link_expired: 'surveys.kiosk.expired',
          survey_link_unknown: 'surveys.kiosk.unknown',
          not_found: 'surveys.kiosk.unknown',
        } as const
      )[start.error.code as 'not_found']
    : undefined;
  const send = () => {
    setTried(true);
    if (!token) {
      focusField('kiosk-token');
      return;
    }
    start.mutate(token, { onSuccess: onStarted });
  };
  return (
    <>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('surveys.kiosk.title')}
        </Title>
        <Text c="dimmed">{t('surveys.kiosk.intro')}</Text>
      </Stack>
      <Card withBorder padding="lg">
        <form
          noValidate
          aria-label={t('surveys.kiosk.title')}
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <Stack gap="md">
            <TextInput
              id="kiosk-token"
              data-autofocus
              // A scanner types into the field that has the focus, and ends with Enter.
              autoFocus
              size="lg"
              label={t('surveys.kiosk.token')}
              description={t('surveys.kiosk.tokenHint')}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                start.reset();
              }}
              maxLength={300}
              autoComplete="off"
              spellCheck={false}
              required
              error={tried && !token ? t('surveys.kiosk.tokenInvalid') : deadEnd ? t(deadEnd) : undefined}
            />
            {deadEnd ? null : <ErrorAlert error={start.error} />}
            <Group justify="space-between" wrap="wrap">
              <AnchorLink to="/t/$slug/workspace" params={{ slug }}>
                {t('surveys.kiosk.leave')}
              </AnchorLink>
              <Button type="submit" size="lg" loading={start.isPending}>
                {t('surveys.kiosk.start')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}

/** The one response of the visit, as the person answers it on the tablet. */
function KioskForm({
  slug,
  kiosk,
  onDone,
  onCancel,
}: {
  slug: string;
  kiosk: KioskSessionView;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const submit = useSubmitKiosk(slug);
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [tried, setTried] = useState(false);
  const missing = missingElements(draft);
  const firstMissing = missing[0];
  // The session ran out (30 minutes) or was answered meanwhile: the officer starts again.
  const ended = submit.isError && isApiError(submit.error) && [404, 409, 410].includes(submit.error.status);
  const send = () => {
    setTried(true);
    const body = surveyBody(draft);
    if (!body) {
      const field = firstMissingField(draft);
      if (field) focusField(field);
      return;
    }
    submit.mutate({ session: kiosk.session, body }, { onSuccess: onDone });
  };
  return (
    <>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {t('surveys.form.title')}
        </Title>
        <Text c="dimmed">{t('surveys.form.intro')}</Text>
      </Stack>
      {/* The session's half hour is the officer's affair, not the person's: no "valid until" here. */}
      <FormHeader form={{ ...kiosk.form, expiresAt: null }} />
      <form
        noValidate
        aria-label={t('surveys.form.title')}
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
            extraQuestions={kiosk.form.extraQuestions}
          />
          {tried && firstMissing ? (
            <Alert color="red" variant="light" role="alert">
              {missing.length === 1
                ? t('surveys.form.missingOne', { name: elementName(firstMissing, lang) })
                : t('surveys.form.missingMany', { count: missing.length, name: elementName(firstMissing, lang) })}
            </Alert>
          ) : null}
          <ErrorAlert error={submit.error} formValues={draft} />
          {ended ? (
            <Button variant="default" onClick={onCancel}>
              {t('surveys.kiosk.backToStart')}
            </Button>
          ) : (
            <Button type="submit" size="lg" loading={submit.isPending} fullWidth>
              {t('surveys.form.submit')}
            </Button>
          )}
          <Group justify="flex-start">
            <Button variant="subtle" color="gray" onClick={onCancel}>
              {t('surveys.kiosk.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

/** Thanks, then back to the start screen by itself after a few seconds. */
function Thanks({ onNext }: { onNext: () => void }) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(KIOSK_THANKS_SECONDS);
  useEffect(() => {
    if (left <= 0) {
      onNext();
      return;
    }
    const timer = window.setTimeout(() => setLeft(left - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left, onNext]);
  return (
    <Stack gap="md" role="status">
      <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
        {t('surveys.done.title')}
      </Title>
      <Text>{t('surveys.done.text')}</Text>
      <Text c="dimmed">{t('surveys.kiosk.returning', { count: left })}</Text>
      <Group>
        <Button onClick={onNext}>{t('surveys.kiosk.next')}</Button>
      </Group>
    </Stack>
  );
}

type KioskState = { step: 'start' } | { step: 'form'; kiosk: KioskSessionView } | { step: 'thanks' };

function Kiosk() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const [state, setState] = useState<KioskState>({ step: 'start' });
  const toStart = () => setState({ step: 'start' });
  return (
    <KioskScreen title={t('surveys.kiosk.title')}>
      {state.step === 'start' ? <Start slug={slug} onStarted={(kiosk) => setState({ step: 'form', kiosk })} /> : null}
      {state.step === 'form' ? (
        <KioskForm
          key={state.kiosk.session}
          slug={slug}
          kiosk={state.kiosk}
          onDone={() => setState({ step: 'thanks' })}
          onCancel={toStart}
        />
      ) : null}
      {state.step === 'thanks' ? <Thanks onNext={toStart} /> : null}
    </KioskScreen>
  );
}

/**
 * `/t/:slug/survei-kios`: the survey kiosk on the counter's tablet. A service officer of the unit (or its survey
 * officer) enters or scans a finished visit's survey token; the tablet shows that visit's one form, thanks the
 * person, and returns to the start screen. The session lives only in this page's memory, never in its address.
 */
export function KioskPage() {
  return (
    <RequireAccess permission={SURVEYS_PERMISSIONS.kiosk}>
      <Kiosk />
    </RequireAccess>
  );
}
