import { trackingCode } from '@lentera/common';
import type { Insertable } from 'kysely';
import { type AuditManyInput, lockAuditHead, recordAuditMany } from '../../../platform/audit/audit';
import { aloneTurn, type BatchTurn, Coalescer, type Settled } from '../../../platform/coalesce';
import { type Actor, type Ctx, requireTenant, transaction } from '../../../platform/context';
import { atOnce } from '../../../platform/db/at-once';
import type { Db } from '../../../platform/db/database';
import { statementGroup } from '../../../platform/db/statement-group';
import { Invalid, TooManyRequests } from '../../../platform/errors';
import type { CleanFile } from '../../../platform/files';
import { uuidv7 } from '../../../platform/ids';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { storageKey } from '../attachments';
import { type ChatContact, type ComplainantNotice, notifyReceived } from '../notify';
import { complaintsRepo, type ReportsTable } from '../repository';
import { calendarOf, deadline, settingsFromRow, statsKey } from '../support';

/** The fields of a complaint that its category, the tenant's settings and calendar decide (set in the batch). */
type Decided = 'code' | 'concerned_unit_id' | 'answer_days' | 'verification_due_at' | 'verification_remind_at';

/** A complaint that passed the checks of its own input, waiting for its category, number and rows. */
export interface PendingIntake {
  /** The context of the request that filed it: its tenant, and its clock for every time stamp. */
  ctx: Ctx;
  now: Date;
  /** The tenant's local year of `now`: the year in the tracking code. */
  year: number;
  categoryId: string;
  /** The unit the complainant named (checked); otherwise the category's default unit. */
  unitId: string | null;
  report: Omit<Insertable<ReportsTable>, Decided>;
  /** The keyed hash the guest rate limit counts by; null for a signed-in reporter or an officer's entry. */
  rateKey: string | null;
  follower: { accountId: string | null; email: string | null; contact: ChatContact | null };
  files: CleanFile[];
  followToken: string | null;
  /** Who the audit entry names: the officer who recorded it for someone else, otherwise no one. */
  auditActor: Actor | null;
}

/**
 * Writes complaints of one tenant in the caller's transaction, in order. First, for all of them at once: their
 * categories (unknown or closed ones are refused) and the tenant's settings. Then the batch's ordered step
 * (`lockAndCount`): it locks the sequence row of the year and the audit chain's head, and counts for the guest rate
 * limit (with the complaints earlier in the same batch, so concurrent requests cannot slip past it). The accepted
 * complaints get their deadlines, the numbers that follow the year's standing, and their rows: complaints,
 * followers, files, first timeline steps, the day's and month's statistics, the audit entries, the confirmations
 * and the sequence's new standing, each with one statement for all of them. One complaint or fifty: the rows are
 * exactly those of filing them one by one.
 *
 * On PostgreSQL that is three round trips to the server: the begin with the reads, the ordered step, and (when the
 * caller began the transaction for the batch: `endsTransaction`) the writes with the commit; the last two hold the
 * locks. Two batches of a tenant may overlap (`fileIntake`): the second reads its
 * categories and settings while the first holds the locks; its ordered step (`turn`) starts once the first's has
 * passed, and waits on the server for the first to commit, as batches on other nodes do.
 */
