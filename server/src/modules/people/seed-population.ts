import { GOLONGAN_CODES, pppkGradeByCode, seededRandom } from '@lentera/common';
import { uuidv7 } from '../../platform/ids';
import { BACK_TITLES, BIRTH_PLACES, FAMILY_NAMES, FEMALE_NAMES, MAJORS, MALE_NAMES, unitTemplates } from './demo-data';
import { DEMO_PEOPLE, type DemoPerson, type DemoRole } from './demo-people';
import { foldHistory } from './derive';
import { type EmployeesTable, type HistoryTable, type PositionsTable, searchName, type UnitsTable } from './repository';
import {
  educationAllows,
  familyOf,
  levelsOf,
  PPPK_GRADE,
  pad,
  REGULAR_CEILING,
  START_RANK,
  staffPostPicker,
} from './seed-rules';

// The deterministic demo population (units, positions, employees, history) that seed.ts writes.

const rng = seededRandom;

/** Demo data is generated as of this date, so that every machine (and every later day) gets the same people. */
export const DEMO_DATE = '2026-11-01';

export const DEMO_EMPLOYEE_PASSWORDS = (slug: string) => ({
  employee: `lentera-${slug}-pegawai`,
  supervisor: `lentera-${slug}-atasan`,
  unit_admin: `lentera-${slug}-unit`,
});

/** Where the demo logins work: the supervisor heads a bidang of Diskominfo, the employee works in it. */
const DEMO_ROLES: Record<DemoRole, { unit: string; head: boolean }> = {
  employee: { unit: 'DISKOMINFO-B1', head: false },
  supervisor: { unit: 'DISKOMINFO-B1', head: true },
  unit_admin: { unit: 'DISKOMINFO-SEK', head: false },
};

interface Generated {
  units: UnitsTable[];
  positions: PositionsTable[];
  employees: EmployeesTable[];
  history: HistoryTable[];
  demo: Record<DemoRole, EmployeesTable>;
}

