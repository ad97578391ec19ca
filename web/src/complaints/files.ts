import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_MAX } from '@lentera/common';

export const ACCEPTED_TYPES =
  'image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif,application/pdf,' +
  '.jpg,.jpeg,.png,.webp,.heic,.heif,.avif,.pdf';

export type FileProblem = { kind: 'tooLarge' | 'type'; name: string } | { kind: 'tooMany' };

type Sniffed = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | 'application/pdf';

/**
 * The kind of file by its first bytes, so that a renamed `.exe` is caught before upload. The server decides for
 * good (it reads the type with a library, re-encodes photos and says when a HEIC photo cannot be read).
 */
export async function sniffFile(file: Blob): Promise<Sniffed | null> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const text = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'image/png';
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP') return 'image/webp';
  // HEIC, HEIF and AVIF photos: an ISO media file whose brand names a still image.
  if (text(4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1|avif|avis)$/.test(text(8, 12)))
    return 'image/heic';
  if (text(0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

/** The files that may be added to those already chosen, and the problems of the others. */
export async function checkFiles(
  current: readonly File[],
  added: readonly File[],
): Promise<{ accepted: File[]; problems: FileProblem[] }> {
  const accepted: File[] = [];
  const problems: FileProblem[] = [];
  for (const file of added) {
    if (current.length + accepted.length >= ATTACHMENTS_MAX) {
      problems.push({ kind: 'tooMany' });
      break;
    }
    if (file.size > ATTACHMENT_MAX_BYTES) problems.push({ kind: 'tooLarge', name: file.name });
    else if (!(await sniffFile(file))) problems.push({ kind: 'type', name: file.name });
    else accepted.push(file);
  }
  return { accepted, problems };
}

/** "1,2 MB" / "340 KB" */
export function fileSize(bytes: number, lang: 'id' | 'en'): string {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  if (bytes >= 1024 * 1024)
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
}
