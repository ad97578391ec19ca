import type { Db } from '../db/database';
import { findTenantBySlug, type TenantRecord } from './repository';

const TTL_MS = 5000;

/** Tenant lookups happen on every request; a short cache keeps them off the database. */
export class TenantCache {
  private readonly entries = new Map<string, { tenant: TenantRecord | undefined; at: number }>();
  constructor(private readonly db: Db) {}

  async bySlug(slug: string): Promise<TenantRecord | undefined> {
    const hit = this.entries.get(slug);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.tenant;
    const tenant = await findTenantBySlug(this.db, slug);
    this.entries.set(slug, { tenant, at: Date.now() });
    return tenant;
  }

  forget(slug: string): void {
    this.entries.delete(slug);
  }
}
