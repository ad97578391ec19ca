import { Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../ui/links';
import { useServiceWorker } from './offline';

/** The complaints card of a government's portal home: file one, read the public ones, see the figures. */
export function ComplaintsPortalCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  useServiceWorker();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="complaints-card-heading">
      <Title order={2} fz="h3" id="complaints-card-heading" mb="sm">
        {t('complaints.portal.cardTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('complaints.portal.cardText')}
      </Text>
      <Group gap="md">
        <ButtonLink to="/t/$slug/pengaduan/baru" params={{ slug }}>
          {t('complaints.portal.new')}
        </ButtonLink>
        <AnchorLink to="/t/$slug/pengaduan" params={{ slug }}>
          {t('complaints.portal.cardList')}
        </AnchorLink>
        <AnchorLink to="/t/$slug/pengaduan/statistik" params={{ slug }}>
          {t('complaints.portal.stats')}
        </AnchorLink>
        <AnchorLink to="/t/$slug/open-data" params={{ slug }}>
          {t('complaints.portal.openData')}
        </AnchorLink>
      </Group>
    </Card>
  );
}
