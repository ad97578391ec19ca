import type { BoardSnapshot } from '@lentera/common';
import { useEffect, useRef, useState } from 'react';
import { queuePath } from './api';
import type { CallEvent } from './speech-queue';

export type StreamState = 'connecting' | 'open' | 'reconnecting';

interface StreamHandlers {
  onSnapshot?: (snapshot: BoardSnapshot) => void;
  onCall?: (call: CallEvent) => void;
}

function parse<T>(event: MessageEvent): T | null {
  try {
    return JSON.parse(String(event.data)) as T;
  } catch {
    return null;
  }
}

/**
 * A location's live events (`GET /locations/:id/stream`). EventSource reconnects by itself after a dropped
 * connection; when the server refused it (closed for good) a new one is opened after a few seconds.
 */
export function useLocationStream(slug: string, locationId: string | null | undefined, handlers: StreamHandlers) {
  const [state, setState] = useState<StreamState>('connecting');
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!locationId || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const open = () => {
      source = new EventSource(queuePath(slug, `/locations/${encodeURIComponent(locationId)}/stream`));
      source.onopen = () => setState('open');
      source.onerror = () => {
        setState('reconnecting');
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          retry = setTimeout(open, 5000);
        }
      };
      source.addEventListener('snapshot', (event) => {
        const snapshot = parse<BoardSnapshot>(event as MessageEvent);
        if (snapshot) latest.current.onSnapshot?.(snapshot);
      });
      source.addEventListener('call', (event) => {
        const call = parse<CallEvent>(event as MessageEvent);
        if (call) latest.current.onCall?.(call);
      });
    };
    setState('connecting');
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [slug, locationId]);

  return state;
}

/** The time now, ticking every `ms` (the board's and the kiosk's clock). */
export function useNow(ms = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
