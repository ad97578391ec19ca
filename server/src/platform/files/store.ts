import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AwsClient } from 'aws4fetch';

/**
 * Where stored files live, behind one interface: a folder under DATA_DIR (the default) or an S3-compatible bucket
 * shared by every node. Keys are paths made by code (`complaints/<tenant>/<complaint>/<id>`), never by users; they
 * are checked anyway, so a key can never leave the folder or the bucket.
 */
export interface FileStore {
  readonly kind: 'local' | 's3';
  put(key: string, data: Buffer, contentType?: string): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export function assertKey(key: string): string {
  if (!KEY.test(key) || key.length > 512 || key.split('/').some((segment) => segment === '..'))
    throw new Error(`invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}

/** Files in a folder. A write goes to a temporary name first, so a crash never leaves half a file under the key. */
export class LocalFileStore implements FileStore {
  readonly kind = 'local' as const;
  constructor(private readonly root: string) {}

  async put(key: string, data: Buffer): Promise<void> {
    const path = join(this.root, assertKey(key));
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.part`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(join(this.root, assertKey(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(join(this.root, assertKey(key)), { force: true });
  }
}

/** Thrown when the bucket answers something other than success or "no such key". */
export class StorageError extends Error {}

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage, SeaweedFS…), addressed path-style
 * (`ENDPOINT/BUCKET/KEY`), requests signed with AWS Signature V4 by aws4fetch. A put completes before the row that
 * points at the file is committed, so every node reading that row finds the file.
 */
export class S3FileStore implements FileStore {
  readonly kind = 's3' as const;
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(settings: S3Settings) {
    this.client = new AwsClient({
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
      region: settings.region,
      service: 's3',
      retries: 3,
    });
    this.base = `${settings.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(settings.bucket)}`;
  }

  private url(key: string): string {
    return `${this.base}/${assertKey(key).split('/').map(encodeURIComponent).join('/')}`;
  }

  async put(key: string, data: Buffer, contentType = 'application/octet-stream'): Promise<void> {
    const response = await this.client.fetch(this.url(key), {
      method: 'PUT',
      body: data,
      headers: { 'content-type': contentType, 'content-length': String(data.length) },
    });
    await response.arrayBuffer();
    if (!response.ok) throw new StorageError(`S3 PUT ${key}: HTTP ${response.status}`);
  }

  async get(key: string): Promise<Buffer | null> {
    const response = await this.client.fetch(this.url(key));
    if (response.status === 404) {
      // "No such key" is a missing file; "no such bucket" is a misconfigured installation, and must say so.
      if ((await response.text()).includes('NoSuchBucket')) throw new StorageError(`S3 GET ${key}: no such bucket`);
      return null;
    }
    if (!response.ok) {
      await response.arrayBuffer();
      throw new StorageError(`S3 GET ${key}: HTTP ${response.status}`);
    }
    return Buffer.from(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.client.fetch(this.url(key), { method: 'DELETE' });
    await response.arrayBuffer();
    if (!response.ok && response.status !== 404) throw new StorageError(`S3 DELETE ${key}: HTTP ${response.status}`);
  }
}

export function createFileStore(config: { dataDir: string; s3: S3Settings | null }): FileStore {
  return config.s3 ? new S3FileStore(config.s3) : new LocalFileStore(config.dataDir);
}
