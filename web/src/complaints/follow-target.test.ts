import { describe, expect, it } from 'vitest';
import { followTarget } from './follow-target';

const TOKEN = 'Q2hhbmdlLW1lLXNvb24tcGxlYXNlLTEyMzQ';

describe('followTarget', () => {
  it.each([
    ['DUM-ADU-2026-000123', { kind: 'code', code: 'DUM-ADU-2026-000123' }],
    ['  dum-adu-2026-000123 ', { kind: 'code', code: 'DUM-ADU-2026-000123' }],
    [TOKEN, { kind: 'token', token: TOKEN }],
    [`https://lentera.dumaikota.go.id/t/dumai/complaints/follow/${TOKEN}`, { kind: 'token', token: TOKEN }],
    [`http://localhost:3000/t/dumai/pengaduan/ikuti/${TOKEN}?x=1`, { kind: 'token', token: TOKEN }],
    [`/t/dumai/complaints/follow/${TOKEN}`, { kind: 'token', token: TOKEN }],
  ])('reads %s', (input, expected) => {
    expect(followTarget(input)).toEqual(expected);
  });

  it.each([
    '',
    '   ',
    'lampu jalan',
    'DUM-2026-000123',
    'short',
    'https://example.com/',
    '/t/x/pengaduan/ikuti/%E0%A4%A',
  ])('refuses %j', (input) => {
    expect(followTarget(input)).toBeNull();
  });
});
