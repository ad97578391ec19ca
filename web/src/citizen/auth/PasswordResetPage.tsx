import { PASSWORD_MIN_LENGTH, resetConfirmBodySchema, resetRequestBodySchema } from '@lentera/common';
import { Alert, Button, Card, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page } from '../../ui/components';
import { applyServerErrors, schemaValidate } from '../../ui/forms';
import { i18n } from '../../ui/i18n';
import { AnchorLink, ButtonLink } from '../../ui/links';
import { useTenantSlug } from '../../ui/tenant';
import { useConfirmPasswordReset, useRequestPasswordReset } from './api';

function LoginLink({ slug }: { slug: string | undefined }) {
  const { t } = useTranslation();
  return slug ? (
    <AnchorLink to="/t/$slug/login" params={{ slug }}>
      {t('reset.backToLogin')}
    </AnchorLink>
  ) : (
    <AnchorLink to="/login">{t('reset.backToLogin')}</AnchorLink>
  );
}

function RequestForm({ slug }: { slug: string | undefined }) {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: schemaValidate(resetRequestBodySchema),
  });

  if (request.isSuccess) {
    return (
      <Page title={t('reset.requestTitle')}>
        <Alert color="green" variant="light" title={t('reset.requestedTitle')} role="status">
          <Text size="sm">{t('reset.requested', { email: request.variables.email })}</Text>
        </Alert>
        <Text>
          <LoginLink slug={slug} />
        </Text>
      </Page>
    );
  }

  return (
    <Page title={t('reset.requestTitle')} description={t('reset.requestIntro')}>
      <Card withBorder padding="lg" maw={480} w="100%">
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            request.mutate({ ...values, tenant: slug }, { onError: (error) => applyServerErrors(form, error) }),
          )}
        >
          <Stack>
            <ErrorAlert error={request.error} formValues={form.getValues()} />
            <TextInput
              label={t('reset.email')}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={request.isPending} fullWidth>
              {t('reset.requestSubmit')}
            </Button>
            <Text size="sm">
              <LoginLink slug={slug} />
            </Text>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}

const PASSWORD_CODE_FIELDS = { password_too_short: 'password', password_too_common: 'password' };

interface NewPasswordValues {
  password: string;
  repeat: string;
}

function NewPasswordForm({ slug, token }: { slug: string | undefined; token: string }) {
  const { t } = useTranslation();
  const confirm = useConfirmPasswordReset();
  const validateSchema = schemaValidate<NewPasswordValues>(resetConfirmBodySchema, {
    prepare: (values) => ({ token, password: values.password }),
  });
  const form = useForm<NewPasswordValues>({
    initialValues: { password: '', repeat: '' },
    validate: (values) => {
      const errors = validateSchema(values);
      if (!errors.password && values.password.length < PASSWORD_MIN_LENGTH) {
        errors.password = i18n.t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH });
      }
      if (values.repeat !== values.password) errors.repeat = i18n.t('validation.passwordsDiffer');
      return errors;
    },
  });

  if (confirm.isSuccess) {
    return (
      <Page title={t('reset.confirmTitle')}>
        <Alert color="green" variant="light" title={t('reset.doneTitle')} role="status">
          <Text size="sm">{t('reset.done')}</Text>
        </Alert>
        <Group>
          {slug ? (
            <ButtonLink to="/t/$slug/login" params={{ slug }}>
              {t('reset.toLogin')}
            </ButtonLink>
          ) : (
            <ButtonLink to="/login">{t('reset.toLogin')}</ButtonLink>
          )}
        </Group>
      </Page>
    );
  }

  return (
    <Page title={t('reset.confirmTitle')}>
      <Card withBorder padding="lg" maw={480} w="100%">
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            confirm.mutate(
              { token, password: values.password },
              { onError: (error) => applyServerErrors(form, error, PASSWORD_CODE_FIELDS) },
            ),
          )}
        >
          <Stack>
            <ErrorAlert error={confirm.error} formValues={form.getValues()} codeFields={PASSWORD_CODE_FIELDS} />
            {confirm.error ? (
              <Text size="sm">
                {slug ? (
                  <AnchorLink to="/t/$slug/reset" params={{ slug }}>
                    {t('reset.requestAgain')}
                  </AnchorLink>
                ) : (
                  <AnchorLink to="/reset">{t('reset.requestAgain')}</AnchorLink>
                )}
              </Text>
            ) : null}
            <PasswordInput
              label={t('reset.newPassword')}
              description={t('register.passwordHint', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <PasswordInput
              label={t('reset.repeatPassword')}
              autoComplete="new-password"
              required
              {...form.getInputProps('repeat')}
            />
            <Button type="submit" loading={confirm.isPending} fullWidth>
              {t('reset.confirmSubmit')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}

/** `/reset`: ask for a link by e-mail; `/reset?token=...` (from that e-mail): choose a new password. */
export function PasswordResetPage() {
  const slug = useTenantSlug();
  const token = useSearch({ strict: false }).token;
  return token ? <NewPasswordForm slug={slug} token={token} /> : <RequestForm slug={slug} />;
}
