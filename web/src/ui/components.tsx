import { Alert, Button, Center, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';
import { useLoadedTenant, useTenantSlug } from './tenant';

interface PageProps {
  /** The page's name: the `<h1>` and the first part of the document title. */
  title: string;
  /** Buttons or links shown beside the heading. */
  actions?: ReactNode;
  /** A short line under the heading. */
  description?: ReactNode;
  children?: ReactNode;
}

/** Every page starts here: one `<h1>` and a document title naming the page and the government. */
export function Page({ title, actions, description, children }: PageProps) {
  const { t } = useTranslation();
  const tenant = useLoadedTenant(useTenantSlug());
  // "Masuk ke Pemerintah Kota Dumai · Lentera", not "... · Pemerintah Kota Dumai · Lentera" twice over.
  const tenantPart = tenant && !title.includes(tenant.name) ? tenant.name : undefined;
  const documentTitle = [title, tenantPart, t('app.name')].filter(Boolean).join(' · ');
  return (
    <Stack gap="lg">
      <title>{documentTitle}</title>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {title}
          </Title>
          {actions ? <Group gap="xs">{actions}</Group> : null}
        </Group>
        {description ? <Text c="dimmed">{description}</Text> : null}
      </Stack>
      {children}
    </Stack>
  );
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    // A span has no role that may carry a name (axe: aria-prohibited-attr); the status role announces it.
    <Center py="xl" role="status">
      <Loader />
      <span className="visually-hidden">{t('common.loading')}</span>
    </Center>
  );
}

interface ErrorAlertProps {
  error: unknown;
  /** The form's values: field errors naming one of them are shown beside the field, not here. */
  formValues?: object;
  /** Error codes shown beside a field of the form (see applyServerErrors): no alert repeats them. */
  codeFields?: Readonly<Record<string, string>>;
  onRetry?: () => void;
  title?: string;
}

function pathIn(values: object | undefined, path: string): boolean {
  if (!values || !path) return false;
  let current: unknown = values;
  for (const segment of path.split('.')) {
    if (!current || typeof current !== 'object' || !(segment in current)) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}

/** Shows an API error's message (already in the person's language) and the details no field shows. */
export function ErrorAlert({ error, formValues, codeFields, onRetry, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && error.fieldErrors.length === 0) {
    const field = codeFields?.[error.code];
    if (field && pathIn(formValues, field)) return null;
  }
  const message = error instanceof Error ? error.message : t('errors.unexpected');
  const details = error instanceof ApiError ? error.fieldErrors.filter((d) => !pathIn(formValues, d.path)) : [];
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {details.length > 0 ? (
          <List size="sm">
            {details.map((detail) => (
              <List.Item key={`${detail.path}:${detail.message}`}>
                {detail.path ? `${detail.path}: ` : ''}
                {detail.message}
              </List.Item>
            ))}
          </List>
        ) : null}
        {onRetry ? (
          <Group>
            <Button size="xs" variant="default" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

interface StatusPageProps {
  title: string;
  message: ReactNode;
  children?: ReactNode;
}

/** Not found, forbidden and similar dead ends: say what happened and where to go. */
export function StatusPage({ title, message, children }: StatusPageProps) {
  return (
    <Page title={title}>
      <Text>{message}</Text>
      {children ? <Group>{children}</Group> : null}
    </Page>
  );
}
