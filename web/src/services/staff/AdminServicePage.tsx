import { SERVICES_PERMISSIONS, type StandardView } from '@lentera/common';
import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatCalendarDate, formatDateTime } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { useAdminService, useStandardStep } from '../api';
import { ServiceDetails } from './ServiceDetails';
import { StandardEditor } from './StandardEditor';
import { StandardReview } from './StandardReview';

const STANDARD_COLORS = { draft: 'gray', submitted: 'blue', published: 'green', returned: 'orange' } as const;

function Versions({ standards }: { standards: StandardView[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const title = t('services.adminService.versions');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="versions-heading">
      <Title order={2} fz="h3" id="versions-heading" mb="sm">
        {title}
      </Title>
      <TableScroll minWidth={640} label={title}>
        <Table striped withTableBorder verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('services.adminService.version')}</Table.Th>
              <Table.Th scope="col">{t('services.adminService.status')}</Table.Th>
              <Table.Th scope="col">{t('services.editor.effectiveFrom')}</Table.Th>
              <Table.Th scope="col">{t('services.adminService.decided')}</Table.Th>
              <Table.Th scope="col">{t('services.adminService.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {standards.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.version}</Table.Td>
                <Table.Td>
                  <StatusBadge
                    size="sm"
                    color={STANDARD_COLORS[s.status]}
                    label={t(`services.words.standardStatus.${s.status}`)}
                  />
                </Table.Td>
                <Table.Td>{formatCalendarDate(s.effectiveFrom, lang, false)}</Table.Td>
                <Table.Td>{s.decidedAt ? formatDateTime(s.decidedAt, timeZone, lang) : '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{s.returnNote ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Card>
  );
}

function AdminService() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { serviceId } = useParams({ strict: false }) as { serviceId: string };
  const data = useAdminService(slug, serviceId);
  const step = useStandardStep(slug);
  if (data.isPending) return <PageLoader />;
  if (data.isError)
    return (
      <Page title={t('services.adminService.title')}>
        <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />
      </Page>
    );
  const { service, standards } = data.data;
  const sorted = [...standards].sort((a, b) => b.version - a.version);
  const pending = sorted.find((s) => s.status !== 'published');
  return (
    <Page
      title={service.name}
      description={service.unitName}
      actions={
        <Group gap="sm">
          <AnchorLink to="/t/$slug/layanan/$serviceId" params={{ slug, serviceId }}>
            {t('services.adminService.publicPage')}
          </AnchorLink>
          <AnchorLink to="/t/$slug/layanan-kelola" params={{ slug }}>
            {t('services.adminService.back')}
          </AnchorLink>
        </Group>
      }
    >
      <ServiceDetails slug={slug} service={service} />
      {pending && (pending.status === 'draft' || pending.status === 'returned') ? (
        <Stack gap="sm">
          <Title order={2} fz="h3">
            {t('services.editor.title', { version: pending.version })}
          </Title>
          <StandardEditor key={`${pending.id}-${pending.updatedAt}`} slug={slug} standard={pending} />
        </Stack>
      ) : null}
      {pending && pending.status === 'submitted' ? (
        <Stack gap="sm">
          <Title order={2} fz="h3">
            {t('services.adminService.waiting', { version: pending.version })}
          </Title>
          <Alert color="blue" variant="light">
            {t('services.adminService.waitingText')}
          </Alert>
          <StandardReview standard={pending} idPrefix="pending" />
        </Stack>
      ) : null}
      {!pending ? (
        <Card withBorder padding="lg">
          <Stack gap="sm" align="flex-start">
            <Text>{sorted.length ? t('services.adminService.noPending') : t('services.adminService.noVersion')}</Text>
            <Button onClick={() => step.mutate({ action: 'newVersion', serviceId })} loading={step.isPending}>
              {t('services.adminService.newVersion')}
            </Button>
            <ErrorAlert error={step.error} />
          </Stack>
        </Card>
      ) : null}
      {sorted.length > 0 ? <Versions standards={sorted} /> : null}
    </Page>
  );
}

/**
 * One service for its unit admin: its own data (changeable), the version being prepared (editor and form builder)
 * and the history.
 */
export function AdminServicePage() {
  return (
    <RequireAccess permission={SERVICES_PERMISSIONS.manage}>
      <AdminService />
    </RequireAccess>
  );
}
