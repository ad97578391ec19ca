import { z } from 'zod';
import {
  COMPETENCY_TYPES,
  EVENT_STATUSES,
  MANDATORY_GROUPS,
  REGISTRATION_STATUSES,
  TRAINING_MODES,
  TRAINING_TOPICS,
} from './rules';

/**
 * The training module's contract: what each route takes and answers. Inputs are parsed by the server and checked by
 * the web's forms; the answers (`*ViewSchema`) document the routes and type the web's pages.
 */

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const id = z.string().min(1).max(64);
const _year = z.coerce.number().int().min(2000).max(2100);
const score = z.number().int().min(0).max(100);

export const topicSchema = z.enum(TRAINING_TOPICS);
export const registrationStatusSchema = z.enum(REGISTRATION_STATUSES);

// Settings

export const trainingSettingsSchema = z.strictObject({
  minimumJpPns: z.number().int().min(0).max(500),
  minimumJpPppk: z.number().int().min(0).max(500),
  approvalWorkingDays: z.number().int().min(1).max(30),
  complaintNeedThreshold: z.number().int().min(1).max(1000),
});

/**
 * A partial update's fields: each optional and without its default, so that a field left out of a PATCH stays as it
 * is (with the default it would be overwritten: Zod fills a missing field's default also in a partial object).
 */
type WithoutDefaults<T extends z.ZodRawShape> = {
  [K in keyof T]: T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K];
};
function withoutDefaults<T extends z.ZodRawShape>(shape: T): WithoutDefaults<T> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, schema instanceof z.ZodDefault ? schema.unwrap() : schema]),
  ) as WithoutDefaults<T>;
}

// Catalog

export const programmeInputSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,29}$/, '2–30 letters, digits, - or _'),
  title: required(200),
  description: text(4000).default(''),
  topic: topicSchema,
  competencyType: z.enum(COMPETENCY_TYPES),
  mode: z.enum(TRAINING_MODES),
  jp: z.number().int().min(1).max(500),
  provider: required(200),
  /** Groups for whom the programme is mandatory (empty: optional). */
  mandatoryGroups: z.array(z.enum(MANDATORY_GROUPS)).max(4).default([]),
  /** Units (with their sub-units) for whom it is mandatory, such as the counter staff's. */
  mandatoryUnitIds: z.array(id).max(50).default([]),
  /** Post-test pass mark 0–100; null: attendance alone completes. */
  passMark: score.nullable().default(null),
  /** Accounts with the trainer role who run the programme's events. */
  trainerAccountIds: z.array(id).max(20).default([]),
});
export type ProgrammeInput = z.input<typeof programmeInputSchema>;
export const programmeUpdateSchema = z
  .object(withoutDefaults(programmeInputSchema.omit({ code: true }).shape))
  .partial()
  .extend({ active: z.boolean().optional() })
  .strict();

