import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Files people upload (complaint attachments, performance evidence): the type is read from the content, image
 * metadata (EXIF with GPS, text chunks) is stripped, and the file is kept under DATA_DIR. Modules map
 * `FileRefused` to their own error codes and keep their own table of stored files.
 */

export type FileMime = 'image/jpeg' | 'image/png' | 'application/pdf';

export interface UploadedFile {
  fileName: string;
  data: Buffer;
}

export interface CleanFile {
  fileName: string;
  mime: FileMime;
  data: Buffer;
  sha256: string;
}

/** Why a file was refused: its content is not an accepted type, or it is larger than allowed. */
export class FileRefused extends Error {
  constructor(
    readonly reason: 'type' | 'too_large',
    readonly fileName: string,
  ) {
    super(`file refused (${reason})`);
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The type from the first bytes, whatever the name or the declared type say. */
export function sniffType(data: Buffer): FileMime | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 8 && data.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

/**
 * A JPEG without its metadata: APP1 (EXIF with GPS, XMP), APP13 (IPTC), comments and the other APPn
 * segments are dropped; JFIF (APP0), ICC colour profiles (APP2 ICC_PROFILE) and Adobe's colour transform
 * (APP14) stay because the picture depends on them. Everything from the start of scan on is copied as is.
 */
export function stripJpeg(data: Buffer): Buffer {
  const out: Buffer[] = [data.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= data.length) {
    if (data[i] !== 0xff) throw new Error('bad JPEG marker');
    const marker = data[i + 1] as number;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) break;
    if (marker === 0xda) {
      out.push(data.subarray(i));
      return Buffer.concat(out);
    }
    if (marker >= 0xd0 && marker <= 0xd7) {
      out.push(data.subarray(i, i + 2));
      i += 2;
      continue;
    }
    const length = data.readUInt16BE(i + 2);
    const end = i + 2 + length;
    if (length < 2 || end > data.length) throw new Error('truncated JPEG segment');
    const segment = data.subarray(i, end);
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const keep =
      !isApp && marker !== 0xfe
        ? true
        : marker === 0xe0 ||
          marker === 0xee ||
          (marker === 0xe2 && segment.subarray(4, 15).toString('latin1') === 'ICC_PROFILE');
    if (keep) out.push(segment);
    i = end;
  }
  out.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(out);
}

const PNG_DROPPED = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

/** A PNG without its text chunks, EXIF chunk and timestamp; every chunk kept is copied with its CRC. */
export function stripPng(data: Buffer): Buffer {
  const out: Buffer[] = [data.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= data.length) {
    const length = data.readUInt32BE(i);
    const type = data.subarray(i + 4, i + 8).toString('latin1');
    const end = i + 12 + length;
    if (end > data.length) throw new Error('truncated PNG chunk');
    if (!PNG_DROPPED.has(type)) out.push(data.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(out);
}

export function safeName(name: string, mime: FileMime): string {
  const base =
    name
      .replace(/[\\/]/g, '_')
      .replace(/[^\p{L}\p{N} ._()-]/gu, '')
      .trim()
      .slice(0, 150) || 'lampiran';
  const ext = mime === 'image/jpeg' ? '.jpg' : mime === 'image/png' ? '.png' : '.pdf';
  return base.toLowerCase().endsWith(ext) ? base : `${base.replace(/\.[^.]*$/, '')}${ext}`;
}

/** Checks one file by its content and strips image metadata; throws `FileRefused`. */
export function cleanFile(file: UploadedFile, maxBytes: number): CleanFile {
  if (file.data.length > maxBytes) throw new FileRefused('too_large', file.fileName);
  const mime = sniffType(file.data);
  if (!mime) throw new FileRefused('type', file.fileName);
  let data: Buffer;
  try {
    data = mime === 'image/jpeg' ? stripJpeg(file.data) : mime === 'image/png' ? stripPng(file.data) : file.data;
  } catch {
    throw new FileRefused('type', file.fileName);
  }
  return {
    fileName: safeName(file.fileName, mime),
    mime,
    data,
    sha256: createHash('sha256').update(data).digest('hex'),
  };
}

/** Writes a file under DATA_DIR at `key` (shared storage when there are several nodes). */
export function writeStored(dataDir: string, key: string, data: Buffer): void {
  const path = join(dataDir, key);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

export function readStored(dataDir: string, key: string): Buffer {
  return readFileSync(join(dataDir, key));
}
