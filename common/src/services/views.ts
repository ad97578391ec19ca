import type { InternalElement, OutputKind, PublishedElement, RequestStatus, StandardStatus } from './rules';
import type { FormField } from './schemas';

/**
 * What the services routes answer: the contract between the server's presenters and the web pages. Money is integer
 * rupiah, dates are local `YYYY-MM-DD`, instants ISO strings.
 */

/** The six published elements of a standard, as the public reads them. */
export interface PublishedStandard {
  id: string;
  version: number;
  effectiveFrom: string;
  requirements: string;
  procedure: string;
  durationDays: number | null;
  /** Integer rupiah; 0 is free (shown `Rp0`). */
  fee: number | null;
  feeBasis: string;
  product: string;
  complaintHandling: string;
  outputKind: OutputKind;
  form: FormField[];
  publishedAt: string | null;
}

/** A standard as its unit and approvers see it: the published elements, the internal ones, the template. */
export interface StandardView extends PublishedStandard {
  status: StandardStatus;
  internal: Record<InternalElement, string>;
  letterTemplate: string;
  /** Published elements still empty: the standard cannot be approved, and the service is flagged. */
  missing: PublishedElement[];
  returnNote: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  updatedAt: string;
}

/** One service of the public catalog (`GET /api/t/:slug/services`): only services with a standard in force. */
export interface CatalogService {
  id: string;
  name: string;
  nameEn: string;
  summary: string;
  unitId: string;
  unitName: string;
  standard: PublishedStandard;
}

/** A service's public page (`GET /api/t/:slug/services/:id`). */
export interface ServicePage {
  service: Omit<CatalogService, 'standard'>;
  /** The standard in force today. */
  standard: PublishedStandard;
  /** A newer published version that takes effect later, if any. */
  upcoming: PublishedStandard | null;
  /** Every published version, newest first (the one in force among them). */
  history: Array<{ id: string; version: number; effectiveFrom: string; publishedAt: string | null }>;
}

/** A row of the admin's service list (`GET /api/t/:slug/services/admin`). */
export interface AdminServiceRow {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  active: boolean;
  inForce: { id: string; version: number; effectiveFrom: string } | null;
  /** The newest version not yet published (draft, submitted or returned). */
  pending: { id: string; version: number; status: StandardStatus } | null;
  /** Published elements missing from the standard in force (or, with none in force, from the newest version). */
  missing: PublishedElement[];
  requestsOpen: number;
}

export interface RequestDocument {
  id: string;
  fieldKey: string;
  name: string;
  mime: string;
  size: number;
  uploadedAt: string;
  /** Relative URL to download it (for the applicant and the unit's officers). */
  url: string;
}

export type RequestStepKind =
  | 'submitted'
  | 'confirmed'
  | 'incomplete'
  | 'completed_documents'
  | 'in_process'
  | 'approved'
  | 'refused'
  | 'paid'
  | 'ready'
  | 'output'
  | 'done'
  | 'reminder'
  | 'escalated';

export interface RequestStep {
  kind: RequestStepKind;
  at: string;
  note: string;
  /** What the step carries: `{ missing: [...] }`, `{ amount, receipt }`... */
  data: Record<string, unknown>;
}

/** Officer actions possible in the request's state (the web shows these buttons only). */
export type RequestAction = 'incomplete' | 'process' | 'approve' | 'refuse' | 'payment' | 'output' | 'done';

/** A request as its applicant and its unit's officers see it. */
export interface RequestDetail {
  id: string;
  code: string | null;
  status: RequestStatus;
  service: { id: string; name: string; unitName: string };
  standard: { id: string; version: number; durationDays: number | null; outputKind: OutputKind };
  /** The form the request was made with (its version, even when the standard changed since). */
  form: FormField[];
  answers: Record<string, string | number>;
  documents: RequestDocument[];
  applicant: { name: string; email: string };
  submittedAt: string | null;
  /** The last working day of the standard's time (local date); null while the clock stands still. */
  dueDate: string | null;
  overdue: boolean;
  /** Document fields the officer asked for, with what to do. */
  missing: string[];
  missingNote: string | null;
  refusalReason: string | null;
  /** The official fee (integer rupiah), and the payment recorded by the officer. */
  fee: number;
  payment: { receipt: string; amount: number; paidAt: string } | null;
  output: { kind: OutputKind; name: string | null; url: string | null } | null;
  completedAt: string | null;
  workingDays: number | null;
  /** The one-time satisfaction survey link, once done and while valid. */
  surveyUrl: string | null;
  /** The complaints form prefilled for "was I asked to pay more?" (illegal levy). */
  levyComplaintUrl: string;
  /**
   * For the applicant only, while the output waits at the counter (status `ready`, output kind `pickup`): where it is
   * collected and the public queue page to book the visit (a location of the request's unit, or of the nearest unit
   * above it, with a service taking bookings). Null otherwise, and when the queue has no such location.
   */
  pickup: { locationName: string; bookingPath: string } | null;
  timeline: RequestStep[];
  /** For the unit's officers only; empty for the applicant. */
  actions: RequestAction[];
}

/** A row of the officer's inbox and of the applicant's own list. */
export interface RequestRow {
  id: string;
  code: string | null;
  status: RequestStatus;
  serviceId: string;
  serviceName: string;
  unitName: string;
  applicantName: string;
  submittedAt: string | null;
  dueDate: string | null;
  overdue: boolean;
  fee: number;
}

export interface RequestPage {
  items: RequestRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** What a submission answers. A guest gets `code` only after confirming the e-mail. */
export interface SubmitResult {
  id: string;
  code: string | null;
  status: RequestStatus;
  dueDate: string | null;
  /** A guest's secret page (`/t/:slug/layanan/ikuti/:token`), also e-mailed. */
  followPath: string | null;
  /** True when a guest must first open the link e-mailed to them. */
  confirmationSent: boolean;
}

export interface ServiceFigures {
  received: number;
  completed: number;
  /** Completed within the standard's working days, as a share 0–100 of completed; null when none completed. */
  withinStandardPercent: number | null;
  medianDays: number | null;
  p90Days: number | null;
  refused: number;
}

/** `GET /api/t/:slug/services/stats` (public; the current year without parameters). */
export interface ServiceStats {
  from: string;
  to: string;
  totals: ServiceFigures;
  units: Array<ServiceFigures & { unitId: string; unitName: string }>;
  services: Array<
    ServiceFigures & { serviceId: string; name: string; unitId: string; unitName: string; durationDays: number | null }
  >;
  /** Refusal reasons grouped (same text, case and spacing ignored), most frequent first. */
  refusals: Array<{ reason: string; count: number }>;
}
