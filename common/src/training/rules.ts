/**
 * Pure rules of training and competency development (DOMAIN.md, "Competency development"): JP against the yearly
 * minimum, seats and the waiting list, completion, the pre/post test gain, certificate codes, and where training
 * needs come from. Used by the server and the browser alike.
 */

export const TRAINING_TOPICS = [
  'good_governance',
  'ethics_integrity',
  'public_service',
  'it',
  'technical',
  'leadership',
] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];
export const COMPETENCY_TYPES = ['managerial', 'socio_cultural', 'technical'] as const;
export const TRAINING_MODES = ['classroom', 'online', 'blended'] as const;
/** Groups a programme can be mandatory for: everyone, new employees (CPNS), PNS, PPPK (and units, apart). */
export const MANDATORY_GROUPS = ['all', 'cpns', 'pns', 'pppk'] as const;
export type MandatoryGroup = (typeof MANDATORY_GROUPS)[number];
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'completed'] as const;
/**
 * pending: waiting for the direct superior; confirmed: has a seat; waitlisted: approved, waiting for a seat;
 * declined by the superior; cancelled by the employee or HR; completed: attended (and passed), JP credited;
 * not_completed: the event closed without attendance or pass.
 */
export const REGISTRATION_STATUSES = [
  'pending',
  'confirmed',
  'waitlisted',
  'declined',
  'cancelled',
  'completed',
  'not_completed',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const EXTERNAL_STATUSES = ['submitted', 'verified', 'refused'] as const;
export const NEED_SOURCES = ['performance', 'complaints', 'manual'] as const;
export const NEED_STATUSES = ['open', 'planned', 'dismissed'] as const;
export const PLAN_STATUSES = ['planned', 'in_progress', 'done'] as const;

/** One JP (jam pelajaran) is 45 minutes. */
export const JP_MINUTES = 45;

export interface TrainingSettings {
  /** JP a year a PNS (and CPNS) must reach: 20 by default. */
  minimumJpPns: number;
  /** JP a year a PPPK must reach: 24 by default. */
  minimumJpPppk: number;
  /** Working days the direct superior has to decide on a registration. */
  approvalWorkingDays: number;
  /** Complaints of a category about a unit in a year from which a training need is suggested. */
  complaintNeedThreshold: number;
}

export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = {
  minimumJpPns: 20,
  minimumJpPppk: 24,
  approvalWorkingDays: 3,
  complaintNeedThreshold: 5,
};

/** Whole JP in a number of minutes (a started lesson hour does not count). */
export function jpFromMinutes(minutes: number): number {
  return Math.max(0, Math.floor(minutes / JP_MINUTES));
}

/** The yearly minimum for an employee by employment status: PPPK its own, PNS and CPNS the PNS figure. */
export function minimumJpFor(status: string, settings: Pick<TrainingSettings, 'minimumJpPns' | 'minimumJpPppk'>) {
  return status === 'PPPK' ? settings.minimumJpPppk : settings.minimumJpPns;
}

export interface JpCompliance {
  jp: number;
  minimum: number;
  met: boolean;
  /** JP still missing to reach the minimum (0 when met). */
  shortfall: number;
}

export function jpCompliance(jp: number, minimum: number): JpCompliance {
  return { jp, minimum, met: jp >= minimum, shortfall: Math.max(0, minimum - jp) };
}

export interface ComplianceSummary {
  employees: number;
  met: number;
  below: number;
  /** Share of employees at or above their minimum, 0–100 with one decimal; null without employees. */
  percentMet: number | null;
  /** Mean JP per employee with one decimal; null without employees. */
  averageJp: number | null;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function summariseCompliance(rows: ReadonlyArray<{ jp: number; minimum: number }>): ComplianceSummary {
  const met = rows.filter((r) => r.jp >= r.minimum).length;
  const total = rows.reduce((sum, r) => sum + r.jp, 0);
  return {
    employees: rows.length,
    met,
    below: rows.length - met,
    percentMet: rows.length ? oneDecimal((met / rows.length) * 100) : null,
    averageJp: rows.length ? oneDecimal(total / rows.length) : null,
  };
}

/** Whether a programme marked mandatory for groups and units applies to an employee (unit path `/a/b/`). */
export function mandatoryApplies(
  programme: { groups: readonly string[]; unitIds: readonly string[] },
  employee: { status: string; unitPath: string | null },
): boolean {
  const status = employee.status.toLowerCase();
  if (programme.groups.includes('all') || programme.groups.includes(status)) return true;
  return programme.unitIds.some((id) => employee.unitPath?.includes(`/${id}/`) ?? false);
}

/** Where a new registration goes: a seat, the waiting list (no longer than the event's capacity), or nowhere. */
export function seatFor(event: { capacity: number; seated: number; waiting: number }): 'seat' | 'waitlist' | 'full' {
  if (event.seated < event.capacity) return 'seat';
  if (event.waiting < event.capacity) return 'waitlist';
  return 'full';
}

/** Completion: attendance, and the post-test pass mark when the programme has one. */
export function isCompleted(input: { attended: boolean; postScore: number | null; passMark: number | null }): boolean {
  if (!input.attended) return false;
  if (input.passMark === null) return true;
  return input.postScore !== null && input.postScore >= input.passMark;
}

export interface TestGain {
  /** Participants with both a pre-test and a post-test score. */
  participants: number;
  preAverage: number;
  postAverage: number;
  /** Mean of post minus pre, in points (0–100 scale). */
  gain: number;
}

/** The learning gain of an event from the pairs of scores; null when no one has both. */
export function testGain(scores: ReadonlyArray<{ pre: number | null; post: number | null }>): TestGain | null {
  const pairs = scores.filter((s): s is { pre: number; post: number } => s.pre !== null && s.post !== null);
  if (!pairs.length) return null;
  const mean = (values: number[]) => oneDecimal(values.reduce((a, b) => a + b, 0) / values.length);
  const preAverage = mean(pairs.map((p) => p.pre));
  const postAverage = mean(pairs.map((p) => p.post));
  return { participants: pairs.length, preAverage, postAverage, gain: mean(pairs.map((p) => p.post - p.pre)) };
}

/** Certificate codes: 12 characters without look-alikes (no 0/O, 1/I/L), shown as XXXX-XXXX-XXXX. */
export const CERTIFICATE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CERTIFICATE_CODE_PATTERN = /^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/;

/** A code as typed (lower case, spaces, without dashes) in its stored form; null when it cannot be one. */
export function normaliseCertificateCode(input: string): string | null {
  const bare = input.toUpperCase().replace(/[\s-]/g, '');
  if (bare.length !== 12) return null;
  const code = `${bare.slice(0, 4)}-${bare.slice(4, 8)}-${bare.slice(8)}`;
  return CERTIFICATE_CODE_PATTERN.test(code) ? code : null;
}

/** The need a complaint category points to: conduct and levies to ethics, everything else to public service. */
export function topicForComplaintCategory(categoryCode: string): TrainingTopic {
  return categoryCode === 'perilaku-asn' || categoryCode === 'pungli' ? 'ethics_integrity' : 'public_service';
}

/**
 * The need a weak annual result points to: work behaviour below expectation to ethics and integrity, results below
 * expectation to technical skills; null when neither is below.
 */
export function topicsForPerformance(result: { hasilKerja: string; perilaku: string }): TrainingTopic[] {
  const topics: TrainingTopic[] = [];
  if (result.perilaku === 'di_bawah') topics.push('ethics_integrity');
  if (result.hasilKerja === 'di_bawah') topics.push('technical');
  return topics;
}
