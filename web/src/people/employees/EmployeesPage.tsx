import { formatNip, PEOPLE_PERMISSIONS } from '@lentera/common';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { AnchorLink } from '../../ui/links';
import { Pager } from '../../ui/Pager';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { SortableTh } from '../shared/SortableTh';
import { EMPLOYEES_PAGE_SIZE, type EmployeeFilter, employeesExportUrl, useEmployees } from './api';
import { EmployeeFilters } from './EmployeeFilters';
import { employmentLabel, kindLabel } from './labels';

const route = getRouteApi('/t/$slug/staff/people/employees');

type SortKey = NonNullable<EmployeeFilter['sort']>;

function EmployeesTable({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const filter = route.useSearch();
  const navigate = route.useNavigate();
  const employees = useEmployees(slug, filter);
  const sort = filter.sort ?? 'name';
  const dir = filter.dir ?? 'asc';
  const sortable = (key: SortKey, label: string) => (
    <SortableTh
      sorted={sort === key ? dir : null}
      onSort={(next) => void navigate({ search: (prev) => ({ ...prev, sort: key, dir: next, page: undefined }) })}
    >
      {label}
    </SortableTh>
  );

  if (employees.isPending) return <PageLoader />;
  // A unit that no longer exists (an old bookmark): say so instead of "not found" for the whole list.
  if (isApiError(employees.error, 'not_found') && filter.unitId) return <Text>{t('employees.list.unitGone')}</Text>;
  if (employees.isError) return <ErrorAlert error={employees.error} onRetry={() => void employees.refetch()} />;
  const { items, total } = employees.data;
  if (items.length === 0) return <Text>{t('employees.list.empty')}</Text>;
  return (
    <Stack gap="sm">
      <TableScroll minWidth={900} label={t('employees.list.tableLabel')}>
        <Table striped highlightOnHover aria-busy={employees.isFetching}>
          <Table.Thead>
            <Table.Tr>
              {sortable('name', t('employees.fields.name'))}
              {sortable('nip', t('employees.fields.nip'))}
              {sortable('rank', t('employees.fields.rank'))}
              <Table.Th>{t('employees.fields.position')}</Table.Th>
              {sortable('unit', t('employees.fields.unit'))}
              <Table.Th>{t('employees.fields.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((employee) => (
              <Table.Tr
                key={employee.id}
                // The whole row opens the record for a mouse; the name is the link for keyboards and readers.
                onClick={(event) => {
                  if ((event.target as HTMLElement).closest('a, button')) return;
                  void navigate({
                    to: '/t/$slug/people/employees/$employeeId',
                    params: { slug, employeeId: employee.id },
                  });
                }}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td>
                  <AnchorLink
                    to="/t/$slug/people/employees/$employeeId"
                    params={{ slug, employeeId: employee.id }}
                    fw={600}
                  >
                    {employee.displayName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatNip(employee.nip)}</Table.Td>
                <Table.Td>{employee.rank ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{employee.positionName ?? '—'}</Text>
                  {employee.positionKind ? (
                    <Text size="xs" c="dimmed">
                      {kindLabel(employee.positionKind)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{employee.unitName ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="light">{employee.status}</Badge>
                    {employee.employment !== 'active' ? (
                      <Badge variant="light" color="gray">
                        {employmentLabel(employee.employment)}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Pager
        page={filter.page ?? 1}
        pageSize={EMPLOYEES_PAGE_SIZE}
        total={total}
        onChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </Stack>
  );
}

/** Civil servants of the government: search, filter, sort, open one, and download the filtered list. */
export function EmployeesPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const filter = route.useSearch();
  const navigate = route.useNavigate();
  const exportLink = (format: 'csv' | 'xlsx', label: string) => (
    <Button component="a" variant="default" href={employeesExportUrl(slug, filter, format)} download>
      {label}
    </Button>
  );
  return (
    <RequireAccess permission={PEOPLE_PERMISSIONS.list}>
      <Page
        title={t('employees.list.title')}
        description={t('employees.list.intro')}
        actions={
          <>
            {exportLink('xlsx', t('employees.list.exportXlsx'))}
            {exportLink('csv', t('employees.list.exportCsv'))}
          </>
        }
      >
        <EmployeeFilters
          slug={slug}
          filter={filter}
          onChange={(changes) => void navigate({ search: (prev) => ({ ...prev, ...changes, page: undefined }) })}
          onReset={() => void navigate({ search: { sort: filter.sort, dir: filter.dir } })}
        />
        <EmployeesTable slug={slug} />
      </Page>
    </RequireAccess>
  );
}
