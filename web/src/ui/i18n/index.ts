import type { Lang } from '@lentera/common';
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type AllMessages, id } from './id';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllMessages };
  }
}

type MessageTree = Record<string, unknown>;

const isTree = (value: unknown): value is MessageTree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `base` with `extra` merged in, nested trees merged key by key (neither is changed). */
export function mergeTrees(base: MessageTree, extra: MessageTree): MessageTree {
  const merged: MessageTree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] = isTree(value) ? mergeTrees(isTree(current) ? current : {}, value) : value;
  }
  return merged;
}

/** A copy of a tree: i18next merges into the trees it is given, which must not change the modules' constants. */
function cloneTree(tree: MessageTree): MessageTree {
  return mergeTrees({}, tree);
}

/** The texts added to each language after start (the modules'), kept for a language that is fetched later. */
const added: Record<Lang, MessageTree[]> = { id: [], en: [] };

export const LANG_STORAGE_KEY = 'lentera.lang';

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

/** The language the person chose before on this device, if any. */
export function storedLang(): Lang | null {
  try {
    const value = localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this visit only.
  }
}

/**
 * Bahasa Indonesia ships with the app; English is fetched when someone chooses it (or chose it before on this
 * device), so that most visitors' first load does not carry a second language. i18next waits for it in
 * `changeLanguage`.
 */
const englishOnDemand: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, language === 'id' ? cloneTree(id) : {});
    import('./en').then(
      (module) => callback(null, added.en.reduce(mergeTrees, cloneTree(module.en))),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export const i18n = i18next.createInstance();

/** Settles once the first language's messages are there: main.tsx renders after it (at once for Indonesian). */
export const i18nReady: Promise<unknown> = i18n
  .use(englishOnDemand)
  .use(initReactI18next)
  .init({
    resources: { id: { translation: cloneTree(id) } },
    partialBundledLanguages: true,
    lng: storedLang() ?? 'id',
    fallbackLng: 'id',
    supportedLngs: ['id', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });

/**
 * Adds texts to a language (merged into what is there, key by key): at once when the language is loaded, else when
 * it is (English is fetched when first chosen). The modules' namespaces arrive this way (`web/src/module-messages.ts`).
 */
export function addMessages(lang: Lang, tree: MessageTree): void {
  added[lang].push(tree);
  if (i18n.hasResourceBundle(lang, 'translation'))
    i18n.addResourceBundle(lang, 'translation', cloneTree(tree), true, true);
}

/**
 * `load` run once: later calls get the same promise; after a failure (a dropped connection) the next call tries again.
 */
export function onceUntilFailure(load: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => {
    if (!pending) {
      const attempt = load();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
}

/** Fetches the Indonesian texts of the platform's pages other than the portal home (once; again after a failure). */
export const loadPlatformPageMessages = onceUntilFailure(() =>
  import('./platform-pages').then((module) => addMessages('id', module.platformPagesId)),
);

function reflectLang(lang: string): void {
  // Unit tests import the app's modules in Node, where there is no page.
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
reflectLang(i18n.language);
i18n.on('languageChanged', reflectLang);

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : 'id';
}