export async function writeIntakes(
  tx: Ctx,
  pending: readonly PendingIntake[],
  turn: BatchTurn = aloneTurn,
  /** The caller began the transaction for this batch alone: the writes go to the server with its commit. */
  endsTransaction = false,
): Promise<Array<Settled<string>>> {
  if (!tx.inTransaction) throw new Error('writeIntakes must run inside a transaction');
  const tenant = requireTenant(tx);
  if (pending.some((item) => item.report.tenant_id !== tenant.id)) throw new Error('an intake batch is of one tenant');

  const outcomes: Array<Settled<string>> = [];
  const rules = await admissionRules(tx, tenant, pending);
  const { accepted, codes, lasts, head } = await turn.inOrder(async () => {
    const { lasts, earlier, head } = await lockAndCount(tx, tenant, pending, rules.settings.guestPerHour);
    const admitted = admit(pending, rules, earlier, outcomes);
    return { accepted: admitted, codes: numbers(tenant.code, lasts, admitted), lasts, head };
  });
  if (!accepted.length) return outcomes;
  const items = accepted.map((a) => a.item);
  // The rows below depend on nothing read back: on PostgreSQL they go to the server as one statement (one round trip
  // for ten writes, the confirmations' outbox rows included); on SQLite they are written as they come.
  const writes = statementGroup(tx.db);
  accepted.forEach((a, i) => {
    outcomes[a.index] = { ok: true, value: codes[i] as string };
  });
  await complaintsRepo.insertReports(
    writes.db,
    accepted.map((a, i) => ({ ...a.item.report, ...a.decided, code: codes[i] as string })),
  );
  await complaintsRepo.insertFollowers(
    writes.db,
    items.map((item) => ({
      id: uuidv7(item.now.getTime()),
      tenant_id: tenant.id,
      complaint_id: item.report.id,
      source_complaint_id: item.report.id,
      account_id: item.follower.accountId,
      email: item.follower.email,
      contact_channel: item.follower.contact?.channel ?? null,
      contact_address: item.follower.contact?.address ?? null,
      created_at: item.now.toISOString(),
    })),
  );
  const saves: Array<Promise<void>> = [];
  const files = items.flatMap((item) =>
    item.files.map((file) => {
      const id = uuidv7(item.now.getTime());
      const storage = storageKey(tenant.id, item.report.id, id);
      saves.push(tx.files.save(storage, file));
      return {
        id,
        tenant_id: tenant.id,
        complaint_id: item.report.id,
        file_name: file.fileName,
        mime: file.mime,
        size: file.data.length,
        sha256: file.sha256,
        storage_key: storage,
        created_at: item.now.toISOString(),
      };
    }),
  );
  // The bytes are stored before the rows that point at them commit (an orphan file on a failed commit is harmless).
  await Promise.all(saves);
  if (files.length) await complaintsRepo.insertAttachments(writes.db, files);
  // The first step of a new timeline: number 1, public, and (a reporter's step) naming no one.
  await complaintsRepo.insertFirstEvents(
    writes.db,
    items.map((item) => ({
      id: uuidv7(item.now.getTime()),
      tenant_id: tenant.id,
      complaint_id: item.report.id,
      at: item.now.toISOString(),
      kind: 'received',
      public: 1,
      text: null,
      actor_account_id: null,
      actor_name: null,
      seq: 1,
    })),
  );
  for (const [year, last] of lasts) await complaintsRepo.setSequence(writes.db, tenant.id, year, last);
  const received = new Map<string, { key: ReturnType<typeof statsKey>; n: number }>();
  for (const { item, decided } of accepted) {
    const key = statsKey(tenant, { unit_id: decided.concerned_unit_id, category_id: item.categoryId }, item.now);
    const id = `${key.day}|${key.unit_id}|${key.category_id}`;
    const entry = received.get(id);
    if (entry) entry.n += 1;
    else received.set(id, { key, n: 1 });
  }
  for (const { key, n } of received.values()) await complaintsRepo.bumpDaily(writes.db, key, { received: n });
  // The audit entry names the complaint, never the reporter (nor, when one filed it, the account).
  await recordAuditMany(
    tx,
    items.map(
      (item, i): AuditManyInput => ({
        actor: item.auditActor,
        action: 'complaint.received',
        entityType: 'complaint',
        entityId: item.report.id,
        after: {
          code: codes[i],
          categoryId: item.report.category_id,
          privacy: item.report.privacy,
          channel: item.report.channel,
          attachments: item.files.length,
        },
      }),
    ),
    writes.db,
    head ? new Map([[tenant.id, head]]) : undefined,
  );
  await notifyReceived(
    { ...tx, writes: writes.db },
    items.map(
      (item, i): ComplainantNotice => ({
        tenant,
        complaintId: item.report.id,
        code: codes[i] as string,
        step: 'received',
        text: null,
        followToken: item.followToken,
        followers: [
          {
            accountId: item.follower.accountId,
            email: item.follower.email,
            contact: item.follower.contact,
            sourceComplaintId: item.report.id,
          },
        ],
      }),
    ),
  );
  await (endsTransaction ? writes.commit() : writes.flush());
  return outcomes;
}

interface Accepted {
  index: number;
  item: PendingIntake;
  decided: Omit<Pick<Insertable<ReportsTable>, Decided>, 'code'> & { concerned_unit_id: string | null };
}

type AdmissionRules = Awaited<ReturnType<typeof admissionRules>>;

/** What decides whether the batch's complaints may be filed: their categories, the settings, the calendar. */
async function admissionRules(tx: Ctx, tenant: TenantRecord, pending: readonly PendingIntake[]) {
  const ids = [...new Set(pending.map((p) => p.categoryId))];
  const [[categories, settings], cal] = await Promise.all([
    atOnce(tx.db, (db) =>
      Promise.all([complaintsRepo.categoriesByIds(db, tenant.id, ids), complaintsRepo.settings(db, tenant.id)]),
    ),
    calendarOf(tx, tenant),
  ]);
  return { categories: new Map(categories.map((c) => [c.id, c])), settings: settingsFromRow(settings), cal };
}

/**
 * The batch's ordered step, in one round trip on PostgreSQL: locks the sequence row of each year in the batch
 * (reading where it stands: the batch writes it forward with its rows), the earlier complaints of every rate-limited
 * key from an hour before the first of them, and the audit chain's head. The reads are sent after the locks, so they
 * see every batch that held the locks before, here or on another node: two batches cannot both let the same guest
 * past the limit, and the numbers and the chain go on from where the last batch left them.
 */
