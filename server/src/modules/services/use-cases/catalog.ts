import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import {
  type AdminServiceRow,
  type CatalogService,
  OPEN_REQUEST_STATUSES,
  type PublishedStandard,
  type ServicePage,
  type StandardStatus,
  type StandardView,
} from '@lentera/common';
import { z } from 'zod';
import { RevisionCache } from '../../../platform/bounded-map';
import { Coalescer } from '../../../platform/coalesce';
import { type Ctx, requireTenant } from '../../../platform/context';
import { atOnce } from '../../../platform/db/at-once';
import type { Db } from '../../../platform/db/database';
import { NotFound } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { SERVICES } from '../policy';
import { catalogRepo } from '../repository/catalog';
import type { ServiceRow, StandardRow } from '../repository/tables';
import { inForce, missingElements, publishedStandard, standardView, unitSubject, upcoming } from '../support';
import { PENDING_STATUSES, serviceFor, todayOf } from './manage-services';

export const catalogQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.string().max(64).optional(),
});

/**
 * An answer as JSON text, written once per snapshot, with its compressed forms made on first demand: the public
 * pages are read far more often than they change, so neither serializing nor compressing is repeated per request.
 */
export class CachedJson {
  readonly json: string;
  private readonly encoded = new Map<'br' | 'gzip', Buffer>();

  constructor(value: unknown) {
    this.json = JSON.stringify(value);
  }

  encoding(kind: 'br' | 'gzip'): Buffer {
    let body = this.encoded.get(kind);
    if (!body) {
      body =
        kind === 'br'
          ? brotliCompressSync(this.json, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } })
          : gzipSync(this.json);
      this.encoded.set(kind, body);
    }
    return body;
  }
}

/** What the public reads of one tenant's catalog on one local date, computed once per revision. */
interface Snapshot {
  /** Active services with a standard in force, by name. */
  catalog: CatalogService[];
  pages: Map<string, ServicePage>;
  /** Every published version of active services, by `serviceId|version`. */
  versions: Map<string, PublishedStandard>;
  /** The whole catalog and each page as JSON, written on first demand. */
  json: { catalog?: CachedJson; pages: Map<string, CachedJson> };
  /** Every active service with its published versions, newest first (what a submission checks its form against). */
  offered: Map<string, OfferedService>;
}

/** An active service as a submission needs it: its row and its published versions, newest first. */
export interface OfferedService {
  service: ServiceRow;
  published: StandardRow[];
}

const byName = new Intl.Collator('id');

/**
 * The public catalog per tenant and local date, reused only while the tenant's catalog revision (raised by
 * database triggers on every write to services and standards, in the writer's transaction) and people's revision
 * (unit names) are unchanged: exact right after an edit or an approval, on every node. Keyed by the local date
 * too, so that a version whose effective date comes takes effect that day without any write.
 */
const snapshots = new RevisionCache<Snapshot>(500);

/** The tenant's catalog and people revisions, read together (one round trip on PostgreSQL). */
async function readRevisions(ctx: Ctx): Promise<string> {
  const tenant = requireTenant(ctx);
  const [catalogRevision, peopleRevision] = await atOnce(ctx.db, (db) =>
    Promise.all([catalogRepo.revision(db, tenant.id), peopleService.revision(db === ctx.db ? ctx : { ...ctx, db })]),
  );
  return `${catalogRevision}|${peopleRevision}`;
}

const revisionReads = new WeakMap<Db, Coalescer<Ctx, string>>();

/**
 * The revisions as they stand now. The reads of a tenant's revisions asked for in the same moment are one read,
 * started after every one of them was asked (a request never gets a revision read before it arrived): exact as a
 * read of its own, at a fraction of the cost under load. Inside a transaction the transaction reads them itself.
 */
function revisionsNow(ctx: Ctx): Promise<string> {
  if (ctx.inTransaction) return readRevisions(ctx);
  const db = ctx.db as Db;
  let reads = revisionReads.get(db);
  if (!reads) {
    reads = new Coalescer<Ctx, string>(async (batch) => {
      const value = await readRevisions(batch[0] as Ctx);
      return batch.map(() => ({ ok: true as const, value }));
    }, 1000);
    revisionReads.set(db, reads);
  }
  return reads.add(requireTenant(ctx).id, ctx);
}

async function snapshotOf(ctx: Ctx): Promise<Snapshot> {
  const tenant = requireTenant(ctx);
  const today = todayOf(ctx);
  return snapshots.get(`${tenant.id}|${today}`, await revisionsNow(ctx), () => computeSnapshot(ctx, today));
}

