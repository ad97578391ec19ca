import { NavLink, type NavLinkProps, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { createLink } from '@tanstack/react-router';
import { type ComponentPropsWithRef, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isCitizenOnly, type NavGroup, type NavGroupKey, type VisibleNavEntry } from '../nav';
import { useAccount } from '../session';
import { useTenantSlug } from '../tenant';

function NavLinkBase(props: NavLinkProps & ComponentPropsWithRef<'a'>) {
  return <NavLink component="a" {...props} />;
}
/** A router link styled as a Mantine NavLink (kept here: the navigation is its only user, and loads lazily). */
const NavLinkLink = createLink(NavLinkBase);

interface NavGroupsProps {
  groups: readonly NavGroup[];
  entries: readonly VisibleNavEntry[];
  pathname: string;
}

const isActive = (entry: VisibleNavEntry, pathname: string) =>
  pathname === entry.href || pathname.startsWith(`${entry.href}/`);

/**
 * The staff navigation by module: each section a collapsible group under its heading, in the order of `groups`
 * (sections without an entry the person may use are left out). Every group starts open; the ones a person
 * closes stay closed in this browser, and the group of the page on screen opens whenever one of its pages is
 * reached.
 */
export function NavGroups({ groups, entries, pathname }: NavGroupsProps) {
  const { t } = useTranslation();
  // A citizen's own pages are their home, not a workspace.
  const citizen = isCitizenOnly(useAccount(), useTenantSlug());
  const [collapsed, setCollapsed] = useLocalStorage<NavGroupKey[]>({
    key: 'lentera.nav.collapsed',
    defaultValue: [],
    getInitialValueInEffect: false,
  });
  const activeEntry = entries.find((entry) => isActive(entry, pathname));
  const active: NavGroupKey | null = activeEntry ? (activeEntry.group ?? 'workspace') : null;

  // Reaching a page opens its group (a person may still close it while there).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of address
  useEffect(() => {
    if (active) setCollapsed((keys) => (keys.includes(active) ? keys.filter((key) => key !== active) : keys));
  }, [pathname, active, setCollapsed]);

  return groups.map((group) => {
    const items = entries.filter((entry) => (entry.group ?? 'workspace') === group.key);
    if (items.length === 0) return null;
    const opened = !collapsed.includes(group.key);
    return (
      <NavLink
        key={group.key}
        component="button"
        type="button"
        aria-expanded={opened}
        opened={opened}
        onChange={(open) =>
          setCollapsed((keys) => (open ? keys.filter((key) => key !== group.key) : [...keys, group.key]))
        }
        label={
          <Text component="span" size="xs" fw={700} tt="uppercase" c="gray.7">
            {t(((citizen && group.citizenLabelKey) || group.labelKey) as never)}
          </Text>
        }
        childrenOffset={0}
        mb={4}
      >
        {items.map((entry) => (
          <NavLinkLink
            key={entry.key}
            to={entry.href}
            label={t(((citizen && entry.citizenLabelKey) || entry.labelKey) as never)}
            active={isActive(entry, pathname)}
          />
        ))}
      </NavLink>
    );
  });
}
