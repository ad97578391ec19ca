import type { CatalogService } from '@lentera/common';
import { Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { currentLang } from '../ui/i18n';
import { AnchorLink } from '../ui/links';
import { useTenant, useTenantSlug } from '../ui/tenant';
import { useCatalog } from './api';
import { useFeeWords } from './StandardElements';

/** The service's name in the reader's language. */
export function serviceName(service: { name: string; nameEn?: string }, lang: 'id' | 'en'): string {
  return lang === 'en' && service.nameEn ? service.nameEn : service.name;
}

function ServiceCard({ service, slug }: { service: CatalogService; slug: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const fee = useFeeWords();
  const days = service.standard.durationDays;
  return (
    <Card withBorder padding="md" component="li">
      <Stack gap={6}>
        <AnchorLink
          to="/t/$slug/layanan/$serviceId"
          params={{ slug, serviceId: service.id }}
          fw={700}
          fz="lg"
          style={{ overflowWrap: 'anywhere' }}
        >
          {serviceName(service, lang)}
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {service.unitName}
        </Text>
        {service.summary ? (
          <Text size="sm" lineClamp={3}>
            {service.summary}
          </Text>
        ) : null}
        <Group gap="lg" mt={4}>
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('services.catalog.time')}:{' '}
            </Text>
            <Text span fw={600} size="sm">
              {days === null ? t('services.words.notSet') : t('services.words.days', { count: days })}
            </Text>
          </Text>
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('services.catalog.fee')}:{' '}
            </Text>
            <Text span fw={600} size="sm">
              {fee(service.standard.fee)}
            </Text>
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}

export interface CatalogSearch {
  q?: string;
  unitId?: string;
}

/** The public catalog: every service with a standard in force, searchable by name and unit. */
export function CatalogPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { data: tenant } = useTenant(slug);
  const search = useSearch({ strict: false }) as CatalogSearch;
  const navigate = useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const unitId = search.unitId;
  const catalog = useCatalog(slug, { q: debounced || undefined, unitId });
  // The unit choices come from the whole catalog (a search narrows the list, not the choices).
  const all = useCatalog(slug, {});
  const units = useMemo(() => {
    const byId = new Map((all.data ?? []).map((s) => [s.unitId, s.unitName]));
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'id'));
  }, [all.data]);
  const setUnit = (next: string | null) =>
    void navigate({
      to: '/t/$slug/layanan',
      params: { slug },
      search: { q: q.trim() || undefined, unitId: next ?? undefined },
      replace: true,
    });
  const services = catalog.data ?? [];
  return (
    <Page
      title={t('services.catalog.title')}
      description={tenant ? t('services.catalog.intro', { name: tenant.name }) : undefined}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('services.catalog.search')}
          placeholder={t('services.catalog.searchPlaceholder')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label={t('services.catalog.unit')}
          placeholder={t('services.catalog.allUnits')}
          data={units}
          value={unitId ?? null}
          onChange={setUnit}
          clearable
          searchable
          style={{ flex: '1 1 240px' }}
        />
      </Group>
      <Text size="sm" aria-live="polite">
        {catalog.data ? t('services.catalog.count', { count: services.length }) : ''}
      </Text>
      {catalog.isPending ? <PageLoader /> : null}
      {catalog.isError ? <ErrorAlert error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
      {catalog.data && services.length === 0 ? <Text c="dimmed">{t('services.catalog.empty')}</Text> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {services.map((service) => (
          <ServiceCard key={service.id} service={service} slug={slug} />
        ))}
      </SimpleGrid>
      <Text size="sm">
        <AnchorLink to="/t/$slug/layanan/statistik" params={{ slug }}>
          {t('services.catalog.statsLink')}
        </AnchorLink>
      </Text>
    </Page>
  );
}
