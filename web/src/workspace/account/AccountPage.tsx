import { formatNip } from '@lentera/common';
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Page } from '../../ui/components';
import { notify } from '../../ui/notify';
import { roleLabel } from '../../ui/roles';
import { useAccount } from '../../ui/session';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug } from '../../ui/tenant';
import { useForgetSession, useLogoutEverywhere } from './api';
import { NotificationsCard } from './NotificationsCard';

export function AccountPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const account = useAccount();
  const navigate = useNavigate();
  const logoutAll = useLogoutEverywhere();
  const forgetSession = useForgetSession();
  const [confirmOpen, { open, close }] = useDisclosure(false);
  if (!account) return null;

  const onConfirm = () =>
    logoutAll.mutate(undefined, {
      onSuccess: async () => {
        close();
        notify(t('account.loggedOutEverywhere'));
        // Leave the staff page before the session is refreshed, or its guard would send the person to the
        // login page with a way back here.
        await navigate({ to: '/t/$slug/login', params: { slug } });
        await forgetSession();
      },
    });

  return (
    <Page title={t('account.title')}>
      <Card withBorder padding="lg" component="section" aria-labelledby="profile-heading">
        <Title order={2} fz="h4" id="profile-heading" mb="sm">
          {t('account.profile')}
        </Title>
        <TableScroll minWidth={0} label={t('account.profile')}>
          <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={4}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={{ base: '40%', sm: 200 }}>{t('account.name')}</Table.Th>
                <Table.Td>{account.name}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('account.email')}</Table.Th>
                <Table.Td>{account.email ?? '—'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('account.nip')}</Table.Th>
                <Table.Td>{account.nip ? formatNip(account.nip) : '—'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('account.language')}</Table.Th>
                <Table.Td>{account.locale === 'en' ? 'English' : 'Bahasa Indonesia'}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Card>

      {slug ? <NotificationsCard slug={slug} /> : null}

      <Card withBorder padding="lg" component="section" aria-labelledby="memberships-heading">
        <Title order={2} fz="h4" id="memberships-heading" mb="sm">
          {t('account.memberships')}
        </Title>
        {account.tenants.length === 0 ? <Text>{t('account.noMemberships')}</Text> : null}
        <Stack gap="sm">
          {account.tenants.map((membership) => (
            <div key={membership.slug}>
              <Text fw={600}>{membership.name}</Text>
              <Group gap={6} mt={4}>
                {membership.roles.map((grant) => (
                  <Badge key={`${grant.role}:${grant.unitId ?? ''}`} variant="light" tt="none">
                    {roleLabel(grant.role)}
                  </Badge>
                ))}
              </Group>
            </div>
          ))}
        </Stack>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="security-heading">
        <Title order={2} fz="h4" id="security-heading" mb="xs">
          {t('account.security')}
        </Title>
        <Text size="sm" mb="md">
          {t('account.logoutAllExplain')}
        </Text>
        <Group>
          <Button color="red" variant="outline" onClick={open}>
            {t('account.logoutAll')}
          </Button>
        </Group>
      </Card>

      <ConfirmDialog
        opened={confirmOpen}
        onClose={close}
        title={t('account.logoutAllConfirmTitle')}
        message={t('account.logoutAllConfirm')}
        confirmLabel={t('account.logoutAll')}
        onConfirm={onConfirm}
        loading={logoutAll.isPending}
        error={logoutAll.error}
      />
    </Page>
  );
}
