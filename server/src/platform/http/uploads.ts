import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, Invalid } from '../errors';

/**
 * Multipart uploads, handled in one place for every route that takes files. A route that accepts
 * `multipart/form-data` (its schema's `consumes`) declares its limits in `config.upload` (start-up fails without
 * them) and reads the form with `readUpload`. Then, for every such route:
 * - a declared length over `maxBytes` is refused with 413 before a byte of the body is read;
 * - a file is read only up to `fileMaxBytes`: at the first byte past it the request is answered 413 naming that
 *   limit, nothing more is read, and the connection is dropped (a chunked body has no length to check first);
 * - a malformed body (no boundary, a wrong one, a part never closed, a bad part header) is a 400
 *   `multipart_malformed`, never a 500;
 * - the form as a whole can hold at most `files` files and `fields` fields of `fieldMaxBytes`, so its size is
 *   bounded even when nobody declared it.
 */

export interface UploadLimits {
  /** The whole request, checked against its declared length. */
  maxBytes: number;
  fileMaxBytes: number;
  files: number;
  fields?: number;
  fieldMaxBytes?: number;
  /** The route's own codes (messages that name its limits); otherwise the generic upload codes. */
  fileTooLargeCode?: string;
  tooManyFilesCode?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    upload?: UploadLimits;
  }
}

export interface UploadedPart {
  field: string;
  fileName: string;
  data: Buffer;
}

export interface UploadForm {
  fields: Map<string, string>;
  files: UploadedPart[];
}

const MULTIPART = 'multipart/form-data';

/** "10 MB", "512 KB": limits as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function limitsOf(request: FastifyRequest): UploadLimits {
  const limits = request.routeOptions.config.upload;
  if (!limits) throw new Error(`route ${request.routeOptions.url} reads an upload but declares no config.upload`);
  return limits;
}

const fileTooLarge = (limits: UploadLimits) =>
  new DomainError(413, limits.fileTooLargeCode ?? 'upload_file_too_large', { limit: formatBytes(limits.fileMaxBytes) });
const tooManyFiles = (limits: UploadLimits) =>
  new Invalid(limits.tooManyFilesCode ?? 'upload_too_many_files', { max: limits.files });

/** Errors the multipart parser (busboy, through @fastify/multipart) raises for a body that is not a valid form. */
function isMalformed(error: unknown): boolean {
  if (!(error instanceof Error) || error instanceof DomainError) return false;
  const code = (error as { code?: string }).code;
  if (code && ['FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT', 'FST_PROTO_VIOLATION', 'FST_REQ_PREMATURE_CLOSE'].includes(code))
    return true;
  if ((error as { statusCode?: number }).statusCode) return false;
  return (
    /[\\/](busboy|dicer)[\\/]/.test(error.stack ?? '') ||
    /^(Multipart: |Unexpected end of (multipart data|form)|Malformed part header|Part terminated early)/.test(
      error.message,
    )
  );
}

/** The upload error an escaped parser error stands for, or null (used by the error handler). */
export function uploadErrorOf(error: unknown, request: FastifyRequest): DomainError | null {
  if (error instanceof DomainError || !request.isMultipart?.()) return null;
  const limits = request.routeOptions.config.upload;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return limits ? fileTooLarge(limits) : new DomainError(413, 'upload_file_too_large', { limit: '?' });
  if (code === 'FST_FILES_LIMIT' && limits) return tooManyFiles(limits);
  if (isMalformed(error)) return new Invalid('multipart_malformed');
  return null;
}

/** A file's bytes, refused at the first byte past the limit (busboy's own `limit` event, or our count). */
function readFile(file: Readable & { truncated?: boolean }, limits: UploadLimits): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      file.removeAllListeners('data');
      reject(error);
    };
    file.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.fileMaxBytes || file.truncated) fail(fileTooLarge(limits));
      else chunks.push(chunk);
    });
    file.once('limit', () => fail(fileTooLarge(limits)));
    file.once('error', (error) => fail(isMalformed(error) ? new Invalid('multipart_malformed') : error));
    file.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
    // A body that ended inside this part may have broken the stream before we got it (the whole body can arrive
    // at once): its error is already recorded, or it closes without an end.
    file.once('close', () => fail(new Invalid('multipart_malformed')));
    if (file.errored) fail(isMalformed(file.errored) ? new Invalid('multipart_malformed') : file.errored);
    else if (file.destroyed) fail(new Invalid('multipart_malformed'));
  });
}

/** Reads the form of a multipart request with its route's limits; throws the standard errors above. */
export async function readUpload(request: FastifyRequest): Promise<UploadForm> {
  const limits = limitsOf(request);
  if (!request.isMultipart())
    throw new Invalid('validation_failed', {}, [{ path: '', message: 'multipart/form-data expected' }]);
  const form: UploadForm = { fields: new Map(), files: [] };
  const fields = limits.fields ?? 5;
  try {
    const parts = request.parts({
      limits: {
        fileSize: limits.fileMaxBytes,
        files: limits.files + 1,
        fields,
        fieldSize: limits.fieldMaxBytes ?? 64 * 1024,
        parts: limits.files + fields + 1,
        headerPairs: 50,
      },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        if (form.files.length >= limits.files) throw tooManyFiles(limits);
        form.files.push({ field: part.fieldname, fileName: part.filename, data: await readFile(part.file, limits) });
      } else {
        if (part.valueTruncated)
          throw new Invalid('validation_failed', {}, [{ path: part.fieldname, message: 'too long' }]);
        form.fields.set(part.fieldname, String(part.value));
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw uploadErrorOf(error, request) ?? error;
  }
  return form;
}

/** Registers the multipart parser and the checks every upload route gets. */
export async function installUploads(app: FastifyInstance): Promise<void> {
  // Defaults for a route that reads parts without readUpload: small, so a forgotten limit fails safe.
  await app.register(multipart, {
    limits: { fileSize: 10 * 1024 * 1024, files: 5, fields: 20, parts: 30, headerPairs: 50 },
  });
  app.addHook('onRoute', (route) => {
    const consumes = (route.schema as { consumes?: string[] } | undefined)?.consumes ?? [];
    if (consumes.includes(MULTIPART) && !(route.config as { upload?: UploadLimits } | undefined)?.upload)
      throw new Error(`${route.method} ${route.url} consumes ${MULTIPART} but declares no config.upload limits`);
  });
  app.addHook('onRequest', async (request) => {
    const limits = request.routeOptions.config?.upload;
    if (!limits) return;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limits.maxBytes)
      throw new DomainError(413, 'payload_too_large', { limit: formatBytes(limits.maxBytes) });
  });
  // An answer given before the body was read whole (a 413, a refusal): read no more of it. The connection is
  // dropped two seconds later, not at once: closing with unread bytes resets it, and a reset can make the client
  // lose the answer it was sent (a `connection: close` header would make Node close at once, so none is sent).
  app.addHook('onResponse', async (request) => {
    if (!request.routeOptions.config?.upload || request.raw.complete) return;
    request.raw.unpipe();
    request.raw.pause();
    const socket = request.raw.socket as { destroy?: () => void } | undefined;
    setTimeout(() => socket?.destroy?.(), 2_000).unref();
  });
}

/** Whether a route (as `onRoute` sees it) takes multipart uploads. */
export function isUploadRoute(route: { schema?: unknown; config?: unknown }): boolean {
  return ((route.schema as { consumes?: string[] } | undefined)?.consumes ?? []).includes(MULTIPART);
}