/**
 * A realistic population: the unit tree of a kota, positions, employees with valid NIPs that agree with their
 * birth date and sex, a rank that follows from education and service and fits the position held (common's
 * rankFitsPosition), heads of units, and several years of history. `count` employees; `offset` continues a
 * population (for `seed --scale`).
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
      const mk = (
        p: { name: string; kind: string; class: number; level?: string; single?: boolean },
        head: boolean,
      ) => ({
        id: uuidv7(),
        tenant_id: tenantId,
        unit_id: id,
        name: p.name,
        kind: p.kind,
        fungsional_level: p.level ?? null,
        class: p.class,
        quota: head || p.single ? 1 : 0,
        is_head: head ? 1 : 0,
        created_at: now,
      });
      positions.push(mk(t.head, true));
      for (const s of t.staff) positions.push(mk(s, false));
    }
    units = [...byCode.values()];
  }
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const positionsByUnit = new Map<string, PositionsTable[]>();
  for (const p of positions) positionsByUnit.set(p.unit_id, [...(positionsByUnit.get(p.unit_id) ?? []), p]);
  // A unit's own posts (teachers in a school, nurses in a puskesmas) are drawn more often than the common ones.
  const ownPosts = new Map(templates.map((t) => [t.code, new Set(t.staff.slice(8).map((s) => s.name))]));
  const filledSingles = new Set(existingUnits ? positions.filter((p) => p.quota === 1).map((p) => p.id) : []);
  const weights = templates.filter((t) => unitByCode.has(t.code)).map((t) => ({ t, w: t.weight }));
  const totalWeight = weights.reduce((a, b) => a + b.w, 0);
  const employees: EmployeesTable[] = [];
  const history: HistoryTable[] = [];
  const serials = new Map<string, number>();
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  const headsToFill = offset === 0 ? templates.map((t) => t.code) : [];
  const pinned = offset === 0 ? (DEMO_PEOPLE[slug] ?? DEMO_PEOPLE.dumai!) : undefined;
  // The demo logins' people are placed first after the heads, so that their units always have them.
  const staffToPlace: DemoRole[] = pinned ? ['employee', 'unit_admin'] : [];
  // Their NIPs are taken: a drawn NIP with the same birth date, start and sex gets the next serial.
  for (const person of Object.values(pinned ?? {})) serials.set(person.nip.slice(0, 15), 1);

  const staffPost = staffPostPicker({
    positionsByUnit,
    filledSingles,
    ownPostsOf: (unitId) => ownPosts.get(unitById.get(unitId)?.code ?? ''),
    random,
  });

  for (let i = 0; i < count; i++) {
    const headOf = i < headsToFill.length ? headsToFill[i]! : null;
    const demoRole: DemoRole | undefined = headOf
      ? (Object.keys(DEMO_ROLES) as DemoRole[]).find(
          (r) => DEMO_ROLES[r].head && DEMO_ROLES[r].unit === headOf && pinned,
        )
      : staffToPlace[i - headsToFill.length];
    const person: DemoPerson | undefined = demoRole ? pinned?.[demoRole] : undefined;
    let template = templates[0]!;
    if (headOf) template = templates.find((t) => t.code === headOf)!;
    else if (demoRole) template = templates.find((t) => t.code === DEMO_ROLES[demoRole].unit)!;
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
    const head = headOf ? positionsByUnit.get(unit.id)!.find((p) => p.is_head === 1)! : undefined;
    const male = person ? person.nip[14] === '1' : random() < 0.52;
    const status = headOf || person ? 'PNS' : random() < 0.05 ? 'CPNS' : random() < 0.22 ? 'PPPK' : 'PNS';
    const education =
      person?.education ??
      (headOf ? pick(['S1', 'S2', 'S2']) : pick(['SMA', 'SMA', 'D3', 'D3', 'S1', 'S1', 'S1', 'S2']));
    const age = headOf
      ? between(head?.kind === 'pengawas' ? 38 : 44, 57)
      : status === 'CPNS'
        ? between(23, 32)
        : between(24, 57);
    const birthDate = person
      ? `${person.nip.slice(0, 4)}-${person.nip.slice(4, 6)}-${person.nip.slice(6, 8)}`
      : `${ty - age}-${pad(between(1, 12))}-${pad(between(1, 28))}`;
    const birthYear = Number(birthDate.slice(0, 4));
    let serviceStartYear: number;
    let serviceStartMonth: number;
    let nipMiddle: string;
    if (person) {
      serviceStartYear = Number(person.nip.slice(8, 12));
      serviceStartMonth = Number(person.nip.slice(12, 14));
      nipMiddle = person.nip.slice(8, 14);
    } else if (status === 'PPPK') {
      serviceStartYear = between(Math.max(2021, birthYear + 19), ty - (tm < 3 ? 1 : 0));
      serviceStartMonth = 3;
      nipMiddle = `${serviceStartYear}2${between(1, 3)}`;
    } else if (status === 'CPNS') {
      serviceStartYear = ty - (tm < 6 ? 1 : 0);
      serviceStartMonth = tm < 6 ? 6 : 3;
      nipMiddle = `${serviceStartYear}${pad(serviceStartMonth)}`;
    } else {
      const startAge = Math.min(ty - birthYear - 1, between(22, 33));
      serviceStartYear = Math.min(ty - 2, birthYear + startAge);
      serviceStartMonth = pick([1, 3, 4, 12]);
      nipMiddle = `${serviceStartYear}${pad(serviceStartMonth)}`;
    }
    const sexDigit = male ? '1' : '2';
    const prefix = `${birthDate.replace(/-/g, '')}${nipMiddle}${sexDigit}`;
    let nip: string;
    if (person) nip = person.nip;
    else {
      const serial = (serials.get(prefix) ?? offset % 900) + 1;
      serials.set(prefix, serial);
      nip = `${prefix}${pad(serial, 3)}`;
    }
    const first = male ? pick(MALE_NAMES) : pick(FEMALE_NAMES);
    const name = person?.name ?? (random() < 0.15 ? first : `${first} ${pick(FAMILY_NAMES)}`);
    const drawnTitle = pick(BACK_TITLES[education] ?? ['']) || null;
    const serviceStart = `${serviceStartYear}-${pad(serviceStartMonth)}-01`;
    const years = ty - serviceStartYear;
    const startRank = START_RANK[education] ?? 8;
    // Regular promotion every four years up to the education's ceiling (a head's post lifts it, up to IV/d); the
    // post held bounds it too (a pelaksana stays at III/b).
    const ceiling = head ? 16 : (REGULAR_CEILING[education] ?? 12);
    const natural = status === 'CPNS' ? startRank : Math.min(startRank + Math.floor(years / 4), ceiling);
    let position: PositionsTable;
    let rankLevel: number;
    if (head) {
      position = head;
      const [lo, hi] = levelsOf(head, 'PNS') ?? [natural, natural];
      rankLevel = Math.min(Math.max(natural, lo), hi);
    } else {
      const pppkLevel = pppkGradeByCode(PPPK_GRADE[education] ?? 'IX')!.level;
      const post =
        status === 'PPPK'
          ? staffPost(unit.id, status, education, pppkLevel, pppkLevel, male)
          : staffPost(unit.id, status, education, natural, startRank, male);
      position = post?.position ?? positionsByUnit.get(unit.id)!.find((p) => p.kind === 'pelaksana')!;
      rankLevel = status === 'PPPK' ? pppkLevel : (post?.level ?? Math.min(natural, 10));
      if (position.quota === 1) filledSingles.add(position.id);
    }
    // A diploma's title names the profession where the post does: nurses A.Md.Kep., midwives A.Md.Keb.
    const backTitle = person
      ? person.backTitle
      : education === 'D3'
        ? position.name.startsWith('Perawat ')
          ? 'A.Md.Kep.'
          : position.name.startsWith('Bidan ')
            ? 'A.Md.Keb.'
            : 'A.Md.'
        : drawnTitle;
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
      // The first post: the same functional family at the level of the starting rank, else any that fits it.
      const fitsStart = (p: PositionsTable) => {
        const range = levelsOf(p, 'CPNS');
        return !!range && range[0] <= startRank && range[1] >= startRank && educationAllows(p, education) && !p.is_head;
      };
      const unitPosts = positionsByUnit.get(unit.id) ?? [];
      const firstPosition = fitsStart(position)
        ? position
        : (unitPosts.find((p) => fitsStart(p) && familyOf(p) === familyOf(position) && p.quota !== 1) ??
          unitPosts.find((p) => fitsStart(p) && p.quota !== 1) ??
          position);
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
        // Promotions every four years, closer together where a head post asked for a rank sooner.
        const steps = rankLevel - startRank;
        const every = steps > 0 ? Math.max(1, Math.min(4, Math.floor((ty - 1 - serviceStartYear) / steps))) : 4;
        const lowestOfPost = levelsOf(position, 'PNS')?.[0] ?? 0;
        for (let level = startRank + 1; level <= rankLevel; level++) {
          const year = Math.min(ty - 1, serviceStartYear + (level - startRank) * every);
          const tmt = `${year}-${pick(['04', '10'])}-01`;
          entries.push(
            entry({ golongan: GOLONGAN_CODES[level - 1]! }, tmt, `823.3/${between(100, 999)}/BKPSDM/${year}`),
          );
          // Rising a level of a functional post comes with the rank that the level needs.
          if (!head && firstPosition !== position && level === lowestOfPost)
            entries.push(
              entry({ position_id: position.id, unit_id: unit.id }, tmt, `800.1.3/${between(100, 999)}/BKPSDM/${year}`),
            );
        }
        if (!head && firstPosition !== position && lowestOfPost <= startRank) {
          const year = Math.min(ty - 1, serviceStartYear + 2);
          entries.push(
            entry(
              { position_id: position.id, unit_id: unit.id },
              `${year}-07-01`,
              `800.1.3/${between(100, 999)}/BKPSDM/${year}`,
            ),
          );
        }
        if (head) {
          // The decree is numbered in the year it takes effect (its TMT), as every other entry's.
          const year = Math.min(ty - 1, Math.max(serviceStartYear + 8, ty - between(1, 5)));
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
    const currentUnit = unitById.get(state.unitId ?? '')!;
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
      education_major: person?.major ?? pick(MAJORS[education] ?? ['-']),
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
  if (offset === 0) {
    // The heads of the units at the top (the Sekretariat DPRD, the Inspektorat, every dinas, badan and kecamatan)
    // answer to the Sekretaris Daerah: an explicit line, since their units do not hang under the Sekretariat Daerah.
    const heads = new Set(positions.filter((p) => p.is_head === 1).map((p) => p.id));
    const setda = unitByCode.get('SETDA');
    const sekda = employees.find((e) => e.unit_id === setda?.id && heads.has(e.position_id ?? ''));
    for (const e of employees) {
      const unit = unitById.get(e.unit_id ?? '');
      if (sekda && e !== sekda && unit && unit.parent_id === null && heads.has(e.position_id ?? ''))
        e.superior_override_id = sekda.id;
    }
  }
  const findDemo = (role: DemoRole) => employees.find((e) => e.nip === pinned?.[role].nip)!;
  return {
    units: existingUnits ? [] : units,
    positions: existingUnits ? [] : positions,
    employees,
    history,
    demo: pinned
      ? { employee: findDemo('employee'), supervisor: findDemo('supervisor'), unit_admin: findDemo('unit_admin') }
      : ({} as Generated['demo']),
  };
}

/** Employees per demo city (300–800): the larger cities, with more kecamatan, have more. */
const HEADCOUNT: Record<string, number> = { dumai: 480, kupang: 560, serang: 520, palembang: 760, medan: 790 };

export function demoHeadcount(slug: string): number {
  return HEADCOUNT[slug] ?? 300 + Math.floor(rng(`count:${slug}`)() * 501);
}
