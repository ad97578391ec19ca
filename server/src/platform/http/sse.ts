import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** An open Server-Sent Events response. */
export interface EventStream {
  /** Sends one event (`event:` name and JSON `data:`); ignored once closed. */
  send(event: string, data: unknown): void;
  readonly closed: boolean;
  /** Ends the response (the client's EventSource reconnects by itself unless it closes too). */
  close(): void;
}

/** The open streams of each server. */
const openStreams = new WeakMap<FastifyInstance, Set<EventStream>>();

/** Ends every open stream of a server: called as it shuts down, so that closing never waits for a client. */
export function closeAllEventStreams(app: FastifyInstance): void {
  for (const stream of [...(openStreams.get(app) ?? [])]) stream.close();
}

/**
 * Turns a request into a Server-Sent Events stream: the response is taken over from Fastify (no compression or
 * buffering in between), a comment line every `heartbeatMs` keeps proxies and idle timers from closing it, and
 * `onClose` runs once when the client goes away or the stream is closed.
 */
export function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  onClose: () => void,
  heartbeatMs = 15_000,
): EventStream {
  let open = openStreams.get(request.server);
  if (!open) {
    open = new Set();
    openStreams.set(request.server, open);
  }
  const streams = open;
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  // A reconnecting EventSource waits this long after a drop.
  raw.write('retry: 2000\n\n');
  let closed = false;
  const heartbeat = setInterval(() => {
    if (!closed) raw.write(': ping\n\n');
  }, heartbeatMs);
  heartbeat.unref();
  const stream: EventStream = {
    send(event, data) {
      if (closed) return;
      raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    get closed() {
      return closed;
    },
    close() {
      finish();
      raw.end();
    },
  };
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    streams.delete(stream);
    onClose();
  };
  streams.add(stream);
  request.raw.on('close', finish);
  raw.on('error', finish);
  return stream;
}
