import type { RequestRow } from '@lentera/common';
import { Card, Group, Stack, Text } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatCalendarDate, formatDate } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { currentLang } from '../ui/i18n';
import { AnchorLink, ButtonLink } from '../ui/links';
import { Pager } from '../ui/Pager';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { useMine, useRequest } from './api';
import { RequestStatusBadge, RequestView } from './RequestView';

/** One row of a citizen's requests: service, code, dates, status. */
export function MineRow({ slug, item }: { slug: string; item: RequestRow }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  return (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <AnchorLink to="/t/$slug/layanan/saya/$requestId" params={{ slug, requestId: item.id }} fw={600}>
          {item.serviceName}
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {[item.code, item.submittedAt ? formatDate(item.submittedAt, timeZone, lang) : null]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {item.dueDate && item.status !== 'done' && item.status !== 'refused' ? (
          <Text size="sm" c={item.overdue ? 'red.9' : undefined}>
            {t('services.mine.due', { date: formatCalendarDate(item.dueDate, lang) })}
          </Text>
        ) : null}
      </Stack>
      <RequestStatusBadge status={item.status} />
    </Group>
  );
}

function MineList() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const search = useSearch({ strict: false }) as { page?: number };
  const navigate = useNavigate();
  const page = search.page ?? 1;
  const mine = useMine(slug, page);
  return (
    <Page
      title={t('services.mine.title')}
      description={t('services.mine.intro')}
      actions={
        <ButtonLink to="/t/$slug/layanan" params={{ slug }}>
          {t('services.mine.new')}
        </ButtonLink>
      }
    >
      {mine.isPending ? <PageLoader /> : null}
      {mine.isError ? <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {mine.data && mine.data.items.length === 0 ? <Text c="dimmed">{t('services.mine.empty')}</Text> : null}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {mine.data?.items.map((item) => (
          <Card key={item.id} withBorder padding="md" component="li">
            <MineRow slug={slug} item={item} />
          </Card>
        ))}
      </Stack>
      {mine.data ? (
        <Pager
          page={mine.data.page}
          pageSize={mine.data.pageSize}
          total={mine.data.total}
          onChange={(next) => void navigate({ to: '/t/$slug/layanan/saya', params: { slug }, search: { page: next } })}
        />
      ) : null}
    </Page>
  );
}

/** A signed-in person's own service requests. */
export function MinePage() {
  return (
    <RequireAccess permission={null}>
      <MineList />
    </RequireAccess>
  );
}

function MineOne() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { requestId } = useParams({ strict: false }) as { requestId: string };
  const target = { kind: 'id', id: requestId } as const;
  const request = useRequest(slug, target);
  if (request.isPending) return <PageLoader />;
  if (request.isError)
    return (
      <Page title={t('services.request.title')}>
        <ErrorAlert error={request.error} onRetry={() => void request.refetch()} />
      </Page>
    );
  return (
    <Page
      title={request.data.service.name}
      description={t('services.request.description')}
      actions={
        <AnchorLink to="/t/$slug/layanan/saya" params={{ slug }}>
          {t('services.mine.all')}
        </AnchorLink>
      }
    >
      <RequestView slug={slug} detail={request.data} target={target} />
    </Page>
  );
}

/** One of the signed-in person's requests: where it stands, what is missing, the result. */
export function MineOnePage() {
  return (
    <RequireAccess permission={null}>
      <MineOne />
    </RequireAccess>
  );
}
