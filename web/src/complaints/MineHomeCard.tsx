import { Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/components';
import { formatDate } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { AnchorLink } from '../ui/links';
import { useTenantTimeZone } from '../ui/tenant';
import { useMine } from './api';
import { StatusBadge } from './shared';

const SHOWN = 3;

/** A citizen's home: their latest complaints with where each stands, and the way to all of them. */
export function MineHomeCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const mine = useMine(slug);
  const items = mine.data ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="mine-home-heading">
      <Title order={2} fz="h3" id="mine-home-heading">
        {t('complaints.home.mineTitle')}
      </Title>
      {mine.isPending ? <Skeleton h={48} /> : null}
      {mine.isError ? <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {mine.data && items.length === 0 ? <Text c="dimmed">{t('complaints.home.mineEmpty')}</Text> : null}
      {items.length > 0 ? (
        <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.slice(0, SHOWN).map((item) => (
            <Group
              key={item.id}
              component="li"
              justify="space-between"
              gap="xs"
              wrap="wrap"
              py="sm"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
            >
              <Stack gap={2} style={{ minWidth: 0 }}>
                <AnchorLink to="/t/$slug/pengaduan/saya/$complaintId" params={{ slug, complaintId: item.id }} fw={600}>
                  {item.title}
                </AnchorLink>
                <Text size="sm" c="dimmed">
                  {item.code} · {formatDate(item.receivedAt, timeZone, lang)}
                </Text>
              </Stack>
              <StatusBadge status={item.status} />
            </Group>
          ))}
        </Stack>
      ) : null}
      {items.length > 0 ? (
        <Text>
          <AnchorLink to="/t/$slug/pengaduan/saya" params={{ slug }}>
            {t('complaints.home.mineAll')}
          </AnchorLink>
          {items.length > SHOWN ? ` (${t('complaints.home.mineMore', { count: items.length - SHOWN })})` : null}
        </Text>
      ) : null}
    </Stack>
  );
}
