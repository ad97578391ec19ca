import {
  COMPLAINTS_PERMISSIONS,
  type ComplaintStatus,
  FOLLOW_UP_STATUSES,
  VERIFICATION_STATUSES,
} from '@lentera/common';
import { Badge, Checkbox, Group, MultiSelect, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatDateTime } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { Pager } from '../../ui/Pager';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { useOfficerList } from '../api';
import type { OfficerSearch } from '../routes';
import { tooShort } from '../search-words';
import { StatusBadge } from '../shared';

type Desk = 'verification' | 'follow_up';

function OfficerList({ desk }: { desk: Desk }) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as OfficerSearch;
  const page = search.page ?? 1;
  // The desk starts with what waits for verification; the follow-up list with everything still open.
  // Several statuses may be chosen; 'all' (the choice emptied) is every status of this desk.
  const statuses: readonly ComplaintStatus[] = desk === 'verification' ? VERIFICATION_STATUSES : FOLLOW_UP_STATUSES;
  const chosen =
    search.status === 'all' ? undefined : (search.status ?? (desk === 'verification' ? 'received' : undefined));
  const selected = chosen ? chosen.split(',').filter((s) => (statuses as readonly string[]).includes(s)) : [];
  // Nothing chosen: the desk's two waiting states; the follow-up list everything still open.
  const status = selected.length ? selected.join(',') : desk === 'verification' ? statuses.join(',') : undefined;
  const filter = { state: 'open' as const, ...search, status, page };
  const list = useOfficerList(slug, filter);
  const [q, setQ] = useState(search.q ?? '');
  const setSearch = (next: Partial<OfficerSearch>) =>
    void navigate({ to: '.', search: { ...search, ...next }, replace: true });
  const onQuery = useDebouncedCallback((value: string) => setSearch({ q: value || undefined, page: undefined }), 400);
  const title = desk === 'verification' ? t('complaints.officer.inboxTitle') : t('complaints.officer.workTitle');

  return (
    <Page
      title={title}
      description={desk === 'verification' ? t('complaints.officer.inboxIntro') : t('complaints.officer.workIntro')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" role="search">
        <TextInput
          label={t('complaints.officer.search')}
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            onQuery(event.currentTarget.value);
          }}
        />
        <MultiSelect
          label={t('complaints.officer.status')}
          placeholder={selected.length ? undefined : t('complaints.portal.all')}
          clearable
          data={statuses.map((s) => ({ value: s, label: t(`complaints.status.${s}`) }))}
          value={selected}
          onChange={(values) => setSearch({ status: values.length ? values.join(',') : 'all', page: undefined })}
          data-testid="status-filter"
        />
        <Checkbox
          mt={{ sm: 30 }}
          label={t('complaints.officer.overdueOnly')}
          checked={search.overdue === 'true'}
          onChange={(e) => setSearch({ overdue: e.currentTarget.checked ? 'true' : undefined, page: undefined })}
        />
        {desk === 'follow_up' ? (
          <Checkbox
            mt={{ sm: 30 }}
            label={t('complaints.officer.mineOnly')}
            checked={search.assignedToMe === 'true'}
            onChange={(e) => setSearch({ assignedToMe: e.currentTarget.checked ? 'true' : undefined, page: undefined })}
          />
        ) : null}
      </SimpleGrid>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Text c="dimmed" role="status">
          {tooShort(search.q) ? t('complaints.search.tooShort') : t('complaints.officer.empty')}
        </Text>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <TableScroll minWidth={860} label={t('complaints.officer.tableLabel')}>
          <Table striped highlightOnHover withTableBorder verticalSpacing="xs" fz="sm" data-testid="officer-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('complaints.officer.code')}</Table.Th>
                <Table.Th scope="col">{t('complaints.officer.titleCol')}</Table.Th>
                <Table.Th scope="col">{t('complaints.officer.category')}</Table.Th>
                <Table.Th scope="col">{t('complaints.officer.unit')}</Table.Th>
                <Table.Th scope="col">{t('complaints.officer.status')}</Table.Th>
                <Table.Th scope="col">{t('complaints.officer.received')}</Table.Th>
                <Table.Th scope="col">{t('complaints.officer.due')}</Table.Th>
                {desk === 'follow_up' ? <Table.Th scope="col">{t('complaints.officer.assigned')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <AnchorLink to="/t/$slug/complaints/$complaintId" params={{ slug, complaintId: item.id }}>
                      {item.code}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {item.title}
                    {item.privacy !== 'public' ? (
                      <Badge ml={6} size="xs" variant="outline" color="gray">
                        {t(`complaints.privacy.${item.privacy}`)}
                      </Badge>
                    ) : null}
                    {item.supportCount ? (
                      <Text
                        size="xs"
                        fw={600}
                        c="orange.9"
                        mt={2}
                        style={{ overflowWrap: 'normal' }}
                        data-testid="support-badge"
                      >
                        {t('complaints.support.badge', { count: item.supportCount })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{item.category?.name ?? '—'}</Table.Td>
                  <Table.Td>{item.unit?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(item.receivedAt, timeZone, lang)}</Table.Td>
                  <Table.Td>
                    {item.dueAt ? formatDateTime(item.dueAt, timeZone, lang) : '—'}
                    {item.overdue ? (
                      <Badge ml={6} size="sm" color="red" variant="filled">
                        {t('complaints.officer.overdue')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  {desk === 'follow_up' ? <Table.Td>{item.assignedTo?.name ?? '—'}</Table.Td> : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      {list.data ? (
        <Group justify="flex-end">
          <Pager
            page={page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={(next) => setSearch({ page: next })}
          />
        </Group>
      ) : null}
    </Page>
  );
}

/** The verification desk: received and postponed complaints, oldest deadline first. */
export function VerificationInboxPage() {
  return (
    <RequireAccess permission={COMPLAINTS_PERMISSIONS.verify}>
      <OfficerList desk="verification" />
    </RequireAccess>
  );
}

/** The OPD's follow-up list: complaints routed to the officer's units. */
export function FollowUpListPage() {
  return (
    <RequireAccess permission={COMPLAINTS_PERMISSIONS.work}>
      <OfficerList desk="follow_up" />
    </RequireAccess>
  );
}
