import { GOLONGAN_CODES, seededRandom } from '@lentera/common';
import { uuidv7 } from '../../platform/ids';
import { BACK_TITLES, BIRTH_PLACES, FAMILY_NAMES, FEMALE_NAMES, MAJORS, MALE_NAMES, unitTemplates } from './demo-data';
import { foldHistory } from './derive';
import { type EmployeesTable, type HistoryTable, type PositionsTable, searchName, type UnitsTable } from './repository';

// The deterministic demo population (units, positions, employees, history) that seed.ts writes.

const rng = seededRandom;

/** Demo data is generated as of this date, so that every machine (and every later day) gets the same people. */
export const DEMO_DATE = '2026-11-01';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
// Levels in GOLONGAN_CODES order (1 = I/a ... 9 = III/a ... 17 = IV/e): the rank a new CPNS starts at by education.
const START_RANK: Record<string, number> = { SMA: 5, D3: 7, S1: 9, S2: 10, S3: 11 };
const PPPK_GRADE: Record<string, string> = { SMA: 'V', D3: 'VII', S1: 'IX', S2: 'X', S3: 'XI' };
const MIN_HEAD_RANK: Record<string, number> = { jpt_pratama: 15, administrator: 13, pengawas: 11 };
/** Regular promotion every four years stops at III/d for pelaksana and IV/a for others without a head post. */
const RANK_CAP: Record<string, number> = { pelaksana: 12, jpt_pratama: 16, administrator: 14, pengawas: 13 };

export const DEMO_EMPLOYEE_PASSWORDS = (slug: string) => ({
  employee: `lentera-${slug}-pegawai`,
  supervisor: `lentera-${slug}-atasan`,
  unit_admin: `lentera-${slug}-unit`,
});

/** The NIPs of the demo logins are found again from the data: stable because the data is deterministic. */
const DEMO_ROLES = {
  employee: { unit: 'DISKOMINFO-B1', head: false },
  supervisor: { unit: 'DISKOMINFO-B1', head: true },
  unit_admin: { unit: 'DISKOMINFO-SEK', head: false },
} as const;

interface Generated {
  units: UnitsTable[];
  positions: PositionsTable[];
  employees: EmployeesTable[];
  history: HistoryTable[];
  demo: Record<keyof typeof DEMO_ROLES, EmployeesTable>;
}

/**
 * A realistic population: a unit tree, positions, employees with valid NIPs that agree with their
 * birth date and sex, golongan consistent with education and service, heads of units, and several
 * years of history. `count` employees; `offset` continues a population (for `seed --scale`).
 */
