/**
 * The rules of public service standards (PermenPANRB 15/2014) and online service requests, shared by the server
 * and the browser so that a form is checked with the same rules on both sides.
 */

/** The six elements published to the public for every service. */
export const PUBLISHED_ELEMENTS = [
  'requirements',
  'procedure',
  'durationDays',
  'fee',
  'product',
  'complaintHandling',
] as const;
export type PublishedElement = (typeof PUBLISHED_ELEMENTS)[number];

/** The eight elements kept internally. */
export const INTERNAL_ELEMENTS = [
  'legalBasis',
  'facilities',
  'competence',
  'oversight',
  'officers',
  'guarantee',
  'safety',
  'evaluation',
] as const;
export type InternalElement = (typeof INTERNAL_ELEMENTS)[number];

/** A standard's life: drafted by the unit, submitted, approved and published (or sent back), then replaced. */
export const STANDARD_STATUSES = ['draft', 'submitted', 'published', 'returned'] as const;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];

export const FIELD_TYPES = ['text', 'number', 'date', 'choice', 'nik', 'address', 'document'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** File types a document field may allow, by MIME type (checked on the file's content on the server). */
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
/** The largest size a form may allow for one document. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * A request's steps. `incomplete` stops the clock until the citizen completes the documents; `refused` and `done`
 * are final; `ready` waits for the citizen to pick up the output.
 */
export const REQUEST_STATUSES = [
  'pending_email',
  'submitted',
  'incomplete',
  'in_process',
  'approved',
  'refused',
  'ready',
  'done',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = [
  'submitted',
  'incomplete',
  'in_process',
  'approved',
  'ready',
];

/** How the output reaches the citizen. */
export const OUTPUT_KINDS = ['file', 'letter', 'pickup'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Days a completed request's survey link stays valid. */
export const SURVEY_LINK_DAYS = 14;

/** `DUM-LYN-2026-000123`: the tenant's code, LYN (layanan), the year, the year's sequence. */
export function requestCode(tenantCode: string, year: number, sequence: number): string {
  return `${tenantCode}-LYN-${year}-${String(sequence).padStart(6, '0')}`;
}
export const REQUEST_CODE_PATTERN = /^[A-Z]{2,5}-LYN-\d{4}-\d{6}$/;

/** Rupiah as written on a standard: `Rp0` when free, `Rp25.000` otherwise. */
export function formatFee(rupiah: number): string {
  return `Rp${Math.round(rupiah).toLocaleString('id-ID').replace(/,/g, '.')}`;
}

/**
 * A NIK (Nomor Induk Kependudukan): 16 digits = 2 province, 2 regency/city, 2 district, 6 birth date DDMMYY (40
 * added to the day for women), 4 serial (never 0000). Returns the reason it is not one, or null.
 */
export function nikProblem(value: string): 'nik_length' | 'nik_region' | 'nik_date' | 'nik_serial' | null {
  if (!/^\d{16}$/.test(value)) return 'nik_length';
  const province = Number(value.slice(0, 2));
  if (province < 11 || province > 99 || value.slice(2, 4) === '00' || value.slice(4, 6) === '00') return 'nik_region';
  let day = Number(value.slice(6, 8));
  const month = Number(value.slice(8, 10));
  const year = Number(value.slice(10, 12));
  if (day > 40) day -= 40;
  const days = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || day < 1 || day > (days[month - 1] ?? 0)) return 'nik_date';
  if (value.slice(12) === '0000') return 'nik_serial';
  return null;
}
