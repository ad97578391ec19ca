import { z } from 'zod';
import { BERAKHLAK, ORG_PREDIKATS, PERIOD_KINDS, PREDIKATS, RATINGS } from './rules';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

export const performanceRatingSchema = z.enum(RATINGS);
export const predikatSchema = z.enum(PREDIKATS);
export const orgPredikatSchema = z.enum(ORG_PREDIKATS);
export const periodKindSchema = z.enum(PERIOD_KINDS);
export const berakhlakSchema = z.enum(BERAKHLAK);
export const skpYearSchema = z.coerce.number().int().min(2000).max(2100);

// Settings and years

export const performanceSettingsSchema = z.object({
  periodKind: periodKindSchema,
  /** Working days after a period ends to submit its report (default 5). */
  submissionWorkingDays: z.number().int().min(0).max(30),
  /** Working days the appraiser has to review a submitted report (default 5). */
  reviewWorkingDays: z.number().int().min(0).max(30),
});
export type PerformanceSettings = z.infer<typeof performanceSettingsSchema>;

export const performanceYearSchema = z.object({
  year: z.number(),
  status: z.enum(['open', 'closed']),
  periodKind: periodKindSchema,
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  periods: z.array(
    z.object({
      index: z.number(),
      label: z.string(),
      start: z.string(),
      end: z.string(),
      dueDate: z.string(),
      state: z.enum(['future', 'running', 'ended']),
    }),
  ),
});
export type PerformanceYear = z.infer<typeof performanceYearSchema>;

// The SKP plan

export const indicatorAspectSchema = z.enum(['kuantitas', 'kualitas', 'waktu', 'biaya']);
export const indicatorInputSchema = z.object({
  id: id.optional(),
  aspect: indicatorAspectSchema,
  text: text(500),
  target: text(200),
});
export const rhkInputSchema = z.object({
  id: id.optional(),
  text: text(1000),
  /** The superior's RHK this one is cascaded from; null only for the top-level results of a unit head. */
  parentRhkId: id.nullable(),
  /** A main result (utama) or an additional one (tambahan). */
  main: z.boolean().default(true),
  indicators: z.array(indicatorInputSchema).min(1).max(10),
});
export const behaviourInputSchema = z.object({
  value: berakhlakSchema,
  /** The superior's special expectation on this value (ekspektasi khusus pimpinan). */
  specialExpectation: z.string().trim().max(1000).nullable().default(null),
});
export const planContentInputSchema = z.object({
  rhk: z.array(rhkInputSchema).min(1).max(30),
  behaviour: z.array(behaviourInputSchema).max(7).default([]),
});
export type PlanContentInput = z.input<typeof planContentInputSchema>;

export const indicatorSchema = indicatorInputSchema.extend({ id });
export const rhkSchema = rhkInputSchema.extend({ id, indicators: z.array(indicatorSchema) });
export const planContentSchema = z.object({
  rhk: z.array(rhkSchema),
  behaviour: z.array(z.object({ value: berakhlakSchema, specialExpectation: z.string().nullable() })),
});
export type PlanContent = z.infer<typeof planContentSchema>;

export const planStatusSchema = z.enum(['draft', 'submitted', 'approved', 'returned']);
export const planVersionSchema = z.object({
  version: z.number(),
  status: planStatusSchema,
  content: planContentSchema,
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  note: z.string().nullable(),
});
export const planSchema = z.object({
  id: z.string(),
  year: z.number(),
  employeeId: z.string(),
  employeeName: z.string(),
  nip: z.string(),
  status: planStatusSchema,
  version: z.number(),
  approvedVersion: z.number().nullable(),
  content: planContentSchema,
  approvedContent: planContentSchema.nullable(),
  versions: z.array(planVersionSchema),
  /** The RHK of the direct superior's plan that this plan may cascade from. */
  superiorRhk: z.array(z.object({ id: z.string(), text: z.string() })),
});
export type Plan = z.infer<typeof planSchema>;

export const planCreateSchema = z.object({ year: skpYearSchema, content: planContentInputSchema });
export const planDecisionSchema = z.object({
  decision: z.enum(['approve', 'return']),
  note: z.string().trim().max(2000).optional(),
  /** Special expectations the superior sets on approval, by BerAKHLAK value. */
  specialExpectations: z.partialRecord(berakhlakSchema, z.string().trim().max(1000)).optional(),
});

