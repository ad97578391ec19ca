import { hasAnyRole } from '../../../platform/access/registry';
import type { Ctx } from '../../../platform/context';
import { tenantToday } from '../context';
import { PEOPLE } from '../policy';
import { peopleRepo } from '../repository';

export interface ImportListItem {
  id: string;
  fileName: string;
  rows: number;
  errors: number;
  status: string;
  summary: Record<string, unknown> | null;
  createdAt: string;
  createdBy: string | null;
  appliedAt: string | null;
}

/** The counts of a stored summary, without a failed apply's list of rows (the status endpoint has those). */
function listSummary(stored: string) {
  const { errors: _rows, ...counts } = JSON.parse(stored) as Record<string, unknown>;
  return counts;
}

/**
 * The past imports, newest first: all of the tenant's for hr_admin, one's own uploads for anyone else with the
 * import permission (an import holds other people's data, as `PEOPLE.readImport` says).
 */
export async function listImports(ctx: Ctx, limit = 50): Promise<ImportListItem[]> {
  const { tenant } = tenantToday(ctx);
  await ctx.access.assert(ctx.actor, PEOPLE.import);
  const actor = ctx.actor!;
  const rows = await peopleRepo.imports(
    ctx.db,
    tenant.id,
    hasAnyRole(actor, 'hr_admin') ? null : actor.accountId,
    limit,
  );
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    rows: r.rows,
    errors: r.errors,
    status: r.status,
    summary: r.summary ? listSummary(r.summary) : null,
    createdAt: r.created_at,
    createdBy: r.created_by_name ?? null,
    appliedAt: r.applied_at,
  }));
}
