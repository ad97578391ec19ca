import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api';
import { ErrorAlert, Page, PageLoader, StatusPage } from './components';
import { AnchorLink } from './links';
import { useTenant, useTenantSlug } from './tenant';

/** Renders a tenant's pages once the tenant is known; an unknown slug gets a clear "not found" page. */
export function TenantBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const tenant = useTenant(slug);

  if (tenant.isPending) return <PageLoader />;
  if (tenant.isError) {
    if (isApiError(tenant.error, 'tenant_not_found') || isApiError(tenant.error, 'not_found')) {
      return (
        <StatusPage title={t('tenantNotFound.title')} message={t('tenantNotFound.message', { slug: slug ?? '' })}>
          <AnchorLink to="/">{t('tenantNotFound.list')}</AnchorLink>
        </StatusPage>
      );
    }
    return (
      <Page title={t('errors.pageTitle')}>
        <ErrorAlert error={tenant.error} onRetry={() => void tenant.refetch()} />
      </Page>
    );
  }
  return children;
}
