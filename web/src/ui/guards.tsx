import { Navigate, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader, StatusPage } from './components';
import { AnchorLink } from './links';
import { hasPermission, useSession } from './session';
import { useTenantSlug } from './tenant';

interface RequireAccessProps {
  /** Permission needed; `null` when being logged in is enough. */
  permission: string | null;
  children: ReactNode;
}

/**
 * Shows its children only to someone allowed to see them: sends a visitor to the login page (coming back
 * afterwards), and tells a logged-in person without the permission that the page is not for them.
 */
export function RequireAccess({ permission, children }: RequireAccessProps) {
  const { t } = useTranslation();
  const session = useSession();
  const slug = useTenantSlug();
  const location = useLocation();

  if (session.isPending) return <PageLoader />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;

  const account = session.data.account;
  if (!account) {
    const next = location.href;
    return slug ? (
      <Navigate to="/t/$slug/login" params={{ slug }} search={{ next }} replace />
    ) : (
      <Navigate to="/login" search={{ next }} replace />
    );
  }
  if (!hasPermission(account, permission, slug)) {
    return (
      <StatusPage title={t('forbidden.title')} message={t('forbidden.message')}>
        {slug ? (
          <AnchorLink to="/t/$slug/workspace" params={{ slug }}>
            {t('forbidden.backToWorkspace')}
          </AnchorLink>
        ) : (
          <AnchorLink to="/">{t('notFound.home')}</AnchorLink>
        )}
      </StatusPage>
    );
  }
  return children;
}
