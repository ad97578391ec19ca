import { SERVICES_PERMISSIONS } from '@lentera/common';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatCalendarDate, formatNumber } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { useAdminServices, useCreateService } from '../api';
import { ServiceDialog } from './ServiceDialog';
import { EMPTY_SERVICE } from './service-form';

function CreateServiceDialog({ slug, opened, onClose }: { slug: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateService(slug);
  const close = () => {
    create.reset();
    onClose();
  };
  return (
    <ServiceDialog
      slug={slug}
      opened={opened}
      onClose={close}
      title={t('services.admin.createTitle')}
      submitLabel={t('services.admin.create')}
      initial={EMPTY_SERVICE}
      saving={create.isPending}
      error={create.error}
      onSubmit={(values) =>
        create.mutate(values, {
          onSuccess: (created) => {
            close();
            if (created?.id)
              void navigate({ to: '/t/$slug/layanan-kelola/$serviceId', params: { slug, serviceId: created.id } });
          },
        })
      }
    />
  );
}

function AdminList() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const lang = currentLang();
  const list = useAdminServices(slug);
  const [creating, setCreating] = useState(false);
  const title = t('services.admin.title');
  return (
    <Page
      title={title}
      description={t('services.admin.intro')}
      actions={<Button onClick={() => setCreating(true)}>{t('services.admin.new')}</Button>}
    >
      <CreateServiceDialog slug={slug} opened={creating} onClose={() => setCreating(false)} />
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data?.canApprove ? (
        <Text size="sm">
          <AnchorLink to="/t/$slug/layanan-persetujuan" params={{ slug }}>
            {t('services.admin.toApprovals')}
          </AnchorLink>
        </Text>
      ) : null}
      {list.data && list.data.services.length === 0 ? <Text c="dimmed">{t('services.admin.empty')}</Text> : null}
      {list.data && list.data.services.length > 0 ? (
        <TableScroll minWidth={900} label={title}>
          <Table striped withTableBorder verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('services.admin.service')}</Table.Th>
                <Table.Th scope="col">{t('services.admin.unit')}</Table.Th>
                <Table.Th scope="col">{t('services.admin.inForce')}</Table.Th>
                <Table.Th scope="col">{t('services.admin.pending')}</Table.Th>
                <Table.Th scope="col">{t('services.admin.check')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('services.admin.open')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.services.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <AnchorLink to="/t/$slug/layanan-kelola/$serviceId" params={{ slug, serviceId: row.id }} fw={600}>
                      {row.name}
                    </AnchorLink>
                    {row.active ? null : (
                      <Text size="xs" c="dimmed">
                        {t('services.admin.inactive')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{row.unitName}</Table.Td>
                  <Table.Td>
                    {row.inForce
                      ? t('services.admin.inForceText', {
                          version: row.inForce.version,
                          date: formatCalendarDate(row.inForce.effectiveFrom, lang, false),
                        })
                      : t('services.admin.noneInForce')}
                  </Table.Td>
                  <Table.Td>
                    {row.pending ? (
                      <Stack gap={2} align="flex-start">
                        <Text size="xs">{t('services.admin.versionN', { version: row.pending.version })}</Text>
                        <StatusBadge
                          size="sm"
                          color={
                            row.pending.status === 'returned'
                              ? 'orange'
                              : row.pending.status === 'submitted'
                                ? 'blue'
                                : 'gray'
                          }
                          label={t(`services.words.standardStatus.${row.pending.status}`)}
                        />
                      </Stack>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.missing.length > 0 ? (
                      <Text size="sm" c="red.9" fw={600}>
                        {t('services.admin.missing', {
                          names: row.missing.map((m) => t(`services.words.element.${m}`)).join(', '),
                        })}
                      </Text>
                    ) : (
                      <Text size="sm">{t('services.admin.complete')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(row.requestsOpen, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
    </Page>
  );
}

/** The unit admin's services: each with its standard in force, the version being prepared, what is missing. */
export function AdminListPage() {
  return (
    <RequireAccess permission={SERVICES_PERMISSIONS.manage}>
      <AdminList />
    </RequireAccess>
  );
}
