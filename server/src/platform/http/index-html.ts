import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

interface Loaded {
  version: string;
  plain: Buffer;
  br: Buffer | null;
  gzip: Buffer | null;
}

/**
 * The web app's index.html, answered for every page address, from memory: it is asked for on every visit, and
 * reading and streaming the file each time cost more than the rest of the request. A rebuild is picked up at the
 * next request (the file's size and modification time are checked, a cheap stat). The build's .br and .gz
 * files are sent as they are to browsers that accept them.
 */
export class IndexHtml {
  private loaded: Loaded | null = null;

  constructor(private readonly dir: string) {}

  private current(): Loaded {
    const file = join(this.dir, 'index.html');
    const stat = statSync(file);
    const version = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
    if (this.loaded?.version !== version) {
      const variant = (suffix: string) => (existsSync(file + suffix) ? readFileSync(file + suffix) : null);
      this.loaded = { version, plain: readFileSync(file), br: variant('.br'), gzip: variant('.gz') };
    }
    return this.loaded;
  }

  send(request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const page = this.current();
    // index.html names the current hashed assets: browsers must revalidate it after every deploy.
    reply.header('cache-control', 'no-cache').header('etag', page.version).header('vary', 'accept-encoding');
    reply.type('text/html; charset=utf-8');
    if (request.headers['if-none-match'] === page.version) return reply.code(304).send();
    const accepts = String(request.headers['accept-encoding'] ?? '');
    if (page.br && /\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(page.br);
    if (page.gzip && /\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(page.gzip);
    return reply.send(page.plain);
  }
}
