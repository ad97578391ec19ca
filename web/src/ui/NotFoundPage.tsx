import { useTranslation } from 'react-i18next';
import { StatusPage } from './components';
import { AnchorLink } from './links';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <StatusPage title={t('notFound.title')} message={t('notFound.message')}>
      <AnchorLink to="/">{t('notFound.home')}</AnchorLink>
    </StatusPage>
  );
}
