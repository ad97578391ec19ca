import { SURVEYS_PERMISSIONS, type SurveyUnitsView } from '@lentera/common';
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/components';
import { todayIn } from '../../ui/format';
import { notify } from '../../ui/notify';
import { useTenantTimeZone } from '../../ui/tenant';
import { useEnterPaper, useExtraQuestions } from '../api';
import { serviceLabel } from '../labels';
import { SurveyFields } from '../SurveyFields';
import { EMPTY_DRAFT, firstMissingField, focusField, surveyBody } from '../survey-form';
import { StaffFrame } from './StaffFrame';
import { UnitPeriodPicker, useUnitPeriod } from './UnitPeriodPicker';

function PaperForm({ slug, units }: { slug: string; units: SurveyUnitsView }) {
  const { t } = useTranslation();
  const today = todayIn(useTenantTimeZone());
  const { unitId, period, periods, go, unit } = useUnitPeriod(slug, '/t/$slug/survei-kertas', units);
  const enter = useEnterPaper(slug);
  const extraQuestions = useExtraQuestions(slug).data;
  const [serviceKey, setServiceKey] = useState<string | null>(null);
  const [formNumber, setFormNumber] = useState('');
  const [filledOn, setFilledOn] = useState(today);
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [tried, setTried] = useState(false);
  const services = unit?.services ?? [];
  const chosenService = services.some((s) => s.serviceKey === serviceKey) ? serviceKey : null;
  const headerMissing = !chosenService
    ? 'paper-service'
    : !formNumber.trim()
      ? 'paper-form-number'
      : !filledOn
        ? 'paper-filled-on'
        : null;
  // Said in the page's words, with the number as the officer typed it.
  const duplicate = isApiError(enter.error, 'survey_paper_duplicate')
    ? t('surveys.paper.duplicate', { number: formNumber.trim() })
    : undefined;

  const save = () => {
    setTried(true);
    const body = surveyBody(draft);
    if (headerMissing) {
      focusField(headerMissing);
      return;
    }
    if (!body) {
      const field = firstMissingField(draft);
      if (field) focusField(field);
      return;
    }
    if (!unitId || !chosenService) return;
    enter.mutate(
      { ...body, unitId, serviceKey: chosenService, formNumber: formNumber.trim(), filledOn },
      {
        onSuccess: () => {
          notify(t('surveys.paper.saved', { number: formNumber.trim() }), 'success');
          setDraft(EMPTY_DRAFT);
          setFormNumber('');
          setTried(false);
          focusField('paper-form-number');
        },
      },
    );
  };

  return (
    <>
      <UnitPeriodPicker
        units={units}
        unitId={unitId}
        period={period}
        periods={periods}
        onChange={go}
        withPeriod={false}
      />
      <form
        noValidate
        aria-label={t('surveys.paper.title')}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack gap="md">
          <Card withBorder padding="md">
            <Stack gap="sm">
              <Text size="sm">{t('surveys.paper.needHeader')}</Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Select
                  id="paper-service"
                  label={t('surveys.paper.service')}
                  placeholder={t('surveys.paper.chooseService')}
                  data={services.map((s) => ({
                    value: s.serviceKey,
                    label: serviceLabel(s.serviceKey, s.serviceName, t),
                  }))}
                  value={chosenService}
                  onChange={setServiceKey}
                  searchable={services.length > 8}
                  required
                  error={tried && !chosenService ? t('surveys.form.required') : undefined}
                />
                <TextInput
                  id="paper-form-number"
                  label={t('surveys.paper.formNumber')}
                  description={t('surveys.paper.formNumberHint')}
                  value={formNumber}
                  onChange={(event) => setFormNumber(event.currentTarget.value)}
                  maxLength={40}
                  required
                  error={duplicate ?? (tried && !formNumber.trim() ? t('surveys.form.required') : undefined)}
                />
                <TextInput
                  id="paper-filled-on"
                  type="date"
                  label={t('surveys.paper.filledOn')}
                  value={filledOn}
                  max={today}
                  onChange={(event) => setFilledOn(event.currentTarget.value)}
                  required
                />
              </SimpleGrid>
            </Stack>
          </Card>
          <SurveyFields
            draft={draft}
            onChange={setDraft}
            showMissing={tried}
            extraQuestions={extraQuestions}
            staffEntry
          />
          {duplicate ? null : <ErrorAlert error={enter.error} formValues={draft} />}
          <Group justify="flex-end">
            <Button type="submit" size="md" loading={enter.isPending}>
              {t('surveys.paper.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

/** `/t/:slug/survei-kertas`: paper forms copied in by an officer, each under its printed number. */
export function PaperPage() {
  const { t } = useTranslation();
  return (
    <StaffFrame
      permission={SURVEYS_PERMISSIONS.manage}
      title={t('surveys.paper.title')}
      description={t('surveys.paper.intro')}
    >
      {(units, slug) => <PaperForm slug={slug} units={units} />}
    </StaffFrame>
  );
}
