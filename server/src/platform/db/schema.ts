/**
 * The typed shape of the database. Platform tables are declared here; each module adds its own
 * tables by augmenting `Database` from its repository file:
 *
 *   declare module '../../platform/db/schema' { interface Database { people_units: UnitsTable } }
 *
 * Conventions (both dialects): ids are UUIDv7 text; times are ISO-8601 UTC text (timestamptz on
 * PostgreSQL, read back as ISO strings); dates are 'YYYY-MM-DD'; JSON is stored as text; flags are
 * nullable timestamps or 0/1 integers; money is integer rupiah.
 */
export interface Database {
  tenants: TenantsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  auth_throttle: AuthThrottleTable;
  role_grants: RoleGrantsTable;
  audit_entries: AuditEntriesTable;
  audit_heads: AuditHeadsTable;
  calendar_holidays: CalendarHolidaysTable;
  mail_outbox: MailOutboxTable;
}

export interface TenantsTable {
  id: string;
  slug: string;
  name: string;
  kind: string;
  code: string;
  time_zone: string;
  locale: string;
  logo_url: string | null;
  contacts: string;
  created_at: string;
  updated_at: string;
}

export interface AccountsTable {
  id: string;
  email: string | null;
  nip: string | null;
  name: string;
  password_hash: string | null;
  email_verified_at: string | null;
  locale: string;
  is_system_admin: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
  ip: string | null;
}

export interface AuthTokensTable {
  id: string;
  account_id: string;
  purpose: string;
  tenant_slug: string | null;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface RoleGrantsTable {
  id: string;
  tenant_id: string;
  account_id: string;
  role: string;
  unit_id: string | null;
  /** unit_id or '*' for the whole tenant: lets one unique index cover both cases on both dialects. */
  scope: string;
  granted_by: string | null;
  created_at: string;
}

export interface AuditEntriesTable {
  tenant_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  digest: string;
  prev_hash: string | null;
  hash: string;
  /** JSON `{ id, en }`: how the record was named when written, for records removed since (outside the chain). */
  entity_ref?: string | null;
}

export interface AuditHeadsTable {
  tenant_id: string;
  seq: number;
  hash: string | null;
}

export interface CalendarHolidaysTable {
  id: string;
  /** '*' for national days an administrator enters for years the product does not ship. */
  tenant_id: string;
  date: string;
  name: string;
  kind: string;
  created_at: string;
}

export interface MailOutboxTable {
  id: string;
  tenant_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}
