/**
 * Pure rules of complaint handling (Perpres 76/2013, SP4N-LAPOR! practice): tracking codes, resolution
 * tiers, where Indonesia is, which state allows which step, and exact percentiles from day counts.
 */

export const COMPLAINT_CLASSES = ['aspirasi', 'pengaduan', 'permintaan_informasi', 'whistle_blowing'] as const;
export type ComplaintClass = (typeof COMPLAINT_CLASSES)[number];

/** public: published with the reporter's name; anonim: published, name hidden; rahasia: never published. */
export const COMPLAINT_PRIVACY = ['public', 'anonim', 'rahasia'] as const;
export type ComplaintPrivacy = (typeof COMPLAINT_PRIVACY)[number];

export const COMPLAINT_CHANNELS = [
  'web',
  'open311',
  'telegram',
  'whatsapp',
  'messenger',
  'instagram',
  'walk_in',
  'phone',
  'letter',
  'lapor',
] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
/** Channels an officer records on behalf of a complainant. */
export const OFFICER_CHANNELS = ['walk_in', 'phone', 'letter', 'lapor'] as const;

/**
 * received → (verification) routed | postponed | referred | archived | merged;
 * postponed → received (the complainant added information);
 * routed → in_progress (officer assigned) → answered → closed (rated, or the reopen window passed);
 * answered → in_progress (reopened).
 */
export const COMPLAINT_STATUSES = [
  'received',
  'postponed',
  'referred',
  'archived',
  'merged',
  'routed',
  'in_progress',
  'answered',
  'closed',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** States in which the complaint is still being handled (similarity search, SLA board). */
export const OPEN_STATUSES: readonly ComplaintStatus[] = ['received', 'postponed', 'routed', 'in_progress'];
/** States at the verification desk. */
export const VERIFICATION_STATUSES: readonly ComplaintStatus[] = ['received', 'postponed'];
/** States in which the OPD follows up. */
export const FOLLOW_UP_STATUSES: readonly ComplaintStatus[] = ['routed', 'in_progress'];

export function isOpen(status: ComplaintStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Resolution tiers with their default working days (DOMAIN.md; each category may change its days). */
export const RESOLUTION_TIERS = {
  light: 2,
  normative: 5,
  no_field_check: 14,
  field_check: 60,
} as const;
export type ResolutionTier = keyof typeof RESOLUTION_TIERS;
export const RESOLUTION_TIER_NAMES = Object.keys(RESOLUTION_TIERS) as ResolutionTier[];

/** Default working days: verification and routing, and the window to reopen after the answer. */
export const COMPLAINT_DEFAULTS = {
  verificationDays: 3,
  reopenDays: 10,
  /** Guest complaints from one address (or one e-mail/phone) per hour. */
  guestPerHour: 5,
} as const;

export const DESCRIPTION_MAX = 5000;
export const ATTACHMENTS_MAX = 5;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** `DUM-ADU-2026-000123`: tenant code, ADU (aduan), year, a per-tenant per-year sequence. */
export function trackingCode(tenantCode: string, year: number, sequence: number): string {
  return `${tenantCode.toUpperCase()}-ADU-${year}-${String(sequence).padStart(6, '0')}`;
}

const TRACKING_CODE = /^([A-Z]{2,6})-ADU-(\d{4})-(\d{6,})$/;
export function parseTrackingCode(code: string): { tenantCode: string; year: number; sequence: number } | null {
  const m = TRACKING_CODE.exec(code.trim().toUpperCase());
  if (!m) return null;
  return { tenantCode: m[1] as string, year: Number(m[2]), sequence: Number(m[3]) };
}

/**
 * Indonesia's extent with a small margin: from Sabang (about 94.9°E, 6°N) to Merauke (about 141°E, 9°S)
 * and the islands of Rote (11°S) and Miangas (5.6°N).
 */
export const INDONESIA_BOUNDS = { minLat: -11.5, maxLat: 6.5, minLng: 94.5, maxLng: 141.5 } as const;

export function insideIndonesia(lat: number, lng: number): boolean {
  const b = INDONESIA_BOUNDS;
  return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng;
}

/** Indonesian and English words too common to say two complaints are alike. */
const STOP_WORDS = new Set(
  (
    'yang dan di ke dari ini itu untuk dengan pada tidak ada sudah belum akan juga saya kami kita mereka ' +
    'atau karena oleh sebagai dalam agar bisa dapat sangat lebih sejak masih hari tanggal jalan jl pak bu ' +
    'mohon tolong sekali sampai para telah the and of to in is for on with not are was this that'
  ).split(' '),
);

/** Distinct normalised words (length ≥ 3, no stop words), the basis of "similar complaints". */
export function similarityTokens(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

/** Jaccard overlap of two token sets, 0–1. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const setB = new Set(b);
  let shared = 0;
  for (const w of new Set(a)) if (setB.has(w)) shared++;
  return shared / (new Set([...a, ...b]).size || 1);
}

/**
 * The exact q-quantile (nearest rank, as in most public reports) of whole working-day counts given as a
 * histogram `{ days → count }`: exact at any volume because the counts are integers.
 */
export function quantileFromHistogram(histogram: ReadonlyMap<number, number>, q: number): number | null {
  let total = 0;
  for (const n of histogram.values()) total += n;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const days of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(days) ?? 0;
    if (seen >= rank) return days;
  }
  return null;
}

/** Mask a contact for the complainant's own view: `b***@mail.id`, `0812****89`. */
export function maskContact(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value[0]}***${value.slice(at)}`;
  return value.length > 6 ? `${value.slice(0, 4)}****${value.slice(-2)}` : '****';
}
