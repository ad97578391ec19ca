import { COMPLAINTS_PERMISSIONS } from '@lentera/common';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatDate } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { useMyTeam } from '../api';
import { StatusBadge } from '../shared';

function TeamList() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const list = useMyTeam(slug);
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0) return <Text c="dimmed">{t('complaints.myTeam.empty')}</Text>;
  return (
    <TableScroll minWidth={720} label={t('complaints.myTeam.title')}>
      <Table striped withTableBorder fz="sm" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('complaints.officer.code')}</Table.Th>
            <Table.Th scope="col">{t('complaints.officer.titleCol')}</Table.Th>
            <Table.Th scope="col">{t('complaints.myTeam.employee')}</Table.Th>
            <Table.Th scope="col">{t('complaints.officer.category')}</Table.Th>
            <Table.Th scope="col">{t('complaints.officer.status')}</Table.Th>
            <Table.Th scope="col">{t('complaints.officer.received')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.map((item) => (
            <Table.Tr key={`${item.id}-${item.employee.id}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.code}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.title}</Table.Td>
              <Table.Td>{item.employee.name}</Table.Td>
              <Table.Td>{item.category?.name ?? '—'}</Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{formatDate(item.receivedAt, timeZone, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Supervisors see complaints naming their people, never who reported them. */
export function MyTeamPage() {
  const { t } = useTranslation();
  return (
    <RequireAccess permission={COMPLAINTS_PERMISSIONS.myTeam}>
      <Page title={t('complaints.myTeam.title')} description={t('complaints.myTeam.intro')}>
        <TeamList />
      </Page>
    </RequireAccess>
  );
}
