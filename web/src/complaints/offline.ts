import type { ComplaintIntakeInput, IntakeResult } from '@lentera/common';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { ApiError } from '../ui/api';
import { submitComplaint } from './api';

/**
 * Complaints written without a connection, kept in IndexedDB (files included, as Blobs) and sent when the
 * browser is back online. A complaint the server refuses (bad input, not a network failure) stays with its error
 * so that the person sees why; one that was sent is kept with its tracking code until dismissed.
 */
export interface QueuedComplaint {
  id: string;
  slug: string;
  input: ComplaintIntakeInput;
  files: { name: string; type: string; blob: Blob }[];
  createdAt: string;
  state: 'pending' | 'sending' | 'sent' | 'failed';
  error?: string;
  result?: IntakeResult;
}

const DB_NAME = 'lentera-offline';
const STORE = 'complaints';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

// A tiny store React can subscribe to: the queue as last read from IndexedDB.
let snapshot: QueuedComplaint[] = [];
const listeners = new Set<() => void>();

async function reload(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const all = await withStore<QueuedComplaint[]>('readonly', (s) => s.getAll() as IDBRequest<QueuedComplaint[]>);
  snapshot = all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const listener of listeners) listener();
}

async function put(item: QueuedComplaint): Promise<void> {
  await withStore('readwrite', (s) => s.put(item));
  await reload();
}

export async function enqueueComplaint(slug: string, input: ComplaintIntakeInput, files: readonly File[]) {
  const item: QueuedComplaint = {
    id: crypto.randomUUID(),
    slug,
    input,
    files: files.map((file) => ({ name: file.name, type: file.type, blob: file })),
    createdAt: new Date().toISOString(),
    state: 'pending',
  };
  await put(item);
  return item;
}

export async function discardQueued(id: string): Promise<void> {
  await withStore('readwrite', (s) => s.delete(id));
  await reload();
}

let flushing: Promise<void> | null = null;

/** Sends every pending complaint of the queue, one after the other; stops at the first network failure. */
export function flushQueue(onSent?: (item: QueuedComplaint) => void): Promise<void> {
  if (flushing) return flushing;
  flushing = (async () => {
    await reload();
    for (const item of snapshot.filter((q) => q.state === 'pending' || q.state === 'sending')) {
      if (typeof navigator !== 'undefined' && !navigator.onLine) break;
      await put({ ...item, state: 'sending' });
      try {
        const files = item.files.map((f) => new File([f.blob], f.name, { type: f.type }));
        const result = await submitComplaint(item.slug, item.input, files);
        const sent: QueuedComplaint = { ...item, state: 'sent', result, files: [] };
        await put(sent);
        onSent?.(sent);
      } catch (error) {
        const network = error instanceof ApiError ? error.status === 0 || error.status >= 500 : true;
        await put(
          network
            ? { ...item, state: 'pending' }
            : { ...item, state: 'failed', error: error instanceof Error ? error.message : String(error) },
        );
        if (network) break;
      }
    }
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The queue of one government and a `flush` to send it now; sends by itself when the browser comes online. */
export function useOfflineQueue(slug: string, onSent?: (item: QueuedComplaint) => void) {
  const all = useSyncExternalStore(subscribe, () => snapshot);
  const flush = useCallback(() => flushQueue(onSent), [onSent]);
  useEffect(() => {
    void reload()
      .then(() => {
        if (navigator.onLine && snapshot.some((q) => q.state === 'pending' || q.state === 'sending')) void flush();
      })
      .catch(() => undefined);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush]);
  return { items: all.filter((q) => q.slug === slug), flush };
}

/** Whether the browser says it is online, updated live. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}

let registered = false;

/**
 * Installs the service worker (web/public/sw.js) that keeps the application shell for offline use; the citizen
 * pages call it. Only in a production build: under the dev server modules change on every save.
 */
export function registerServiceWorker(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}

/** Registers the service worker once the page has rendered. */
export function useServiceWorker(): void {
  useEffect(() => registerServiceWorker(), []);
}
