import { COMPLAINTS_PERMISSIONS } from '@lentera/common';
import { Card, Group, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatDate } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { currentLang } from '../ui/i18n';
import { AnchorLink, ButtonLink } from '../ui/links';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { useMine, useMineAction, useMineOne } from './api';
import { FollowComplaintView } from './FollowView';
import { StatusBadge } from './shared';

function MineList() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const mine = useMine(slug);
  return (
    <Page
      title={t('complaints.mine.title')}
      description={t('complaints.mine.intro')}
      actions={
        <ButtonLink to="/t/$slug/pengaduan/baru" params={{ slug }}>
          {t('complaints.nav.new')}
        </ButtonLink>
      }
    >
      {mine.isPending ? <PageLoader /> : null}
      {mine.isError ? <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {mine.data && mine.data.length === 0 ? <Text c="dimmed">{t('complaints.mine.empty')}</Text> : null}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {mine.data?.map((item) => (
          <Card key={item.id} withBorder padding="md" component="li">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Stack gap={2}>
                <AnchorLink to="/t/$slug/pengaduan/saya/$complaintId" params={{ slug, complaintId: item.id }} fw={600}>
                  {item.title}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {item.code} · {formatDate(item.receivedAt, timeZone, lang)}
                </Text>
              </Stack>
              <StatusBadge status={item.status} />
            </Group>
          </Card>
        ))}
      </Stack>
    </Page>
  );
}

/** A signed-in citizen's own complaints. */
export function MinePage() {
  return (
    <RequireAccess permission={COMPLAINTS_PERMISSIONS.mine}>
      <MineList />
    </RequireAccess>
  );
}

function MineOne() {
  const slug = useTenantSlug() ?? '';
  const { complaintId } = useParams({ strict: false }) as { complaintId: string };
  const one = useMineOne(slug, complaintId);
  const rate = useMineAction(slug, complaintId, 'rate');
  const reopen = useMineAction(slug, complaintId, 'reopen');
  const addInfo = useMineAction(slug, complaintId, 'info');
  if (one.isPending) return <PageLoader />;
  if (one.isError) return <ErrorAlert error={one.error} onRetry={() => void one.refetch()} />;
  return <FollowComplaintView view={one.data} rate={rate} reopen={reopen} addInfo={addInfo} />;
}

/** One of the citizen's own complaints, as on the secret-link page. */
export function MineOnePage() {
  return (
    <RequireAccess permission={COMPLAINTS_PERMISSIONS.mine}>
      <MineOne />
    </RequireAccess>
  );
}
