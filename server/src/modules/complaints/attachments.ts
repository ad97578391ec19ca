import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_MAX } from '@lentera/common';
import { DomainError, Invalid } from '../../platform/errors';
import { type CleanFile, cleanFile, FileRefused, type UploadedFile } from '../../platform/files';

// Content sniffing, metadata stripping and storage are the platform's (`platform/files`), shared with other modules.
export { readStored, type UploadedFile, writeStored } from '../../platform/files';

/** Checks every file by its content and strips image metadata; refuses the whole set on the first bad file. */
export function cleanAttachments(files: UploadedFile[]): CleanFile[] {
  if (files.length > ATTACHMENTS_MAX) throw new Invalid('complaint_too_many_attachments');
  return files.map((file) => {
    try {
      return cleanFile(file, ATTACHMENT_MAX_BYTES);
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      if (error.reason === 'too_large') throw new DomainError(413, 'complaint_attachment_too_large');
      throw new Invalid('complaint_attachment_type', { name: file.fileName.slice(0, 100) });
    }
  });
}

/** Files live under DATA_DIR/complaints/<tenant>/<complaint>/<attachment> (shared storage with several nodes). */
export function storageKey(tenantId: string, complaintId: string, attachmentId: string): string {
  return `complaints/${tenantId}/${complaintId}/${attachmentId}`;
}
