// Kept apart from the zod schemas: the web's first load needs these lists (its routes' search parameters),
// not zod (see bench/README.md, "First-load budget").

export const UNIT_TYPES = [
  'sekretariat_daerah',
  'sekretariat',
  'dinas',
  'badan',
  'inspektorat',
  'kecamatan',
  'kelurahan',
  'upt',
  'bagian',
  'bidang',
  'seksi',
  'subbagian',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const EMPLOYEE_STATUSES = ['CPNS', 'PNS', 'PPPK'] as const;
export const EMPLOYMENT_STATES = ['active', 'retired', 'moved_out'] as const;
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export const SEXES = ['male', 'female'] as const;

export const EMPLOYEE_SORTS = ['name', 'nip', 'rank', 'unit', 'birthDate'] as const;
