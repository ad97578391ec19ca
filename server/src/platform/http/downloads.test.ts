import { describe, expect, it } from 'vitest';
import { csvSafe } from './downloads';

describe('CSV cells that a spreadsheet would run', () => {
  it('keep typed text as text, and leave numbers and harmless text alone', () => {
    expect(csvSafe('=HYPERLINK("http://x","klik")')).toBe(`'=HYPERLINK("http://x","klik")`);
    expect(csvSafe('+62 812')).toBe("'+62 812");
    expect(csvSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvSafe('-1+1')).toBe("'-1+1");
    expect(csvSafe('\tTAB')).toBe("'\tTAB");
    expect(csvSafe('-5')).toBe('-5');
    expect(csvSafe('-0,25')).toBe('-0,25');
    expect(csvSafe('Petugas ramah')).toBe('Petugas ramah');
    expect(csvSafe(-3)).toBe(-3);
    expect(csvSafe(null)).toBe(null);
  });
});
