import { useNavigate, useRouter } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef } from 'react';
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
 * Sends a visitor to the login page, to come back here afterwards. Navigates once, with the address of the page
 * as it was when the guard appeared: during the navigation the router's location is already the login page's.
 */
function RedirectToLogin({ slug }: { slug: string | undefined }) {
  const navigate = useNavigate();
  const router = useRouter();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const next = router.state.location.href;
    void (slug
      ? navigate({ to: '/t/$slug/login', params: { slug }, search: { next }, replace: true })
      : navigate({ to: '/login', search: { next }, replace: true }));
  }, [navigate, router, slug]);
  return <PageLoader />;
}

/**
 * Shows its children only to someone allowed to see them: sends a visitor to the login page (coming back
 * afterwards), and tells a logged-in person without the permission that the page is not for them.
 */
export function RequireAccess({ permission, children }: RequireAccessProps) {
  const { t } = useTranslation();
  const session = useSession();
  const slug = useTenantSlug();

  if (session.isPending) return <PageLoader />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;

  const account = session.data.account;
  if (!account) return <RedirectToLogin slug={slug} />;
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
