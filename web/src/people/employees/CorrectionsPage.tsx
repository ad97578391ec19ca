import { formatNip, PEOPLE_PERMISSIONS } from '@lentera/common';
import { Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { AnchorLink } from '../../ui/links';
import { notify } from '../../ui/notify';
import { useTenantSlug } from '../../ui/tenant';
import { type Correction, useCorrections, useDecideCorrection } from './api';
import { CorrectionChanges, CorrectionState, useRequestedAt } from './CorrectionList';
import { DecisionDialog } from './DecisionDialog';

const route = getRouteApi('/t/$slug/staff/people/corrections');
const STATES = ['pending', 'approved', 'rejected'] as const;

function CorrectionsInbox({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const status = search.status ?? 'pending';
  const corrections = useCorrections(slug, status);
  const decide = useDecideCorrection(slug);
  const when = useRequestedAt();
  const [deciding, setDeciding] = useState<{ correction: Correction; decision: 'approved' | 'rejected' } | null>(null);
  const close = () => {
    setDeciding(null);
    decide.reset();
  };
  const onConfirm = (note: string | null) => {
    if (!deciding) return;
    const { correction, decision } = deciding;
    decide.mutate(
      { id: correction.id, decision, note },
      {
        onSuccess: () => {
          notify(t(`employees.inbox.${decision}`, { name: correction.employeeName }), 'success');
          close();
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('employees.inbox.tabs')}
        value={status}
        onChange={(value) =>
          void navigate({ search: { status: value === 'pending' ? undefined : (value as 'approved' | 'rejected') } })
        }
        data={STATES.map((state) => ({ value: state, label: t(`employees.correction.states.${state}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {corrections.isPending ? <PageLoader /> : null}
      {corrections.isError ? <ErrorAlert error={corrections.error} onRetry={() => void corrections.refetch()} /> : null}
      {corrections.data?.length === 0 ? <Text>{t('employees.inbox.empty')}</Text> : null}
      {corrections.data && corrections.data.length > 0 ? (
        // Cards rather than a table: the decision buttons stay in sight on a phone.
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {corrections.data.map((c) => (
            <Card component="li" key={c.id} withBorder padding="md" aria-label={c.employeeName}>
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" gap="xs">
                  <div>
                    <AnchorLink
                      to="/t/$slug/people/employees/$employeeId"
                      params={{ slug, employeeId: c.employeeId }}
                      fw={600}
                    >
                      {c.employeeName}
                    </AnchorLink>
                    <Text size="sm" c="dimmed">
                      {t('employees.fields.nip')} {formatNip(c.employeeNip)}
                    </Text>
                  </div>
                  <Text size="sm" c="dimmed">
                    {t('employees.inbox.requestedOn', { at: when(c.requestedAt) })}
                  </Text>
                </Group>
                <CorrectionChanges changes={c.changes} />
                <Text size="sm">
                  <Text span size="sm" fw={600}>
                    {t('employees.correction.reason')}:
                  </Text>{' '}
                  {c.reason}
                </Text>
                {c.status === 'pending' ? (
                  <Group gap="xs">
                    <Button
                      aria-label={t('employees.inbox.approveOf', { name: c.employeeName })}
                      onClick={() => setDeciding({ correction: c, decision: 'approved' })}
                    >
                      {t('employees.inbox.approve')}
                    </Button>
                    <Button
                      color="red.9"
                      variant="outline"
                      aria-label={t('employees.inbox.rejectOf', { name: c.employeeName })}
                      onClick={() => setDeciding({ correction: c, decision: 'rejected' })}
                    >
                      {t('employees.inbox.reject')}
                    </Button>
                  </Group>
                ) : (
                  <Group gap="xs">
                    <CorrectionState status={c.status} />
                    {c.decisionNote ? <Text size="sm">{c.decisionNote}</Text> : null}
                  </Group>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : null}
      <DecisionDialog
        correction={deciding?.correction ?? null}
        decision={deciding?.decision ?? 'approved'}
        onConfirm={onConfirm}
        onClose={close}
        loading={decide.isPending}
        error={decide.error}
      />
    </Stack>
  );
}

/** BKPSDM's inbox of correction requests: a record changes only when a request is approved here. */
export function CorrectionsPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={PEOPLE_PERMISSIONS.decideCorrections}>
      <Page title={t('employees.inbox.title')} description={t('employees.inbox.intro')}>
        <CorrectionsInbox slug={slug} />
      </Page>
    </RequireAccess>
  );
}
