import { PEOPLE_PERMISSIONS } from '@lentera/common';
import { Button, Grid, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { ErrorAlert, Page, PageLoader, StatusPage } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { AnchorLink } from '../../ui/links';
import { hasPermission, useAccount } from '../../ui/session';
import { useTenantSlug } from '../../ui/tenant';
import { useEmployee } from './api';
import { CareerChangeForm } from './CareerChangeForm';
import { CareerHistory } from './CareerHistory';
import { EditEmployeeForm } from './EditEmployeeForm';
import { EmployeeProfile } from './EmployeeProfile';
import { ReportingLine } from './ReportingLine';

const route = getRouteApi('/t/$slug/staff/people/employees/$employeeId');

function EmployeeDetail({ slug, employeeId }: { slug: string; employeeId: string }) {
  const { t } = useTranslation();
  const employee = useEmployee(slug, employeeId);
  // The record's manager (hr_admin, unit_admin) edits; a supervisor reading a subordinate's record only reads.
  const canManage = hasPermission(useAccount(), PEOPLE_PERMISSIONS.list, slug);
  const [dialog, setDialog] = useState<'edit' | 'career' | null>(null);
  const phone = useMediaQuery('(max-width: 36em)');

  if (employee.isPending) return <PageLoader />;
  if (isApiError(employee.error, 'not_found'))
    return <StatusPage title={t('notFound.title')} message={t('employees.detail.notFound')} />;
  if (employee.isError) return <ErrorAlert error={employee.error} onRetry={() => void employee.refetch()} />;
  const e = employee.data;
  const close = () => setDialog(null);

  return (
    <Page
      title={e.displayName}
      description={[e.positionName, e.unitName].filter(Boolean).join(' · ')}
      actions={
        canManage ? (
          <>
            <Button onClick={() => setDialog('career')}>{t('employees.career.title')}</Button>
            <Button variant="default" onClick={() => setDialog('edit')}>
              {t('employees.edit.open')}
            </Button>
          </>
        ) : null
      }
    >
      {canManage ? (
        <AnchorLink to="/t/$slug/people/employees" params={{ slug }} size="sm">
          {t('employees.detail.back')}
        </AnchorLink>
      ) : null}
      <EmployeeProfile employee={e} slug={slug} linkSuperior={canManage} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <CareerHistory history={e.history} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ReportingLine slug={slug} employeeId={e.id} withLinks={canManage} />
        </Grid.Col>
      </Grid>
      <Modal
        opened={dialog !== null}
        onClose={close}
        title={dialog === 'career' ? t('employees.career.title') : t('employees.edit.title')}
        size="xl"
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          {dialog === 'edit' ? <EditEmployeeForm slug={slug} employee={e} onDone={close} /> : null}
          {dialog === 'career' ? <CareerChangeForm slug={slug} employee={e} onDone={close} /> : null}
        </Stack>
      </Modal>
    </Page>
  );
}

/** One employee's record: identity, employment, career history and reporting line; editing for managers. */
export function EmployeeDetailPage() {
  const slug = useTenantSlug() ?? '';
  const { employeeId } = route.useParams();
  return (
    <RequireAccess permission={null}>
      <EmployeeDetail slug={slug} employeeId={employeeId} />
    </RequireAccess>
  );
}
