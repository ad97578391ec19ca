import { z } from 'zod';
import { pageQuerySchema } from '../http/errors';
import { EDUCATION_LEVELS, EMPLOYEE_SORTS, EMPLOYEE_STATUSES, EMPLOYMENT_STATES, SEXES, UNIT_TYPES } from './constants';
import { GOLONGAN_CODES, JABATAN_KIND_CODES, PPPK_GRADE_CODES } from './ranks';

export {
  EDUCATION_LEVELS,
  EMPLOYEE_SORTS,
  EMPLOYEE_STATUSES,
  EMPLOYMENT_STATES,
  SEXES,
  UNIT_TYPES,
  type UnitType,
} from './constants';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const id = z.string().min(1).max(64);
const optionalText = (max: number) => z.string().trim().max(max).optional().nullable();

/** Rank: a PNS golongan such as III/a, or a PPPK grade such as IX. */
export const rankSchema = z.enum([...GOLONGAN_CODES, ...PPPK_GRADE_CODES] as [string, ...string[]]);

export const unitCreateSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, hyphen or underscore'),
  name: z.string().trim().min(2).max(200),
  type: z.enum(UNIT_TYPES),
  parentId: id.nullable(),
  openedOn: isoDate.optional(),
});
export const unitUpdateSchema = z.object({
  code: unitCreateSchema.shape.code.optional(),
  name: unitCreateSchema.shape.name.optional(),
  type: z.enum(UNIT_TYPES).optional(),
});
export const unitMoveSchema = z.object({ parentId: id, effectiveOn: isoDate });
export const unitCloseSchema = z.object({ closedOn: isoDate });

export const unitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.string(),
  parentId: z.string().nullable(),
  path: z.array(z.string()),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  head: z.object({ employeeId: z.string().nullable(), name: z.string().nullable(), position: z.string() }).nullable(),
  /** Active employees in the unit itself. */
  headcount: z.number().int(),
  /** Active employees in the unit and all its sub-units. */
  headcountTotal: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;

export const positionCreateSchema = z.object({
  unitId: id,
  name: z.string().trim().min(2).max(200),
  kind: z.enum(JABATAN_KIND_CODES),
  fungsionalLevel: z.string().max(30).optional().nullable(),
  class: z.number().int().min(1).max(17),
  quota: z.number().int().min(0).max(10_000),
  isHead: z.boolean().default(false),
});
/** Editing a position: any of its fields but its unit (a position does not move between units). */
export const positionUpdateSchema = positionCreateSchema.omit({ unitId: true }).partial();
export const positionSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  name: z.string(),
  kind: z.string(),
  fungsionalLevel: z.string().nullable(),
  class: z.number().int(),
  quota: z.number().int(),
  isHead: z.boolean(),
  filled: z.number().int(),
});

const personalFields = {
  name: z.string().trim().min(2).max(200),
  frontTitle: optionalText(60),
  backTitle: optionalText(60),
  birthPlace: optionalText(100),
  educationLevel: z.enum(EDUCATION_LEVELS).optional().nullable(),
  educationMajor: optionalText(200),
  email: z.string().trim().toLowerCase().email().max(254).optional().nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, 'a phone number such as 0812 3456 7890')
    .optional()
    .nullable(),
  address: optionalText(500),
  tmtCpns: isoDate.optional().nullable(),
  tmtPns: isoDate.optional().nullable(),
};

export const employeeCreateSchema = z.object({
  nip: z.string().trim().min(1).max(30),
  ...personalFields,
  sex: z.enum(SEXES),
  birthDate: isoDate,
  status: z.enum(EMPLOYEE_STATUSES),
  rank: rankSchema,
  positionId: id,
  tmt: isoDate,
  skNumber: z.string().trim().max(100).optional().nullable(),
  superiorId: id.optional().nullable(),
});
export type EmployeeCreateInput = z.infer<typeof employeeCreateSchema>;

export const employeeUpdateSchema = z
  .object(personalFields)
  .partial()
  .extend({
    superiorId: id.optional().nullable(),
    /** The version read before editing: a save over someone else's change is refused with who and when. */
    version: z.number().int().min(1),
  });
export type EmployeeUpdateInput = z.infer<typeof employeeUpdateSchema>;

/** A dated career change (promotion, transfer, rank, status, leaving), with its decree. */
export const careerEntrySchema = z
  .object({
    tmt: isoDate,
    skNumber: z.string().trim().min(1).max(100),
    skDate: isoDate.optional().nullable(),
    positionId: id.optional().nullable(),
    rank: rankSchema.optional().nullable(),
    status: z.enum(EMPLOYEE_STATUSES).optional().nullable(),
    employment: z.enum(EMPLOYMENT_STATES).optional().nullable(),
    note: optionalText(500),
  })
  .refine((e) => e.positionId || e.rank || e.status || e.employment, {
    message: 'name at least one change: position, rank, status or employment',
    path: ['positionId'],
  });
