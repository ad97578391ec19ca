import { Anchor, AppShell, Burger, Container, Group, Image, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useMatches } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type NavEntry, type NavGroup, visibleNavEntries } from '../nav';
import { useAccount } from '../session';
import { useTenant, useTenantSlug } from '../tenant';
import { LanguageSwitch } from './LanguageSwitch';
import { NavGroups } from './NavGroups';

// The account menu (Mantine's Menu and its floating positioning) is fetched alongside the session, not with the
// first page: it waits for the session anyway, and a visitor sees only its "Masuk" button.
const AccountMenu = lazy(() => import('./AccountMenu').then((module) => ({ default: module.AccountMenu })));

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
        {tenant.logoUrl ? <Image src={tenant.logoUrl} alt="" h={36} w={36} fit="contain" /> : null}
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
      <Image src="/favicon.svg" alt="" h={32} w={32} />
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

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={withNavbar ? { width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
      padding="md"
    >
      <a className="skip-link" href="#main-content">
        {t('header.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            {withNavbar ? (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('header.closeMenu') : t('header.openMenu')}
                aria-expanded={opened}
                aria-controls="app-navbar"
              />
            ) : null}
            <Brand slug={slug} />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <Suspense fallback={null}>
              <AccountMenu slug={slug} />
            </Suspense>
          </Group>
        </Group>
      </AppShell.Header>
      {withNavbar ? (
        <AppShell.Navbar p="sm" id="app-navbar" aria-label={t('nav.label')} style={{ overflowY: 'auto' }}>
          <NavGroups groups={navGroups} entries={entries} pathname={location.pathname} />
        </AppShell.Navbar>
      ) : null}
      <AppShell.Main {...{ component: 'div' }}>
        <Container size="lg" px={0}>
          <main id="main-content" ref={mainRef} tabIndex={-1}>
            <Outlet />
          </main>
          <Footer slug={slug} />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