// Periodic reports

export const reportEvidenceSchema = z.object({ label: text(200), url: z.url().max(1000) });
export const reportContentInputSchema = z.object({
  realisations: z
    .array(z.object({ indicatorId: id, realisation: text(1000), rating: performanceRatingSchema.optional() }))
    .max(300),
  activities: z.array(z.object({ date: isoDate.optional(), text: text(1000) })).max(200),
  evidence: z.array(reportEvidenceSchema).max(50),
  obstacles: z.string().trim().max(4000).default(''),
  nextSteps: z.string().trim().max(4000).default(''),
});
export type ReportContentInput = z.input<typeof reportContentInputSchema>;
export type ReportContent = z.infer<typeof reportContentInputSchema>;

/** Evidence files on a report (images, PDF; checked by content, image metadata stripped). */
export const EVIDENCE_FILES_MAX = 5;
export const EVIDENCE_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const evidenceFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

export const reportStatusSchema = z.enum(['draft', 'submitted', 'returned', 'approved']);
export const reportRoundSchema = z.object({
  round: z.number(),
  submittedAt: z.string(),
  decision: z.enum(['returned', 'approved']).nullable(),
  feedback: z.string().nullable(),
  hasilKerja: performanceRatingSchema.nullable(),
  perilaku: performanceRatingSchema.nullable(),
  predikat: predikatSchema.nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  content: reportContentInputSchema,
});
export const reportSchema = z.object({
  id: z.string(),
  /** The plan whose approved indicators the report realises (the reviewer reads their texts from it). */
  planId: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  nip: z.string(),
  year: z.number(),
  periodIndex: z.number(),
  periodLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueAt: z.string(),
  status: reportStatusSchema,
  content: reportContentInputSchema,
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  reviewDueAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewLate: z.boolean(),
  hasilKerja: performanceRatingSchema.nullable(),
  perilaku: performanceRatingSchema.nullable(),
  predikat: predikatSchema.nullable(),
  feedback: z.string().nullable(),
  reopenedCount: z.number(),
  rounds: z.array(reportRoundSchema),
});
export type Report = z.infer<typeof reportSchema>;

export const reportSaveSchema = z.object({
  year: skpYearSchema,
  periodIndex: z.number().int().min(1).max(12),
  content: reportContentInputSchema,
});
export const reportReviewSchema = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('approve'),
    feedback: z.string().trim().max(4000).optional(),
    hasilKerja: performanceRatingSchema,
    perilaku: performanceRatingSchema,
  }),
  z.object({ decision: z.literal('return'), feedback: text(4000) }),
]);
export const reportReopenSchema = z.object({ reason: text(1000) });

/** What an appraiser sees next to a report: the complaints about the employee in the period. */
export const reviewContextSchema = z.object({
  complaints: z.object({
    available: z.boolean(),
    items: z.array(z.object({ reference: z.string(), title: z.string(), status: z.string(), filedAt: z.string() })),
  }),
});

export const reviewInboxItemSchema = z.object({
  kind: z.enum(['plan', 'report', 'annual', 'confirm', 'objection']),
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  nip: z.string(),
  label: z.string(),
  submittedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
});

// Annual evaluation

export const annualStatusSchema = z.enum(['rated', 'confirmed', 'acknowledged', 'objected', 'decided']);
export const annualRateSchema = z.object({
  year: skpYearSchema,
  hasilKerja: performanceRatingSchema,
  perilaku: performanceRatingSchema,
  notes: z.string().trim().max(4000).optional(),
});
export const annualObjectionSchema = z.object({ reason: text(4000) });
export const annualObjectionDecisionSchema = z.object({
  decision: z.enum(['upheld', 'rejected']),
  /** When upheld: the corrected ratings. */
  hasilKerja: performanceRatingSchema.optional(),
  perilaku: performanceRatingSchema.optional(),
  note: text(4000),
});
export const distributionWarningSchema = z.object({ code: z.string(), limit: z.number(), actual: z.number() });
export const annualSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  nip: z.string(),
  year: z.number(),
  unitId: z.string().nullable(),
  status: annualStatusSchema,
  hasilKerja: performanceRatingSchema,
  perilaku: performanceRatingSchema,
  predikat: predikatSchema,
  notes: z.string().nullable(),
  ratedAt: z.string(),
  confirmedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  objectionReason: z.string().nullable(),
  objectionDecision: z.string().nullable(),
  objectionNote: z.string().nullable(),
  periodic: z.array(z.object({ periodIndex: z.number(), predikat: predikatSchema.nullable(), status: z.string() })),
  warnings: z.array(distributionWarningSchema),
});
export type Annual = z.infer<typeof annualSchema>;

