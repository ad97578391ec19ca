import { formatNip, PERMISSIONS } from '@lentera/common';
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isCitizenOnly } from '../nav';
import { notify } from '../notify';
import { hasPermission, useAccount, useLogout } from '../session';

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

interface AccountMenuProps {
  slug: string | undefined;
}

/** For a logged-in person, a menu with their workspaces, account and logout (AppLayout shows visitors "Masuk"). */
export function AccountMenu({ slug }: AccountMenuProps) {
  const { t } = useTranslation();
  const account = useAccount();
  const logout = useLogout();
  const navigate = useNavigate();

  if (!account) return null;

  // Leave for the public home first: a staff page still on screen when the session ends would send the person
  // to the login page (its guard redirects a visitor there).
  const onLogout = async () => {
    await (slug ? navigate({ to: '/t/$slug', params: { slug } }) : navigate({ to: '/' }));
    logout.mutate(undefined, {
      onSuccess: () => notify(t('header.loggedOut')),
      onError: (error) => notify(error.message, 'error'),
    });
  };

  const current = slug ? account.tenants.find((m) => m.slug === slug) : undefined;
  const others = account.tenants.filter((m) => m.slug !== slug);

  return (
    <Menu position="bottom-end" width={260}>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.accountMenu', { name: account.name })} title={account.name}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="blue" radius="xl" size="md" variant="filled">
              {initials(account.name)}
            </Avatar>
            <Text size="sm" fw={600} visibleFrom="md" maw={180} truncate>
              {account.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {account.name}
          </Text>
          <Text size="xs" c="dimmed">
            {account.email ?? (account.nip ? formatNip(account.nip) : null)}
          </Text>
        </Menu.Label>
        {current && slug ? (
          <>
            <Menu.Item renderRoot={(props) => <Link to="/t/$slug/workspace" params={{ slug }} {...props} />}>
              {isCitizenOnly(account, slug) ? t('nav.citizenHome') : t('nav.workspace')}
            </Menu.Item>
            <Menu.Item renderRoot={(props) => <Link to="/t/$slug/account" params={{ slug }} {...props} />}>
              {t('nav.account')}
            </Menu.Item>
          </>
        ) : null}
        {others.length > 0 ? <Menu.Label>{t('header.otherGovernments')}</Menu.Label> : null}
        {others.map((membership) => (
          <Menu.Item
            key={membership.slug}
            renderRoot={(props) => <Link to="/t/$slug/workspace" params={{ slug: membership.slug }} {...props} />}
          >
            {membership.name}
          </Menu.Item>
        ))}
        {hasPermission(account, PERMISSIONS.nationalView, undefined) ? (
          <Menu.Item renderRoot={(props) => <Link to="/nasional" {...props} />}>{t('national.nav')}</Menu.Item>
        ) : null}
        {account.isSystemAdmin ? (
          <Menu.Item renderRoot={(props) => <Link to="/admin/tenants" {...props} />}>{t('nav.tenants')}</Menu.Item>
        ) : null}
        <Menu.Item onClick={() => void onLogout()} disabled={logout.isPending}>
          {t('header.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
