import type { EventView, ProgrammeView, RegistrationView } from '@lentera/common';
import type { PersonRef } from '../people/index';
import type { CertificateRow, EventRow, ExternalRow, ProgrammeRow, RegistrationRow } from './repository/tables';
import { parseList } from './support';

// Stored rows never reach the API as they are: each view names what it shows.

export function programmeView(row: ProgrammeRow): ProgrammeView {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    topic: row.topic as ProgrammeView['topic'],
    competencyType: row.competency_type as ProgrammeView['competencyType'],
    mode: row.mode as ProgrammeView['mode'],
    jp: row.jp,
    provider: row.provider,
    mandatoryGroups: parseList(row.mandatory_groups) as ProgrammeView['mandatoryGroups'],
    mandatoryUnitIds: parseList(row.mandatory_unit_ids),
    passMark: row.pass_mark,
    trainerAccountIds: parseList(row.trainer_account_ids),
    active: row.active === 1,
  };
}

export function eligibilityOf(row: EventRow): { unitIds: string[]; statuses: string[] } {
  const value = JSON.parse(row.eligibility) as { unitIds?: string[]; statuses?: string[] };
  return { unitIds: value.unitIds ?? [], statuses: value.statuses ?? [] };
}

export function eventView(
  row: EventRow,
  programme: ProgrammeRow,
  occupancy: { seated: number; waiting: number } = { seated: 0, waiting: 0 },
): EventView {
  return {
    id: row.id,
    programmeId: row.programme_id,
    programmeTitle: programme.title,
    topic: programme.topic as EventView['topic'],
    jp: programme.jp,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    place: row.place,
    link: row.link,
    capacity: row.capacity,
    seated: occupancy.seated,
    waiting: occupancy.waiting,
    trainerAccountIds: parseList(row.trainer_account_ids),
    eligibility: eligibilityOf(row),
    preTest: row.pre_test === 1,
    passMark: programme.pass_mark,
    status: row.status as EventView['status'],
  };
}

export function registrationView(
  row: RegistrationRow,
  person: Pick<PersonRef, 'displayName' | 'nip'> | undefined,
  certificate?: CertificateRow,
): RegistrationView {
  const valid = certificate && !certificate.revoked_at ? certificate : undefined;
  return {
    id: row.id,
    eventId: row.event_id,
    employeeId: row.employee_id,
    employeeName: person?.displayName ?? '',
    nip: person?.nip ?? '',
    status: row.status as RegistrationView['status'],
    source: row.source as RegistrationView['source'],
    approvalDueAt: row.approval_due_at,
    attended: row.attended_at !== null,
    attendanceMethod: row.attendance_method as RegistrationView['attendanceMethod'],
    preScore: row.pre_score,
    postScore: row.post_score,
    jpCredited: row.jp_credited,
    certificateId: valid?.id ?? null,
    certificateCode: valid?.code ?? null,
  };
}

export function externalView(row: ExternalRow, employeeName: string) {
  return {
    id: row.id,
    employeeId: row.employee_id,
    employeeName,
    title: row.title,
    provider: row.provider,
    jp: row.jp,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    status: row.status as 'submitted' | 'verified' | 'refused',
    evidenceName: row.evidence_name,
    decisionNote: row.decision_note,
  };
}
