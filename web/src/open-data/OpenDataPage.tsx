import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { currentLang } from '../ui/i18n';
import { useTenant, useTenantSlug } from '../ui/tenant';
import { type OpenDataset, openDataUrl, useOpenData } from '../complaints/api';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/** A dataset's title and description in the interface language, whatever field names the catalog uses. */
function localized(dataset: OpenDataset, field: 'title' | 'description', lang: 'id' | 'en'): string | undefined {
  const d = dataset as Record<string, unknown>;
  const nested = d[field] && typeof d[field] === 'object' ? (d[field] as Record<string, unknown>) : undefined;
  if (nested) return text(nested[lang]) ?? text(nested.id);
  if (lang === 'en') return text(d[`${field}En`]) ?? text(d[field]);
  return text(d[`${field}Id`]) ?? text(d[field]);
}

function urlOf(dataset: OpenDataset, format: 'csv' | 'json'): string | undefined {
  const d = dataset as Record<string, unknown>;
  const urls = d.urls && typeof d.urls === 'object' ? (d.urls as Record<string, unknown>) : undefined;
  const downloads = Array.isArray(d.downloads) ? (d.downloads as Record<string, unknown>[]) : [];
  return (
    text(d[`${format}Url`]) ??
    text(urls?.[format]) ??
    text(downloads.find((x) => String(x.format).toLowerCase() === format)?.url)
  );
}

/** The government's open-data catalog: every published dataset with its stable CSV and JSON addresses. */
export function OpenDataPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const lang = currentLang();
  const { data: tenant } = useTenant(slug);
  const catalog = useOpenData(slug);
  return (
    <Page
      title={t('complaints.openData.title')}
      description={tenant ? t('complaints.openData.intro', { name: tenant.name }) : undefined}
    >
      <Text size="sm">
        <Anchor href={openDataUrl(slug)}>{t('complaints.openData.machine')}</Anchor>
      </Text>
      {catalog.isPending ? <PageLoader /> : null}
      {catalog.isError ? <ErrorAlert error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
      {catalog.data && catalog.data.length === 0 ? <Text c="dimmed">{t('complaints.openData.empty')}</Text> : null}
      <Stack gap="sm" data-testid="open-data">
        {catalog.data?.map((dataset) => {
          const title = localized(dataset, 'title', lang) ?? dataset.id;
          const csv = urlOf(dataset, 'csv');
          const json = urlOf(dataset, 'json');
          const period = text((dataset as Record<string, unknown>).period);
          const licence = text(
            (dataset as Record<string, unknown>).licence ?? (dataset as Record<string, unknown>).license,
          );
          return (
            <Card key={dataset.id} withBorder padding="md" component="article" aria-label={title}>
              <Stack gap={6}>
                <Title order={2} fz="h4">
                  {title}
                </Title>
                {localized(dataset, 'description', lang) ? (
                  <Text size="sm">{localized(dataset, 'description', lang)}</Text>
                ) : null}
                <Group gap="xs">
                  {period ? (
                    <Badge variant="light" color="gray" styles={{ label: { color: 'var(--mantine-color-text)' } }}>
                      {t('complaints.openData.period', { period })}
                    </Badge>
                  ) : null}
                  {licence ? (
                    <Badge variant="light" color="gray" styles={{ label: { color: 'var(--mantine-color-text)' } }}>
                      {t('complaints.openData.licence', { licence })}
                    </Badge>
                  ) : null}
                </Group>
                <Group gap="md">
                  {csv ? (
                    <Anchor href={csv} download>
                      CSV
                    </Anchor>
                  ) : null}
                  {json ? <Anchor href={json}>JSON</Anchor> : null}
                </Group>
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Page>
  );
}
