import { z } from 'zod';
import {
  ELEMENT_CODES,
  RESPONSE_CHANNELS,
  SURVEY_AGE_BANDS,
  SURVEY_EDUCATIONS,
  SURVEY_OCCUPATIONS,
  SURVEY_SEXES,
} from './rules';

/**
 * The surveys module's contract: what each route takes and answers. Inputs are parsed by the server and checked by
 * the web's forms; the answers (`*ViewSchema`) document the routes and type the web's pages.
 */

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const id = z.string().min(1).max(64);
const bilingual = z.object({ id: z.string(), en: z.string() });

/** A survey period: a semester, `2026-S1` (January–June) or `2026-S2`. */
export const periodSchema = z.string().regex(/^\d{4}-S[12]$/, 'YYYY-S1 or YYYY-S2');
/** A service a response is about: its source and id, `services:<id>` (online request) or `queue:<id>` (counter). */
export const serviceKeySchema = z
  .string()
  .regex(/^(services|queue):[A-Za-z0-9_-]{1,64}$/, 'services:<id> or queue:<id>');
export const elementCodeSchema = z.enum(ELEMENT_CODES);
export const channelSchema = z.enum(RESPONSE_CHANNELS);
export const gradeSchema = z.enum(['A', 'B', 'C', 'D']);

const answer = z.number().int().min(1).max(4);
/** The nine answers, each 1–4; all nine are required and nothing else is accepted. */
export const answersSchema = z.strictObject({
  U1: answer,
  U2: answer,
  U3: answer,
  U4: answer,
  U5: answer,
  U6: answer,
  U7: answer,
  U8: answer,
  U9: answer,
});
export const respondentSchema = z.strictObject({
  ageBand: z.enum(SURVEY_AGE_BANDS),
  sex: z.enum(SURVEY_SEXES),
  education: z.enum(SURVEY_EDUCATIONS),
  occupation: z.enum(SURVEY_OCCUPATIONS),
});

/** One response (`POST .../surveys/form/:token`, `/kiosk/:session`, `/open/:unitId/:serviceKey`). */
export const responseInputSchema = z.strictObject({
  answers: answersSchema,
  respondent: respondentSchema,
  comment: text(1000).default(''),
  /** Answers to the tenant's own questions, by question id (never in the IKM). */
  extra: z.record(z.string().max(40), text(500)).default({}),
});
export type ResponseInput = z.input<typeof responseInputSchema>;

/** A paper form entered by staff (`POST /api/t/:slug/surveys/paper`). */
export const paperEntryInputSchema = responseInputSchema.extend({
  unitId: id,
  serviceKey: serviceKeySchema,
  /** The number printed on the form: a number entered twice for the same unit and period is refused. */
  formNumber: text(40).min(1),
  /** The day the form was filled in; its semester is the period. */
  filledOn: isoDate,
});
export type PaperEntryInput = z.input<typeof paperEntryInputSchema>;

/** A kiosk response started by a service officer for a finished ticket or request (`POST .../surveys/kiosk`). */
export const kioskStartInputSchema = z.strictObject({ token: z.string().trim().min(8).max(64) });

/** At most this many of the tenant's own questions are on the forms at once. */
export const EXTRA_QUESTIONS_ACTIVE_MAX = 10;
/** A question the tenant adds to its survey (`POST .../surveys/staff/questions`); never enters the IKM. */
export const extraQuestionInputSchema = z.strictObject({
  textId: text(300).min(3),
  textEn: text(300).default(''),
});
/** A change of a question (`PATCH .../surveys/staff/questions/:id`): its wording, or off and on the forms. */
export const extraQuestionUpdateSchema = z
  .strictObject({
    textId: text(300).min(3).optional(),
    textEn: text(300).optional(),
    active: z.boolean().optional(),
  })
  .refine((change) => Object.keys(change).length > 0, 'nothing to change');

/** Publishing a unit's period (`POST .../surveys/staff/publish`): the report is frozen from then on. */
export const publishInputSchema = z.strictObject({
  unitId: id,
  period: periodSchema,
  /** The unit's analysis of the results, printed in the report. */
  analysis: text(4000).min(10),
});

