import { type ElementCode, SURVEY_ELEMENTS } from '@lentera/common';
import { Box, Card, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../ui/i18n';
import { count } from './labels';
import {
  type AnswerValue,
  COMMENT_MAX,
  EXTRA_MAX,
  elementFieldId,
  RESPONDENT_CHOICES,
  RESPONDENT_FIELDS,
  type RespondentField,
  respondentFieldId,
  type SurveyDraft,
} from './survey-form';

interface SurveyFieldsProps {
  draft: SurveyDraft;
  onChange: (draft: SurveyDraft) => void;
  /** After a first try to send: missing answers are marked. */
  showMissing: boolean;
  extraQuestions?: ReadonlyArray<{ id: string; text: { id: string; en: string } }>;
  /** An officer copying a paper form: the respondent is spoken of, not to. */
  staffEntry?: boolean;
}

function Question({
  index,
  code,
  value,
  onChange,
  missing,
}: {
  index: number;
  code: ElementCode;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  missing: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const element = SURVEY_ELEMENTS[index];
  if (!element) return null;
  const headingId = `${elementFieldId(code)}-heading`;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={headingId} id={elementFieldId(code)}>
      <Radio.Group
        value={value ? String(value) : null}
        onChange={(next) => onChange(Number(next) as AnswerValue)}
        label={
          <Stack gap={2} id={headingId}>
            <Text size="sm" c="dimmed" fw={600}>
              {t('surveys.form.questionNumber', { number: index + 1, name: element.name[lang] })}
            </Text>
            <Text fw={600} fz="lg" lh={1.35}>
              {element.question[lang]}
            </Text>
          </Stack>
        }
        error={missing ? t('surveys.form.required') : undefined}
        styles={{ label: { width: '100%' } }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="sm">
          {element.answers.map((answer, answerIndex) => {
            const worth = String(answerIndex + 1);
            return (
              <Radio.Card key={worth} value={worth} radius="md" withBorder p="md" className="survey-answer">
                <Box style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                  <Radio.Indicator size="md" />
                  <Text fz="md" fw={500}>
                    {answer[lang]}
                  </Text>
                </Box>
              </Radio.Card>
            );
          })}
        </SimpleGrid>
      </Radio.Group>
    </Card>
  );
}

/** The nine questions, the respondent's details, the tenant's extra questions and a comment: one controlled form. */
export function SurveyFields({
  draft,
  onChange,
  showMissing,
  extraQuestions = [],
  staffEntry = false,
}: SurveyFieldsProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const setRespondent = (field: RespondentField, value: string) =>
    onChange({ ...draft, respondent: { ...draft.respondent, [field]: value || undefined } });
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} fz="h3">
          {t('surveys.form.questionsTitle')}
        </Title>
        <Text size="sm">{t('surveys.form.questionsHint')}</Text>
      </Stack>
      {SURVEY_ELEMENTS.map((element, index) => (
        <Question
          key={element.code}
          index={index}
          code={element.code}
          value={draft.answers[element.code]}
          missing={showMissing && !draft.answers[element.code]}
          onChange={(value) => onChange({ ...draft, answers: { ...draft.answers, [element.code]: value } })}
        />
      ))}
      <Card withBorder padding="md" radius="md" component="section" aria-labelledby="survey-respondent-heading">
        <Stack gap="sm">
          <Stack gap={2}>
            <Title order={2} fz="h3" id="survey-respondent-heading">
              {t(staffEntry ? 'surveys.paper.respondentTitle' : 'surveys.form.respondentTitle')}
            </Title>
            <Text size="sm">{t(staffEntry ? 'surveys.paper.respondentHint' : 'surveys.form.respondentHint')}</Text>
          </Stack>
          {RESPONDENT_FIELDS.map((field) => (
            <NativeSelect
              key={field}
              id={respondentFieldId(field)}
              size="md"
              label={t(`surveys.words.respondentField.${field}`)}
              value={draft.respondent[field] ?? ''}
              onChange={(event) => setRespondent(field, event.currentTarget.value)}
              error={showMissing && !draft.respondent[field] ? t('surveys.form.required') : undefined}
              required
              data={[
                { value: '', label: t('surveys.form.choose') },
                ...RESPONDENT_CHOICES[field].map((code) => ({
                  value: code,
                  label: t(`surveys.words.${field}.${code}` as 'surveys.words.sex.male'),
                })),
              ]}
            />
          ))}
        </Stack>
      </Card>
      {extraQuestions.length > 0 ? (
        <Card withBorder padding="md" radius="md" component="section" aria-labelledby="survey-extra-heading">
          <Stack gap="sm">
            <Stack gap={2}>
              <Title order={2} fz="h3" id="survey-extra-heading">
                {t('surveys.form.extraTitle')}
              </Title>
              <Text size="sm">{t('surveys.form.extraHint')}</Text>
            </Stack>
            {extraQuestions.map((question) => (
              <Textarea
                key={question.id}
                size="md"
                label={question.text[lang] || question.text.id}
                value={draft.extra[question.id] ?? ''}
                maxLength={EXTRA_MAX}
                autosize
                minRows={2}
                onChange={(event) =>
                  onChange({ ...draft, extra: { ...draft.extra, [question.id]: event.currentTarget.value } })
                }
              />
            ))}
          </Stack>
        </Card>
      ) : null}
      <Textarea
        size="md"
        label={t('surveys.form.commentLabel')}
        description={t('surveys.form.commentHint', { max: count(COMMENT_MAX, lang) })}
        value={draft.comment}
        maxLength={COMMENT_MAX}
        autosize
        minRows={3}
        onChange={(event) => onChange({ ...draft, comment: event.currentTarget.value })}
      />
    </Stack>
  );
}
