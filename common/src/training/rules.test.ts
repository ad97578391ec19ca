import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRAINING_SETTINGS,
  isCompleted,
  jpCompliance,
  jpFromMinutes,
  mandatoryApplies,
  minimumJpFor,
  normaliseCertificateCode,
  seatFor,
  summariseCompliance,
  testGain,
  topicForComplaintCategory,
  topicsForPerformance,
} from './rules';
import { eventInputSchema, programmeInputSchema } from './schemas';

describe('JP against the yearly minimum (DOMAIN.md: 20 PNS, 24 PPPK, tenant settings)', () => {
  it.each([
    ['PNS', 20],
    ['CPNS', 20],
    ['PPPK', 24],
  ])('a %s must reach %i JP by default', (status, minimum) => {
    expect(minimumJpFor(status, DEFAULT_TRAINING_SETTINGS)).toBe(minimum);
  });

  it('follows the tenant setting', () => {
    expect(minimumJpFor('PPPK', { minimumJpPns: 30, minimumJpPppk: 32 })).toBe(32);
  });

  it.each([
    [0, 0],
    [44, 0],
    [45, 1],
    [900, 20],
    [1079, 23],
  ])('%i minutes are %i JP (45 minutes each)', (minutes, jp) => {
    expect(jpFromMinutes(minutes)).toBe(jp);
  });

  it.each([
    [19, 20, false, 1],
    [20, 20, true, 0],
    [26, 24, true, 0],
    [0, 24, false, 24],
  ])('%i JP against %i: met %s, short by %i', (jp, minimum, met, shortfall) => {
    expect(jpCompliance(jp, minimum)).toEqual({ jp, minimum, met, shortfall });
  });

  it('sums up a unit: met, below, share and mean', () => {
    expect(
      summariseCompliance([
        { jp: 20, minimum: 20 },
        { jp: 8, minimum: 20 },
        { jp: 30, minimum: 24 },
      ]),
    ).toEqual({ employees: 3, met: 2, below: 1, percentMet: 66.7, averageJp: 19.3 });
    expect(summariseCompliance([])).toEqual({ employees: 0, met: 0, below: 0, percentMet: null, averageJp: null });
  });
});

describe('mandatory programmes, seats, completion, gain', () => {
  it.each([
    [{ groups: ['all'], unitIds: [] }, { status: 'PNS', unitPath: null }, true],
    [{ groups: ['cpns'], unitIds: [] }, { status: 'CPNS', unitPath: '/a/' }, true],
    [{ groups: ['cpns'], unitIds: [] }, { status: 'PNS', unitPath: '/a/' }, false],
    [{ groups: [], unitIds: ['a'] }, { status: 'PPPK', unitPath: '/a/b/' }, true],
    [{ groups: [], unitIds: ['b'] }, { status: 'PNS', unitPath: '/a/' }, false],
  ])('%j applies to %j: %s', (programme, employee, applies) => {
    expect(mandatoryApplies(programme, employee)).toBe(applies);
  });

  it.each([
    [{ capacity: 2, seated: 1, waiting: 0 }, 'seat'],
    [{ capacity: 2, seated: 2, waiting: 1 }, 'waitlist'],
    [{ capacity: 2, seated: 2, waiting: 2 }, 'full'],
  ] as const)('%j: %s', (event, outcome) => {
    expect(seatFor(event)).toBe(outcome);
  });

  it.each([
    [{ attended: false, postScore: 90, passMark: null }, false],
    [{ attended: true, postScore: null, passMark: null }, true],
    [{ attended: true, postScore: 69, passMark: 70 }, false],
    [{ attended: true, postScore: 70, passMark: 70 }, true],
    [{ attended: true, postScore: null, passMark: 70 }, false],
  ])('%j completes: %s', (input, completed) => {
    expect(isCompleted(input)).toBe(completed);
  });

  it('measures the gain over those with both scores', () => {
    expect(
      testGain([
        { pre: 50, post: 80 },
        { pre: 60, post: 70 },
        { pre: null, post: 90 },
      ]),
    ).toEqual({ participants: 2, preAverage: 55, postAverage: 75, gain: 20 });
    expect(testGain([{ pre: null, post: 90 }])).toBeNull();
  });
});

describe('certificate codes and needs', () => {
  it.each([
    ['ABCD-EFGH-JKMN', 'ABCD-EFGH-JKMN'],
    ['abcd efgh jkmn', 'ABCD-EFGH-JKMN'],
    ['abcdefghjkmn', 'ABCD-EFGH-JKMN'],
    ['ABCD-EFGH-JKM0', null],
    ['ABCD-EFGH', null],
    ['<script>alert(1)</script>', null],
  ])('%s reads as %s', (input, code) => {
    expect(normaliseCertificateCode(input)).toBe(code);
  });

  it('points conduct and levies to ethics, other complaints to public service', () => {
    expect(['perilaku-asn', 'pungli', 'adminduk'].map(topicForComplaintCategory)).toEqual([
      'ethics_integrity',
      'ethics_integrity',
      'public_service',
    ]);
  });

  it.each([
    [{ hasilKerja: 'sesuai', perilaku: 'di_bawah' }, ['ethics_integrity']],
    [{ hasilKerja: 'di_bawah', perilaku: 'sesuai' }, ['technical']],
    [{ hasilKerja: 'di_bawah', perilaku: 'di_bawah' }, ['ethics_integrity', 'technical']],
    [{ hasilKerja: 'di_atas', perilaku: 'sesuai' }, []],
  ])('a result %j suggests %j', (result, topics) => {
    expect(topicsForPerformance(result)).toEqual(topics);
  });
});

describe('the contract refuses bad input', () => {
  const programme = {
    code: 'ETIKA-01',
    title: 'Etika dan integritas ASN',
    topic: 'ethics_integrity',
    competencyType: 'socio_cultural',
    mode: 'classroom',
    jp: 12,
    provider: 'BKPSDM',
  };
  it.each([
    [{}, true],
    [{ jp: 0 }, false],
    [{ jp: 1.5 }, false],
    [{ code: 'a b' }, false],
    [{ title: 'x'.repeat(201) }, false],
    [{ passMark: 101 }, false],
    [{ extra: 1 }, false],
  ])('a programme with %j: valid %s', (change, valid) => {
    expect(programmeInputSchema.safeParse({ ...programme, ...change }).success).toBe(valid);
  });
  it.each([
    [{}, true],
    [{ capacity: 0 }, false],
    [{ startsOn: '2026-13-01' }, false],
    [{ link: 'javascript:alert(1)' }, false],
    [{ link: 'https://zoom.us/j/1' }, true],
  ])('an event with %j: valid %s', (change, valid) => {
    const event = { programmeId: 'p', startsOn: '2026-12-01', endsOn: '2026-12-02', capacity: 30 };
    expect(eventInputSchema.safeParse({ ...event, ...change }).success).toBe(valid);
  });
});

describe('partial updates of programmes and events', () => {
  it('keep a field that is left out (no default fills it)', async () => {
    const { eventUpdateSchema, programmeUpdateSchema } = await import('./schemas');
    expect(eventUpdateSchema.parse({ startsOn: '2026-12-10' })).toEqual({ startsOn: '2026-12-10' });
    expect(eventUpdateSchema.parse({ cancelled: true })).toEqual({ cancelled: true });
    expect(programmeUpdateSchema.parse({ active: false })).toEqual({ active: false });
    expect(programmeUpdateSchema.parse({ description: '' })).toEqual({ description: '' });
    expect(() => eventUpdateSchema.parse({ startsOn: '2026-12-10', colour: 'red' })).toThrow();
  });
});
