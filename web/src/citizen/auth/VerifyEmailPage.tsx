import { Alert, Group, Text } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { ButtonLink } from '../../ui/links';
import { useTenantSlug } from '../../ui/tenant';
import { useVerifyEmail } from './api';

function LoginButton({ slug }: { slug: string | undefined }) {
  const { t } = useTranslation();
  return slug ? (
    <ButtonLink to="/t/$slug/login" params={{ slug }}>
      {t('verify.toLogin')}
    </ButtonLink>
  ) : (
    <ButtonLink to="/login">{t('verify.toLogin')}</ButtonLink>
  );
}

/** Opened from the link in the verification e-mail: confirms the address at once. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const token = useSearch({ strict: false }).token;
  const verify = useVerifyEmail();
  const sent = useRef(false);

  useEffect(() => {
    // Once only, also under StrictMode's double effects: a token is spent when used.
    if (!token || sent.current) return;
    sent.current = true;
    verify.mutate(token);
  }, [token, verify]);

  return (
    <Page title={t('verify.title')}>
      {!token ? <Text>{t('verify.noToken')}</Text> : null}
      {token && (verify.isIdle || verify.isPending) ? <PageLoader /> : null}
      {verify.isSuccess ? (
        <Alert color="green" variant="light" title={t('verify.successTitle')} role="status">
          <Text size="sm">{t('verify.success')}</Text>
        </Alert>
      ) : null}
      {verify.isError ? <ErrorAlert error={verify.error} /> : null}
      {verify.isSuccess || verify.isError || !token ? (
        <Group>
          <LoginButton slug={slug} />
        </Group>
      ) : null}
    </Page>
  );
}