export function generatePopulation(
  slug: string,
  tenantId: string,
  today: string,
  count: number,
  existingUnits?: { units: UnitsTable[]; positions: PositionsTable[] },
  offset = 0,
): Generated {
  const random = rng(`${slug}:${offset}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const now = `${today}T00:00:00.000Z`;
  const templates = unitTemplates(slug);
  let units = existingUnits?.units ?? [];
  const positions = existingUnits?.positions ?? [];
  if (!existingUnits) {
    const byCode = new Map<string, UnitsTable>();
    for (const t of templates) {
      const parent = t.parent ? byCode.get(t.parent) : undefined;
      const id = uuidv7();
      const unit: UnitsTable = {
        id,
        tenant_id: tenantId,
        code: t.code,
        name: t.name,
        type: t.type,
        parent_id: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        opened_on: '2016-01-01',
        closed_on: null,
        created_at: now,
        updated_at: now,
      };
      byCode.set(t.code, unit);
      units.push(unit);
      const mk = (name: string, kind: string, klass: number, head: boolean, level?: string): PositionsTable => ({
        id: uuidv7(),
        tenant_id: tenantId,
        unit_id: id,
        name,
        kind,
        fungsional_level: level ?? null,
        class: klass,
        quota: head ? 1 : 0,
        is_head: head ? 1 : 0,
        created_at: now,
      });
      positions.push(mk(t.head.name, t.head.kind, t.head.class, true));
      for (const s of t.staff) positions.push(mk(s.name, s.kind, s.class, false, s.level));
    }
    units = [...byCode.values()];
  }
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const positionsOf = (unitId: string) => positions.filter((p) => p.unit_id === unitId);
  const weights = templates.map((t) => ({ t, w: t.weight }));
  const totalWeight = weights.reduce((a, b) => a + b.w, 0);
  const employees: EmployeesTable[] = [];
  const history: HistoryTable[] = [];
  const serials = new Map<string, number>();
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  const headsToFill = offset === 0 ? templates.map((t) => t.code) : [];
  // The demo logins' units always have staff, whatever the draw gives.
  const staffToPlace = offset === 0 ? ['DISKOMINFO-B1', 'DISKOMINFO-B1', 'DISKOMINFO-SEK'] : [];

  for (let i = 0; i < count; i++) {
    const headOf = i < headsToFill.length ? headsToFill[i]! : null;
    const placedIn = !headOf ? staffToPlace[i - headsToFill.length] : undefined;
    let template = templates[0]!;
    if (headOf || placedIn) template = templates.find((t) => t.code === (headOf ?? placedIn))!;
    else {
      let r = random() * totalWeight;
      for (const { t, w } of weights) {
        r -= w;
        if (r <= 0) {
          template = t;
          break;
        }
      }
    }
    const unit = unitByCode.get(template.code)!;
    const unitPositions = positionsOf(unit.id);
    const position = headOf
      ? unitPositions.find((p) => p.is_head === 1)!
      : pick(unitPositions.filter((p) => p.is_head === 0));
    const male = random() < 0.52;
    const status = headOf || placedIn ? 'PNS' : random() < 0.05 ? 'CPNS' : random() < 0.22 ? 'PPPK' : 'PNS';
    const education = headOf
      ? pick(['S1', 'S2', 'S2'])
      : position.kind === 'pelaksana'
        ? pick(['SMA', 'SMA', 'D3', 'S1'])
        : position.kind === 'fungsional_keterampilan'
          ? 'D3'
          : pick(['S1', 'S1', 'S2']);
    const age = headOf ? between(44, 57) : status === 'CPNS' ? between(23, 32) : between(24, 57);
    const birthYear = ty - age;
    const birthDate = `${birthYear}-${pad(between(1, 12))}-${pad(between(1, 28))}`;
    let serviceStartYear: number;
    let serviceStartMonth: number;
    let nipMiddle: string;
    if (status === 'PPPK') {
      serviceStartYear = between(Math.max(2021, birthYear + 19), ty - (tm < 3 ? 1 : 0));
      serviceStartMonth = 3;
      nipMiddle = `${serviceStartYear}2${between(1, 3)}`;
    } else if (status === 'CPNS') {
      serviceStartYear = ty - (tm < 6 ? 1 : 0);
      serviceStartMonth = tm < 6 ? 6 : 3;
      nipMiddle = `${serviceStartYear}${pad(serviceStartMonth)}`;
    } else {
      const startAge = Math.min(age - 1, between(22, 33));
      serviceStartYear = Math.min(ty - 2, birthYear + startAge);
      serviceStartMonth = pick([1, 3, 4, 12]);
      nipMiddle = `${serviceStartYear}${pad(serviceStartMonth)}`;
    }
    const sexDigit = male ? '1' : '2';
    const prefix = `${birthDate.replace(/-/g, '')}${nipMiddle}${sexDigit}`;
    const serial = (serials.get(prefix) ?? offset % 900) + 1;
    serials.set(prefix, serial);
    const nip = `${prefix}${pad(serial, 3)}`;
    const first = male ? pick(MALE_NAMES) : pick(FEMALE_NAMES);
    const name = random() < 0.15 ? first : `${first} ${pick(FAMILY_NAMES)}`;
    const backTitle = pick(BACK_TITLES[education] ?? ['']) || null;
    const serviceStart = `${serviceStartYear}-${pad(serviceStartMonth)}-01`;
    const years = ty - serviceStartYear;
    const startRank = START_RANK[education] ?? 8;
    let rankLevel = Math.min(startRank + Math.floor(years / 4), RANK_CAP[position.kind] ?? 13);
    if (headOf) rankLevel = Math.max(rankLevel, MIN_HEAD_RANK[position.kind] ?? rankLevel);
    const id = uuidv7();
    const entry = (fields: Partial<HistoryTable>, tmt: string, sk: string): HistoryTable => ({
      id: uuidv7(),
      tenant_id: tenantId,
      employee_id: id,
      tmt,
      sk_number: sk,
      sk_date: tmt,
      position_id: null,
      unit_id: null,
      golongan: null,
      status: null,
      employment: null,
      note: null,
      recorded_at: now,
      recorded_by: 'demo',
      ...fields,
    });
    const entries: HistoryTable[] = [];
    const firstPosition = headOf ? (unitPositions.find((p) => p.is_head === 0) ?? position) : position;
    if (status === 'PPPK') {
      entries.push(
        entry(
          {
            position_id: position.id,
            unit_id: unit.id,
            golongan: PPPK_GRADE[education] ?? 'IX',
            status: 'PPPK',
            employment: 'active',
          },
          serviceStart,
          `800/${between(100, 999)}/BKPSDM/${serviceStartYear}`,
        ),
      );
    } else {
      entries.push(
        entry(
          {
            position_id: firstPosition.id,
            unit_id: unit.id,
            golongan: GOLONGAN_CODES[startRank - 1]!,
            status: 'CPNS',
            employment: 'active',
          },
          serviceStart,
          `813/${between(100, 999)}/BKD/${serviceStartYear}`,
        ),
      );
      if (status === 'PNS') {
        entries.push(
          entry(
            { status: 'PNS' },
            `${serviceStartYear + 1}-${pad(serviceStartMonth)}-01`,
            `821.13/${between(100, 999)}/BKD/${serviceStartYear + 1}`,
          ),
        );
        for (let level = startRank + 1; level <= rankLevel; level++) {
          const year = Math.min(ty, serviceStartYear + (level - startRank) * 4);
          entries.push(
            entry(
              { golongan: GOLONGAN_CODES[level - 1]! },
              `${year}-${pick(['04', '10'])}-01`,
              `823.3/${between(100, 999)}/BKPSDM/${year}`,
            ),
          );
        }
        if (headOf) {
          // The decree is numbered in the year it takes effect (its TMT), as every other entry's.
          const year = Math.max(serviceStartYear + 8, ty - between(1, 5));
          const tmt = `${year}-${pad(between(1, 12))}-02`;
          entries.push(
            entry({ position_id: position.id, unit_id: unit.id }, tmt, `821.2/${between(100, 999)}/BKPSDM/${year}`),
          );
        }
      }
    }
    const sorted = entries.filter((e) => e.tmt <= today);
    const state = foldHistory(sorted, today);
    const currentPosition = positions.find((p) => p.id === state.positionId)!;
    const currentUnit = units.find((u) => u.id === state.unitId)!;
    history.push(...sorted);
    employees.push({
      id,
      tenant_id: tenantId,
      nip,
      account_id: null,
      name,
      front_title: education === 'S3' ? 'Dr.' : null,
      back_title: backTitle,
      sex: male ? 'male' : 'female',
      birth_date: birthDate,
      birth_place: pick(BIRTH_PLACES[slug] ?? ['Jakarta']),
      education_level: education,
      education_major: pick(MAJORS[education] ?? ['-']),
      email: `${searchName(name).replace(/[^a-z]+/g, '.')}.${nip.slice(-4)}@pegawai.${slug}.go.id`,
      phone: `08${between(11, 59)}${pad(between(0, 9999), 4)}${pad(between(0, 9999), 4)}`,
      address: `Jl. ${pick(['Sudirman', 'Diponegoro', 'Ahmad Yani', 'Gatot Subroto', 'Merdeka', 'Pahlawan'])} No. ${between(1, 200)}`,
      photo_url: null,
      tmt_cpns: status === 'PPPK' ? null : serviceStart,
      tmt_pns: status === 'PNS' ? `${serviceStartYear + 1}-${pad(serviceStartMonth)}-01` : null,
      superior_override_id: null,
      status: state.status ?? status,
      employment: 'active',
      golongan: state.golongan,
      position_id: currentPosition.id,
      unit_id: currentUnit.id,
      unit_path: currentUnit.path,
      position_kind: currentPosition.kind,
      superior_id: null,
      search_name: searchName(name),
      version: 1,
      created_at: now,
      updated_at: now,
      updated_by: 'demo',
    });
  }
  const findDemo = (role: keyof typeof DEMO_ROLES) => {
    const spec = DEMO_ROLES[role];
    const unit = unitByCode.get(spec.unit);
    const heads = new Set(positions.filter((p) => p.is_head === 1).map((p) => p.id));
    return employees.find(
      (e) => e.unit_id === unit?.id && heads.has(e.position_id ?? '') === spec.head && e.status !== 'CPNS',
    )!;
  };
  return {
    units: existingUnits ? [] : units,
    positions: existingUnits ? [] : positions,
    employees,
    history,
    demo:
      offset === 0
        ? { employee: findDemo('employee'), supervisor: findDemo('supervisor'), unit_admin: findDemo('unit_admin') }
        : ({} as Generated['demo']),
  };
}

/** Deterministic count per city, 300–800. */
export function demoHeadcount(slug: string): number {
  const random = rng(`count:${slug}`);
  return 300 + Math.floor(random() * 501);
}
