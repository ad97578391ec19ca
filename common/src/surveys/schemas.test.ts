import { describe, expect, it } from 'vitest';
import { paperEntryInputSchema, responseInputSchema } from './schemas';

const answers = { U1: 4, U2: 3, U3: 2, U4: 4, U5: 3, U6: 3, U7: 4, U8: 3, U9: 3 };
const respondent = { ageBand: '30_39', sex: 'female', education: 'd4_s1', occupation: 'private' };

describe('survey response input', () => {
  it('takes nine answers 1–4 and the respondent details', () => {
    const parsed = responseInputSchema.parse({ answers, respondent });
    expect(parsed.comment).toBe('');
    expect(parsed.extra).toEqual({});
  });

  it.each([
    ['an answer above 4', { answers: { ...answers, U3: 5 }, respondent }],
    ['an answer of 0', { answers: { ...answers, U1: 0 }, respondent }],
    ['a fractional answer', { answers: { ...answers, U1: 2.5 }, respondent }],
    ['an element missing', { answers: { ...answers, U9: undefined }, respondent }],
    ['an unknown element', { answers: { ...answers, U10: 3 }, respondent }],
    ['an unknown age band', { answers, respondent: { ...respondent, ageBand: '70' } }],
    ['a comment over 1000 characters', { answers, respondent, comment: 'x'.repeat(1001) }],
  ])('refuses %s', (_, body) => expect(responseInputSchema.safeParse(body).success).toBe(false));

  it('a paper form needs its number, unit, service and day', () => {
    const base = {
      answers,
      respondent,
      unitId: 'u1',
      serviceKey: 'queue:abc',
      formNumber: 'A-001',
      filledOn: '2026-03-02',
    };
    expect(paperEntryInputSchema.safeParse(base).success).toBe(true);
    expect(paperEntryInputSchema.safeParse({ ...base, formNumber: ' ' }).success).toBe(false);
    expect(paperEntryInputSchema.safeParse({ ...base, serviceKey: 'x:1' }).success).toBe(false);
  });
});
