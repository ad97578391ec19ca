import { loginBodySchema, PERMISSIONS, type SessionAccount } from '@lentera/common';
import { Button, Card, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { ErrorAlert, Page } from '../../ui/components';
import { applyServerErrors, schemaValidate } from '../../ui/forms';
import { i18n, storedLang } from '../../ui/i18n';
import { AnchorLink, ButtonLink } from '../../ui/links';
import { safeNext } from '../../ui/search';
import { hasPermission, useAccount } from '../../ui/session';
import { useTenant, useTenantSlug } from '../../ui/tenant';
import { useLogin } from './api';

/** Where to go after logging in, when the login link did not say (`?next=`). */
function homeFor(account: SessionAccount, slug: string | undefined): string {
  if (slug) return `/t/${encodeURIComponent(slug)}/workspace`;
  if (hasPermission(account, PERMISSIONS.nationalView, undefined)) return '/nasional';
  const only = account.tenants.length === 1 ? account.tenants[0] : undefined;
  return only ? `/t/${encodeURIComponent(only.slug)}/workspace` : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const { data: tenant } = useTenant(slug);
  const next = safeNext(useSearch({ strict: false }).next);
  const router = useRouter();
  const account = useAccount();
  const login = useLogin();

  const form = useForm({
    initialValues: { login: '', password: '' },
    validate: schemaValidate(loginBodySchema),
  });

  const onSubmit = form.onSubmit((values) =>
    login.mutate(values, {
      onSuccess: async ({ account: loggedIn }) => {
        // The server answers a logged-in person in the account's language. A choice made on this device wins
        // and is saved on the account; without one, the account's language applies here too.
        const deviceLang = storedLang();
        if (deviceLang && deviceLang !== loggedIn.locale) {
          await api('/api/auth/locale', { method: 'PUT', body: { locale: deviceLang } }).catch(() => undefined);
        } else if (!deviceLang && loggedIn.locale !== i18n.language) {
          await i18n.changeLanguage(loggedIn.locale);
        }
        router.history.push(next ?? homeFor(loggedIn, slug));
      },
      onError: (error) => {
        applyServerErrors(form, error);
        form.setFieldValue('password', '');
      },
    }),
  );

  const title = tenant ? t('login.titleTenant', { name: tenant.name }) : t('login.title');

  if (account && !login.isPending && !login.isSuccess) {
    return (
      <Page title={title}>
        <Text>{t('login.already', { name: account.name })}</Text>
        <Group>
          <ButtonLink to={homeFor(account, slug)}>{t('login.continue')}</ButtonLink>
        </Group>
      </Page>
    );
  }

  return (
    <Page title={title}>
      <Card withBorder padding="lg" maw={480} w="100%">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <ErrorAlert error={login.error} formValues={form.getValues()} />
            <TextInput
              label={t('login.login')}
              description={t('login.loginHint')}
              autoComplete="username"
              required
              {...form.getInputProps('login')}
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              {t('login.submit')}
            </Button>
            <Stack gap={4}>
              {slug ? (
                <>
                  <Text size="sm">
                    <AnchorLink to="/t/$slug/reset" params={{ slug }}>
                      {t('login.forgot')}
                    </AnchorLink>
                  </Text>
                  <Text size="sm">
                    {t('login.noAccount')}{' '}
                    <AnchorLink to="/t/$slug/register" params={{ slug }}>
                      {t('login.register')}
                    </AnchorLink>
                  </Text>
                </>
              ) : (
                <>
                  <Text size="sm">
                    <AnchorLink to="/reset">{t('login.forgot')}</AnchorLink>
                  </Text>
                  <Text size="sm">
                    {t('login.noAccountChooseTenant')} <AnchorLink to="/">{t('login.chooseTenant')}</AnchorLink>
                  </Text>
                </>
              )}
            </Stack>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