export type CareerEntryInput = z.infer<typeof careerEntrySchema>;

export const CORRECTABLE_FIELDS = [
  'name',
  'frontTitle',
  'backTitle',
  'birthPlace',
  'educationLevel',
  'educationMajor',
  'email',
  'phone',
  'address',
] as const;
export const correctionRequestSchema = z.object({
  changes: z
    .partialRecord(z.enum(CORRECTABLE_FIELDS), z.string().trim().max(500).nullable())
    .refine((c) => Object.keys(c).length > 0, 'name at least one field to correct'),
  reason: z.string().trim().min(5).max(1000),
});
export const correctionDecisionSchema = z.object({
  decision: z.enum(['approved', 'rejected']),
  note: z.string().trim().max(1000).optional().nullable(),
});

export const employeeListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  unitId: id.optional(),
  includeSubunits: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  positionKind: z.enum(JABATAN_KIND_CODES).optional(),
  rank: z.string().max(6).optional(),
  status: z.enum(EMPLOYEE_STATUSES).optional(),
  employment: z.enum([...EMPLOYMENT_STATES, 'all'] as [string, ...string[]]).default('active'),
  sort: z.enum(EMPLOYEE_SORTS).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type EmployeeListQuery = z.infer<typeof employeeListQuerySchema>;

export const employeeSummarySchema = z.object({
  id: z.string(),
  nip: z.string(),
  name: z.string(),
  displayName: z.string(),
  status: z.string(),
  employment: z.string(),
  rank: z.string().nullable(),
  positionName: z.string().nullable(),
  positionKind: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
});
export type EmployeeSummary = z.infer<typeof employeeSummarySchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  tmt: z.string(),
  skNumber: z.string().nullable(),
  skDate: z.string().nullable(),
  positionId: z.string().nullable(),
  positionName: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  rank: z.string().nullable(),
  status: z.string().nullable(),
  employment: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
});

export const employeeDetailSchema = employeeSummarySchema.extend({
  frontTitle: z.string().nullable(),
  backTitle: z.string().nullable(),
  sex: z.string(),
  birthDate: z.string(),
  birthPlace: z.string().nullable(),
  age: z.number().int(),
  educationLevel: z.string().nullable(),
  educationMajor: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  photoUrl: z.string().nullable(),
  tmtCpns: z.string().nullable(),
  tmtPns: z.string().nullable(),
  yearsOfService: z.number().int().nullable(),
  superior: z.object({ id: z.string(), name: z.string(), positionName: z.string().nullable() }).nullable(),
  superiorOverride: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  history: z.array(historyEntrySchema),
});
export type EmployeeDetail = z.infer<typeof employeeDetailSchema>;

/** The directory view any employee may see: name, position, unit, nothing private. */
export const directoryEntrySchema = employeeSummarySchema.pick({
  id: true,
  displayName: true,
  positionName: true,
  unitName: true,
});

export const workforceStatsSchema = z.object({
  tenant: z.string(),
  asOf: z.string(),
  total: z.number().int(),
  units: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      type: z.string(),
      parentId: z.string().nullable(),
      headName: z.string().nullable(),
      headPosition: z.string().nullable(),
      headcount: z.number().int(),
    }),
  ),
  byStatus: z.record(z.string(), z.number().int()),
  byRankGroup: z.record(z.string(), z.number().int()),
  byEducation: z.record(z.string(), z.number().int()),
  bySex: z.record(z.string(), z.number().int()),
  byAgeBand: z.record(z.string(), z.number().int()),
});
export type WorkforceStats = z.infer<typeof workforceStatsSchema>;

export const AGE_BANDS = ['<25', '25-34', '35-44', '45-54', '55+'] as const;
export function ageBand(age: number): (typeof AGE_BANDS)[number] {
  if (age < 25) return '<25';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55+';
}

/** Full name with academic titles: "Dr. Siti Rahma, S.E., M.Si." */
export function displayName(e: { name: string; frontTitle?: string | null; backTitle?: string | null }): string {
  const front = e.frontTitle ? `${e.frontTitle} ` : '';
  const back = e.backTitle ? `, ${e.backTitle}` : '';
  return `${front}${e.name}${back}`;
}

/** Whole years between two YYYY-MM-DD dates (age, years of service). */
export function wholeYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
