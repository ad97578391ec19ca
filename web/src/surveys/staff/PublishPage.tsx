import { SURVEYS_PERMISSIONS, type SurveyUnitsView } from '@lentera/common';
import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert, PageLoader } from '../../ui/components';
import { formatDate } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { useTenantTimeZone } from '../../ui/tenant';
import { usePublish, useStaffResults } from '../api';
import { count, formatScore, gradeWords, periodWords } from '../labels';
import { IndexFigures, NrrChart } from '../parts';
import { StaffFrame } from './StaffFrame';
import { UnitPeriodPicker, useUnitPeriod } from './UnitPeriodPicker';

function Publish({ slug, units }: { slug: string; units: SurveyUnitsView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const { unitId, period, periods, go } = useUnitPeriod(slug, '/t/$slug/survei-terbitkan', units);
  const results = useStaffResults(slug, unitId, period);
  const publish = usePublish(slug);
  const [analysis, setAnalysis] = useState('');
  const [confirming, setConfirming] = useState(false);
  const unit = results.data?.unit;
  const tooShort = analysis.trim().length < 10;
  return (
    <>
      <UnitPeriodPicker
        units={units}
        unitId={unitId}
        period={period}
        periods={periods}
        onChange={(next) => {
          publish.reset();
          go(next);
        }}
      />
      {results.isPending && results.fetchStatus !== 'idle' ? <PageLoader /> : null}
      {results.isError ? <ErrorAlert error={results.error} onRetry={() => void results.refetch()} /> : null}
      {unit && results.data ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="publish-heading">
          <Stack gap="md">
            <Title order={2} fz="h3" id="publish-heading">
              {unit.published ? unit.unitName : t('surveys.publish.preview')}
            </Title>
            {unit.published ? (
              <Alert color="teal" variant="light" role="status">
                <Stack gap="xs">
                  <Text>
                    {publish.isSuccess
                      ? t('surveys.publish.done')
                      : t('surveys.publish.already', {
                          date: unit.publishedAt ? formatDate(unit.publishedAt, timeZone, lang) : '–',
                        })}
                  </Text>
                  <Group gap="md">
                    {unit.reportPdf ? (
                      <Button component="a" href={unit.reportPdf} color="teal.9">
                        {t('surveys.publish.download')}
                      </Button>
                    ) : null}
                    <AnchorLink to="/t/$slug/survei" params={{ slug }} search={{ period: results.data.period }}>
                      {t('surveys.publish.toPublic')}
                    </AnchorLink>
                  </Group>
                </Stack>
              </Alert>
            ) : null}
            {unit.respondents === 0 ? (
              <Text c="dimmed">{t('surveys.staff.noResponses')}</Text>
            ) : (
              <IndexFigures figures={unit} />
            )}
            {unit.respondents > 0 ? <NrrChart nrr={unit.nrr} label={t('surveys.results.nrrTitle')} /> : null}
            {!unit.published && unit.respondents > 0 ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!tooShort) setConfirming(true);
                }}
              >
                <Stack gap="sm">
                  <Textarea
                    label={t('surveys.publish.analysis')}
                    description={t('surveys.publish.analysisHint')}
                    value={analysis}
                    onChange={(event) => setAnalysis(event.currentTarget.value)}
                    maxLength={4000}
                    autosize
                    minRows={4}
                    required
                  />
                  <Group justify="flex-end">
                    <Button type="submit" disabled={tooShort}>
                      {t('surveys.publish.publish')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            ) : null}
          </Stack>
          <ConfirmDialog
            opened={confirming}
            title={t('surveys.publish.confirmTitle')}
            message={t('surveys.publish.confirmText', {
              unit: unit.unitName,
              period: periodWords(results.data.period, lang),
              respondents: count(unit.respondents, lang),
              converted: formatScore(unit.converted, lang),
              grade: gradeWords(unit.grade, lang),
            })}
            confirmLabel={t('surveys.publish.confirm')}
            loading={publish.isPending}
            error={publish.error}
            onClose={() => {
              setConfirming(false);
              publish.reset();
            }}
            onConfirm={() =>
              publish.mutate(
                { unitId: unit.unitId, period: results.data?.period ?? '', analysis: analysis.trim() },
                { onSuccess: () => setConfirming(false) },
              )
            }
          />
        </Card>
      ) : null}
    </>
  );
}

/** `/t/:slug/survei-terbitkan`: a unit publishes a period's SKM report, frozen from then on. */
export function PublishPage() {
  const { t } = useTranslation();
  return (
    <StaffFrame
      permission={SURVEYS_PERMISSIONS.publish}
      title={t('surveys.publish.title')}
      description={t('surveys.publish.intro')}
    >
      {(units, slug) => <Publish slug={slug} units={units} />}
    </StaffFrame>
  );
}
