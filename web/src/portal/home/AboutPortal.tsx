import type { Tenant } from '@lentera/common';
import { Code, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import { formatNumber, shortHash, timeZoneAbbreviation } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { useAuditHead } from './api';

function AuditHead({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const head = useAuditHead(slug);
  return (
    <Stack gap={4} component="section" aria-labelledby="audit-heading">
      <Title order={3} fz="sm" id="audit-heading">
        {t('portal.auditTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('portal.auditExplain')}
      </Text>
      {head.isPending ? <Skeleton h={20} /> : null}
      {head.isError ? <ErrorAlert error={head.error} onRetry={() => void head.refetch()} /> : null}
      {head.data ? (
        <Text size="sm">
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
    </Stack>
  );
}

/** The small print at the bottom of the portal: the government's identity and the head of its audit chain. */
export function AboutPortal({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="about-heading"
      pt="md"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Title order={2} fz="md" id="about-heading">
        {t('portal.about')}
      </Title>
      <Group gap="lg" component="dl" m={0} wrap="wrap">
        {[
          [t('portal.kind'), t(`tenantKind.${tenant.kind}`)],
          [t('portal.code'), tenant.code],
          [
            t('portal.timeZone'),
            t('portal.timeZoneValue', { abbr: timeZoneAbbreviation(tenant.timeZone), zone: tenant.timeZone }),
          ],
        ].map(([term, value]) => (
          <Group key={term} gap={6} wrap="nowrap">
            <Text component="dt" size="sm" c="dimmed">
              {term}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </Group>
        ))}
      </Group>
      <AuditHead slug={tenant.slug} />
    </Stack>
  );
}
