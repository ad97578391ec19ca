import { z } from 'zod';

export const TENANT_KINDS = ['kota', 'kabupaten', 'provinsi', 'nasional'] as const;
export const slugSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[a-z][a-z0-9-]*$/, 'lowercase letters, digits and hyphens, starting with a letter');

export const timeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as Asia/Jakarta');

export const tenantContactsSchema = z.object({
  address: z.string().max(500).optional(),
  phone: z.string().max(50).optional(),
  email: z.string().email().max(254).optional(),
  website: z.string().url().max(300).optional(),
});

export const tenantSchema = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(TENANT_KINDS),
  /** Short code used in public references, e.g. DUM in DUM-ADU-2026-000123. */
  code: z.string(),
  timeZone: z.string(),
  locale: z.enum(['id', 'en']),
  logoUrl: z.string().nullable(),
  contacts: tenantContactsSchema,
});
export type Tenant = z.infer<typeof tenantSchema>;

/** The installation's map tile server (`MAP_TILE_URL`), for the complaint form's map and public complaint pages. */
export const mapTilesSchema = z.object({
  /** A Leaflet-style tile address with {z}, {x}, {y} (and optionally {s}). */
  url: z.string(),
  attribution: z.string().nullable(),
});
export type MapTiles = z.infer<typeof mapTilesSchema>;

/** `GET /api/t/:slug`: the tenant and what its public pages need of the installation (null: no map tiles). */
export const tenantInfoSchema = tenantSchema.extend({ mapTiles: mapTilesSchema.nullable() });
export type TenantInfo = z.infer<typeof tenantInfoSchema>;

export const tenantCreateSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(3).max(200),
  kind: z.enum(TENANT_KINDS),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z]{3,4}$/, 'three or four capital letters'),
  timeZone: timeZoneSchema,
  locale: z.enum(['id', 'en']).default('id'),
  logoUrl: z.string().max(500).nullable().optional(),
  contacts: tenantContactsSchema.default({}),
});
export const tenantUpdateSchema = tenantCreateSchema.partial().omit({ slug: true });

export const holidaySchema = z.object({
  id: z.string().nullable(),
  date: z.string(),
  name: z.string(),
  kind: z.enum(['national', 'joint_leave', 'local']),
});
export const holidayCreateSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  name: z.string().trim().min(2).max(200),
});

export const auditHeadSchema = z.object({
  tenant: z.string(),
  length: z.number().int(),
  headHash: z.string().nullable(),
});
export const auditVerifySchema = z.object({
  ok: z.boolean(),
  length: z.number().int(),
  brokenAt: z.number().int().nullable(),
  reason: z.string().nullable(),
});
