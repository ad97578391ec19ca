import {
  type FormField,
  INTERNAL_ELEMENTS,
  type InternalElement,
  type OutputKind,
  PUBLISHED_ELEMENTS,
  type PublishedElement,
  type PublishedStandard,
  type StandardStatus,
  type StandardView,
} from '@lentera/common';
import type { ServiceRow, StandardRow } from './repository/tables';

/** Events other modules may listen to. */
export const SERVICES_EVENTS = { requestCompleted: 'services.request.completed' } as const;

const COLUMN: Record<PublishedElement | InternalElement, keyof StandardRow> = {
  requirements: 'requirements',
  procedure: 'procedure',
  durationDays: 'duration_days',
  fee: 'fee',
  product: 'product',
  complaintHandling: 'complaint_handling',
  legalBasis: 'legal_basis',
  facilities: 'facilities',
  competence: 'competence',
  oversight: 'oversight',
  officers: 'officers',
  guarantee: 'guarantee',
  safety: 'safety',
  evaluation: 'evaluation',
};

const numberOrNull = (value: number | string | null) => (value === null ? null : Number(value));

/** The published elements a standard leaves empty (a fee of 0 is given: it is written Rp0). */
export function missingElements(row: StandardRow): PublishedElement[] {
  return PUBLISHED_ELEMENTS.filter((element) => {
    const value = row[COLUMN[element]];
    return value === null || (typeof value === 'string' && value.trim() === '');
  });
}

export function formOf(row: Pick<StandardRow, 'form'>): FormField[] {
  return JSON.parse(row.form) as FormField[];
}

export function publishedStandard(row: StandardRow): PublishedStandard {
  return {
    id: row.id,
    version: row.version,
    effectiveFrom: row.effective_from,
    requirements: row.requirements,
    procedure: row.procedure,
    durationDays: row.duration_days,
    fee: numberOrNull(row.fee),
    feeBasis: row.fee_basis,
    product: row.product,
    complaintHandling: row.complaint_handling,
    outputKind: row.output_kind as OutputKind,
    form: formOf(row),
    publishedAt: row.status === 'published' ? row.decided_at : null,
  };
}

export function standardView(row: StandardRow): StandardView {
  return {
    ...publishedStandard(row),
    status: row.status as StandardStatus,
    internal: Object.fromEntries(INTERNAL_ELEMENTS.map((e) => [e, String(row[COLUMN[e]] ?? '')])) as Record<
      InternalElement,
      string
    >,
    letterTemplate: row.letter_template,
    missing: missingElements(row),
    returnNote: row.return_note,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The version in force on `today` (local date) among a service's published versions (newest first): the newest
 * whose effective date has come. Null when none has.
 */
export function inForce(published: readonly StandardRow[], today: string): StandardRow | null {
  return published.find((s) => s.status === 'published' && s.effective_from <= today) ?? null;
}

/** A published version whose effective date is still ahead (the oldest such: the next to take effect). */
export function upcoming(published: readonly StandardRow[], today: string): StandardRow | null {
  const later = published.filter((s) => s.status === 'published' && s.effective_from > today);
  return later.at(-1) ?? null;
}

export const unitSubject = (service: Pick<ServiceRow, 'tenant_id' | 'unit_id'>) => ({
  tenantId: service.tenant_id,
  unitId: service.unit_id,
});
