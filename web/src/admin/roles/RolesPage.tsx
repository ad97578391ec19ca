import { GRANTABLE_ROLES, grantRoleBodySchema, PERMISSIONS, type RoleGrant } from '@lentera/common';
import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitsQuery } from '../../people/structure/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatDateTime } from '../../ui/format';
import { applyServerErrors, schemaValidate, withoutBlanks } from '../../ui/forms';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { Pager } from '../../ui/Pager';
import { roleLabel } from '../../ui/roles';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { ROLES_PAGE_SIZE, useGrantRole, useRevokeRole, useRoleGrants } from './api';

const route = getRouteApi('/t/$slug/staff/admin/roles');

const GRANT_CODE_FIELDS = { account_not_found: 'login', role_already_granted: 'role', unit_not_found: 'unitId' };

/**
 * The tenant's units as choices, by name (with the unit code where two share a name), and a lookup of names by id
 * for the list of grants.
 */
function useUnitChoices(slug: string) {
  const units = useQuery(unitsQuery(slug, true));
  return useMemo(() => {
    const all = units.data ?? [];
    const count = new Map<string, number>();
    for (const unit of all) count.set(unit.name, (count.get(unit.name) ?? 0) + 1);
    const label = (unit: (typeof all)[number]) =>
      (count.get(unit.name) ?? 0) > 1 ? `${unit.name} (${unit.code})` : unit.name;
    return {
      options: all.filter((u) => !u.closedOn).map((u) => ({ value: u.id, label: label(u) })),
      nameOf: new Map(all.map((u) => [u.id, label(u)])),
      loading: units.isPending,
    };
  }, [units.data, units.isPending]);
}

interface GrantValues {
  login: string;
  role: string;
  unitId: string;
}

function GrantForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const grant = useGrantRole(slug);
  const form = useForm<GrantValues>({
    initialValues: { login: '', role: '', unitId: '' },
    validate: schemaValidate<GrantValues>(grantRoleBodySchema, { prepare: withoutBlanks }),
  });
  const roleOptions = GRANTABLE_ROLES.map((role) => ({ value: role, label: roleLabel(role) }));
  const units = useUnitChoices(slug);

  const onSubmit = form.onSubmit((values) =>
    grant.mutate(
      { login: values.login.trim(), role: values.role, unitId: values.unitId || null },
      {
        onSuccess: (created) => {
          notify(t('roles.granted', { role: roleLabel(created.role), name: created.accountName }), 'success');
          form.reset();
        },
        onError: (error) => applyServerErrors(form, error, GRANT_CODE_FIELDS),
      },
    ),
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="grant-heading">
      <Title order={2} fz="h4" id="grant-heading" mb="sm">
        {t('roles.grantHeading')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <ErrorAlert error={grant.error} formValues={form.getValues()} codeFields={GRANT_CODE_FIELDS} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput
              label={t('roles.login')}
              description={t('roles.loginHint')}
              required
              {...form.getInputProps('login')}
            />
            <Select
              label={t('roles.role')}
              description={t('roles.roleHint')}
              placeholder={t('roles.chooseRole')}
              data={roleOptions}
              required
              allowDeselect={false}
              maxDropdownHeight={460}
              {...form.getInputProps('role')}
            />
            <Select
              label={t('roles.unit')}
              description={t('roles.unitHint')}
              placeholder={t('roles.unitPlaceholder')}
              data={units.options}
              searchable
              clearable
              nothingFoundMessage={t('roles.noUnit')}
              maxDropdownHeight={320}
              {...form.getInputProps('unitId')}
              value={form.getValues().unitId || null}
              onChange={(value) => form.setFieldValue('unitId', value ?? '')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={grant.isPending}>
              {t('roles.grantSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function GrantsTable({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const grants = useRoleGrants(slug, page, search.q);
  const revoke = useRevokeRole(slug);
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const [query, setQuery] = useState(search.q ?? '');
  const [toRevoke, setToRevoke] = useState<RoleGrant | null>(null);
  const units = useUnitChoices(slug);
  const closeDialog = () => {
    setToRevoke(null);
    revoke.reset();
  };

  const onRevoke = () => {
    if (!toRevoke) return;
    revoke.mutate(toRevoke.id, {
      onSuccess: () => {
        notify(t('roles.revoked', { role: roleLabel(toRevoke.role), name: toRevoke.accountName }));
        closeDialog();
      },
    });
  };

  return (
    <Stack component="section" aria-labelledby="grants-heading" gap="sm">
      <Title order={2} fz="h4" id="grants-heading">
        {t('roles.listHeading')}
      </Title>
      <search aria-label={t('roles.search')}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void navigate({ search: { q: query.trim() || undefined, page: undefined } });
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('roles.search')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              style={{ flex: '1 1 220px' }}
            />
            <Button type="submit" variant="default">
              {t('common.search')}
            </Button>
          </Group>
        </form>
      </search>
      {grants.isPending ? <PageLoader /> : null}
      {grants.isError ? <ErrorAlert error={grants.error} onRetry={() => void grants.refetch()} /> : null}
      {grants.data ? (
        grants.data.items.length === 0 ? (
          <Text>{search.q ? t('roles.noMatch', { q: search.q }) : t('roles.empty')}</Text>
        ) : (
          <>
            <TableScroll minWidth={720} label={t('roles.listHeading')}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('roles.colPerson')}</Table.Th>
                    <Table.Th>{t('roles.colLogin')}</Table.Th>
                    <Table.Th>{t('roles.colRole')}</Table.Th>
                    <Table.Th>{t('roles.colUnit')}</Table.Th>
                    <Table.Th>{t('roles.colGranted')}</Table.Th>
                    <Table.Th>
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {grants.data.items.map((grant) => (
                    <Table.Tr key={grant.id}>
                      <Table.Td>{grant.accountName}</Table.Td>
                      <Table.Td>{grant.login}</Table.Td>
                      <Table.Td>{roleLabel(grant.role)}</Table.Td>
                      <Table.Td>
                        {grant.unitId
                          ? (units.nameOf.get(grant.unitId) ?? (units.loading ? '…' : t('roles.unitUnknown')))
                          : t('roles.wholeTenant')}
                      </Table.Td>
                      <Table.Td>{formatDateTime(grant.grantedAt, timeZone, lang)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          color="red"
                          variant="outline"
                          onClick={() => setToRevoke(grant)}
                          aria-label={t('roles.revokeOf', { role: roleLabel(grant.role), name: grant.accountName })}
                        >
                          {t('roles.revoke')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Pager
              page={page}
              pageSize={ROLES_PAGE_SIZE}
              total={grants.data.total}
              onChange={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
            />
          </>
        )
      ) : null}

      <ConfirmDialog
        opened={toRevoke !== null}
        onClose={closeDialog}
        title={t('roles.revokeTitle')}
        message={
          toRevoke ? t('roles.revokeConfirm', { role: roleLabel(toRevoke.role), name: toRevoke.accountName }) : ''
        }
        confirmLabel={t('roles.revoke')}
        onConfirm={onRevoke}
        loading={revoke.isPending}
        error={revoke.error}
      />
    </Stack>
  );
}

/** Who holds which role in this government, granting and revoking. */
export function RolesPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={PERMISSIONS.manageRoles}>
      <Page title={t('roles.title')} description={t('roles.intro')}>
        <GrantForm slug={slug} />
        <GrantsTable slug={slug} />
      </Page>
    </RequireAccess>
  );
}
