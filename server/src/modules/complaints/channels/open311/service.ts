import {
  COMPLAINT_CLASSES,
  COMPLAINT_PRIVACY,
  COMPLAINT_STATUSES,
  type ComplaintIntakeInput,
  OPEN_STATUSES,
} from '@lentera/common';
import { z } from 'zod';
import type { Ctx } from '../../../../platform/context';
import { DomainError } from '../../../../platform/errors';
import { findTenantBySlug, type TenantRecord } from '../../../../platform/tenancy/repository';
import { loadNames, type Names } from '../../presenter';
import { complaintsRepo } from '../../repository';
import { submitComplaint } from '../../use-cases/submit-complaint';
import { channelsRepo, type Open311Row } from '../repository';
import { Open311Error } from './errors';
import { authenticateOpen311Key } from './keys';
import { fetchRequestMedia, mediaUrls, noteMediaFailure } from './media-requests';

/**
 * Open311 GeoReport v2 onto complaints (DOMAIN.md): services are the tenant's categories, a service request is a
 * complaint named by its tracking code, `jurisdiction_id` is the tenant's slug. Answers never carry the
 * reporter (the query does not select those columns) and never show a rahasia complaint.
 */

export const OPEN311_SPEC = 'http://wiki.open311.org/GeoReport_v2';
export const MAX_REQUESTS = 1000;
export const MAX_RANGE_DAYS = 90;
const DAY_MS = 86_400_000;

export { Open311Error } from './errors';

export async function resolveJurisdiction(ctx: Ctx, jurisdictionId: unknown): Promise<TenantRecord> {
  if (typeof jurisdictionId !== 'string' || !jurisdictionId.trim())
    throw new Open311Error(400, 'jurisdiction_id is required (the slug of the government, e.g. dumai)');
  const tenant = await findTenantBySlug(ctx.db, jurisdictionId.trim());
  if (!tenant) throw new Open311Error(404, `jurisdiction_id ${jurisdictionId} is unknown`);
  return tenant;
}

