import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { ButtonLink } from '../ui/links';
import { useTenantSlug } from '../ui/tenant';
import { useConsoleChoice } from './api';
import { counterLabel } from './labels';

/** The console's first view: the counters of each location the officer may serve, to pick one. */
export function Chooser() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const choice = useConsoleChoice(slug);
  return (
    <Page title={t('queue.console.chooseTitle')} description={t('queue.console.chooseIntro')}>
      {choice.isPending ? <PageLoader /> : null}
      {choice.isError ? <ErrorAlert error={choice.error} onRetry={() => void choice.refetch()} /> : null}
      {choice.data?.locations.length === 0 ? <Text c="dimmed">{t('queue.console.noCounters')}</Text> : null}
      {choice.data?.locations.map((location) => (
        <Card key={location.id} withBorder padding="lg" component="section" aria-labelledby={`loc-${location.id}`}>
          <Title order={2} fz="h4" id={`loc-${location.id}`} mb="sm">
            {location.name}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {location.counters.map((counter) => (
              <ButtonLink
                key={counter.id}
                to="/t/$slug/antrian/loket"
                params={{ slug }}
                search={{ loket: counter.id }}
                variant={counter.mine ? 'filled' : 'default'}
                size="lg"
                h="auto"
                py="sm"
                styles={{ label: { whiteSpace: 'normal', flexDirection: 'column', alignItems: 'flex-start' } }}
              >
                <Text fw={700} c="inherit">
                  {counterLabel(t('queue.board.counter', { number: counter.number }), counter.name)}
                </Text>
                <Text size="sm" c="inherit" fw={400}>
                  {counter.mine
                    ? t('queue.console.yours')
                    : counter.officerName
                      ? t('queue.console.usedBy', { name: counter.officerName })
                      : t('queue.console.free')}
                </Text>
              </ButtonLink>
            ))}
          </SimpleGrid>
        </Card>
      ))}
    </Page>
  );
}
