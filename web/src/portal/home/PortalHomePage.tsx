import type { Tenant } from '@lentera/common';
import { Anchor, Card, Code, Group, Image, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ComplaintsPortalCard } from '../../complaints/PortalCard';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { formatNumber, shortHash, timeZoneAbbreviation } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { AnchorLink, ButtonLink } from '../../ui/links';
import { membershipIn, useAccount } from '../../ui/session';
import { useTenant, useTenantSlug } from '../../ui/tenant';
import { useAuditHead } from './api';

function Identity({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="identity-heading">
      <Title order={2} fz="h3" id="identity-heading" mb="sm">
        {t('portal.identity')}
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w="40%">{t('portal.kind')}</Table.Th>
            <Table.Td>{t(`tenantKind.${tenant.kind}`)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('portal.code')}</Table.Th>
            <Table.Td>{tenant.code}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('portal.timeZone')}</Table.Th>
            <Table.Td>
              {t('portal.timeZoneValue', { abbr: timeZoneAbbreviation(tenant.timeZone), zone: tenant.timeZone })}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function websiteLabel(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function Contacts({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const { address, phone, email, website } = tenant.contacts;
  const none = !address && !phone && !email && !website;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="contacts-heading">
      <Title order={2} fz="h3" id="contacts-heading" mb="sm">
        {t('portal.contacts')}
      </Title>
      {none ? <Text c="dimmed">{t('portal.noContacts')}</Text> : null}
      <Stack gap="xs" component="dl" m={0}>
        {address ? (
          <div>
            <Text component="dt" fw={600} size="sm">
              {t('portal.address')}
            </Text>
            <Text component="dd" m={0}>
              {address}
            </Text>
          </div>
        ) : null}
        {phone ? (
          <div>
            <Text component="dt" fw={600} size="sm">
              {t('portal.phone')}
            </Text>
            <Text component="dd" m={0}>
              <Anchor href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</Anchor>
            </Text>
          </div>
        ) : null}
        {email ? (
          <div>
            <Text component="dt" fw={600} size="sm">
              {t('portal.email')}
            </Text>
            <Text component="dd" m={0}>
              <Anchor href={`mailto:${email}`}>{email}</Anchor>
            </Text>
          </div>
        ) : null}
        {website ? (
          <div>
            <Text component="dt" fw={600} size="sm">
              {t('portal.website')}
            </Text>
            <Text component="dd" m={0}>
              <Anchor href={website} target="_blank" rel="noopener noreferrer">
                {websiteLabel(website)}
                <span className="visually-hidden">{` (${t('common.opensNewTab')})`}</span>
              </Anchor>
            </Text>
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

function AuditHeadCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const head = useAuditHead(slug);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="audit-heading">
      <Title order={2} fz="h3" id="audit-heading" mb="sm">
        {t('portal.auditTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('portal.auditExplain')}
      </Text>
      {head.isPending ? <Skeleton h={24} /> : null}
      {head.isError ? <ErrorAlert error={head.error} onRetry={() => void head.refetch()} /> : null}
      {head.data ? (
        <Text>
          {head.data.length === 0 || !head.data.headHash ? (
            t('portal.auditEmpty')
          ) : (
            <>
              {t('portal.auditHead', {
                count: head.data.length,
                entries: formatNumber(head.data.length, currentLang()),
              })}{' '}
              <Code title={head.data.headHash}>{shortHash(head.data.headHash)}</Code>
            </>
          )}
        </Text>
      ) : null}
    </Card>
  );
}

function WorkforceCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="workforce-card-heading">
      <Title order={2} fz="h3" id="workforce-card-heading" mb="sm">
        {t('workforce.homeCardTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('workforce.homeCardText')}
      </Text>
      <AnchorLink to="/t/$slug/workforce" params={{ slug }}>
        {t('workforce.homeCardLink')}
      </AnchorLink>
    </Card>
  );
}

function PerformanceCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="performance-card-heading">
      <Title order={2} fz="h3" id="performance-card-heading" mb="sm">
        {t('performance.public.homeCardTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('performance.public.homeCardText')}
      </Text>
      <AnchorLink to="/t/$slug/kinerja" params={{ slug }}>
        {t('performance.public.homeCardLink')}
      </AnchorLink>
    </Card>
  );
}

/** A government's public portal: who they are, how to reach them, and the head of their audit chain. */
export function PortalHomePage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const tenant = useTenant(slug);
  const account = useAccount();
  const member = membershipIn(account, slug);

  if (!tenant.data) return <PageLoader />;
  const data = tenant.data;

  return (
    <Page
      title={data.name}
      description={t('portal.intro')}
      actions={
        account === null ? (
          <ButtonLink to="/t/$slug/register" params={{ slug }} variant="light">
            {t('portal.register')}
          </ButtonLink>
        ) : member ? (
          <ButtonLink to="/t/$slug/workspace" params={{ slug }}>
            {t('portal.toWorkspace')}
          </ButtonLink>
        ) : null
      }
    >
      {data.logoUrl ? (
        <Group>
          <Image src={data.logoUrl} alt={t('portal.logoAlt', { name: data.name })} h={96} w="auto" fit="contain" />
        </Group>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Identity tenant={data} />
        <Contacts tenant={data} />
      </SimpleGrid>
      <WorkforceCard slug={slug} />
      <PerformanceCard slug={slug} />
      <ComplaintsPortalCard slug={slug} />
      <AuditHeadCard slug={slug} />
    </Page>
  );
}
