import { Anchor, Container, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useMatches } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../links';
import { type NavEntry, type NavGroup, visibleNavEntries } from '../nav';
import { QuietBoundary } from '../QuietBoundary';
import { useAccount } from '../session';
import { useTenant, useTenantSlug } from '../tenant';
import { LanguageSwitch } from './LanguageSwitch';

// The staff navigation (Mantine's NavLink and Collapse) comes with the first staff page, not with the portal's.
const NavGroups = lazy(() => import('./NavGroups').then((module) => ({ default: module.NavGroups })));

// The account menu (Mantine's Menu and its floating positioning) is fetched once the session says someone is logged
// in: a visitor sees only the "Masuk" button and never fetches it.
const AccountMenu = lazy(() => import('./AccountMenu').then((module) => ({ default: module.AccountMenu })));

/** "Masuk" for a visitor, the account menu for a logged-in person, nothing while the session is being read. */
function AccountArea({ slug }: { slug: string | undefined }) {
  const { t } = useTranslation();
  const account = useAccount();
  if (account === undefined) return null;
  if (account === null)
    return slug ? (
      <ButtonLink to="/t/$slug/login" params={{ slug }} size="sm">
        {t('header.login')}
      </ButtonLink>
    ) : (
      <ButtonLink to="/login" size="sm">
        {t('header.login')}
      </ButtonLink>
    );
  return (
    <QuietBoundary>
      <Suspense fallback={null}>
        <AccountMenu slug={slug} />
      </Suspense>
    </QuietBoundary>
  );
}

interface AppLayoutProps {
  navEntries: readonly NavEntry[];
  navGroups: readonly NavGroup[];
}

function Brand({ slug }: { slug: string | undefined }) {
  const { t } = useTranslation();
  const { data: tenant } = useTenant(slug);
  if (slug && tenant) {
    return (
      <UnstyledButton
        renderRoot={(props) => <Link to="/t/$slug" params={{ slug }} {...props} />}
        aria-label={t('header.portalHome', { name: tenant.name })}
        style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}
      >
        {tenant.logoUrl ? <img src={tenant.logoUrl} alt="" className="brand-logo" /> : null}
        <Text fw={700} className="tenant-name" size="md">
          {tenant.name}
        </Text>
      </UnstyledButton>
    );
  }
  return (
    <UnstyledButton
      renderRoot={(props) => <Link to="/" {...props} />}
      style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}
    >
      <img src="/favicon.svg" alt="" width={32} height={32} />
      <Text fw={700} size="lg">
        {t('app.name')}
      </Text>
    </UnstyledButton>
  );
}

function Footer({ slug }: { slug: string | undefined }) {
  const { t } = useTranslation();
  const { data: tenant } = useTenant(slug);
  return (
    <footer className="app-footer">
      <Stack gap={4}>
        <Text size="sm">{tenant ? t('footer.tenant', { name: tenant.name }) : t('footer.platform')}</Text>
        <Group gap="md">
          <Anchor component={Link} to="/" size="sm">
            {t('footer.allGovernments')}
          </Anchor>
          <Anchor href="/api/docs" size="sm">
            {t('footer.apiDocs')}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('footer.license')}
          </Text>
        </Group>
      </Stack>
    </footer>
  );
}

/** Header, staff navigation (collapsing behind a burger on phones), main content and footer. */
export function AppLayout({ navEntries, navGroups }: AppLayoutProps) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const account = useAccount();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isStaffArea = useMatches({ select: (matches) => matches.some((m) => m.staticData.area === 'staff') });
  const entries = isStaffArea ? visibleNavEntries(navEntries, account, slug) : [];
  const withNavbar = entries.length > 0;

  // After a client-side navigation, move focus to the new content so screen readers announce it.
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of address
  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname, close]);

  // The shell is plain HTML laid out by global.css (`.app-shell`): Mantine's AppShell would add 10 KB to every first
  // load for a fixed header and a side bar.
  return (
    <div className="app-shell" data-with-navbar={withNavbar || undefined}>
      <a className="skip-link" href="#main-content">
        {t('header.skipToContent')}
      </a>
      <header className="app-header">
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            {withNavbar ? (
              <button
                type="button"
                className="app-burger"
                onClick={toggle}
                aria-label={opened ? t('header.closeMenu') : t('header.openMenu')}
                aria-expanded={opened}
                aria-controls="app-navbar"
              >
                <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                  <path d={opened ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'} />
                </svg>
              </button>
            ) : null}
            <Brand slug={slug} />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <AccountArea slug={slug} />
          </Group>
        </Group>
      </header>
      {withNavbar ? (
        <nav className="app-navbar" id="app-navbar" aria-label={t('nav.label')} data-opened={opened || undefined}>
          <QuietBoundary>
            <Suspense fallback={null}>
              <NavGroups groups={navGroups} entries={entries} pathname={location.pathname} />
            </Suspense>
          </QuietBoundary>
        </nav>
      ) : null}
      <div className="app-main">
        <Container size="lg" px={0}>
          <main id="main-content" ref={mainRef} tabIndex={-1}>
            <Outlet />
          </main>
          <Footer slug={slug} />
        </Container>
      </div>
    </div>
  );
}
