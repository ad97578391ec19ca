import { SERVICES_PERMISSIONS } from '@lentera/common';
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import { RequireAccess } from '../../ui/guards';
import { notify } from '../../ui/notify';
import { useTenantSlug } from '../../ui/tenant';
import { type ApprovalItem, useApprovals, useStandardStep } from '../api';
import { StandardReview } from './StandardReview';

function Approval({ slug, item }: { slug: string; item: ApprovalItem }) {
  const { t } = useTranslation();
  const step = useStandardStep(slug);
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = `approval-${item.id}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h3" id={headingId}>
            {item.serviceName}
          </Title>
          <Text c="dimmed" size="sm">
            {item.unitName}
          </Text>
        </div>
        <StandardReview standard={item} idPrefix={`a-${item.id}`} />
        <ErrorAlert error={returning ? null : step.error} />
        <Group gap="sm">
          <Button
            color="teal.9"
            disabled={item.missing.length > 0}
            loading={step.isPending && !returning}
            onClick={() =>
              step.mutate(
                { action: 'approve', standardId: item.id },
                { onSuccess: () => notify(t('services.approvals.approved', { name: item.serviceName }), 'success') },
              )
            }
          >
            {t('services.approvals.approve')}
          </Button>
          <Button variant="default" onClick={() => setReturning(true)}>
            {t('services.approvals.return')}
          </Button>
          {item.missing.length > 0 ? (
            <Text size="sm" c="red.9">
              {t('services.approvals.cannotApprove')}
            </Text>
          ) : null}
        </Group>
      </Stack>
      <Dialog opened={returning} onClose={() => setReturning(false)} title={t('services.approvals.returnTitle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (note.trim().length < 3) return setProblem(t('services.approvals.noteRequired'));
            step.mutate(
              { action: 'return', standardId: item.id, note: note.trim() },
              {
                onSuccess: () => {
                  setReturning(false);
                  notify(t('services.approvals.returned', { name: item.serviceName }), 'success');
                },
              },
            );
          }}
        >
          <Stack>
            <Textarea
              label={t('services.approvals.note')}
              description={t('services.approvals.noteHint')}
              required
              autosize
              minRows={3}
              maxLength={2000}
              value={note}
              error={problem}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <ErrorAlert error={step.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setReturning(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={step.isPending}>
                {t('services.approvals.returnConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </Card>
  );
}

function Approvals() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const list = useApprovals(slug);
  return (
    <Page title={t('services.approvals.title')} description={t('services.approvals.intro')}>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.length === 0 ? <Text c="dimmed">{t('services.approvals.empty')}</Text> : null}
      {list.data?.map((item) => (
        <Approval key={item.id} slug={slug} item={item} />
      ))}
    </Page>
  );
}

/** Standards waiting for publication: read each in full, approve it or send it back with a note. */
export function ApprovalsPage() {
  return (
    <RequireAccess permission={SERVICES_PERMISSIONS.approve}>
      <Approvals />
    </RequireAccess>
  );
}