export const programmeViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  topic: topicSchema,
  competencyType: z.enum(COMPETENCY_TYPES),
  mode: z.enum(TRAINING_MODES),
  jp: z.number(),
  provider: z.string(),
  mandatoryGroups: z.array(z.enum(MANDATORY_GROUPS)),
  mandatoryUnitIds: z.array(z.string()),
  passMark: z.number().nullable(),
  trainerAccountIds: z.array(z.string()),
  active: z.boolean(),
});
export type ProgrammeView = z.infer<typeof programmeViewSchema>;
export const programmeListQuerySchema = z.strictObject({
  q: text(100).optional(),
  topic: topicSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const programmeListSchema = z.object({ items: z.array(programmeViewSchema), total: z.number() });

// Events

export const eligibilitySchema = z.strictObject({
  /** Units (with their sub-units) whose employees may register; empty: every unit. */
  unitIds: z.array(id).max(50).default([]),
  /** Employment statuses that may register; empty: all. */
  statuses: z
    .array(z.enum(['CPNS', 'PNS', 'PPPK']))
    .max(3)
    .default([]),
});

export const eventInputSchema = z.strictObject({
  programmeId: id,
  startsOn: isoDate,
  endsOn: isoDate,
  place: text(300).default(''),
  link: z.union([z.url({ protocol: /^https?$/ }).max(500), z.literal('')]).default(''),
  capacity: z.number().int().min(1).max(5000),
  trainerAccountIds: z.array(id).max(20).default([]),
  eligibility: eligibilitySchema.default({ unitIds: [], statuses: [] }),
  /** Whether a pre-test is given (the gain per event); the post-test comes with the programme's pass mark. */
  preTest: z.boolean().default(false),
});
export type EventInput = z.input<typeof eventInputSchema>;
export const eventUpdateSchema = z
  .object(withoutDefaults(eventInputSchema.omit({ programmeId: true }).shape))
  .partial()
  .extend({ cancelled: z.literal(true).optional() })
  .strict();

export const eventViewSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  programmeTitle: z.string(),
  topic: topicSchema,
  jp: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string(),
  link: z.string(),
  capacity: z.number(),
  seated: z.number(),
  waiting: z.number(),
  trainerAccountIds: z.array(z.string()),
  eligibility: z.object({ unitIds: z.array(z.string()), statuses: z.array(z.string()) }),
  preTest: z.boolean(),
  passMark: z.number().nullable(),
  status: z.enum(EVENT_STATUSES),
});
export type EventView = z.infer<typeof eventViewSchema>;
export const eventListQuerySchema = z.strictObject({
  programmeId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** `open`: scheduled events not started yet (the catalog an employee registers from). */
  state: z.enum(['open', 'all']).default('all'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const eventListSchema = z.object({ items: z.array(eventViewSchema), total: z.number() });

export const registrationViewSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  nip: z.string(),
  status: registrationStatusSchema,
  source: z.enum(['self', 'assigned']),
  approvalDueAt: z.string().nullable(),
  attended: z.boolean(),
  attendanceMethod: z.enum(['qr', 'list']).nullable(),
  preScore: z.number().nullable(),
  postScore: z.number().nullable(),
  jpCredited: z.number(),
  certificateId: z.string().nullable(),
  certificateCode: z.string().nullable(),
});
export type RegistrationView = z.infer<typeof registrationViewSchema>;

export const eventDetailSchema = eventViewSchema.extend({
  registrations: z.array(registrationViewSchema),
  attendance: z.object({ attended: z.number(), completed: z.number() }),
  feedback: z.object({
    responses: z.number(),
    eventRating: z.number().nullable(),
    trainerRating: z.number().nullable(),
  }),
  gain: z
    .object({ participants: z.number(), preAverage: z.number(), postAverage: z.number(), gain: z.number() })
    .nullable(),
});

export const registerInputSchema = z.strictObject({ eventId: id });
export const assignInputSchema = z.strictObject({ employeeIds: z.array(id).min(1).max(200) });
export const assignResultSchema = z.object({
  assigned: z.array(z.string()),
  skipped: z.array(z.object({ employeeId: z.string(), code: z.string() })),
});
export const decisionInputSchema = z.strictObject({
  decision: z.enum(['approve', 'decline']),
  note: text(500).default(''),
});

// Attendance

/** The code an attendee's phone shows (rendered as a QR): `TR1.<registration id>.<signature>`. */
export const attendanceCodeSchema = z.string().trim().min(1).max(200);
export const attendanceCheckInSchema = z.strictObject({
  code: attendanceCodeSchema,
  /** When the trainer's phone scanned it (offline scans are synced later); now when absent. */
  scannedAt: z.iso.datetime().optional(),
});
export const attendanceCheckInResultSchema = z.object({
  registrationId: z.string(),
  employeeName: z.string(),
  /** false when the attendee was already checked in (the scan is idempotent). */
  newlyCheckedIn: z.boolean(),
});
export const attendanceCheckInBatchSchema = z.strictObject({
  scans: z.array(attendanceCheckInSchema).min(1).max(500),
});
export const ATTENDANCE_SCAN_OUTCOMES = [
  'checked_in',
  'already',
  'invalid',
  'other_event',
  'not_confirmed',
  'event_closed',
] as const;
export const attendanceCheckInBatchResultSchema = z.object({
  results: z.array(
    z.object({ code: z.string(), outcome: z.enum(ATTENDANCE_SCAN_OUTCOMES), registrationId: z.string().nullable() }),
  ),
});
export const attendanceListInputSchema = z.strictObject({
  entries: z
    .array(z.strictObject({ registrationId: id, attended: z.boolean() }))
    .min(1)
    .max(1000),
});
export const scoresInputSchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        registrationId: id,
        preScore: score.nullable().optional(),
        postScore: score.nullable().optional(),
      }),
    )
    .min(1)
    .max(1000),
});
export const completionResultSchema = z.object({ completed: z.number(), notCompleted: z.number() });
export const attendanceCodeViewSchema = z.object({ registrationId: z.string(), code: z.string() });

// Certificates and feedback

export const certificateVerificationSchema = z.object({
  code: z.string(),
  name: z.string(),
  programme: z.string(),
  jp: z.number(),
  completedOn: z.string(),
});
export const revokeInputSchema = z.strictObject({ reason: required(500) });
export const feedbackInputSchema = z.strictObject({
  eventRating: z.number().int().min(1).max(5),
  trainerRating: z.number().int().min(1).max(5),
  comment: text(2000).default(''),
});
