import { ELEMENT_CODES } from '@lentera/common';
import { describe, expect, it } from 'vitest';
import { elementName, formatScore, gradeWords, periodWords, recentPeriods } from './labels';
import {
  EMPTY_DRAFT,
  firstMissingField,
  missingElements,
  missingRespondent,
  type SurveyDraft,
  surveyBody,
} from './survey-form';

const allAnswers = Object.fromEntries(ELEMENT_CODES.map((code) => [code, 3])) as SurveyDraft['answers'];
const respondent = { ageBand: '30_39', sex: 'female', education: 'd4_s1', occupation: 'private' };
const complete: SurveyDraft = {
  answers: allAnswers,
  respondent,
  comment: '  Antrean cepat  ',
  extra: { q1: ' ', q2: 'Ya' },
};

describe('the survey form', () => {
  it('points at the first unanswered element, in the questionnaire order', () => {
    const { U3: _u3, U7: _u7, ...some } = allAnswers;
    const draft = { ...complete, answers: some };
    expect(missingElements(draft)).toEqual(['U3', 'U7']);
    expect(firstMissingField(draft)).toBe('survey-U3');
    expect(surveyBody(draft)).toBeNull();
  });

  it('then at the first missing respondent detail, and refuses values the server would not take', () => {
    const draft = { ...complete, respondent: { ...respondent, education: 'phd', occupation: undefined } };
    expect(missingRespondent(draft)).toEqual(['education', 'occupation']);
    expect(firstMissingField(draft)).toBe('survey-respondent-education');
    expect(firstMissingField(EMPTY_DRAFT)).toBe('survey-U1');
  });

  it('sends all nine answers, trims the comment, and leaves out blank extra answers', () => {
    expect(firstMissingField(complete)).toBeNull();
    expect(surveyBody(complete)).toEqual({
      answers: allAnswers,
      respondent,
      comment: 'Antrean cepat',
      extra: { q2: 'Ya' },
    });
    expect(surveyBody({ ...complete, comment: ' ', extra: {} })).toEqual({ answers: allAnswers, respondent });
  });

  it('never takes an answer outside 1–4', () => {
    const draft = { ...complete, answers: { ...allAnswers, U5: 5 as unknown as 4 } };
    expect(missingElements(draft)).toEqual(['U5']);
  });
});

describe('survey words', () => {
  it.each([
    ['2026-S1', 'id', 'Semester I 2026 (Januari–Juni)'],
    ['2026-S2', 'id', 'Semester II 2026 (Juli–Desember)'],
    ['2025-S2', 'en', 'Second half of 2025 (July–December)'],
    ['nonsense', 'id', 'nonsense'],
  ] as const)('period %s in %s is "%s"', (period, lang, words) => {
    expect(periodWords(period, lang)).toBe(words);
  });

  it('names the grade with its word and the score with the language’s decimal mark', () => {
    expect(gradeWords('B', 'id')).toBe('B — Baik');
    expect(gradeWords('A', 'en')).toBe('A — Very good');
    expect(formatScore(3.1234, 'id')).toBe('3,12');
    expect(formatScore(82.5, 'en')).toBe('82.50');
    expect(formatScore(null, 'id')).toBe('–');
    expect(elementName('U8', 'id')).toBe('Penanganan pengaduan, saran dan masukan');
  });

  it('lists the current semester and the ones before it, newest first', () => {
    expect(recentPeriods('2026-12-07', 3)).toEqual(['2026-S2', '2026-S1', '2025-S2', '2025-S1']);
    expect(recentPeriods('2026-06-30', 1)).toEqual(['2026-S1', '2025-S2']);
  });
});
