import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page } from './components';

/** Shown when a page fails to load or render (a lost connection while loading its code, a bug). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  // A failed dynamic import means a new version was deployed or the connection dropped: reloading fixes both.
  const isChunkError = error instanceof TypeError && /dynamically imported module|import/i.test(error.message);
  return (
    <Page title={t('errors.pageTitle')}>
      <ErrorAlert
        error={isChunkError ? new Error(t('errors.chunk')) : error}
        onRetry={() => (isChunkError ? window.location.reload() : reset())}
      />
    </Page>
  );
}
