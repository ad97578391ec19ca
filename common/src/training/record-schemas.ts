import { z } from 'zod';
import { EXTERNAL_STATUSES, NEED_SOURCES, NEED_STATUSES, PLAN_STATUSES } from './rules';
import { registrationViewSchema, topicSchema } from './schemas';

/** The training module's contract, continued: external training, JP compliance, needs and the plan. */

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const id = z.string().min(1).max(64);
const year = z.coerce.number().int().min(2000).max(2100);

// External training

export const externalInputSchema = z.strictObject({
  title: required(200),
  provider: required(200),
  jp: z.number().int().min(1).max(500),
  startedOn: isoDate,
  endedOn: isoDate,
});
export type ExternalInput = z.input<typeof externalInputSchema>;
export const externalDecisionSchema = z.strictObject({
  decision: z.enum(['verified', 'refused']),
  note: text(500).default(''),
});
export const externalViewSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  title: z.string(),
  provider: z.string(),
  jp: z.number(),
  startedOn: z.string(),
  endedOn: z.string(),
  status: z.enum(EXTERNAL_STATUSES),
  evidenceName: z.string(),
  decisionNote: z.string().nullable(),
});
export const externalListQuerySchema = z.strictObject({
  status: z.enum(EXTERNAL_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const externalListSchema = z.object({ items: z.array(externalViewSchema), total: z.number() });

// Compliance

export const complianceQuerySchema = z.strictObject({ year: year.optional() });
export const summarySchema = z.object({
  employees: z.number(),
  met: z.number(),
  below: z.number(),
  percentMet: z.number().nullable(),
  averageJp: z.number().nullable(),
});
export const publicComplianceSchema = z.object({
  year: z.number(),
  minimumJpPns: z.number(),
  minimumJpPppk: z.number(),
  tenant: summarySchema,
  units: z.array(summarySchema.extend({ unitId: z.string(), unitName: z.string() })),
});
export const employeeComplianceSchema = z.object({
  employeeId: z.string(),
  name: z.string(),
  nip: z.string(),
  unitId: z.string().nullable(),
  status: z.string(),
  jp: z.number(),
  minimum: z.number(),
  met: z.boolean(),
  shortfall: z.number(),
  mandatoryMissing: z.array(z.object({ programmeId: z.string(), title: z.string() })),
});
export type EmployeeCompliance = z.infer<typeof employeeComplianceSchema>;
export const complianceListQuerySchema = z.strictObject({
  year: year.optional(),
  unitId: id.optional(),
  below: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  format: z.enum(['json', 'csv']).optional(),
});
export const complianceListSchema = z.object({
  year: z.number(),
  summary: summarySchema,
  items: z.array(employeeComplianceSchema),
  total: z.number(),
});
export const myRecordSchema = z.object({
  year: z.number(),
  compliance: employeeComplianceSchema,
  completed: z.array(
    z.object({ kind: z.enum(['event', 'external']), title: z.string(), jp: z.number(), on: z.string() }),
  ),
  registrations: z.array(registrationViewSchema.extend({ programmeTitle: z.string(), startsOn: z.string() })),
  external: z.array(externalViewSchema),
  needs: z.array(z.object({ topic: topicSchema, reason: z.string(), status: z.enum(NEED_STATUSES) })),
});

// Needs and plan

export const needViewSchema = z.object({
  id: z.string(),
  year: z.number(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  employeeId: z.string().nullable(),
  employeeName: z.string().nullable(),
  source: z.enum(NEED_SOURCES),
  topic: topicSchema,
  reason: z.string(),
  status: z.enum(NEED_STATUSES),
  planItemId: z.string().nullable(),
});
export const needsQuerySchema = z.strictObject({
  year: year.optional(),
  status: z.enum(NEED_STATUSES).optional(),
  unitId: id.optional(),
});
export const needsRefreshSchema = z.strictObject({ year: z.number().int().min(2000).max(2100) });
export const needInputSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  unitId: id.nullable().default(null),
  employeeId: id.nullable().default(null),
  topic: topicSchema,
  reason: required(500),
});
export const needUpdateSchema = z.strictObject({ status: z.enum(['open', 'dismissed']) });
export const planItemInputSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  title: required(200),
  topic: topicSchema,
  programmeId: id.nullable().default(null),
  unitId: id.nullable().default(null),
  targetParticipants: z.number().int().min(1).max(100_000),
  needIds: z.array(id).max(500).default([]),
});
export const planItemUpdateSchema = z.strictObject({
  title: required(200).optional(),
  programmeId: id.nullable().optional(),
  targetParticipants: z.number().int().min(1).max(100_000).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
});
export const planItemViewSchema = z.object({
  id: z.string(),
  year: z.number(),
  title: z.string(),
  topic: topicSchema,
  programmeId: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  targetParticipants: z.number(),
  /** Employees (of the unit, when set) who completed the programme in the year. */
  participants: z.number(),
  progress: z.number(),
  status: z.enum(PLAN_STATUSES),
  needs: z.number(),
});
export const planViewSchema = z.object({ year: z.number(), items: z.array(planItemViewSchema) });
