import { describe, expect, it } from 'vitest';
import { computeSuperiors, foldHistory } from './derive';

type Entry = Parameters<typeof foldHistory>[0][number];
const entry = (tmt: string, fields: Partial<Entry>, recordedAt = '2026-01-01T00:00:00.000Z'): Entry => ({
  tmt,
  recorded_at: recordedAt,
  status: null,
  employment: null,
  golongan: null,
  position_id: null,
  unit_id: null,
  ...fields,
});

describe('foldHistory', () => {
  const today = '2026-11-23';

  it('takes, for each aspect, the latest entry by TMT that has taken effect', () => {
    const state = foldHistory(
      [
        entry('2010-03-01', {
          status: 'CPNS',
          golongan: 'III/a',
          position_id: 'p1',
          unit_id: 'u1',
          employment: 'active',
        }),
        entry('2011-03-01', { status: 'PNS' }),
        entry('2014-04-01', { golongan: 'III/b' }),
        entry('2018-01-02', { position_id: 'p2', unit_id: 'u2' }),
      ],
      today,
    );
    expect(state).toEqual({ status: 'PNS', employment: 'active', golongan: 'III/b', positionId: 'p2', unitId: 'u2' });
  });

  it('slots a back-dated entry in at its TMT without overriding later values', () => {
    const history = [
      entry('2010-03-01', { status: 'PNS', golongan: 'III/a', position_id: 'p1', unit_id: 'u1' }),
      entry('2020-04-01', { golongan: 'III/c' }),
      // Recorded last, but its TMT lies before the III/c entry: it must not win.
      entry('2016-04-01', { golongan: 'III/b', position_id: 'p2', unit_id: 'u2' }, '2026-11-20T00:00:00.000Z'),
    ];
    expect(foldHistory(history, today)).toMatchObject({ golongan: 'III/c', positionId: 'p2', unitId: 'u2' });
    // Seen from a day between the two, the back-dated entry is what held then.
    expect(foldHistory(history, '2018-01-01')).toMatchObject({ golongan: 'III/b', positionId: 'p2' });
  });

  it('does not apply an entry dated in the future until its day', () => {
    const history = [
      entry('2010-03-01', { status: 'PNS', golongan: 'III/a', position_id: 'p1', unit_id: 'u1' }),
      entry('2027-04-01', { golongan: 'III/b', position_id: 'p2', unit_id: 'u2' }),
    ];
    expect(foldHistory(history, today)).toMatchObject({ golongan: 'III/a', positionId: 'p1', unitId: 'u1' });
    expect(foldHistory(history, '2027-04-01')).toMatchObject({ golongan: 'III/b', positionId: 'p2', unitId: 'u2' });
  });

  it('orders entries of the same TMT by when they were recorded (a correction wins)', () => {
    const history = [
      entry('2020-01-01', { golongan: 'III/d' }, '2026-02-01T00:00:00.000Z'),
      entry('2020-01-01', { golongan: 'III/c' }, '2026-01-01T00:00:00.000Z'),
    ];
    expect(foldHistory(history, today).golongan).toBe('III/d');
  });

  it('records leaving service', () => {
    const history = [
      entry('2010-03-01', { status: 'PNS', employment: 'active' }),
      entry('2026-10-01', { employment: 'retired' }),
    ];
    expect(foldHistory(history, today).employment).toBe('retired');
    expect(foldHistory([], today)).toEqual({
      status: null,
      employment: 'active',
      golongan: null,
      positionId: null,
      unitId: null,
    });
  });
});

describe('computeSuperiors', () => {
  // root ─ dinas ─ bidang ; the bidang has no head filled, the dinas does.
  const units = new Map<string, { parent_id: string | null }>([
    ['root', { parent_id: null }],
    ['dinas', { parent_id: 'root' }],
    ['bidang', { parent_id: 'dinas' }],
    ['seksi', { parent_id: 'bidang' }],
  ]);
  const heads = new Set(['head-root', 'head-dinas', 'head-bidang', 'head-seksi']);
  const node = (id: string, unit: string, position: string, override: string | null = null) => ({
    id,
    unit_id: unit,
    position_id: position,
    superior_override_id: override,
    superior_id: null,
  });

  it('gives staff the head of their own unit, and a head the head of the nearest unit above with one', () => {
    const result = computeSuperiors(
      [
        node('sekda', 'root', 'head-root'),
        node('kadis', 'dinas', 'head-dinas'),
        node('staff-dinas', 'dinas', 'staff'),
        node('kasi', 'seksi', 'head-seksi'),
        node('staff-bidang', 'bidang', 'staff'),
      ],
      units,
      heads,
    );
    expect(result.get('sekda')).toBeNull();
    expect(result.get('kadis')).toBe('sekda');
    expect(result.get('staff-dinas')).toBe('kadis');
    // The bidang's head post is vacant: its staff and the head of the seksi below report to the kadis.
    expect(result.get('staff-bidang')).toBe('kadis');
    expect(result.get('kasi')).toBe('kadis');
  });

  it('honours an explicit superior', () => {
    const result = computeSuperiors(
      [
        node('sekda', 'root', 'head-root'),
        node('kadis', 'dinas', 'head-dinas'),
        node('staff', 'dinas', 'staff', 'sekda'),
      ],
      units,
      heads,
    );
    expect(result.get('staff')).toBe('sekda');
    // An override naming someone who left service (not among the active) falls back to the default.
    const gone = computeSuperiors(
      [node('kadis', 'dinas', 'head-dinas'), node('staff', 'dinas', 'staff', 'retired-one')],
      units,
      heads,
    );
    expect(gone.get('staff')).toBe('kadis');
  });

  it('drops an override that would close a loop, and keeps the overrides around it', () => {
    const employees = [
      // Listed first: its own override is fine, the loop is elsewhere on its line.
      node('clerk', 'root', 'staff', 'kadis'),
      node('sekda', 'root', 'head-root'),
      // The kadis would report to their own staff member, who reports to the kadis by default.
      node('kadis', 'dinas', 'head-dinas', 'staff'),
      node('staff', 'dinas', 'staff'),
    ];
    const result = computeSuperiors(employees, units, heads);
    expect(result.get('kadis')).toBe('sekda');
    expect(result.get('staff')).toBe('kadis');
    expect(result.get('clerk')).toBe('kadis');
    expect(result.get('sekda')).toBeNull();
  });

  it('leaves no cycle when two overrides point at each other', () => {
    const result = computeSuperiors(
      [node('sekda', 'root', 'head-root'), node('a', 'dinas', 'staff', 'b'), node('b', 'dinas', 'staff', 'a')],
      units,
      heads,
    );
    for (const start of ['a', 'b']) {
      const seen = new Set<string>();
      let cursor: string | null | undefined = start;
      while (cursor) {
        expect(seen.has(cursor), `cycle through ${cursor}`).toBe(false);
        seen.add(cursor);
        cursor = result.get(cursor);
      }
    }
    // One of the two keeps its override: only what closes the loop is dropped.
    expect([result.get('a'), result.get('b')].filter((s) => s === 'a' || s === 'b')).toHaveLength(1);
  });
});