export const unitPredikatSchema = z.object({ year: skpYearSchema, unitId: id, predikat: orgPredikatSchema });

// Follow-up

export const coachingUpdateSchema = z.object({
  actions: z.array(z.object({ text: text(1000), due: isoDate.optional(), done: z.boolean().default(false) })).max(30),
  mentorId: id.nullable().optional(),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  outcome: z.string().trim().max(4000).nullable().optional(),
  close: z.boolean().optional(),
});
export const disciplineReferralSchema = z.object({ reason: text(4000) });
export const coachingSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  year: z.number(),
  predikat: predikatSchema,
  status: z.enum(['open', 'closed']),
  actions: z.array(z.object({ text: z.string(), due: z.string().optional(), done: z.boolean() })),
  mentorId: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  outcome: z.string().nullable(),
  referredAt: z.string().nullable(),
  referralReason: z.string().nullable(),
});

// Acting appraisers

export const actingCreateSchema = z
  .object({
    /** The absent superior whose subordinates the acting appraiser reviews; or */
    replacesId: id.nullable().default(null),
    /** the unit whose head post is vacant. */
    unitId: id.nullable().default(null),
    actingId: id,
    from: isoDate,
    to: isoDate,
    reason: text(500),
  })
  .refine((v) => (v.replacesId === null) !== (v.unitId === null), {
    message: 'name either the absent superior or the unit',
    path: ['replacesId'],
  });
export const actingSchema = z.object({
  id: z.string(),
  replacesId: z.string().nullable(),
  unitId: z.string().nullable(),
  actingId: z.string(),
  actingName: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
});

// Dashboards and the public page

export const submissionCountsSchema = z.object({
  expected: z.number(),
  onTime: z.number(),
  late: z.number(),
  missing: z.number(),
  reviewedOnTime: z.number(),
  reviewedLate: z.number(),
  awaitingReview: z.number(),
});
export const predikatDistributionSchema = z.object(
  Object.fromEntries(PREDIKATS.map((p) => [p, z.number()])) as Record<(typeof PREDIKATS)[number], z.ZodNumber>,
);
export const unitDashboardRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  employees: z.number(),
  submissions: submissionCountsSchema,
  predikat: predikatDistributionSchema,
});
export const performanceDashboardSchema = z.object({
  year: z.number(),
  periodIndex: z.number().nullable(),
  units: z.array(unitDashboardRowSchema),
  tenant: z.object({ submissions: submissionCountsSchema, predikat: predikatDistributionSchema }),
});
export const teamStatusSchema = z.object({
  year: z.number(),
  periodIndex: z.number(),
  members: z.array(
    z.object({
      employeeId: z.string(),
      employeeName: z.string(),
      nip: z.string(),
      planStatus: planStatusSchema.nullable(),
      reportId: z.string().nullable(),
      reportStatus: reportStatusSchema.nullable(),
      late: z.boolean(),
      predikat: predikatSchema.nullable(),
    }),
  ),
});
export const publishedUnitSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  evaluated: z.number(),
  distributionPercent: predikatDistributionSchema,
  onTimeRate: z.number(),
});
export const publishedPerformanceSchema = z.object({
  tenant: z.string(),
  year: z.number(),
  units: z.array(publishedUnitSchema),
  total: z.object({ evaluated: z.number(), distributionPercent: predikatDistributionSchema, onTimeRate: z.number() }),
});
export type PublishedPerformance = z.infer<typeof publishedPerformanceSchema>;

export const performanceHistorySchema = z.object({
  employeeId: z.string(),
  years: z.array(
    z.object({
      year: z.number(),
      planStatus: planStatusSchema.nullable(),
      annualPredikat: predikatSchema.nullable(),
      annualStatus: annualStatusSchema.nullable(),
      periodic: z.array(z.object({ periodIndex: z.number(), status: z.string(), predikat: predikatSchema.nullable() })),
    }),
  ),
});
