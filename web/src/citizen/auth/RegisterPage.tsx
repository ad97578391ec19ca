import { PASSWORD_MIN_LENGTH, registerBodySchema } from '@lentera/common';
import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page } from '../../ui/components';
import { applyServerErrors, schemaValidate } from '../../ui/forms';
import { currentLang, i18n } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { useTenant, useTenantSlug } from '../../ui/tenant';
import { useRegister } from './api';

interface RegisterValues {
  name: string;
  email: string;
  password: string;
}

const validateSchema = schemaValidate<RegisterValues>(registerBodySchema);
const CODE_FIELDS = { email_taken: 'email', password_too_short: 'password', password_too_common: 'password' };

function validate(values: RegisterValues) {
  const errors = validateSchema(values);
  // The server also refuses common passwords; the length can be told before sending.
  if (!errors.password && values.password.length < PASSWORD_MIN_LENGTH) {
    errors.password = i18n.t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH });
  }
  return errors;
}

export function RegisterPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { data: tenant } = useTenant(slug);
  const register = useRegister();
  const form = useForm<RegisterValues>({ initialValues: { name: '', email: '', password: '' }, validate });

  const onSubmit = form.onSubmit((values) =>
    register.mutate(
      { ...values, locale: currentLang(), tenant: slug },
      { onError: (error) => applyServerErrors(form, error, CODE_FIELDS) },
    ),
  );

  if (register.isSuccess) {
    return (
      <Page title={t('register.doneTitle')}>
        <Alert color="green" variant="light" title={t('register.checkEmailTitle')} role="status">
          <Text size="sm">{t('register.checkEmail', { email: register.variables?.email ?? '' })}</Text>
        </Alert>
        <Text size="sm">{t('register.noEmail')}</Text>
        <Text>
          <AnchorLink to="/t/$slug/login" params={{ slug }}>
            {t('register.toLogin')}
          </AnchorLink>
        </Text>
      </Page>
    );
  }

  return (
    <Page title={t('register.title')} description={tenant ? t('register.intro', { name: tenant.name }) : undefined}>
      <Card withBorder padding="lg" maw={480} w="100%">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <ErrorAlert error={register.error} formValues={form.getValues()} codeFields={CODE_FIELDS} />
            <TextInput label={t('register.name')} autoComplete="name" required {...form.getInputProps('name')} />
            <TextInput
              label={t('register.email')}
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('register.password')}
              description={t('register.passwordHint', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={register.isPending} fullWidth>
              {t('register.submit')}
            </Button>
            <Text size="sm">
              {t('register.haveAccount')}{' '}
              <AnchorLink to="/t/$slug/login" params={{ slug }}>
                {t('register.toLogin')}
              </AnchorLink>
            </Text>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
