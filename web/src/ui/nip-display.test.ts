import { formatNip } from '@lentera/common';
import { describe, expect, it } from 'vitest';

// A NIP is written one way on every screen: in its groups, as on decrees and ID cards ('19780322 200101 1 001'),
// through `formatNip` from common/src/people. This scans the pages for a NIP put on screen as its bare 18 digits.

/** Every page and component of the web app, as source text. */
const sources = import.meta.glob('../**/*.tsx', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** `{x.nip}`, `${x.nip}` or `?? x.nip}`: a value named nip shown as it is stored. */
const BARE_NIP = /(?:\{|\$\{|\?\?)\s*[\w?.]*\bnip\s*\}/gi;

describe('NIP on screen', () => {
  it('is grouped the official way', () => {
    expect(formatNip('197803222001011001')).toBe('19780322 200101 1 001');
    expect(formatNip('199001012023211001')).toBe('19900101 2023 2 1 1 001');
  });

  it('is never shown as bare digits on any page (always through formatNip)', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    const offenders = Object.entries(sources).flatMap(([file, text]) =>
      text
        .split('\n')
        .flatMap((line, n) => [...line.matchAll(BARE_NIP)].map((m) => `${file}:${n + 1}: ${m[0].trim()}`)),
    );
    expect(offenders).toEqual([]);
  });

  it('finds a bare NIP when there is one (the scan itself works)', () => {
    for (const line of [
      '<Table.Td>{a.nip}</Table.Td>',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a page, not a template
      'description={`NIP ${p.nip}`}',
      '{account.email ?? account.nip}',
    ])
      expect(line.match(BARE_NIP), line).not.toBeNull();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a page, not a template
    for (const line of ['{formatNip(a.nip)}', 'value={form.actingNip}', '`NIP ${formatNip(r.nip)}`'])
      expect(line.match(BARE_NIP), line).toBeNull();
  });
});
