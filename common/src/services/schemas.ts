import { z } from 'zod';
import {
  DOCUMENT_TYPES,
  FIELD_TYPES,
  MAX_DOCUMENT_BYTES,
  OUTPUT_KINDS,
  REQUEST_STATUSES,
  STANDARD_STATUSES,
} from './rules';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const fieldTypeSchema = z.enum(FIELD_TYPES);
export const requestStatusSchema = z.enum(REQUEST_STATUSES);
export const standardStatusSchema = z.enum(STANDARD_STATUSES);
export const outputKindSchema = z.enum(OUTPUT_KINDS);

/** One field of a service's request form, as the unit admin defines it. */
export const formFieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lowercase letters, digits and _'),
    label: text(120).min(2),
    labelEn: text(120).default(''),
    help: text(300).default(''),
    type: fieldTypeSchema,
    required: z.boolean().default(true),
    /** `choice`: the options, as the citizen reads them. */
    choices: z.array(text(120).min(1)).max(30).default([]),
    /** `text` and `address`: the longest answer. */
    maxLength: z.number().int().min(1).max(2000).default(500),
    /** `number`: the range. */
    min: z.number().nullable().default(null),
    max: z.number().nullable().default(null),
    /** `document`: the allowed types and the largest file. */
    documentTypes: z
      .array(z.enum(DOCUMENT_TYPES))
      .max(DOCUMENT_TYPES.length)
      .default([...DOCUMENT_TYPES]),
    maxBytes: z
      .number()
      .int()
      .min(1024)
      .max(MAX_DOCUMENT_BYTES)
      .default(2 * 1024 * 1024),
  })
  .superRefine((f, issue) => {
    if (f.type === 'choice' && f.choices.length < 2)
      issue.addIssue({ code: 'custom', path: ['choices'], message: 'at least two choices' });
    if (f.type === 'document' && f.documentTypes.length === 0)
      issue.addIssue({ code: 'custom', path: ['documentTypes'], message: 'at least one file type' });
    if (f.min !== null && f.max !== null && f.min > f.max)
      issue.addIssue({ code: 'custom', path: ['max'], message: 'min above max' });
  });
export type FormField = z.output<typeof formFieldSchema>;
export type FormFieldInput = z.input<typeof formFieldSchema>;

export const formSchema = z
  .array(formFieldSchema)
  .max(40)
  .superRefine((fields, issue) => {
    const seen = new Set<string>();
    fields.forEach((f, i) => {
      if (seen.has(f.key)) issue.addIssue({ code: 'custom', path: [i, 'key'], message: 'duplicate key' });
      seen.add(f.key);
    });
  });

/** A service of a unit; its standard is versioned apart. */
export const serviceInputSchema = z.object({
  unitId: z.string().min(1).max(64),
  name: text(160).min(3),
  nameEn: text(160).default(''),
  summary: text(600).default(''),
  active: z.boolean().default(true),
});
export type ServiceInput = z.input<typeof serviceInputSchema>;

/**
 * A version of a service's standard: the six published elements, the eight internal ones, the request form and
 * the letter template, in force from `effectiveFrom`. Elements may be left empty in a draft; a standard missing a
 * published element cannot be approved and flags the service on the admin's list.
 */
export const standardInputSchema = z.object({
  effectiveFrom: isoDate,
  requirements: text(4000).default(''),
  procedure: text(4000).default(''),
  /** Time to complete, in working days; null while not decided. */
  durationDays: z.number().int().min(1).max(365).nullable().default(null),
  /** Integer rupiah; 0 is free (written Rp0); null while not decided. */
  fee: z.number().int().min(0).max(1_000_000_000).nullable().default(null),
  feeBasis: text(300).default(''),
  product: text(1000).default(''),
  complaintHandling: text(2000).default(''),
  legalBasis: text(4000).default(''),
  facilities: text(2000).default(''),
  competence: text(2000).default(''),
  oversight: text(2000).default(''),
  officers: text(300).default(''),
  guarantee: text(2000).default(''),
  safety: text(2000).default(''),
  evaluation: text(2000).default(''),
  form: formSchema.default([]),
  outputKind: outputKindSchema.default('letter'),
  /** The letter generated for `letter` output; `{{key}}` is replaced by the request's answer, `{{code}}` by its code. */
  letterTemplate: text(8000).default(''),
});
export type StandardInput = z.input<typeof standardInputSchema>;
export type StandardValues = z.output<typeof standardInputSchema>;

/** The answers of a request form (documents travel as files beside them), keyed by field. */
export const requestValuesSchema = z.record(z.string().max(40), z.union([z.string().max(2000), z.number()]));

export const submitRequestSchema = z.object({
  /** The version of the standard whose form the citizen filled in. */
  standardId: z.string().min(1).max(64),
  values: requestValuesSchema,
  /** A guest's contact; a signed-in citizen's account is used otherwise. */
  guest: z
    .object({ name: text(120).min(2), email: z.string().trim().email().max(200) })
    .nullable()
    .default(null),
});
export type SubmitRequestInput = z.input<typeof submitRequestSchema>;

export const markIncompleteSchema = z.object({
  /** The fields whose documents are missing or wrong, and what the citizen must do. */
  missing: z.array(z.string().max(40)).max(40).default([]),
  note: text(2000).min(3),
});
export const refuseSchema = z.object({ reason: text(2000).min(3) });
export const paymentSchema = z.object({ receipt: text(80).min(2), amount: z.number().int().min(0).max(1_000_000_000) });
export const requestNoteSchema = z.object({ note: text(2000).default('') });

export const requestListQuerySchema = z.object({
  status: z.union([requestStatusSchema, z.literal('open'), z.literal('overdue')]).optional(),
  serviceId: z.string().max(64).optional(),
  q: text(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const serviceStatsQuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.string().max(64).optional(),
  serviceId: z.string().max(64).optional(),
});
