import type { Logger } from 'pino';
import { NotFound } from '../errors';
import { type CleanFile, makeThumbnail, THUMBNAIL_MIME } from './inspect';
import type { FileStore } from './store';

/**
 * Files people upload (complaint attachments, performance evidence, employee imports). `cleanFile` checks one by its
 * content and re-encodes images (`inspect.ts`); the `FileService` keeps them in the installation's store (a local
 * folder, or an S3-compatible bucket shared by every node: `store.ts`) with a thumbnail beside each image. Modules
 * map `FileRefused` to their own error codes and keep their own table of stored files.
 */

export {
  type CleanFile,
  cleanFile,
  detectType,
  type FileMime,
  FileRefused,
  safeName,
  THUMBNAIL_MIME,
  THUMBNAIL_SIZE,
  type UploadedFile,
} from './inspect';
export { createFileStore, type FileStore, LocalFileStore, S3FileStore, type S3Settings, StorageError } from './store';

/** The thumbnail of the file stored at `key` is stored beside it. */
export const thumbnailKey = (key: string) => `${key}.thumb.webp`;

export class FileService {
  constructor(
    readonly store: FileStore,
    private readonly log?: Logger,
  ) {}

  /** Stores a checked file and, for an image, its thumbnail; resolves once both are stored. */
  async save(key: string, file: CleanFile): Promise<void> {
    await Promise.all([
      this.store.put(key, file.data, file.mime),
      file.thumbnail ? this.store.put(thumbnailKey(key), file.thumbnail, THUMBNAIL_MIME) : undefined,
    ]);
  }

  /** Raw bytes under a key (imports keep the uploaded spreadsheet as it came). */
  put(key: string, data: Buffer, contentType?: string): Promise<void> {
    return this.store.put(key, data, contentType);
  }

  /** A stored file's bytes; a row whose file is gone is answered as not found (and logged). */
  async read(key: string): Promise<Buffer> {
    const data = await this.store.get(key);
    if (!data) {
      this.log?.warn({ key }, 'stored file missing');
      throw new NotFound();
    }
    return data;
  }

  /**
   * The thumbnail of an image (WebP); null for a document. Images stored before thumbnails existed get theirs made
   * from the original on first request, and kept.
   */
  async thumbnail(key: string, mime: string): Promise<{ mime: string; data: Buffer } | null> {
    if (!mime.startsWith('image/')) return null;
    const stored = await this.store.get(thumbnailKey(key));
    if (stored) return { mime: THUMBNAIL_MIME, data: stored };
    const data = await makeThumbnail(await this.read(key));
    await this.store.put(thumbnailKey(key), data, THUMBNAIL_MIME);
    return { mime: THUMBNAIL_MIME, data };
  }

  async remove(key: string): Promise<void> {
    await Promise.all([this.store.delete(key), this.store.delete(thumbnailKey(key))]);
  }
}
