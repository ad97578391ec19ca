import { COMPLAINT_STATUSES, type PublicComplaint } from '@lentera/common';
import { Badge, Card, Group, Rating, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatDate } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { AnchorLink, ButtonLink } from '../ui/links';
import { Pager } from '../ui/Pager';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { useCategories, usePublicComplaints } from './api';
import type { PublicListSearch } from './routes';
import { tooShort } from './search-words';
import { StatusBadge } from './shared';

function ComplaintCard({ complaint, slug }: { complaint: PublicComplaint; slug: string }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`c-${complaint.code}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={2} fz="h5" id={`c-${complaint.code}`} style={{ overflowWrap: 'anywhere' }}>
            <AnchorLink to="/t/$slug/pengaduan/$code" params={{ slug, code: complaint.code }} inherit>
              {complaint.title}
            </AnchorLink>
          </Title>
          <StatusBadge status={complaint.status} />
        </Group>
        <Text size="xs" c="dimmed">
          {complaint.code} ·{' '}
          {t('complaints.portal.received', { date: formatDate(complaint.receivedAt, timeZone, lang) })}
          {complaint.category ? ` · ${complaint.category.name}` : ''}
          {complaint.unit ? ` · ${complaint.unit.name}` : ''}
        </Text>
        <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {complaint.description}
        </Text>
        <Text size="xs">
          {t('complaints.portal.reporter')}: {complaint.reporterName ?? t('complaints.portal.anonymous')}
        </Text>
        {complaint.answer ? (
          <Card bg="var(--mantine-color-gray-0)" padding="sm" radius="sm">
            <Text size="xs" fw={700}>
              {t('complaints.portal.answer')}
              {complaint.answeredAt
                ? ` · ${t('complaints.portal.answered', { date: formatDate(complaint.answeredAt, timeZone, lang) })}`
                : ''}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {complaint.answer}
            </Text>
          </Card>
        ) : null}
        {complaint.rating ? (
          <Group gap="xs">
            <Rating value={complaint.rating} readOnly size="sm" aria-hidden />
            <Badge variant="light" color="gray" styles={{ label: { color: 'var(--mantine-color-text)' } }}>
              {t('complaints.portal.rating', { value: complaint.rating })}
            </Badge>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Public (non-rahasia) complaints with their answers: searchable, paged on the server. */
export function PublicListPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const search = useSearch({ strict: false }) as PublicListSearch;
  const navigate = useNavigate();
  const lang = currentLang();
  const page = search.page ?? 1;
  const list = usePublicComplaints(slug, { ...search, page });
  const categories = useCategories(slug);
  const [q, setQ] = useState(search.q ?? '');
  const setSearch = (next: Partial<PublicListSearch>) =>
    void navigate({ to: '.', search: { ...search, ...next }, replace: true });
  const onQuery = useDebouncedCallback((value: string) => setSearch({ q: value || undefined, page: undefined }), 400);

  return (
    <Page
      title={t('complaints.portal.title')}
      description={t('complaints.portal.intro')}
      actions={
        <>
          <ButtonLink to="/t/$slug/pengaduan/baru" params={{ slug }}>
            {t('complaints.portal.new')}
          </ButtonLink>
          <ButtonLink to="/t/$slug/pengaduan/statistik" params={{ slug }} variant="default">
            {t('complaints.portal.stats')}
          </ButtonLink>
        </>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" role="search">
        <TextInput
          label={t('complaints.portal.search')}
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            onQuery(event.currentTarget.value);
          }}
        />
        <Select
          label={t('complaints.portal.category')}
          placeholder={t('complaints.portal.all')}
          clearable
          data={(categories.data ?? []).map((c) => ({ value: c.id, label: lang === 'en' ? c.nameEn : c.name }))}
          value={search.categoryId ?? null}
          onChange={(value) => setSearch({ categoryId: value ?? undefined, page: undefined })}
        />
        <Select
          label={t('complaints.portal.status')}
          placeholder={t('complaints.portal.all')}
          clearable
          data={COMPLAINT_STATUSES.filter((s) => s !== 'merged').map((s) => ({
            value: s,
            label: t(`complaints.status.${s}`),
          }))}
          value={search.status ?? null}
          onChange={(value) =>
            setSearch({ status: (value as PublicListSearch['status']) ?? undefined, page: undefined })
          }
        />
      </SimpleGrid>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Text c="dimmed" role="status">
          {tooShort(search.q) ? t('complaints.search.tooShort') : t('complaints.portal.empty')}
        </Text>
      ) : null}
      <Stack gap="sm" data-testid="public-complaints">
        {list.data?.items.map((complaint) => (
          <ComplaintCard key={complaint.code} complaint={complaint} slug={slug} />
        ))}
      </Stack>
      {list.data ? (
        <Pager
          page={page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onChange={(next) => setSearch({ page: next })}
        />
      ) : null}
    </Page>
  );
}
