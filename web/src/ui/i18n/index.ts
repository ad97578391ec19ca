import type { Lang } from '@lentera/common';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
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

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
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
