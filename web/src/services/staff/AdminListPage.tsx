import { SERVICES_PERMISSIONS } from '@lentera/common';
import { Button, Checkbox, Group, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../people/shared/units';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import { formatCalendarDate, formatNumber } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { type NewService, useAdminServices, useCreateService } from '../api';

const EMPTY: NewService = { unitId: '', name: '', nameEn: '', summary: '', active: true };

function CreateServiceDialog({ slug, opened, onClose }: { slug: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useUnits(slug);
  const create = useCreateService(slug);
  const [values, setValues] = useState<NewService>(EMPTY);
  const [problems, setProblems] = useState<{ unitId?: string; name?: string }>({});
  const unitOptions = (units.data ?? [])
    .map((u) => ({ value: u.id, label: u.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  return (
    <Dialog opened={opened} onClose={onClose} title={t('services.admin.createTitle')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const found = {
            unitId: values.unitId ? undefined : t('services.admin.unitRequired'),
            name: values.name.trim().length >= 3 ? undefined : t('services.admin.nameRequired'),
          };
          setProblems(found);
          if (found.unitId || found.name) return;
          create.mutate(values, {
            onSuccess: (created) => {
              setValues(EMPTY);
              onClose();
              if (created?.id)
                void navigate({ to: '/t/$slug/layanan-kelola/$serviceId', params: { slug, serviceId: created.id } });
            },
          });
        }}
      >
        <Stack>
          <Select
            label={t('services.admin.unit')}
            required
            searchable
            data={unitOptions}
            value={values.unitId || null}
            error={problems.unitId}
            onChange={(value) => setValues({ ...values, unitId: value ?? '' })}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t('services.admin.name')}
            description={t('services.admin.nameHint')}
            required
            maxLength={160}
            value={values.name}
            error={problems.name}
            onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
          />
          <TextInput
            label={t('services.admin.nameEn')}
            maxLength={160}
            value={values.nameEn}
            onChange={(e) => setValues({ ...values, nameEn: e.currentTarget.value })}
          />
          <Textarea
            label={t('services.admin.summary')}
            description={t('services.admin.summaryHint')}
            autosize
            minRows={2}
            maxLength={600}
            value={values.summary}
            onChange={(e) => setValues({ ...values, summary: e.currentTarget.value })}
          />
          <Checkbox
            label={t('services.admin.active')}
            checked={values.active}
            onChange={(e) => setValues({ ...values, active: e.currentTarget.checked })}
          />
          <ErrorAlert error={create.error} formValues={values} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('services.admin.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
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
