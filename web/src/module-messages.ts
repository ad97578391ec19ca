import type { Lang } from '@lentera/common';
import { addMessages, loadPlatformPageMessages, onceUntilFailure } from './ui/i18n';
import type { WebModule } from './ui/web-module';

const LANGS: readonly Lang[] = ['id', 'en'];

/**
 * Gives i18n the words each module shows on the portal home (its `portal` messages), in both languages. Runs once, as
 * the router is built, before the first page renders.
 */
export function registerPortalMessages(modules: readonly WebModule[]): void {
  for (const module of modules)
    for (const [namespace, messages] of Object.entries(module.messages))
      if (messages.portal) for (const lang of LANGS) addMessages(lang, { [namespace]: messages.portal[lang] });
}

const loaders = new WeakMap<readonly WebModule[], () => Promise<void>>();

/**
 * Fetches every module's whole namespaces (both languages), and the platform's page texts, and gives them to i18n.
 * The first call fetches, later calls wait for the same fetch; after a failure (a dropped connection) the next call
 * tries again.
 */
export function loadModuleMessages(modules: readonly WebModule[]): Promise<void> {
  let load = loaders.get(modules);
  if (!load) {
    load = onceUntilFailure(() =>
      Promise.all([
        loadPlatformPageMessages(),
        ...modules.flatMap((module) =>
          Object.entries(module.messages).map(async ([namespace, messages]) => {
            const trees = await messages.load();
            for (const lang of LANGS) addMessages(lang, { [namespace]: trees[lang] });
          }),
        ),
      ]).then(() => undefined),
    );
    loaders.set(modules, load);
  }
  return load();
}

/** The portal home (`/t/:slug`) shows only the modules' `portal` messages: it need not wait for the rest. */
export function showsOnlyPortalMessages(pathname: string): boolean {
  return /^\/t\/[^/]+\/?$/.test(pathname);
}
