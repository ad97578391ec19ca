import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3 } from '../../test/s3';
import { cleanFile, FileService, S3FileStore, StorageError, thumbnailKey } from './index';

/** The S3 store against a real S3-compatible server (s3rver over HTTP), as two nodes would use it. */
describe('platform files: S3-compatible storage', () => {
  let s3: Awaited<ReturnType<typeof startS3>>;
  beforeAll(async () => {
    s3 = await startS3();
  });
  afterAll(async () => {
    await s3?.stop();
  });

  it('puts, gets and deletes objects; a missing key is null', async () => {
    const store = new S3FileStore(s3.settings);
    await store.put('complaints/t1/c1/a1', Buffer.from('isi berkas'), 'application/pdf');
    expect((await store.get('complaints/t1/c1/a1'))?.toString()).toBe('isi berkas');
    expect(await store.get('complaints/t1/c1/none')).toBeNull();
    await store.delete('complaints/t1/c1/a1');
    expect(await store.get('complaints/t1/c1/a1')).toBeNull();
    await expect(store.put('../luar', Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
  });

  it('shares files between two clients (two nodes): written through one, read through the other', async () => {
    const nodeA = new FileService(new S3FileStore(s3.settings));
    const nodeB = new FileService(new S3FileStore(s3.settings));
    const sharp = (await import('sharp')).default;
    const photo = await sharp({ create: { width: 50, height: 40, channels: 3, background: '#48c' } })
      .jpeg()
      .toBuffer();
    const clean = await cleanFile({ fileName: 'foto.jpg', data: photo }, 1024 * 1024);
    await nodeA.save('performance/t1/r1/f1', clean);
    expect((await nodeB.read('performance/t1/r1/f1')).equals(clean.data)).toBe(true);
    expect((await nodeB.thumbnail('performance/t1/r1/f1', 'image/jpeg'))?.data.equals(clean.thumbnail!)).toBe(true);
    await nodeB.remove('performance/t1/r1/f1');
    expect(await nodeA.store.get('performance/t1/r1/f1')).toBeNull();
    expect(await nodeA.store.get(thumbnailKey('performance/t1/r1/f1'))).toBeNull();
  });

  it('reports a bucket that does not exist as a storage error, not as a missing file', async () => {
    const wrong = new S3FileStore({ ...s3.settings, bucket: 'tidak-ada' });
    await expect(wrong.put('a/b', Buffer.from('x'))).rejects.toBeInstanceOf(StorageError);
    await expect(wrong.get('a/b')).rejects.toBeInstanceOf(StorageError);
  });
});
