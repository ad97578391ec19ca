import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

/**
 * Checking an uploaded file: its type is read from the content (`file-type`), never from its name, and an image is
 * decoded and encoded again (`sharp`), which drops every piece of metadata (EXIF with GPS, XMP, IPTC, comments),
 * turns the picture upright by its EXIF orientation and makes a small thumbnail for lists. Phone photos in WebP are
 * kept as WebP; HEIC/HEIF and AVIF become JPEG where the bundled libvips can decode them (prebuilt sharp decodes
 * AVIF but not HEVC-coded HEIC: those are refused with reason `heic`, so the user can be told to send JPEG).
 */

export type FileMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

export interface UploadedFile {
  fileName: string;
  data: Buffer;
}

export interface CleanFile {
  fileName: string;
  mime: FileMime;
  data: Buffer;
  sha256: string;
  /** A WebP of at most THUMBNAIL_SIZE pixels a side, for images; null for documents. */
  thumbnail: Buffer | null;
}

/** Why a file was refused: not an accepted type (or its name claims another), too large, or a HEIC we cannot read. */
export class FileRefused extends Error {
  constructor(
    readonly reason: 'type' | 'too_large' | 'heic',
    readonly fileName: string,
  ) {
    super(`file refused (${reason})`);
  }
}

export const THUMBNAIL_SIZE = 320;
export const THUMBNAIL_MIME = 'image/webp';
/** 120 megapixels: every phone camera but the 200 MP ones, and far below what would exhaust memory. */
const MAX_PIXELS = 120_000_000;

sharp.cache(false);

/** What each accepted image type is stored as. */
const IMAGE_OUTPUT: Record<string, FileMime> = {
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
  'image/webp': 'image/webp',
  'image/heic': 'image/jpeg',
  'image/heif': 'image/jpeg',
  'image/avif': 'image/jpeg',
};
const HEIF_FAMILY = new Set(['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence']);

const EXTENSION: Record<FileMime, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
};

/** The kind a file's name claims (image or document), when its extension is one we know. */
function claimedKind(name: string): 'image' | 'pdf' | null {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase();
  if (!ext) return null;
  if (['jpg', 'jpeg', 'jpe', 'jfif', 'png', 'webp', 'heic', 'heif', 'avif'].includes(ext)) return 'image';
  if (ext === 'pdf') return 'pdf';
  return null;
}

export function safeName(name: string, mime: FileMime): string {
  const base =
    name
      .replace(/[\\/]/g, '_')
      .replace(/[^\p{L}\p{N} ._()-]/gu, '')
      .trim()
      .slice(0, 150) || 'lampiran';
  const ext = EXTENSION[mime];
  return base.toLowerCase().endsWith(ext) ? base : `${base.replace(/\.[^.]*$/, '')}${ext}`;
}

/** The type read from the content; null when it is none we know. */
export async function detectType(data: Buffer): Promise<string | null> {
  return (await fileTypeFromBuffer(data))?.mime ?? null;
}

async function reencode(data: Buffer, output: FileMime): Promise<Buffer> {
  // rotate() without an angle applies the EXIF orientation; output carries no metadata unless asked for.
  const image = sharp(data, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
  if (output === 'image/png') return image.png({ compressionLevel: 8 }).toBuffer();
  if (output === 'image/webp') return image.webp({ quality: 85 }).toBuffer();
  return image.flatten({ background: '#ffffff' }).jpeg({ quality: 85 }).toBuffer();
}

/** A small WebP for lists, from an image already upright and clean. */
export function makeThumbnail(image: Buffer): Promise<Buffer> {
  return sharp(image, { limitInputPixels: MAX_PIXELS })
    .rotate()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 70 })
    .toBuffer();
}

/**
 * Checks one file by its content and re-encodes images; throws `FileRefused`. A name with a known extension must
 * agree with the content's kind (a "foto.jpg" that is a PDF or a program is refused); an unknown extension or none
 * is judged by the content alone.
 */
export async function cleanFile(file: UploadedFile, maxBytes: number): Promise<CleanFile> {
  if (file.data.length > maxBytes) throw new FileRefused('too_large', file.fileName);
  const detected = await detectType(file.data);
  const claimed = claimedKind(file.fileName);
  if (detected === 'application/pdf') {
    if (claimed === 'image') throw new FileRefused('type', file.fileName);
    return finish(file.fileName, 'application/pdf', file.data, null);
  }
  const output = detected ? IMAGE_OUTPUT[detected] : undefined;
  if (!detected || (!output && !HEIF_FAMILY.has(detected)) || claimed === 'pdf')
    throw new FileRefused('type', file.fileName);
  let data: Buffer;
  try {
    data = await reencode(file.data, output ?? 'image/jpeg');
  } catch {
    throw new FileRefused(HEIF_FAMILY.has(detected) ? 'heic' : 'type', file.fileName);
  }
  const mime = output ?? 'image/jpeg';
  return finish(file.fileName, mime, data, await makeThumbnail(data));
}

function finish(name: string, mime: FileMime, data: Buffer, thumbnail: Buffer | null): CleanFile {
  return {
    fileName: safeName(name, mime),
    mime,
    data,
    sha256: createHash('sha256').update(data).digest('hex'),
    thumbnail,
  };
}
