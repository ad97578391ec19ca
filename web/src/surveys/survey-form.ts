import {
  ELEMENT_CODES,
  type ElementCode,
  type ResponseInput,
  SURVEY_AGE_BANDS,
  SURVEY_EDUCATIONS,
  SURVEY_OCCUPATIONS,
  SURVEY_SEXES,
} from '@lentera/common';

/** An answer's worth on the official scale: 1 (worst) to 4 (best). */
export type AnswerValue = 1 | 2 | 3 | 4;

export type RespondentField = 'ageBand' | 'sex' | 'education' | 'occupation';
export const RESPONDENT_FIELDS: readonly RespondentField[] = ['ageBand', 'sex', 'education', 'occupation'];

/** The choices of each respondent detail, as the server stores them. */
export const RESPONDENT_CHOICES: Record<RespondentField, readonly string[]> = {
  ageBand: SURVEY_AGE_BANDS,
  sex: SURVEY_SEXES,
  education: SURVEY_EDUCATIONS,
  occupation: SURVEY_OCCUPATIONS,
};

/** What the person has filled in so far. */
export interface SurveyDraft {
  answers: Partial<Record<ElementCode, AnswerValue>>;
  respondent: Partial<Record<RespondentField, string>>;
  comment: string;
  extra: Record<string, string>;
}

export const EMPTY_DRAFT: SurveyDraft = { answers: {}, respondent: {}, comment: '', extra: {} };

export const COMMENT_MAX = 1000;
export const EXTRA_MAX = 500;

/** The elements not yet answered, in the questionnaire's order. */
export function missingElements(draft: SurveyDraft): ElementCode[] {
  return ELEMENT_CODES.filter((code) => !isAnswer(draft.answers[code]));
}

/** The respondent details not yet chosen (or holding a value the server would refuse). */
export function missingRespondent(draft: SurveyDraft): RespondentField[] {
  return RESPONDENT_FIELDS.filter((field) => {
    const value = draft.respondent[field];
    return !value || !RESPONDENT_CHOICES[field].includes(value);
  });
}

function isAnswer(value: unknown): value is AnswerValue {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** The DOM id of an element's question (its radio group) and of a respondent field: where focus goes when missing. */
export const elementFieldId = (code: ElementCode) => `survey-${code}`;
export const respondentFieldId = (field: RespondentField) => `survey-respondent-${field}`;

/** The first thing still missing, as the id of the field to focus; null when the form is complete. */
export function firstMissingField(draft: SurveyDraft): string | null {
  const element = missingElements(draft)[0];
  if (element) return elementFieldId(element);
  const field = missingRespondent(draft)[0];
  return field ? respondentFieldId(field) : null;
}

export type SurveyBody = ResponseInput & { answers: Record<ElementCode, AnswerValue> };

/** The body the server takes, or null while something is missing. Blank comment and extra answers are left out. */
export function surveyBody(draft: SurveyDraft): SurveyBody | null {
  if (missingElements(draft).length > 0 || missingRespondent(draft).length > 0) return null;
  const comment = draft.comment.trim().slice(0, COMMENT_MAX);
  const extra = Object.fromEntries(
    Object.entries(draft.extra)
      .map(([id, text]) => [id, text.trim().slice(0, EXTRA_MAX)] as const)
      .filter(([, text]) => text.length > 0),
  );
  return {
    answers: draft.answers as Record<ElementCode, AnswerValue>,
    respondent: draft.respondent as ResponseInput['respondent'],
    ...(comment ? { comment } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
}

/** Moves focus to a field by id (the first control inside it) and brings it into view. */
export function focusField(id: string, root: Document = document): boolean {
  const container = root.getElementById(id);
  if (!container) return false;
  const target = container.matches('input, select, textarea, button')
    ? container
    : container.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button, [role=radio]');
  container.scrollIntoView?.({ block: 'center' });
  (target ?? container).focus();
  return true;
}
