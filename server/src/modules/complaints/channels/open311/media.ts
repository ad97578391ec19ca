/**
 * Open311 `media_url`: the image a client links to is fetched once at intake and kept as an attachment, so that it
 * is checked (type by content, metadata stripped) and stays available. Guarded against server-side request
 * forgery: http(s) only, the host's every address must be public (no loopback, private, link-local, CGNAT,
 * multicast or unspecified address) unless `MEDIA_FETCH_ALLOW_PRIVATE=true` (tests), and the connection goes to
 * the address that was checked (no second lookup a DNS rebinding could answer differently). At most 10 MB, read
 * as a stream; 10 seconds in all; up to 3 redirects, each checked the same way.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';
import { ATTACHMENT_MAX_BYTES } from '@lentera/common';
import { cleanAttachments, type UploadedFile } from '../../attachments';

export const MEDIA_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;

export type MediaResult = { ok: true; file: UploadedFile } | { ok: false; reason: string };

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** True for an address a fetch by URL must not reach (IPv4-mapped IPv6 is judged as its IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

class MediaRefused extends Error {}

/** Fetches the image at `url` for an attachment, or says why not; never throws. */
export async function fetchMedia(
  url: string,
  options: { allowPrivate: boolean; timeoutMs?: number; maxBytes?: number },
): Promise<MediaResult> {
  const deadline = Date.now() + (options.timeoutMs ?? MEDIA_TIMEOUT_MS);
  const maxBytes = options.maxBytes ?? ATTACHMENT_MAX_BYTES;
  let current = url;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const target = parseTarget(current);
      const response = await get(target, options.allowPrivate, deadline);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        current = new URL(response.headers.location, target).toString();
        continue;
      }
      if (status !== 200) {
        response.resume();
        throw new MediaRefused(`HTTP ${status}`);
      }
      const data = await readLimited(response, maxBytes, deadline);
      const name = decodeURIComponent(target.pathname.split('/').pop() || 'media') || 'media';
      const file: UploadedFile = { fileName: `open311-${name}`.slice(0, 120), data };
      // The intake's own checks, by content: only an image is taken.
      const [clean] = await cleanAttachments([file]);
      if (!clean?.mime.startsWith('image/')) throw new MediaRefused('not an image (JPEG, PNG or WebP)');
      return { ok: true, file };
    }
    throw new MediaRefused(`more than ${MAX_REDIRECTS} redirects`);
  } catch (error) {
    const reason =
      error instanceof MediaRefused
        ? error.message
        : (error as { code?: string }).code === 'complaint_attachment_too_large'
          ? 'larger than 10 MB'
          : (error as { code?: string }).code === 'complaint_attachment_type'
            ? 'not an image (JPEG, PNG or WebP)'
            : ((error as { code?: string }).code ?? (error as Error).message ?? 'failed');
    return { ok: false, reason: String(reason).slice(0, 200) };
  }
}

function parseTarget(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MediaRefused('not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new MediaRefused('only http and https');
  if (url.username || url.password) throw new MediaRefused('credentials in the URL');
  return url;
}

function get(url: URL, allowPrivate: boolean, deadline: number): Promise<IncomingMessage> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new MediaRefused('timed out'));
  // Every address the name resolves to is checked, and the socket connects to the one that was checked.
  const lookup = (
    hostname: string,
    opts: object,
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      if (!addresses.length) return callback(new MediaRefused('no address'), '');
      if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address)))
        return callback(new MediaRefused('a private or loopback address'), '');
      if ((opts as { all?: boolean }).all) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !allowPrivate && isPrivateAddress(host))
    return Promise.reject(new MediaRefused('a private or loopback address'));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: 'GET',
      lookup,
      headers: { accept: 'image/*', 'user-agent': 'Lentera/1 (Open311 media)' },
    });
    const timer = setTimeout(() => req.destroy(new MediaRefused('timed out')), left);
    req.on('response', (response) => {
      clearTimeout(timer);
      resolve(response);
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end();
  });
}

function readLimited(response: IncomingMessage, maxBytes: number, deadline: number): Promise<Buffer> {
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.destroy();
    return Promise.reject(new MediaRefused('larger than 10 MB'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => response.destroy(new MediaRefused('timed out')), Math.max(0, deadline - Date.now()));
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy(new MediaRefused('larger than 10 MB'));
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    response.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    response.on('close', () => {
      clearTimeout(timer);
      if (size > maxBytes) reject(new MediaRefused('larger than 10 MB'));
    });
  });
}