async function lockAndCount(tx: Ctx, tenant: TenantRecord, pending: readonly PendingIntake[], guestPerHour: number) {
  const years = [...new Set(pending.map((p) => p.year))].sort((a, b) => a - b);
  const limited = guestPerHour > 0 ? pending.filter((p) => p.rateKey) : [];
  const keys = [...new Set(limited.map((p) => p.rateKey as string))];
  const since = keys.length ? new Date(Math.min(...limited.map((p) => p.now.getTime())) - HOUR).toISOString() : '';
  // A step of nothing: the upsert locks the row, takes no number, and says where the year stands.
  const [standing, recent, head] = await atOnce(tx.db, (db) =>
    Promise.all([
      Promise.all(years.map((year) => complaintsRepo.nextSequence(db, tenant.id, year, 0))),
      complaintsRepo.recentIntakes(db, tenant.id, keys, since),
      lockAuditHead(tx, tenant.id, db),
    ]),
  );
  const earlier = new Map<string, number[]>();
  for (const row of recent) {
    const list = earlier.get(row.intake_key);
    if (list) list.push(Date.parse(row.received_at));
    else earlier.set(row.intake_key, [Date.parse(row.received_at)]);
  }
  return { lasts: new Map(years.map((year, i) => [year, standing[i] as number])), earlier, head };
}

/** The batch's complaints that may be filed, with what their category and settings decide; refusals go to `outcomes`. */
function admit(
  pending: readonly PendingIntake[],
  { categories, settings, cal }: AdmissionRules,
  earlier: Map<string, number[]>,
  outcomes: Array<Settled<string>>,
): Accepted[] {
  const accepted: Accepted[] = [];
  pending.forEach((item, index) => {
    const category = categories.get(item.categoryId);
    if (!category?.active) {
      outcomes[index] = {
        ok: false,
        error: new Invalid('complaint_category_unknown', {}, [
          { path: 'categoryId', code: 'complaint_category_unknown' },
        ]),
      };
      return;
    }
    if (settings.guestPerHour > 0 && item.rateKey) {
      const now = item.now.getTime();
      const times = earlier.get(item.rateKey) ?? [];
      const recent = times.filter((t) => t > now - HOUR);
      if (recent.length >= settings.guestPerHour) {
        const seconds = Math.max(60, Math.ceil((Math.min(...recent) + HOUR - now) / 1000));
        outcomes[index] = {
          ok: false,
          error: new TooManyRequests('complaint_rate_limited', seconds, { minutes: Math.ceil(seconds / 60) }),
        };
        return;
      }
      times.push(now);
      earlier.set(item.rateKey, times);
    }
    const verification = deadline(item.now, settings.verificationDays, cal);
    accepted.push({
      index,
      item,
      decided: {
        concerned_unit_id: item.unitId ?? category.default_unit_id ?? null,
        answer_days: category.answer_days,
        verification_due_at: verification.due,
        verification_remind_at: verification.remind,
      },
    });
  });
  return accepted;
}

const HOUR = 3600_000;

/**
 * Tracking codes in filing order, going on from where each year stood (`lasts`, moved forward here: the batch
 * writes the new standing with its rows).
 */
function numbers(tenantCode: string, lasts: Map<number, number>, accepted: readonly Accepted[]): string[] {
  return accepted.map(({ item }) => {
    const last = (lasts.get(item.year) as number) + 1;
    lasts.set(item.year, last);
    return trackingCode(tenantCode, item.year, last);
  });
}

const queues = new WeakMap<Db, Coalescer<PendingIntake, string>>();

/**
 * Files a checked complaint and returns its tracking code. Inside a caller's transaction it is written there;
 * otherwise it joins the complaints of the same tenant filed in the same moment, and all of them are written in
 * one transaction (`writeIntakes`). Under load that turns fifty requests' dozen statements each into a dozen
 * statements in all; a complaint alone is simply a batch of one. If a batch fails, each complaint is written
 * again alone, so only the one at fault is refused.
 */
export async function fileIntake(ctx: Ctx, item: PendingIntake): Promise<string> {
  if (ctx.inTransaction) {
    const [outcome] = await writeIntakes(ctx, [item]);
    if (!outcome?.ok) throw outcome?.error;
    return outcome.value;
  }
  const db = ctx.db as Db;
  let queue = queues.get(db);
  if (!queue) {
    // SQLite has one connection, whose transactions run one after the other: there a tenant's batches never overlap.
    queue = new Coalescer<PendingIntake, string>(
      (batch, turn) => transaction((batch[0] as PendingIntake).ctx, (tx) => writeIntakes(tx, batch, turn, true)),
      50,
      ctx.dialect === 'postgres' ? 2 : 1,
    );
    queues.set(db, queue);
  }
  return queue.add(item.report.tenant_id, item);
}
