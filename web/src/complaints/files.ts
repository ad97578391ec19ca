import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_MAX } from '@lentera/common';

export const ACCEPTED_TYPES = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf';

export type FileProblem = { kind: 'tooLarge' | 'type'; name: string } | { kind: 'tooMany' };

/** JPEG, PNG or PDF by the first bytes, as the server checks it: a renamed `.exe` is caught before upload. */
export async function sniffFile(file: Blob): Promise<'image/jpeg' | 'image/png' | 'application/pdf' | null> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'image/png';
  if (String.fromCharCode(...head.slice(0, 5)) === '%PDF-') return 'application/pdf';
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
