import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatDateTime } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { useTenant, useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { downloadsByPeriod, type OpenDataset, openDataUrl, useOpenData } from './api';

/** The government's open-data catalog: every published dataset with its licence, last change and downloads. */
export function OpenDataPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { data: tenant } = useTenant(slug);
  const catalog = useOpenData(slug);
  return (
    <Page title={t('openData.title')} description={tenant ? t('openData.intro', { name: tenant.name }) : undefined}>
      {catalog.isPending ? <PageLoader /> : null}
      {catalog.isError ? <ErrorAlert error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
      {catalog.data && catalog.data.length === 0 ? <Text c="dimmed">{t('openData.empty')}</Text> : null}
      <Stack gap="md" data-testid="open-data">
        {catalog.data?.map((dataset) => (
          <DatasetCard key={dataset.id} dataset={dataset} />
        ))}
      </Stack>
      <Text size="sm">
        <Anchor href={openDataUrl(slug)}>{t('openData.machine')}</Anchor>
      </Text>
    </Page>
  );
}

function DatasetCard({ dataset }: { dataset: OpenDataset }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const title = dataset.title[lang] || dataset.title.id;
  const periodLabel = (period: string) =>
    period === 'current' ? t('openData.periodCurrent') : t('openData.periodYear', { period });
  return (
    <Card withBorder padding="md" component="article" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        <Text size="sm">{dataset.description[lang] || dataset.description.id}</Text>
        <Stack gap={4} component="dl" m={0}>
          <Fact term={t('openData.licence')}>
            {dataset.licence === 'CC-BY-4.0' ? (
              <Anchor href="https://creativecommons.org/licenses/by/4.0/deed.id" target="_blank" rel="noreferrer">
                {t('openData.licenceCcBy')}
              </Anchor>
            ) : (
              dataset.licence
            )}
          </Fact>
          <Fact term={t('openData.frequency')}>{t(`openData.frequencies.${dataset.updated}`)}</Fact>
          {dataset.modified ? (
            <Fact term={t('openData.modified')}>{formatDateTime(dataset.modified, timeZone, lang)}</Fact>
          ) : null}
        </Stack>
        <Table verticalSpacing={6} aria-label={`${t('openData.downloads')}: ${title}`}>
          <Table.Tbody>
            {downloadsByPeriod(dataset).map((row) => {
              const period = periodLabel(row.period);
              return (
                <Table.Tr key={row.period}>
                  <Table.Th scope="row" fw={600}>
                    {period}
                  </Table.Th>
                  <Table.Td>
                    <Group gap="xs" wrap="wrap">
                      {row.csv ? (
                        <Button
                          component="a"
                          href={row.csv}
                          download
                          size="xs"
                          variant="light"
                          aria-label={t('openData.downloadCsvOf', { title, period })}
                        >
                          {t('openData.downloadCsv')}
                        </Button>
                      ) : null}
                      {row.json ? (
                        <Button
                          component="a"
                          href={row.json}
                          size="xs"
                          variant="default"
                          aria-label={t('openData.downloadJsonOf', { title, period })}
                        >
                          {t('openData.downloadJson')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}

/** One line of the dataset's facts: the term, then its value (wraps under it on a phone). */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="wrap" align="baseline">
      <Text component="dt" size="sm" fw={600}>
        {term}:
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Group>
  );
}
