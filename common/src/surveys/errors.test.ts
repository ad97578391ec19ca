import { describe, expect, it } from 'vitest';
import { errorMessage } from '../http/errors';
import { SURVEYS_ERRORS } from './errors';
import { periodInWords, periodParams } from './words';

describe('survey periods in words', () => {
  it.each([
    ['2026-S1', 'semester 1 tahun 2026 (Januari–Juni)', 'the first half of 2026 (January–June)'],
    ['2026-S2', 'semester 2 tahun 2026 (Juli–Desember)', 'the second half of 2026 (July–December)'],
    ['bukan-periode', 'bukan-periode', 'bukan-periode'],
  ])('%s', (period, id, en) => {
    expect([periodInWords(period, 'id'), periodInWords(period, 'en')]).toEqual([id, en]);
  });

  it('no survey error message shows a period code or an unfilled placeholder', () => {
    const params = { ...periodParams('2026-S2'), formNumber: 'K-017', max: 10 };
    for (const code of Object.keys(SURVEYS_ERRORS))
      for (const lang of ['id', 'en'] as const) {
        const message = errorMessage(code, lang, params);
        expect(message, `${code} ${lang}`).not.toMatch(/2026-S2|\{\w+\}/);
      }
    expect(errorMessage('survey_period_closed', 'id', params)).toContain('semester 2 tahun 2026');
    expect(errorMessage('survey_already_published', 'en', params)).toContain('the second half of 2026');
  });
});