/** A UTC instant as ISO 8601 in the tenant's time zone, with its offset: `2026-11-23T09:00:00+07:00`. */
export function localIso(iso: string | null, timeZone: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

export function discovery(baseUrl: string) {
  return {
    changeset: '2026-11-23T00:00:00Z',
    contact: 'Lentera — pengaduan pemerintah daerah (jurisdiction_id = slug)',
    key_service: 'API keys are issued by each government’s administrator (jurisdiction_id = slug)',
    endpoints: [
      {
        specification: OPEN311_SPEC,
        url: `${baseUrl}/open311/v2`,
        changeset: '2026-11-23T00:00:00Z',
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}

export async function listServices(ctx: Ctx, tenant: TenantRecord) {
  const categories = await complaintsRepo.categories(ctx.db, tenant.id);
  return categories
    .filter((c) => c.active === 1)
    .map((c) => ({
      service_code: c.code,
      service_name: ctx.lang === 'en' ? c.name_en : c.name,
      description: `${c.name} / ${c.name_en}`,
      metadata: true,
      type: 'realtime',
      keywords: c.code,
      group: 'pengaduan',
    }));
}

async function categoryOrThrow(ctx: Ctx, tenant: TenantRecord, code: unknown) {
  if (typeof code !== 'string' || !code) throw new Open311Error(400, 'service_code is required');
  const category = await complaintsRepo.categoryByCode(ctx.db, tenant.id, code);
  if (category?.active !== 1) throw new Open311Error(404, `service_code ${code} is unknown`);
  return category;
}

const CLASS_NAMES: Record<string, string> = {
  aspirasi: 'Aspirasi',
  pengaduan: 'Pengaduan',
  permintaan_informasi: 'Permintaan informasi',
  whistle_blowing: 'Whistle-blowing',
};
const PRIVACY_NAMES: Record<string, string> = {
  public: 'Publik (nama ditampilkan / name shown)',
  anonim: 'Anonim (nama disembunyikan / name hidden)',
  rahasia: 'Rahasia (tidak dipublikasikan / never published)',
};

export async function serviceDefinition(ctx: Ctx, tenant: TenantRecord, code: string) {
  const category = await categoryOrThrow(ctx, tenant, code);
  return {
    service_code: category.code,
    attributes: [
      {
        variable: true,
        code: 'title',
        datatype: 'string',
        required: false,
        datatype_description: 'Judul singkat (3–200 karakter); tanpa judul, baris pertama deskripsi',
        order: 1,
        description: 'Judul / title',
        values: [],
      },
      {
        variable: true,
        code: 'class',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: 'Jenis laporan; bawaan: pengaduan',
        order: 2,
        description: 'Jenis laporan / kind of report',
        values: COMPLAINT_CLASSES.map((key) => ({ key, name: CLASS_NAMES[key] ?? key })),
      },
      {
        variable: true,
        code: 'privacy',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: 'Kerahasiaan pelapor; bawaan: anonim',
        order: 3,
        description: 'Kerahasiaan / privacy',
        values: COMPLAINT_PRIVACY.map((key) => ({ key, name: PRIVACY_NAMES[key] ?? key })),
      },
    ],
  };
}

const optional = z
  .string()
  .trim()
  .max(5000)
  .optional()
  .transform((v) => v || undefined);
const coordinate = optional.refine((v) => v === undefined || Number.isFinite(Number(v)), 'is not a number');

const postSchema = z.object({
  service_code: z.string().trim().min(1, 'service_code is required').max(40),
  lat: coordinate,
  long: coordinate,
  address_string: optional,
  address_id: optional,
  email: optional,
  phone: optional,
  first_name: optional,
  last_name: optional,
  description: optional,
  device_id: optional,
  account_id: optional,
  media_url: optional,
});

/** `attribute[code]=value` form fields (or an `attribute` object in JSON) by code. */
function attributesOf(body: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  const nested = body.attribute;
  if (nested && typeof nested === 'object' && !Array.isArray(nested))
    for (const [k, v] of Object.entries(nested)) if (typeof v === 'string') result[k] = v;
  for (const [k, v] of Object.entries(body)) {
    const m = /^attribute\[([a-z_]+)\]$/.exec(k);
    if (m?.[1] && typeof v === 'string') result[m[1]] = v;
  }
  return result;
}

const FIELD_NAMES: Record<string, string> = { lng: 'long', address: 'address_string', 'guest.email': 'email' };

/** Files a complaint for an Open311 client; answers as Open311 does: the tracking code and a token. */
export async function postRequest(ctx: Ctx, tenant: TenantRecord, body: Record<string, unknown>) {
  const key = await authenticateOpen311Key(ctx, typeof body.api_key === 'string' ? body.api_key : undefined);
  if (!key) throw new Open311Error(403, 'api_key is missing, unknown or revoked for this jurisdiction');
  const parsed = postSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Open311Error(400, `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`);
  }
  const p = parsed.data;
  const category = await categoryOrThrow(ctx, tenant, p.service_code);
  if ((p.lat === undefined) !== (p.long === undefined))
    throw new Open311Error(400, p.lat === undefined ? 'lat is required with long' : 'long is required with lat');
  if (p.lat === undefined && !p.address_string && !p.address_id)
    throw new Open311Error(400, 'a location is required: lat and long, address_string or address_id');
  if (!p.description) throw new Open311Error(400, 'description is required (at least 10 characters)');
  const attributes = attributesOf(body);
  const klass = attributes.class ?? 'pengaduan';
  if (!(COMPLAINT_CLASSES as readonly string[]).includes(klass))
    throw new Open311Error(400, `attribute[class] must be one of ${COMPLAINT_CLASSES.join(', ')}`);
  const privacy = attributes.privacy ?? 'anonim';
  if (!(COMPLAINT_PRIVACY as readonly string[]).includes(privacy))
    throw new Open311Error(400, `attribute[privacy] must be one of ${COMPLAINT_PRIVACY.join(', ')}`);
  const firstLine = p.description.split(/\r?\n/)[0]?.trim() ?? '';
  const title = attributes.title?.trim() || (firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine);
  const name = [p.first_name, p.last_name].filter(Boolean).join(' ') || null;
  const address = p.address_string ?? (p.address_id ? `address_id ${p.address_id}` : null);
  const input: ComplaintIntakeInput = {
    class: klass as ComplaintIntakeInput['class'],
    categoryId: category.id,
    title,
    description: p.description,
    address,
    lat: p.lat === undefined ? null : Number(p.lat),
    lng: p.long === undefined ? null : Number(p.long),
    privacy: privacy as ComplaintIntakeInput['privacy'],
    guest: { name, email: p.email ?? null, phone: p.phone ?? null },
  };
  // The image is fetched before filing; if it cannot be, the request is filed without it and the failure noted.
  const media = await fetchRequestMedia(ctx, p.media_url);
  try {
    const result = await submitComplaint(ctx, input, {
      channel: 'open311',
      externalRef: `open311 ${key.prefix}`,
      attachments: media?.ok ? [media.file] : [],
    });
    if (media && !media.ok && p.media_url) await noteMediaFailure(ctx, result.id, p.media_url, media.reason);
    const mediaNotice =
      media && !media.ok ? ` media_url tidak dapat diambil / could not be fetched: ${media.reason}.` : '';
    return [
      {
        service_request_id: result.code,
        token: result.id,
        service_notice: `Kode pelacakan ${result.code}; verifikasi dalam 3 hari kerja.${mediaNotice}`,
        account_id: null,
      },
    ];
  } catch (error) {
    if (error instanceof z.ZodError) {
      const issue = error.issues[0];
      const path = issue?.path.join('.') ?? '';
      throw new Open311Error(400, `${FIELD_NAMES[path] ?? (path || 'request')}: ${issue?.message ?? 'invalid'}`);
    }
    if (error instanceof DomainError && error.code === 'complaint_contact_required')
      throw new Open311Error(400, 'email or phone is required, so that the complainant hears the answer');
    throw error;
  }
}

function statusNotes(r: Open311Row): string | null {
  switch (r.status) {
    case 'answered':
    case 'closed':
      return r.answer_text ?? r.referral ?? r.archive_reason;
    case 'referred':
      return r.referral;
    case 'archived':
      return r.archive_reason;
    case 'postponed':
      return r.question;
    case 'merged':
      return 'Digabung dengan laporan yang sama / merged with the same report';
    default:
      return null;
  }
}

function presentRequest(ctx: Ctx, tenant: TenantRecord, names: Names, r: Open311Row, media: Map<string, string>) {
  const category = names.categories.get(r.category_id);
  const unit = r.unit_id ? names.units.get(r.unit_id) : undefined;
  const open = (OPEN_STATUSES as readonly string[]).includes(r.status);
  return {
    service_request_id: r.code,
    status: open ? 'open' : 'closed',
    status_notes: statusNotes(r),
    service_name: category ? (ctx.lang === 'en' ? category.name_en : category.name) : null,
    service_code: category?.code ?? null,
    description: r.description,
    agency_responsible: unit?.name ?? null,
    service_notice: null,
    requested_datetime: localIso(r.received_at, tenant.timeZone),
    updated_datetime: localIso(r.updated_at, tenant.timeZone),
    expected_datetime: open
      ? localIso(r.status === 'received' ? r.verification_due_at : r.answer_due_at, tenant.timeZone)
      : null,
    address: r.address,
    address_id: null,
    zipcode: null,
    lat: r.lat,
    long: r.lng,
    media_url: media.get(r.id) ?? null,
  };
}

async function present(ctx: Ctx, tenant: TenantRecord, names: Names, rows: Open311Row[]) {
  const media = await mediaUrls(
    ctx,
    tenant,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentRequest(ctx, tenant, names, r, media));
}

function parseDate(value: unknown, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const text = String(value);
  // W3C date-time with a zone, or a plain date (the tenant's day is not assumed: UTC midnight).
  const at = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(text)
    ? Date.parse(text)
    : Number.NaN;
  if (Number.isNaN(at)) throw new Open311Error(400, `${name} must be a date-time such as 2026-11-23T09:00:00+07:00`);
  return at;
}

export async function listRequests(ctx: Ctx, tenant: TenantRecord, query: Record<string, unknown>) {
  const names = await loadNames(ctx);
  const ids = typeof query.service_request_id === 'string' ? query.service_request_id : undefined;
  if (ids !== undefined) {
    // As the specification says: a list of ids ignores every other filter.
    const codes = [...new Set(ids.split(',').map((c) => c.trim().toUpperCase()))].filter(Boolean);
    if (!codes.length || codes.length > MAX_REQUESTS)
      throw new Open311Error(400, `service_request_id takes 1 to ${MAX_REQUESTS} comma-separated ids`);
    const rows = await channelsRepo.open311Requests(ctx.db, tenant.id, { codes, limit: MAX_REQUESTS });
    return present(ctx, tenant, names, rows);
  }
  let categoryId: string | undefined;
  if (query.service_code !== undefined && query.service_code !== '') {
    const codes = String(query.service_code).split(',');
    if (codes.length > 1) throw new Open311Error(400, 'service_code takes one code');
    categoryId = (await categoryOrThrow(ctx, tenant, codes[0])).id;
  }
  let statuses: readonly string[] | undefined;
  if (query.status !== undefined && query.status !== '') {
    const wanted = new Set(
      String(query.status)
        .split(',')
        .map((s) => s.trim()),
    );
    for (const s of wanted)
      if (s !== 'open' && s !== 'closed') throw new Open311Error(400, 'status must be open or closed');
    if (wanted.size === 1)
      statuses = wanted.has('open')
        ? OPEN_STATUSES
        : COMPLAINT_STATUSES.filter((s) => !(OPEN_STATUSES as readonly string[]).includes(s));
  }
  const now = ctx.clock.now().getTime();
  const start = parseDate(query.start_date, 'start_date');
  const end = parseDate(query.end_date, 'end_date');
  const to = end ?? (start !== undefined ? Math.min(start + MAX_RANGE_DAYS * DAY_MS, now) : now);
  const from = start ?? to - MAX_RANGE_DAYS * DAY_MS;
  if (from > to) throw new Open311Error(400, 'start_date must be before end_date');
  if (to - from > MAX_RANGE_DAYS * DAY_MS)
    throw new Open311Error(400, `start_date and end_date are at most ${MAX_RANGE_DAYS} days apart`);
  const rows = await channelsRepo.open311Requests(ctx.db, tenant.id, {
    categoryId,
    statuses,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    limit: MAX_REQUESTS,
  });
  return present(ctx, tenant, names, rows);
}

export async function getRequest(ctx: Ctx, tenant: TenantRecord, code: string) {
  const rows = await channelsRepo.open311Requests(ctx.db, tenant.id, { codes: [code.toUpperCase()], limit: 1 });
  const row = rows[0];
  if (!row) throw new Open311Error(404, `service_request_id ${code} is unknown`);
  return present(ctx, tenant, await loadNames(ctx), [row]);
}

export async function tokenLookup(ctx: Ctx, tenant: TenantRecord, token: string) {
  const row = /^[0-9a-f-]{36}$/i.test(token)
    ? await channelsRepo.open311RequestById(ctx.db, tenant.id, token.toLowerCase())
    : undefined;
  if (!row) throw new Open311Error(404, `token ${token} is unknown`);
  return [{ service_request_id: row.code, token: row.id }];
}
