import type { AnyRoute } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import type { NavEntry, NavGroup } from './nav';

type MessageKey = Parameters<TFunction>[0] & string;

/** A page address inside a tenant, `$slug` standing for the tenant (`/t/$slug/pengaduan/baru`). */
export type TenantPath = `/t/$slug${string}`;

/**
 * Something a citizen comes to the portal to do (file a complaint, follow one, take a queue number): a large
 * button to `to`, or, when the task needs an input first, a small component of its own (kept lazy, so that the
 * portal's first load does not carry it).
 */
export type PortalTask =
  | { key: string; labelKey: MessageKey; descriptionKey?: MessageKey; to: TenantPath }
  | { key: string; component: ComponentType<{ slug: string }> };

/** Something the government publishes (statistics, workforce, results): a title, one line, a link. */
export interface PortalCard {
  key: string;
  titleKey: MessageKey;
  textKey: MessageKey;
  /** The link's words; they say where it goes ("Lihat profil ASN"). */
  linkKey: MessageKey;
  to: TenantPath;
}

/**
 * A card on a signed-in person's home: the staff workspace's (`staff`) or a citizen's (`citizen`), shown to
 * those whose permissions in the tenant include `permission`.
 */
export interface HomeCard {
  key: string;
  audience: 'staff' | 'citizen';
  permission: string | null;
  component: ComponentType<{ slug: string }>;
}

/** Texts under one key, nested (`{ home: { file: 'Sampaikan pengaduan' } }`). */
export type MessageTree = Record<string, unknown>;

/** A tree in both languages. */
export interface BilingualMessages {
  id: MessageTree;
  en: MessageTree;
}

/**
 * A module's texts under one namespace key (`complaints`). `portal` is the little the portal home shows of the module
 * (its tasks' and cards' words): it ships with the app. `load` fetches the whole namespace, fetched (once, for every
 * module) before the first page other than the portal home shows, so that the portal's first load carries none of it.
 */
export interface ModuleMessages {
  portal?: BilingualMessages;
  load: () => Promise<BilingualMessages>;
}

/**
 * A web module's manifest, the browser's side of the server's `module.ts`: everything the shell needs to show
 * the module. `web/src/modules.ts` lists the manifests; the router, the navbar, the workspace and citizen
 * homes and the portal home are built from that list, so adding a module is a folder and one line there.
 */
export interface WebModule {
  key: string;
  /** Public pages: children of `/t/$slug` (no login). */
  publicRoutes: readonly AnyRoute[];
  /** Signed-in pages: children of the staff area (login required, navbar shown). */
  staffRoutes: readonly AnyRoute[];
  /** The module's section of the navbar, placed between the workspace's and administration's. */
  navGroup?: NavGroup;
  /**
   * Navbar entries; each is also a card on the workspace home when it has a `descriptionKey`. Entries belong to
   * `navGroup` unless they name another group.
   */
  nav: readonly NavEntry[];
  homeCards?: readonly HomeCard[];
  portalTasks?: readonly PortalTask[];
  portalCards?: readonly PortalCard[];
  /**
   * Message namespaces, by key. Their types are listed in `ui/i18n/id.ts` (`AllMessages`: the i18n key types need
   * them); `modules.test.ts` fails when a portal task's or card's words are not in the portal part, or when the
   * two languages' trees differ in shape.
   */
  messages: Record<string, ModuleMessages>;
}

/** Declares a manifest; keeps its literal types, so that the router's route tree stays fully typed. */
export function defineWebModule<const M extends WebModule>(manifest: M): M {
  return manifest;
}