/** Unit names by id (a unit that vanished is named by nothing rather than failing the page). */
async function unitNames(ctx: Ctx): Promise<Map<string, string>> {
  return new Map((await peopleService.units(ctx)).map((u) => [u.id, u.name]));
}

function groupByService(rows: StandardRow[]): Map<string, StandardRow[]> {
  const groups = new Map<string, StandardRow[]>();
  for (const row of rows) {
    const list = groups.get(row.service_id);
    if (list) list.push(row);
    else groups.set(row.service_id, [row]);
  }
  return groups;
}

async function computeSnapshot(ctx: Ctx, today: string): Promise<Snapshot> {
  const tenant = requireTenant(ctx);
  const [services, units] = await Promise.all([
    catalogRepo.services(ctx.db, tenant.id, { activeOnly: true }),
    unitNames(ctx),
  ]);
  const published = groupByService(
    await catalogRepo.publishedStandards(
      ctx.db,
      tenant.id,
      services.map((s) => s.id),
    ),
  );
  const snapshot: Snapshot = {
    catalog: [],
    pages: new Map(),
    versions: new Map(),
    json: { pages: new Map() },
    offered: new Map(),
  };
  for (const service of [...services].sort((a, b) => byName.compare(a.name, b.name))) {
    const versions = published.get(service.id) ?? [];
    snapshot.offered.set(service.id, { service, published: versions });
    for (const v of versions) snapshot.versions.set(`${service.id}|${v.version}`, publishedStandard(v));
    const current = inForce(versions, today);
    if (!current) continue;
    const head = {
      id: service.id,
      name: service.name,
      nameEn: service.name_en,
      summary: service.summary,
      unitId: service.unit_id,
      unitName: units.get(service.unit_id) ?? '',
    };
    const standard = publishedStandard(current);
    const next = upcoming(versions, today);
    snapshot.catalog.push({ ...head, standard });
    snapshot.pages.set(service.id, {
      service: head,
      standard,
      upcoming: next ? publishedStandard(next) : null,
      history: versions.map((v) => ({
        id: v.id,
        version: v.version,
        effectiveFrom: v.effective_from,
        publishedAt: v.decided_at,
      })),
    });
  }
  return snapshot;
}

/** The public catalog: active services with a standard in force today, searchable by name and by unit. */
export async function publicCatalog(ctx: Ctx, query: unknown): Promise<{ services: CatalogService[] }> {
  const { q, unitId } = catalogQuerySchema.parse(query ?? {});
  const { catalog } = await snapshotOf(ctx);
  const words = q?.toLocaleLowerCase('id');
  return {
    services: catalog.filter(
      (s) =>
        (!unitId || s.unitId === unitId) &&
        (!words ||
          s.name.toLocaleLowerCase('id').includes(words) ||
          s.nameEn.toLocaleLowerCase('id').includes(words) ||
          s.summary.toLocaleLowerCase('id').includes(words)),
    ),
  };
}

/**
 * The public catalog as JSON text for the route: the whole catalog is written once per snapshot; a search or a
 * unit filter is written per request.
 */
export async function publicCatalogJson(ctx: Ctx, query: unknown): Promise<CachedJson> {
  const { q, unitId } = catalogQuerySchema.parse(query ?? {});
  if (q || unitId) return new CachedJson(await publicCatalog(ctx, { q, unitId }));
  const snapshot = await snapshotOf(ctx);
  snapshot.json.catalog ??= new CachedJson({ services: snapshot.catalog });
  return snapshot.json.catalog;
}

/** A service's public page as JSON text for the route, written once per snapshot. */
export async function servicePageJson(ctx: Ctx, serviceId: string): Promise<CachedJson> {
  const snapshot = await snapshotOf(ctx);
  const page = snapshot.pages.get(serviceId);
  if (!page) throw new NotFound();
  let json = snapshot.json.pages.get(serviceId);
  if (!json) {
    json = new CachedJson(page);
    snapshot.json.pages.set(serviceId, json);
  }
  return json;
}

/**
 * An active service and its published versions as they stand now (exact: the snapshot of the current revisions),
 * or undefined for a service that is unknown, inactive or another tenant's.
 */
export async function offeredService(ctx: Ctx, serviceId: string): Promise<OfferedService | undefined> {
  return (await snapshotOf(ctx)).offered.get(serviceId);
}

