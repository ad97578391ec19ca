import { type StaffResultsView, SURVEYS_PERMISSIONS, type SurveyUnitsView } from '@lentera/common';
import { Alert, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../ui/components';
import { currentLang } from '../../ui/i18n';
import { StatusBadge } from '../../ui/StatusBadge';
import { useEnterVisits, useStaffResults } from '../api';
import { count, formatScore, gradeWords } from '../labels';
import { ChannelTable, Figure, IndexFigures, NrrChart } from '../parts';
import { ByDetail, Comments, OpenLinks, Trend } from './Details';
import { StaffFrame } from './StaffFrame';
import { UnitPeriodPicker, useUnitPeriod } from './UnitPeriodPicker';

function SampleCheck({ slug, results }: { slug: string; results: StaffResultsView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const sample = results.sample;
  const enter = useEnterVisits(slug);
  const [visits, setVisits] = useState<number | string>(sample.visitsEntered ?? '');
  const frozen = results.unit.published;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="sample-heading">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="h3" id="sample-heading">
            {t('surveys.staff.sampleTitle')}
          </Title>
          {sample.met ? (
            <StatusBadge label={t('surveys.staff.met')} color="teal" />
          ) : (
            <StatusBadge
              label={t('surveys.staff.notMet', { missing: count(sample.minimum - sample.respondents, lang) })}
              color="orange"
            />
          )}
        </Group>
        <Text size="sm">{t('surveys.staff.sampleIntro')}</Text>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <Figure label={t('surveys.staff.visitsFromDoors')} value={count(sample.visitsFromDoors, lang)} />
          {sample.visitsEntered !== null ? (
            <Figure label={t('surveys.staff.visitsEntered')} value={count(sample.visitsEntered, lang)} />
          ) : null}
          <Figure label={t('surveys.staff.population')} value={count(sample.population, lang)} />
          <Figure label={t('surveys.staff.minimum')} value={count(sample.minimum, lang)} />
          <Figure label={t('surveys.staff.respondents')} value={count(sample.respondents, lang)} />
        </SimpleGrid>
        {frozen ? null : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (typeof visits === 'number')
                enter.mutate({ unitId: results.unit.unitId, period: results.period, visits });
            }}
          >
            <Group align="flex-end" gap="sm" wrap="wrap">
              <NumberInput
                label={t('surveys.staff.enterVisitsLabel')}
                description={t('surveys.staff.visitsHint')}
                value={visits}
                onChange={setVisits}
                min={0}
                max={100_000_000}
                allowDecimal={false}
                thousandSeparator={lang === 'id' ? '.' : ','}
                decimalSeparator={lang === 'id' ? ',' : '.'}
                w={240}
              />
              <Button type="submit" variant="default" loading={enter.isPending} disabled={typeof visits !== 'number'}>
                {t('surveys.staff.saveVisits')}
              </Button>
            </Group>
            <ErrorAlert error={enter.error} />
          </form>
        )}
      </Stack>
    </Card>
  );
}

function Results({ slug, units }: { slug: string; units: SurveyUnitsView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { unitId, period, periods, go } = useUnitPeriod(slug, '/t/$slug/survei-hasil', units);
  const results = useStaffResults(slug, unitId, period);
  const data = results.data;
  const unit = data?.unit;
  return (
    <>
      <UnitPeriodPicker units={units} unitId={unitId} period={period} periods={periods} onChange={go} />
      {results.isPending && results.fetchStatus !== 'idle' ? <PageLoader /> : null}
      {results.isError ? <ErrorAlert error={results.error} onRetry={() => void results.refetch()} /> : null}
      {data && unit ? (
        <>
          <Card withBorder padding="lg" component="section" aria-labelledby="index-heading">
            <Stack gap="md">
              <Group justify="space-between" gap="xs">
                <Title order={2} fz="h3" id="index-heading">
                  {unit.unitName}
                </Title>
                <StatusBadge
                  label={t(unit.published ? 'surveys.staff.publishedBadge' : 'surveys.staff.openBadge')}
                  color={unit.published ? 'teal' : 'gray'}
                />
              </Group>
              {unit.respondents === 0 ? <Text c="dimmed">{t('surveys.staff.noResponses')}</Text> : null}
              {unit.respondents > 0 ? <IndexFigures figures={unit} /> : null}
              {data.live && unit.published && data.live.converted !== unit.converted ? (
                <Alert color="gray" variant="light">
                  {t('surveys.staff.liveDiffers', {
                    value: formatScore(data.live.converted, lang),
                    grade: gradeWords(data.live.grade, lang),
                  })}
                </Alert>
              ) : null}
            </Stack>
          </Card>
          {unit.respondents > 0 ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="nrr-heading">
              <Stack gap="sm">
                <Title order={2} fz="h3" id="nrr-heading">
                  {t('surveys.results.nrrTitle')}
                </Title>
                <NrrChart nrr={unit.nrr} previous={unit.previous?.nrr} label={t('surveys.results.nrrTitle')} />
              </Stack>
            </Card>
          ) : null}
          <SampleCheck key={`${unit.unitId}/${data.period}`} slug={slug} results={data} />
          <Card withBorder padding="lg" component="section" aria-labelledby="channels-heading">
            <Stack gap="sm">
              <Title order={2} fz="h3" id="channels-heading">
                {t('surveys.results.channelsTitle')}
              </Title>
              <ChannelTable byChannel={unit.byChannel} label={t('surveys.results.channelsTitle')} />
              <OpenLinks slug={slug} unit={units.find((u) => u.unitId === unit.unitId)} figures={unit.publicLink} />
            </Stack>
          </Card>
          <ByDetail results={data} />
          <Comments slug={slug} unitId={unit.unitId} period={data.period} />
          <Trend slug={slug} unitId={unit.unitId} />
        </>
      ) : null}
    </>
  );
}

/** `/t/:slug/survei-hasil`: a unit's results with details for its survey officers and admins. */
export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <StaffFrame
      permission={SURVEYS_PERMISSIONS.manage}
      title={t('surveys.nav.results')}
      description={t('surveys.nav.resultsDescription')}
    >
      {(units, slug) => <Results slug={slug} units={units} />}
    </StaffFrame>
  );
}