export const SURVEY_PLAN_STATUSES = ['planned', 'in_progress', 'done'] as const;
export const surveyPlanStatusSchema = z.enum(SURVEY_PLAN_STATUSES);
/** An improvement action (rencana tindak lanjut) for a weak element of a unit's period. */
export const planActionInputSchema = z.strictObject({
  unitId: id,
  period: periodSchema,
  element: elementCodeSchema,
  action: text(1000).min(5),
  owner: text(160).min(2),
  dueDate: isoDate,
  progress: z.number().int().min(0).max(100).default(0),
  status: surveyPlanStatusSchema.default('planned'),
});
export const planActionUpdateSchema = z.strictObject({
  action: text(1000).min(5).optional(),
  owner: text(160).min(2).optional(),
  dueDate: isoDate.optional(),
  progress: z.number().int().min(0).max(100).optional(),
  status: surveyPlanStatusSchema.optional(),
});

/** Visits in a period entered by hand, for a unit whose visits are not all in the queue or online requests. */
export const visitCountInputSchema = z.strictObject({
  unitId: id,
  period: periodSchema,
  visits: z.number().int().min(0).max(100_000_000),
});

export const resultsQuerySchema = z.object({ period: periodSchema.optional(), unitId: id.optional() });
export const staffResultsQuerySchema = z.object({ period: periodSchema, unitId: id });
export const trendsQuerySchema = z.object({ unitId: id });
export const commentsQuerySchema = z.object({
  period: periodSchema,
  unitId: id,
  channel: channelSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

// ---- answers ----

export const nrrSchema = z.object(
  Object.fromEntries(ELEMENT_CODES.map((c) => [c, z.number()])) as Record<(typeof ELEMENT_CODES)[number], z.ZodNumber>,
);
export const byChannelSchema = z.object({
  visit_link: z.number(),
  kiosk: z.number(),
  paper: z.number(),
  public_link: z.number(),
});
/** The index of a group of responses: NRR per element, IKM (1–4), converted index (25–100) and grade. */
export const figuresSchema = z.object({
  respondents: z.number(),
  nrr: nrrSchema,
  ikm: z.number(),
  converted: z.number(),
  grade: gradeSchema,
});
export const planActionViewSchema = z.object({
  id: z.string(),
  period: periodSchema,
  element: elementCodeSchema,
  action: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  progress: z.number(),
  status: surveyPlanStatusSchema,
  updatedAt: z.string(),
});
export const serviceFiguresSchema = figuresSchema.extend({ serviceKey: z.string(), serviceName: z.string() });
/**
 * One unit's figures for a period. The IKM counts the verified channels (visit link, kiosk, paper); responses by
 * the open public link are counted in `byChannel` and reported apart in `publicLink`.
 */
export const unitResultsSchema = figuresSchema.extend({
  unitId: z.string(),
  unitName: z.string(),
  byChannel: byChannelSchema,
  services: z.array(serviceFiguresSchema),
  /** The unverified open-link responses, apart; null when none. */
  publicLink: figuresSchema.nullable(),
  /** The unit's report for the period is published (figures frozen as they were). */
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  /** The published report's PDF, when published. */
  reportPdf: z.string().nullable(),
  /** The unit's previous period, to show whether each element improved; null when it had no responses. */
  previous: figuresSchema.extend({ period: periodSchema }).nullable(),
  /** Improvement actions for this period's weak elements. */
  plan: z.array(planActionViewSchema),
});
/** `GET /api/t/:slug/surveys/results` — the public contract. Units with no verified response are left out. */
export const resultsViewSchema = z.object({
  period: periodSchema,
  /** Every unit in the answer is from a published, frozen report. */
  published: z.boolean(),
  /** Periods with a published report, newest first (for choosing). */
  periods: z.array(periodSchema),
  units: z.array(unitResultsSchema),
});

/** A survey form as the respondent sees it (`GET .../form/:token`, `/kiosk/:session`, `/open/:unitId/:serviceKey`). */
export const surveyFormViewSchema = z.object({
  unitName: z.string(),
  serviceName: z.string(),
  period: periodSchema,
  channel: channelSchema,
  /** Until when the link answers; null for the open public link. */
  expiresAt: z.string().nullable(),
  extraQuestions: z.array(z.object({ id: z.string(), text: bilingual })),
});
export const kioskSessionViewSchema = z.object({ session: z.string(), form: surveyFormViewSchema });

const counts = z.record(z.string(), z.number());
/** `GET .../surveys/staff/results?period&unitId`: the unit's figures with details for its staff. */
export const staffResultsViewSchema = z.object({
  period: periodSchema,
  unit: unitResultsSchema,
  /** Verified respondents by detail (age band, sex, education, occupation), code → count. */
  respondentsBy: z.object({ ageBand: counts, sex: counts, education: counts, occupation: counts }),
  /** The sample-size check against the visits in the period. */
  sample: z.object({
    /** Finished visits from the queue and online requests in the period. */
    visitsFromDoors: z.number(),
    /** Visits entered by hand for the period, if any (then used as the population). */
    visitsEntered: z.number().nullable(),
    population: z.number(),
    /** Krejcie–Morgan minimum sample for the population. */
    minimum: z.number(),
    respondents: z.number(),
    met: z.boolean(),
  }),
  /** Elements from weakest to strongest by NRR (the improvement plan starts from the first). */
  weakest: z.array(elementCodeSchema),
  /** Figures as computed now from the stored answers, when the report is published (to compare with the frozen). */
  live: figuresSchema.nullable(),
});
export const commentRowSchema = z.object({
  day: z.string(),
  serviceName: z.string(),
  channel: channelSchema,
  comment: z.string(),
  extra: z.record(z.string(), z.string()),
});
export const commentsViewSchema = z.object({
  rows: z.array(commentRowSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const trendsViewSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  periods: z.array(figuresSchema.extend({ period: periodSchema, published: z.boolean(), byChannel: byChannelSchema })),
});
/** Units and their services the signed-in staff may enter or publish for (and the public may answer by open link). */
export const surveyUnitsViewSchema = z.array(
  z.object({
    unitId: z.string(),
    unitName: z.string(),
    services: z.array(z.object({ serviceKey: z.string(), serviceName: z.string() })),
  }),
);
/** The questions as the forms show them (`GET .../surveys/questions`: the active ones). */
export const extraQuestionsViewSchema = z.array(z.object({ id: z.string(), text: bilingual }));
/** A question as its administrator sees it, deactivated ones included (`GET .../surveys/staff/questions`). */
export const extraQuestionAdminViewSchema = z.object({
  id: z.string(),
  textId: z.string(),
  textEn: z.string(),
  active: z.boolean(),
  position: z.number(),
});
export const extraQuestionsAdminViewSchema = z.array(extraQuestionAdminViewSchema);
export const publishViewSchema = z.object({
  reportId: z.string(),
  period: periodSchema,
  unitId: z.string(),
  publishedAt: z.string(),
  digest: z.string(),
  reportPdf: z.string(),
});

export type SurveyFormView = z.infer<typeof surveyFormViewSchema>;
export type KioskSessionView = z.infer<typeof kioskSessionViewSchema>;
export type SurveyFigures = z.infer<typeof figuresSchema>;
export type UnitResults = z.infer<typeof unitResultsSchema>;
export type ResultsView = z.infer<typeof resultsViewSchema>;
export type StaffResultsView = z.infer<typeof staffResultsViewSchema>;
export type CommentsView = z.infer<typeof commentsViewSchema>;
export type TrendsView = z.infer<typeof trendsViewSchema>;
export type SurveyUnitsView = z.infer<typeof surveyUnitsViewSchema>;
export type PlanActionView = z.infer<typeof planActionViewSchema>;
export type SurveyPlanStatus = (typeof SURVEY_PLAN_STATUSES)[number];
export type PublishView = z.infer<typeof publishViewSchema>;
export type PlanActionInput = z.input<typeof planActionInputSchema>;
export type PublishInput = z.input<typeof publishInputSchema>;
export type ExtraQuestionInput = z.input<typeof extraQuestionInputSchema>;
export type ExtraQuestionUpdate = z.input<typeof extraQuestionUpdateSchema>;
export type ExtraQuestionAdminView = z.infer<typeof extraQuestionAdminViewSchema>;
