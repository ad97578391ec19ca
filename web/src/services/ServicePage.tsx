import type { PublishedStandard } from '@lentera/common';
import { Alert, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatCalendarDate, todayIn } from '../ui/format';
import { currentLang } from '../ui/i18n';
import { AnchorLink, ButtonLink } from '../ui/links';
import { useTenantSlug, useTenantTimeZone } from '../ui/tenant';
import { useServicePage, useServiceVersion } from './api';
import { serviceName } from './CatalogPage';
import { StandardElements, useFeeWords } from './StandardElements';

/** "Diminta membayar lebih dari tarif resmi?": the complaints form, illegal-levy category, service filled in. */
export function LevyLink({ slug, service, fee }: { slug: string; service: string; fee: number | null }) {
  const { t } = useTranslation();
  const feeText = useFeeWords();
  return (
    <Alert color="yellow" variant="light" title={t('services.levy.title')}>
      <Stack gap={6}>
        <Text size="sm">{t('services.levy.text', { fee: feeText(fee) })}</Text>
        <AnchorLink
          to="/t/$slug/pengaduan/baru"
          params={{ slug }}
          search={{ kategori: 'pungli', layanan: service }}
          fw={600}
        >
          {t('services.levy.link')}
        </AnchorLink>
      </Stack>
    </Alert>
  );
}

function VersionLine({ standard }: { standard: PublishedStandard }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const today = todayIn(useTenantTimeZone());
  return (
    <Text size="sm" c="dimmed">
      {t(standard.effectiveFrom > today ? 'services.page.versionFrom' : 'services.page.version', {
        version: standard.version,
        date: formatCalendarDate(standard.effectiveFrom, lang, false),
      })}
    </Text>
  );
}

/** One service's public page: its standard in force, readable on a phone, and the way to apply. */
export function ServicePage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const lang = currentLang();
  const { serviceId } = useParams({ strict: false }) as { serviceId: string };
  const page = useServicePage(slug, serviceId);
  const today = todayIn(useTenantTimeZone());
  if (page.isPending) return <PageLoader />;
  if (page.isError)
    return (
      <Page title={t('services.page.notFound')}>
        <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />
        <AnchorLink to="/t/$slug/layanan" params={{ slug }}>
          {t('services.page.backToCatalog')}
        </AnchorLink>
      </Page>
    );
  const { service, standard, upcoming, history } = page.data;
  const name = serviceName(service, lang);
  return (
    <Page title={name} description={service.unitName}>
      {service.summary ? <Text style={{ whiteSpace: 'pre-wrap' }}>{service.summary}</Text> : null}
      <Group gap="sm" wrap="wrap">
        <ButtonLink to="/t/$slug/layanan/$serviceId/ajukan" params={{ slug, serviceId }} size="lg">
          {t('services.page.apply')}
        </ButtonLink>
        <AnchorLink to="/t/$slug/layanan" params={{ slug }}>
          {t('services.page.backToCatalog')}
        </AnchorLink>
      </Group>
      <VersionLine standard={standard} />
      {upcoming ? (
        <Alert color="blue" variant="light" title={t('services.page.upcomingTitle')}>
          <Text size="sm">
            {t('services.page.upcoming', {
              version: upcoming.version,
              date: formatCalendarDate(upcoming.effectiveFrom, lang),
            })}{' '}
            <AnchorLink
              to="/t/$slug/layanan/$serviceId/versi/$version"
              params={{ slug, serviceId, version: String(upcoming.version) }}
            >
              {t('services.page.readUpcoming')}
            </AnchorLink>
          </Text>
        </Alert>
      ) : null}
      <Title order={2} fz="h3">
        {t('services.page.standard')}
      </Title>
      <StandardElements standard={standard} />
      <LevyLink slug={slug} service={service.name} fee={standard.fee} />
      {history.length > 1 ? (
        <Card withBorder padding="md" component="section" aria-labelledby="history-heading">
          <Title order={2} fz="h4" id="history-heading" mb="xs">
            {t('services.page.history')}
          </Title>
          <List spacing={4}>
            {history.map((item) => (
              <List.Item key={item.id}>
                <AnchorLink
                  to="/t/$slug/layanan/$serviceId/versi/$version"
                  params={{ slug, serviceId, version: String(item.version) }}
                >
                  {t(item.effectiveFrom > today ? 'services.page.historyItemFrom' : 'services.page.historyItem', {
                    version: item.version,
                    date: formatCalendarDate(item.effectiveFrom, lang, false),
                  })}
                </AnchorLink>
                {item.id === standard.id ? ` (${t('services.page.inForce')})` : ''}
              </List.Item>
            ))}
          </List>
        </Card>
      ) : null}
    </Page>
  );
}

/** An earlier (or coming) published version of a service's standard. */
export function ServiceVersionPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const lang = currentLang();
  const { serviceId, version } = useParams({ strict: false }) as { serviceId: string; version: string };
  const page = useServicePage(slug, serviceId);
  const one = useServiceVersion(slug, serviceId, Number(version));
  const name = page.data ? serviceName(page.data.service, lang) : '';
  if (one.isPending) return <PageLoader />;
  return (
    <Page title={t('services.page.versionTitle', { name, version })}>
      {one.isError ? <ErrorAlert error={one.error} onRetry={() => void one.refetch()} /> : null}
      <AnchorLink to="/t/$slug/layanan/$serviceId" params={{ slug, serviceId }}>
        {t('services.page.backToService')}
      </AnchorLink>
      {one.data ? (
        <>
          {page.data && one.data.id !== page.data.standard.id ? (
            <Alert color="gray" variant="light">
              {t('services.page.notInForce')}
            </Alert>
          ) : null}
          <VersionLine standard={one.data} />
          <StandardElements standard={one.data} />
        </>
      ) : null}
    </Page>
  );
}
