/**
 * Attendance scans kept on the trainer's phone while it is offline, sent to the server's batch endpoint when it is
 * back. Kept per event in localStorage, so a reload or a closed tab loses nothing; a code scanned twice is kept once
 * (the server treats repeats as no change anyway). Pure over a `Storage`-like object, so it is tested without a
 * browser.
 */

export interface PendingScan {
  code: string;
  /** When the phone scanned it: the attendance time the server records. */
  scannedAt: string;
}

export type ScanStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The server takes at most this many scans a request. */
export const BATCH_SIZE = 500;
const MAX_CODE_LENGTH = 200;

export function scansKey(slug: string, eventId: string): string {
  return `lentera.training.scans.${slug}.${eventId}`;
}

export function pendingScans(store: ScanStore, key: string): PendingScan[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(key) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (s): s is PendingScan =>
        typeof s === 'object' &&
        s !== null &&
        typeof (s as PendingScan).code === 'string' &&
        typeof (s as PendingScan).scannedAt === 'string',
    );
  } catch {
    return [];
  }
}

function save(store: ScanStore, key: string, scans: PendingScan[]): void {
  if (scans.length === 0) store.removeItem(key);
  else store.setItem(key, JSON.stringify(scans));
}

/** Keeps a scan for later; false when the code is blank, too long, or already waiting. */
export function keepScan(store: ScanStore, key: string, code: string, scannedAt: Date): boolean {
  const trimmed = code.trim();
  if (!trimmed || trimmed.length > MAX_CODE_LENGTH) return false;
  const scans = pendingScans(store, key);
  if (scans.some((s) => s.code === trimmed)) return false;
  save(store, key, [...scans, { code: trimmed, scannedAt: scannedAt.toISOString() }]);
  return true;
}

/** Forgets the scans the server answered (whatever the outcome: each answer is final). */
export function forgetScans(store: ScanStore, key: string, codes: readonly string[]): void {
  const sent = new Set(codes);
  save(
    store,
    key,
    pendingScans(store, key).filter((s) => !sent.has(s.code)),
  );
}

/**
 * Sends what is waiting, a batch at a time, and forgets each batch the server answered. A failure to reach the
 * server leaves the rest waiting for the next try. Returns the server's outcomes.
 */
export async function syncScans<R extends { code: string }>(
  store: ScanStore,
  key: string,
  send: (scans: PendingScan[]) => Promise<{ results: R[] }>,
): Promise<R[]> {
  const answered: R[] = [];
  for (;;) {
    const batch = pendingScans(store, key).slice(0, BATCH_SIZE);
    if (batch.length === 0) return answered;
    const { results } = await send(batch);
    forgetScans(
      store,
      key,
      batch.map((s) => s.code),
    );
    answered.push(...results);
  }
}
