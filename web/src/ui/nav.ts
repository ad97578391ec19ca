import type { SessionAccount } from '@lentera/common';
import type { TFunction } from 'i18next';
import { hasPermission } from './session';

type MessageKey = Parameters<TFunction>[0] & string;

/**
 * One entry of the staff navigation. Modules add their screens to `web/src/navigation.ts`, one line each;
 * the navbar, the workspace home and the account menu show only the entries the person may use.
 */
export interface NavEntry {
  /** Stable identifier, also used as the React key. */
  key: string;
  /** Router path; `$slug` stands for the current tenant, entries with it appear only inside a tenant. */
  path: string;
  /** i18n key of the label. */
  labelKey: MessageKey;
  /** Permission from `PERMISSIONS` needed to see the entry; `null` for anyone logged in. */
  permission: string | null;
  /** Section (module) of the navbar; defaults to `workspace`. */
  group?: NavGroupKey;
  /** i18n key of a one-line description, shown on the workspace home. */
  descriptionKey?: MessageKey;
}

/** The navbar's sections: one per module, plus the workspace itself and administration. */
export type NavGroupKey = 'workspace' | 'people' | 'performance' | 'complaints' | 'admin';

/** A section of the navbar, with its heading; sections are shown in the order given, empty ones not at all. */
export interface NavGroup {
  key: NavGroupKey;
  labelKey: MessageKey;
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