/** A service's public page: the standard in force, the next one if published, the history; 404 otherwise. */
export async function servicePage(ctx: Ctx, serviceId: string): Promise<ServicePage> {
  const page = (await snapshotOf(ctx)).pages.get(serviceId);
  if (!page) throw new NotFound();
  return page;
}

/** One published version of an active service's standard (reading the history); 404 otherwise. */
export async function publishedVersion(ctx: Ctx, serviceId: string, version: number): Promise<PublishedStandard> {
  const found = (await snapshotOf(ctx)).versions.get(`${serviceId}|${version}`);
  if (!found) throw new NotFound();
  return found;
}

/** The newest version not yet published (draft, submitted or returned), if any. */
const pendingOf = (versions: StandardRow[]) =>
  versions.find((v) => PENDING_STATUSES.includes(v.status as StandardStatus)) ?? null;

function adminRow(
  service: ServiceRow,
  versions: StandardRow[],
  today: string,
  units: Map<string, string>,
  open: Map<string, number>,
): AdminServiceRow {
  const current = inForce(versions, today);
  const pending = pendingOf(versions);
  const basis = current ?? versions[0];
  return {
    id: service.id,
    name: service.name,
    unitId: service.unit_id,
    unitName: units.get(service.unit_id) ?? '',
    active: service.active === 1,
    inForce: current ? { id: current.id, version: current.version, effectiveFrom: current.effective_from } : null,
    pending: pending ? { id: pending.id, version: pending.version, status: pending.status as StandardStatus } : null,
    missing: basis ? missingElements(basis) : [],
    requestsOpen: open.get(service.id) ?? 0,
  };
}

/**
 * The services the actor manages (a unit admin: the unit's and those below; HR and the tenant admin: all), each
 * flagged with the published elements it still misses, and whether the actor may approve standards.
 */
export async function adminServices(ctx: Ctx): Promise<{ services: AdminServiceRow[]; canApprove: boolean }> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, SERVICES.manage);
  const all = await catalogRepo.services(ctx.db, tenant.id);
  const mine: ServiceRow[] = [];
  for (const service of all)
    if (await ctx.access.can(ctx.actor, SERVICES.manage, unitSubject(service))) mine.push(service);
  const [versions, units, open, canApprove] = await Promise.all([
    catalogRepo.standardsOfServices(
      ctx.db,
      tenant.id,
      mine.map((s) => s.id),
    ),
    unitNames(ctx),
    catalogRepo.openRequestCounts(ctx.db, tenant.id, OPEN_REQUEST_STATUSES),
    ctx.access.can(ctx.actor, SERVICES.approve),
  ]);
  const byService = groupByService(versions);
  const today = todayOf(ctx);
  return {
    services: mine.map((s) => adminRow(s, byService.get(s.id) ?? [], today, units, open)),
    canApprove,
  };
}

/** One service for its unit's admins: its fields and every version of its standard, newest first. */
export async function adminService(
  ctx: Ctx,
  serviceId: string,
): Promise<{ service: AdminServiceRow & { nameEn: string; summary: string }; standards: StandardView[] }> {
  const tenant = requireTenant(ctx);
  const service = await serviceFor(ctx, serviceId);
  const [versions, units, open] = await Promise.all([
    catalogRepo.standardsOf(ctx.db, tenant.id, service.id),
    unitNames(ctx),
    catalogRepo.openRequestCounts(ctx.db, tenant.id, OPEN_REQUEST_STATUSES),
  ]);
  return {
    service: {
      ...adminRow(service, versions, todayOf(ctx), units, open),
      nameEn: service.name_en,
      summary: service.summary,
    },
    standards: versions.map(standardView),
  };
}

/** The versions awaiting approval, oldest submission first, with their service and unit. */
export async function approvalsInbox(
  ctx: Ctx,
): Promise<{ standards: Array<StandardView & { serviceId: string; serviceName: string; unitName: string }> }> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, SERVICES.approve);
  const [submitted, services, units] = await Promise.all([
    catalogRepo.standardsInState(ctx.db, tenant.id, 'submitted'),
    catalogRepo.services(ctx.db, tenant.id),
    unitNames(ctx),
  ]);
  const byId = new Map(services.map((s) => [s.id, s]));
  return {
    standards: submitted.flatMap((row) => {
      const service = byId.get(row.service_id);
      if (!service) return [];
      return [
        {
          ...standardView(row),
          serviceId: service.id,
          serviceName: service.name,
          unitName: units.get(service.unit_id) ?? '',
        },
      ];
    }),
  };
}
