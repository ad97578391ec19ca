import { PEOPLE_PERMISSIONS } from '@lentera/common';
import { Grid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { useMyCorrections, useMyRecord } from './api';
import { CareerHistory } from './CareerHistory';
import { CorrectionChanges, CorrectionState, useRequestedAt } from './CorrectionList';
import { CorrectionRequestForm } from './CorrectionRequestForm';
import { EmployeeProfile } from './EmployeeProfile';
import { MyTeam } from './MyTeam';
import { ReportingLine } from './ReportingLine';

function MyCorrections({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const corrections = useMyCorrections(slug);
  const when = useRequestedAt();
  return (
    <Stack component="section" aria-labelledby="my-corrections-heading" gap="xs">
      <Title order={2} fz="h4" id="my-corrections-heading">
        {t('employees.correction.mine')}
      </Title>
      {corrections.isPending ? <PageLoader /> : null}
      {corrections.isError ? <ErrorAlert error={corrections.error} onRetry={() => void corrections.refetch()} /> : null}
      {corrections.data?.length === 0 ? <Text>{t('employees.correction.none')}</Text> : null}
      {corrections.data && corrections.data.length > 0 ? (
        <TableScroll minWidth={640} label={t('employees.correction.mine')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('employees.correction.requestedAt')}</Table.Th>
                <Table.Th>{t('employees.correction.changes')}</Table.Th>
                <Table.Th>{t('employees.correction.state')}</Table.Th>
                <Table.Th>{t('employees.correction.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {corrections.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{when(c.requestedAt)}</Table.Td>
                  <Table.Td>
                    <CorrectionChanges changes={c.changes} />
                    <Text size="xs" c="dimmed">
                      {c.reason}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <CorrectionState status={c.status} />
                  </Table.Td>
                  <Table.Td>{c.decisionNote ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
    </Stack>
  );
}

function MyRecord({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const me = useMyRecord(slug);
  if (me.isPending) return <PageLoader />;
  if (isApiError(me.error, 'employee_record_missing')) return <Text>{t('employees.me.noRecord')}</Text>;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  return (
    <>
      <EmployeeProfile employee={me.data} slug={slug} linkSuperior={false} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <CareerHistory history={me.data.history} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ReportingLine slug={slug} employeeId={me.data.id} withLinks={false} />
        </Grid.Col>
      </Grid>
      <MyTeam slug={slug} />
      <CorrectionRequestForm slug={slug} employee={me.data} />
      <MyCorrections slug={slug} />
    </>
  );
}

/** An employee's own record and history, and corrections asked of BKPSDM. */
export function MyRecordPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={PEOPLE_PERMISSIONS.me}>
      <Page title={t('employees.me.title')} description={t('employees.me.intro')}>
        <MyRecord slug={slug} />
      </Page>
    </RequireAccess>
  );
}
