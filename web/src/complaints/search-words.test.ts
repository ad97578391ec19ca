import { describe, expect, it } from 'vitest';
import { tooShort } from './search-words';

describe('tooShort: the lists say why a search found nothing', () => {
  it.each([
    ['or', true],
    ['zz', true],
    ['di yang', true],
    [' , . ', true],
    ['lampu', false],
    ['lampu di', false],
    ['dum-adu-2026-000123', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (q, expected) => {
    expect(tooShort(q)).toBe(expected);
  });
});
