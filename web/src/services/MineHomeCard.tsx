import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/components';
import { AnchorLink } from '../ui/links';
import { useMine } from './api';
import { MineRow } from './MinePage';

const SHOWN = 3;

/** A citizen's home: their latest service requests with where each stands. */
export function MineHomeCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const mine = useMine(slug, 1);
  const items = mine.data?.items ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="services-home-heading">
      <Title order={2} fz="h3" id="services-home-heading">
        {t('services.home.title')}
      </Title>
      {mine.isPending ? <Skeleton h={48} /> : null}
      {mine.isError ? <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {mine.data && items.length === 0 ? (
        <Text c="dimmed">
          {t('services.home.empty')}{' '}
          <AnchorLink to="/t/$slug/layanan" params={{ slug }}>
            {t('services.home.browse')}
          </AnchorLink>
        </Text>
      ) : null}
      {items.length > 0 ? (
        <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.slice(0, SHOWN).map((item) => (
            <li key={item.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', padding: '8px 0' }}>
              <MineRow slug={slug} item={item} />
            </li>
          ))}
        </Stack>
      ) : null}
      {items.length > 0 ? (
        <Text>
          <AnchorLink to="/t/$slug/layanan/saya" params={{ slug }}>
            {t('services.home.all', { count: mine.data?.total ?? items.length })}
          </AnchorLink>
        </Text>
      ) : null}
    </Stack>
  );
}
