import type { Lang } from '@lentera/common';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang, isLang } from '../i18n';
import { useChangeLanguage } from '../session';

const CHOICES: ReadonlyArray<{ value: Lang; short: string; name: string }> = [
  { value: 'id', short: 'ID', name: 'Bahasa Indonesia' },
  { value: 'en', short: 'EN', name: 'English' },
];

/**
 * The two languages as a pair of radio buttons in the header (styled as one switch by global.css, `.lang-switch`):
 * every page shows it, so it is plain HTML rather than a component library's segmented control.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const lang: Lang = isLang(i18n.language) ? i18n.language : currentLang();
  // The choice shows at once, while English may still be on its way (a radio button that does not stay checked when
  // clicked would look broken).
  const [chosen, setChosen] = useState<Lang | null>(null);
  const choose = (value: Lang) => {
    setChosen(value);
    void changeLanguage(value).finally(() => setChosen(null));
  };
  return (
    <div className="lang-switch" role="radiogroup" aria-label={t('header.language')}>
      {CHOICES.map((choice) => (
        <label key={choice.value} lang={choice.value} title={choice.name}>
          <input
            type="radio"
            name="lentera-language"
            value={choice.value}
            checked={(chosen ?? lang) === choice.value}
            onChange={() => choose(choice.value)}
          />
          {choice.short}
          <span className="visually-hidden"> ({choice.name})</span>
        </label>
      ))}
    </div>
  );
}
