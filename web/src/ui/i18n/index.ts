import type { Lang } from '@lentera/common';
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { id } from './id';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}

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
    if (language !== 'en') return callback(null, language === 'id' ? id : {});
    import('./en').then(
      (module) => callback(null, module.en),
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
    resources: { id: { translation: id } },
    partialBundledLanguages: true,
    lng: storedLang() ?? 'id',
    fallbackLng: 'id',
    supportedLngs: ['id', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });

function reflectLang(lang: string): void {
  // Unit tests import the app's modules in Node, where there is no page.
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
reflectLang(i18n.language);
i18n.on('languageChanged', reflectLang);

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : 'id';
}
