import { Alert, Button, Group, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { RequireAccess } from '../ui/guards';
import { useTenantSlug } from '../ui/tenant';
import { useMyPlan, useYears } from './api';
import { PlanEditor } from './PlanEditor';
import { PlanVersions, PlanView } from './PlanView';
import { defaultYear, P, StatusBadge, YearSelect } from './shared';

const route = getRouteApi('/t/$slug/staff/performance/plan');

function PlanContentPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const search = route.useSearch();
  const navigate = useNavigate();
  const years = useYears(slug);
  const year = search.year ?? defaultYear(years.data?.items);
  const mine = useMyPlan(slug, year);
  const [editingYear, setEditingYear] = useState<number | null>(null);
  const plan = mine.data?.plan ?? null;

  if (years.isPending || mine.isPending) return <PageLoader />;
  const yearRow = years.data?.items.find((y) => y.year === year);
  const editable = yearRow?.status === 'open' && plan?.status !== 'submitted';
  const showEditor =
    editable && (editingYear === year || !plan || plan.status === 'draft' || plan.status === 'returned');
  const lastNote = plan?.versions.at(-1)?.note;

  return (
    <Page
      title={t('performance.plan.title', { year })}
      description={t('performance.plan.description')}
      actions={
        <YearSelect
          years={years.data?.items.map((y) => y.year) ?? []}
          value={year}
          onChange={(y) => void navigate({ to: '.', search: { year: y } })}
        />
      }
    >
      <ErrorAlert error={years.error ?? mine.error} />
      {!yearRow ? <Alert color="yellow">{t('performance.yearNotOpen', { year })}</Alert> : null}
      {plan ? (
        <Group gap="sm">
          <Text>{t('performance.plan.statusLabel')}</Text>
          <StatusBadge status={plan.status} />
          <Text size="sm" c="dimmed">
            {t('performance.plan.versionN', { n: plan.version })}
          </Text>
        </Group>
      ) : null}
      {plan?.status === 'returned' && lastNote ? (
        <Alert color="orange" title={t('performance.plan.returnedTitle')}>
          {lastNote}
        </Alert>
      ) : null}
      {plan?.status === 'submitted' ? <Alert color="blue">{t('performance.plan.waiting')}</Alert> : null}
      {showEditor && mine.data ? (
        <PlanEditor
          key={`${year}-${plan?.version ?? 0}`}
          slug={slug}
          year={year}
          plan={plan}
          superiorRhk={mine.data.superiorRhk}
        />
      ) : plan ? (
        <>
          <PlanView content={plan.content} superiorRhk={plan.superiorRhk} />
          {editable && plan.status === 'approved' ? (
            <Group>
              <Button variant="default" onClick={() => setEditingYear(year)}>
                {t('performance.plan.change')}
              </Button>
            </Group>
          ) : null}
        </>
      ) : null}
      {plan ? <PlanVersions plan={plan} /> : null}
    </Page>
  );
}

export function PlanPage() {
  return (
    <RequireAccess permission={P.me}>
      <PlanContentPage />
    </RequireAccess>
  );
}
