import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_MAX } from '@lentera/common';
import { DomainError, Invalid } from '../../platform/errors';
import { type CleanFile, cleanFile, FileRefused, type UploadedFile } from '../../platform/files';

// Type detection, re-encoding (metadata, orientation, thumbnails) and storage are the platform's (`platform/files`).
export type { UploadedFile } from '../../platform/files';

/** Checks every file by its content and re-encodes images; refuses the whole set on the first bad file. */
export async function cleanAttachments(files: UploadedFile[]): Promise<CleanFile[]> {
  if (files.length > ATTACHMENTS_MAX) throw new Invalid('complaint_too_many_attachments');
  const cleaned: CleanFile[] = [];
  for (const file of files) {
    try {
      cleaned.push(await cleanFile(file, ATTACHMENT_MAX_BYTES));
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      const name = file.fileName.slice(0, 100);
      if (error.reason === 'too_large') throw new DomainError(413, 'complaint_attachment_too_large');
      if (error.reason === 'heic') throw new Invalid('file_heic_unsupported', { name });
      throw new Invalid('complaint_attachment_type', { name });
    }
  }
  return cleaned;
}

/** Files live under complaints/<tenant>/<complaint>/<attachment> in the file store (a thumbnail beside each image). */
export function storageKey(tenantId: string, complaintId: string, attachmentId: string): string {
  return `complaints/${tenantId}/${complaintId}/${attachmentId}`;
}
