import { formatFee, REQUEST_STATUSES, SERVICES_PERMISSIONS } from '@lentera/common';
import { Anchor, Group, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatCalendarDate, formatDateTime } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { Pager } from '../../ui/Pager';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { inboxExportUrl, useCatalog, useInbox } from '../api';
import { RequestStatusBadge } from '../RequestView';
import type { InboxSearch } from '../routes';

function Inbox() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as InboxSearch;
  // The inbox opens on what is still open; "all" shows finished requests too.
  const status = search.status ?? 'open';
  const query = { ...search, status: status === 'all' ? undefined : status, page: search.page ?? 1 };
  const inbox = useInbox(slug, query);
  const catalog = useCatalog(slug, {});
  const [q, setQ] = useState(search.q ?? '');
  const setSearch = (next: Partial<InboxSearch>) =>
    void navigate({
      to: '/t/$slug/layanan-kotak-masuk',
      params: { slug },
      search: { ...search, ...next },
      replace: true,
    });
  const onQuery = useDebouncedCallback((value: string) => setSearch({ q: value || undefined, page: undefined }), 400);
  const statusOptions = [
    { value: 'open', label: t('services.inbox.open') },
    { value: 'overdue', label: t('services.inbox.overdueOnly') },
    ...REQUEST_STATUSES.map((s) => ({ value: s, label: t(`services.words.status.${s}`) })),
    { value: 'all', label: t('services.inbox.all') },
  ];
  const serviceOptions = (catalog.data ?? [])
    .map((s) => ({ value: s.id, label: s.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  const title = t('services.inbox.title');
  return (
    <Page
      title={title}
      description={t('services.inbox.intro')}
      actions={
        <Group gap="sm">
          <Anchor href={inboxExportUrl(slug, query, 'csv')} download>
            {t('services.inbox.csv')}
          </Anchor>
          <Anchor href={inboxExportUrl(slug, query, 'xlsx')} download>
            {t('services.inbox.xlsx')}
          </Anchor>
        </Group>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" role="search">
        <TextInput
          label={t('services.inbox.search')}
          description={t('services.inbox.searchHint')}
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            onQuery(event.currentTarget.value);
          }}
        />
        <Select
          label={t('services.inbox.status')}
          data={statusOptions}
          value={status}
          allowDeselect={false}
          onChange={(value) => setSearch({ status: value ?? undefined, page: undefined })}
        />
        <Select
          label={t('services.inbox.service')}
          placeholder={t('services.inbox.allServices')}
          data={serviceOptions}
          value={search.serviceId ?? null}
          clearable
          searchable
          onChange={(value) => setSearch({ serviceId: value ?? undefined, page: undefined })}
        />
      </SimpleGrid>
      {inbox.isPending ? <PageLoader /> : null}
      {inbox.isError ? <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {inbox.data && inbox.data.items.length === 0 ? (
        <Text c="dimmed" role="status">
          {t('services.inbox.empty')}
        </Text>
      ) : null}
      {inbox.data && inbox.data.items.length > 0 ? (
        <TableScroll minWidth={900} label={title}>
          <Table striped highlightOnHover withTableBorder verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('services.inbox.code')}</Table.Th>
                <Table.Th scope="col">{t('services.inbox.service')}</Table.Th>
                <Table.Th scope="col">{t('services.inbox.applicant')}</Table.Th>
                <Table.Th scope="col">{t('services.inbox.status')}</Table.Th>
                <Table.Th scope="col">{t('services.inbox.submitted')}</Table.Th>
                <Table.Th scope="col">{t('services.inbox.due')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('services.inbox.fee')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inbox.data.items.map((item) => (
                <Table.Tr key={item.id} bg={item.overdue ? 'var(--mantine-color-red-0)' : undefined}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <AnchorLink
                      to="/t/$slug/layanan-kotak-masuk/$requestId"
                      params={{ slug, requestId: item.id }}
                      fw={600}
                    >
                      {item.code ?? t('services.inbox.noCode')}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {item.serviceName}
                    <Text size="xs" c="dimmed">
                      {item.unitName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{item.applicantName}</Table.Td>
                  <Table.Td>
                    <RequestStatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>{item.submittedAt ? formatDateTime(item.submittedAt, timeZone, lang) : '—'}</Table.Td>
                  <Table.Td>
                    {item.dueDate ? formatCalendarDate(item.dueDate, lang, false) : '—'}
                    {item.overdue ? (
                      <Text size="xs" fw={700} c="red.9">
                        {t('services.inbox.overdue')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatFee(item.fee)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      {inbox.data ? (
        <Pager
          page={inbox.data.page}
          pageSize={inbox.data.pageSize}
          total={inbox.data.total}
          onChange={(next) => setSearch({ page: next })}
        />
      ) : null}
    </Page>
  );
}

/** The officers' inbox: their unit's requests, the nearest due date first, overdue ones marked. */
export function InboxPage() {
  return (
    <RequireAccess permission={SERVICES_PERMISSIONS.serve}>
      <Inbox />
    </RequireAccess>
  );
}
