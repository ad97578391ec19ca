import type { Lang } from '@lentera/common';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLang, isLang } from '../i18n';
import { useChangeLanguage } from '../session';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const lang: Lang = isLang(i18n.language) ? i18n.language : currentLang();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={lang}
      onChange={(value) => {
        if (isLang(value)) void changeLanguage(value);
      }}
      data={[
        {
          value: 'id',
          label: (
            <span lang="id" title="Bahasa Indonesia">
              ID<span className="visually-hidden"> (Bahasa Indonesia)</span>
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" title="English">
              EN<span className="visually-hidden"> (English)</span>
            </span>
          ),
        },
      ]}
    />
  );
}
