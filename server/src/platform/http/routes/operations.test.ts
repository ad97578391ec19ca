import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable } from './operations';

describe('decodeQuotedPrintable', () => {
  it('joins soft line breaks and decodes escapes so that links in the dev outbox can be opened', () => {
    const eml = [
      'To: warga@example.id',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Buka tautan ini: http://localhost:3000/t/dumai/verify?token=3DabcdefghijklmnopqrstuvwxyzABCDE=',
      'FGHIJ selesai =C3=A9',
    ].join('\n');
    const decoded = decodeQuotedPrintable(eml);
    expect(decoded).toContain('verify?token=abcdefghijklmnopqrstuvwxyzABCDEFGHIJ selesai é');
    expect(decoded.startsWith('To: warga@example.id')).toBe(true);
  });

  it('leaves other encodings alone', () => {
    expect(decodeQuotedPrintable('To: a@b.c\n\nplain=3D')).toBe('To: a@b.c\n\nplain=3D');
  });
});
