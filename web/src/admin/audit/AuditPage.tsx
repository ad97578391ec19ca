import { PERMISSIONS } from '@lentera/common';
import {
  Alert,
  Button,
  Card,
  Code,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { DateField } from '../../ui/dates';
import { formatDateTime, formatNumber, shortHash, timeZoneAbbreviation } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { Pager } from '../../ui/Pager';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import { AUDIT_PAGE_SIZE, useAuditActions, useAuditEntries, useAuditVerification } from './api';

const route = getRouteApi('/t/$slug/staff/admin/audit');

function ChainStatus({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const verification = useAuditVerification(slug);
  const lang = currentLang();
  if (verification.isPending) return <Skeleton h={56} />;
  if (verification.isError)
    return <ErrorAlert error={verification.error} onRetry={() => void verification.refetch()} />;
  const { ok, length, brokenAt, reason } = verification.data;
  return ok ? (
    <Alert
      color="green"
      variant="light"
      title={t('audit.intact', { entries: formatNumber(length, lang) })}
      role="status"
    >
      <Text size="sm">{t('audit.intactExplain')}</Text>
    </Alert>
  ) : (
    <Alert color="red" variant="light" title={t('audit.broken', { seq: brokenAt ?? '?' })} role="alert">
      <Stack gap={4}>
        <Text size="sm">{t('audit.brokenExplain', { seq: brokenAt ?? '?', entries: formatNumber(length, lang) })}</Text>
        {reason ? <Text size="sm">{t('audit.reason', { reason })}</Text> : null}
      </Stack>
    </Alert>
  );
}

function Filters({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const actions = useAuditActions(slug);
  const actionOptions = (actions.data?.items ?? [])
    .map((item) => ({ value: item.action, label: item.label[lang] }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [action, setAction] = useState(search.action ?? '');
  const [from, setFrom] = useState<string | null>(search.from ?? null);
  const [to, setTo] = useState<string | null>(search.to ?? null);
  const hasFilters = Boolean(search.action || search.from || search.to);

  return (
    <Card withBorder padding="md" component="search" aria-label={t('audit.filters')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void navigate({
            search: {
              action: action || undefined,
              from: from ?? undefined,
              to: to ?? undefined,
              page: undefined,
            },
          });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('audit.action')}
            placeholder={t('audit.actionHint')}
            data={actionOptions}
            value={action || null}
            onChange={(value) => setAction(value ?? '')}
            searchable
            clearable
            nothingFoundMessage={t('audit.noAction')}
          />
          <DateField label={t('audit.from')} value={from} onChange={setFrom} clearable maxDate={to ?? undefined} />
          <DateField label={t('audit.to')} value={to} onChange={setTo} clearable minDate={from ?? undefined} />
        </SimpleGrid>
        <Group mt="md" gap="xs">
          <Button type="submit">{t('audit.apply')}</Button>
          {hasFilters ? (
            <Button
              variant="default"
              onClick={() => {
                setAction('');
                setFrom(null);
                setTo(null);
                void navigate({ search: {} });
              }}
            >
              {t('audit.clear')}
            </Button>
          ) : null}
        </Group>
      </form>
    </Card>
  );
}

function Entries({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const page = search.page ?? 1;
  const entries = useAuditEntries(slug, { page, action: search.action, from: search.from, to: search.to });

  if (entries.isPending) return <PageLoader />;
  if (entries.isError) return <ErrorAlert error={entries.error} onRetry={() => void entries.refetch()} />;
  const { items, total } = entries.data;

  return (
    <Stack gap="sm">
      {items.length === 0 ? (
        <Text>{t('audit.empty')}</Text>
      ) : (
        <TableScroll minWidth={860} label={t('audit.listHeading')}>
          <Table striped>
            <Table.Caption>
              {t('audit.caption', { zone: `${timeZoneAbbreviation(timeZone)}, ${timeZone}` })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.colSeq')}</Table.Th>
                <Table.Th>{t('audit.colTime')}</Table.Th>
                <Table.Th>{t('audit.colActor')}</Table.Th>
                <Table.Th>{t('audit.colAction')}</Table.Th>
                <Table.Th>{t('audit.colEntity')}</Table.Th>
                <Table.Th>{t('audit.colHash')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <Table.Tr key={entry.seq}>
                  <Table.Td>{formatNumber(entry.seq, lang)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, timeZone, lang)}</Table.Td>
                  <Table.Td>{entry.actorName ?? t('audit.system')}</Table.Td>
                  <Table.Td>{entry.actionLabel[lang]}</Table.Td>
                  <Table.Td>
                    {entry.entityReference ? (
                      <>
                        <Text size="xs" c="dimmed">
                          {entry.entityLabel[lang]}
                        </Text>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {entry.entityReference[lang]}
                        </Text>
                      </>
                    ) : (
                      entry.entityLabel[lang]
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Code title={entry.hash}>{shortHash(entry.hash)}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Pager
        page={page}
        pageSize={AUDIT_PAGE_SIZE}
        total={total}
        onChange={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
      />
    </Stack>
  );
}

/** The tenant's audit log: is the hash chain intact, and what happened when. */
export function AuditPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  return (
    <RequireAccess permission={PERMISSIONS.readAudit}>
      <Page title={t('audit.title')} description={t('audit.intro')}>
        <ChainStatus slug={slug} />
        <Stack gap="sm" component="section" aria-labelledby="audit-list-heading">
          <Title order={2} fz="h4" id="audit-list-heading">
            {t('audit.listHeading')}
          </Title>
          <Filters slug={slug} />
          <Entries slug={slug} />
        </Stack>
      </Page>
    </RequireAccess>
  );
}
