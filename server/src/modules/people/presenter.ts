import { displayName, type EmployeeDetail, type EmployeeSummary, wholeYearsBetween } from '@lentera/common';
import type { EmployeesTable, HistoryTable } from './repository';

/**
 * Who last changed a record, as a person's display name: the demo seed and jobs wrote the placeholders 'demo' and
 * 'system', which are nobody's name (null: the web then shows the time alone).
 */
export function changedBy(stored: string | null): string | null {
  return stored === null || stored === 'demo' || stored === 'system' ? null : stored;
}

export interface Names {
  units: Map<string, { name: string }>;
  positions: Map<string, { name: string }>;
}

/** The columns a list row needs (lists select only these). */
export const SUMMARY_COLUMNS = [
  'id',
  'nip',
  'name',
  'front_title',
  'back_title',
  'status',
  'employment',
  'golongan',
  'position_id',
  'position_kind',
  'unit_id',
] as const;
export type SummaryRow = Pick<EmployeesTable, (typeof SUMMARY_COLUMNS)[number]>;

/** What lists show: never contact details, birth date or address. */
export function presentSummary(e: SummaryRow, names: Names): EmployeeSummary {
  return {
    id: e.id,
    nip: e.nip,
    name: e.name,
    displayName: displayName({ name: e.name, frontTitle: e.front_title, backTitle: e.back_title }),
    status: e.status,
    employment: e.employment,
    rank: e.golongan,
    positionName: e.position_id ? (names.positions.get(e.position_id)?.name ?? null) : null,
    positionKind: e.position_kind,
    unitId: e.unit_id,
    unitName: e.unit_id ? (names.units.get(e.unit_id)?.name ?? null) : null,
  };
}

export function presentDetail(
  e: EmployeesTable,
  names: Names,
  history: HistoryTable[],
  superior: EmployeesTable | undefined,
  today: string,
): EmployeeDetail {
  const serviceStart = e.tmt_cpns ?? history[0]?.tmt ?? null;
  return {
    ...presentSummary(e, names),
    frontTitle: e.front_title,
    backTitle: e.back_title,
    sex: e.sex,
    birthDate: e.birth_date,
    birthPlace: e.birth_place,
    age: wholeYearsBetween(e.birth_date, today),
    educationLevel: e.education_level,
    educationMajor: e.education_major,
    email: e.email,
    phone: e.phone,
    address: e.address,
    photoUrl: e.photo_url,
    tmtCpns: e.tmt_cpns,
    tmtPns: e.tmt_pns,
    yearsOfService: serviceStart ? Math.max(0, wholeYearsBetween(serviceStart, today)) : null,
    superior: superior
      ? {
          id: superior.id,
          name: displayName({ name: superior.name, frontTitle: superior.front_title, backTitle: superior.back_title }),
          positionName: superior.position_id ? (names.positions.get(superior.position_id)?.name ?? null) : null,
        }
      : null,
    superiorOverride: e.superior_override_id !== null,
    version: e.version,
    updatedAt: e.updated_at,
    updatedBy: changedBy(e.updated_by),
    history: [...history].reverse().map((h) => ({
      id: h.id,
      tmt: h.tmt,
      skNumber: h.sk_number,
      skDate: h.sk_date,
      positionId: h.position_id,
      positionName: h.position_id ? (names.positions.get(h.position_id)?.name ?? null) : null,
      unitId: h.unit_id,
      unitName: h.unit_id ? (names.units.get(h.unit_id)?.name ?? null) : null,
      rank: h.golongan,
      status: h.status,
      employment: h.employment,
      note: h.note,
      recordedAt: h.recorded_at,
      recordedBy: h.recorded_by,
    })),
  };
}
