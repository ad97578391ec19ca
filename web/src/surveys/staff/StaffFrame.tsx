import type { SurveyUnitsView } from '@lentera/common';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { useTenantSlug } from '../../ui/tenant';
import { useStaffUnits } from '../api';

interface StaffFrameProps {
  permission: string;
  title: string;
  description?: string;
  children: (units: SurveyUnitsView, slug: string) => ReactNode;
}

function Units({ title, description, children }: Omit<StaffFrameProps, 'permission'>) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const units = useStaffUnits(slug);
  return (
    <Page title={title} description={description}>
      {units.isPending ? <PageLoader /> : null}
      {units.isError ? <ErrorAlert error={units.error} onRetry={() => void units.refetch()} /> : null}
      {units.data && units.data.length === 0 ? <Text c="dimmed">{t('surveys.staff.noUnits')}</Text> : null}
      {units.data && units.data.length > 0 ? children(units.data, slug) : null}
    </Page>
  );
}

/** A staff survey page: only for those with the permission, and about one of the units they work on. */
export function StaffFrame({ permission, ...rest }: StaffFrameProps) {
  return (
    <RequireAccess permission={permission}>
      <Units {...rest} />
    </RequireAccess>
  );
}
