import type { Tenant } from '@lentera/common';
import { Badge, Card, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { timeZoneAbbreviation } from '../../ui/format';
import { AnchorLink, ButtonLink } from '../../ui/links';
import { useAccount } from '../../ui/session';
import { useTenants } from './api';

function TenantCard({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="li">
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {tenant.logoUrl ? <Image src={tenant.logoUrl} alt="" h={48} w={48} fit="contain" /> : null}
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={2} fz="lg">
              {tenant.name}
            </Title>
            <Group gap={6}>
              <Badge variant="light" color="gray">
                {t(`tenantKind.${tenant.kind}`)}
              </Badge>
              <Badge variant="light" color="gray">
                {timeZoneAbbreviation(tenant.timeZone)}
              </Badge>
            </Group>
          </Stack>
        </Group>
        {tenant.contacts.address ? (
          <Text size="sm" c="dimmed">
            {tenant.contacts.address}
          </Text>
        ) : null}
        <Group mt="auto">
          <ButtonLink
            to="/t/$slug"
            params={{ slug: tenant.slug }}
            variant="light"
            aria-label={t('directory.openPortalOf', { name: tenant.name })}
          >
            {t('directory.openPortal')}
          </ButtonLink>
        </Group>
      </Stack>
    </Card>
  );
}

/** The front door: which governments run on this installation. */
export function TenantDirectoryPage() {
  const { t } = useTranslation();
  const tenants = useTenants();
  const account = useAccount();

  return (
    <Page title={t('directory.title')} description={t('directory.intro')}>
      {tenants.isPending ? <PageLoader /> : null}
      {tenants.isError ? <ErrorAlert error={tenants.error} onRetry={() => void tenants.refetch()} /> : null}
      {tenants.data ? (
        tenants.data.tenants.length === 0 ? (
          <Text>{t('directory.empty')}</Text>
        ) : (
          <SimpleGrid
            cols={{ base: 1, sm: 2, md: 3 }}
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label={t('directory.listLabel')}
          >
            {tenants.data.tenants.map((tenant) => (
              <TenantCard key={tenant.slug} tenant={tenant} />
            ))}
          </SimpleGrid>
        )
      ) : null}
      {account?.isSystemAdmin ? (
        <Text size="sm">
          <AnchorLink to="/admin/tenants">{t('directory.manage')}</AnchorLink>
        </Text>
      ) : null}
    </Page>
  );
}
