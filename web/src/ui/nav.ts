import type { SessionAccount } from '@lentera/common';
import type { TFunction } from 'i18next';
import { hasPermission } from './session';

type MessageKey = Parameters<TFunction>[0] & string;

/**
 * One entry of the staff navigation. A module lists its screens in its manifest (`nav`), the platform's own are
 * in `web/src/navigation.ts`; the navbar and the workspace home show only the entries the person may use.
 */
export interface NavEntry {
  /** Stable identifier, also used as the React key. */
  key: string;
  /** Router path; `$slug` stands for the current tenant, entries with it appear only inside a tenant. */
  path: string;
  /** i18n key of the label. */
  labelKey: MessageKey;
  /** The label a citizen sees instead (their home is not a workspace). */
  citizenLabelKey?: MessageKey;
  /** Permission from `PERMISSIONS` needed to see the entry; `null` for anyone logged in. */
  permission: string | null;
  /** Section (module) of the navbar; defaults to `workspace`. */
  group?: NavGroupKey;
  /** i18n key of a one-line description, shown on the workspace home. */
  descriptionKey?: MessageKey;
}

/** The navbar's sections: `workspace` and `admin` of the platform, and one per module (its manifest's key). */
export type NavGroupKey = string;

/** A section of the navbar, with its heading; sections are shown in the order given, empty ones not at all. */
export interface NavGroup {
  key: NavGroupKey;
  labelKey: MessageKey;
  /** The heading a citizen sees instead. */
  citizenLabelKey?: MessageKey;
}

/** The whole staff navigation: its sections in order, and every entry. */
export interface Navigation {
  groups: readonly NavGroup[];
  entries: readonly NavEntry[];
}

export interface VisibleNavEntry extends NavEntry {
  href: string;
}

export function visibleNavEntries(
  entries: readonly NavEntry[],
  account: SessionAccount | null | undefined,
  slug: string | undefined,
): VisibleNavEntry[] {
  return entries.flatMap((entry) => {
    const needsTenant = entry.path.includes('$slug');
    if (needsTenant && !slug) return [];
    if (!hasPermission(account, entry.permission, slug)) return [];
    const href = slug ? entry.path.replace('$slug', encodeURIComponent(slug)) : entry.path;
    return [{ ...entry, href }];
  });
}

/**
 * Whether the person is here as a citizen: no staff role in this tenant (nor, when they have no place here, in
 * any tenant). Their home speaks of their complaints, not of a workspace.
 */
export function isCitizenOnly(account: SessionAccount | null | undefined, slug: string | undefined): boolean {
  if (!account || account.isSystemAdmin) return false;
  const here = slug ? account.tenants.filter((membership) => membership.slug === slug) : [];
  const memberships = here.length > 0 ? here : account.tenants;
  return memberships.every((membership) => membership.roles.every((grant) => grant.role === 'citizen'));
}
