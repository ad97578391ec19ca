import { PEOPLE_PERMISSIONS } from '@lentera/common';
import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { Pager } from '../../ui/Pager';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { EMPLOYEES_PAGE_SIZE, useDirectory } from './api';

const route = getRouteApi('/t/$slug/staff/people/directory');

function Directory({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const directory = useDirectory(slug, search);
  const [query, setQuery] = useState(search.q ?? '');
  useEffect(() => setQuery(search.q ?? ''), [search.q]);

  return (
    <Stack gap="sm">
      <search aria-label={t('employees.directory.search')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void navigate({ search: { q: query.trim() || undefined, page: undefined } });
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('employees.directory.search')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              style={{ flex: '1 1 240px' }}
            />
            <Button type="submit">{t('common.search')}</Button>
          </Group>
        </form>
      </search>
      {directory.isPending ? <PageLoader /> : null}
      {directory.isError ? <ErrorAlert error={directory.error} onRetry={() => void directory.refetch()} /> : null}
      {directory.data?.items.length === 0 ? <Text>{t('employees.directory.empty')}</Text> : null}
      {directory.data && directory.data.items.length > 0 ? (
        <>
          <TableScroll minWidth={560} label={t('employees.directory.tableLabel')}>
            <Table striped aria-busy={directory.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('employees.fields.name')}</Table.Th>
                  <Table.Th>{t('employees.fields.position')}</Table.Th>
                  <Table.Th>{t('employees.fields.unit')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {directory.data.items.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td fw={600}>{person.displayName}</Table.Td>
                    <Table.Td>{person.positionName ?? '—'}</Table.Td>
                    <Table.Td>{person.unitName ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Pager
            page={search.page ?? 1}
            pageSize={EMPLOYEES_PAGE_SIZE}
            total={directory.data.total}
            onChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
          />
        </>
      ) : null}
    </Stack>
  );
}

/** Who works where: name, position and unit of every active colleague, for any staff member. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={PEOPLE_PERMISSIONS.directory}>
      <Page title={t('employees.directory.title')} description={t('employees.directory.intro')}>
        <Directory slug={slug} />
      </Page>
    </RequireAccess>
  );
}
