import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cleanFile, FileRefused, FileService, LocalFileStore, thumbnailKey, type UploadedFile } from './index';

/** A landscape picture: red left half, blue right half, so that a rotation shows in the pixels. */
function halves(width: number, height: number) {
  const half = Buffer.alloc((width / 2) * height * 3);
  for (let i = 0; i < half.length; i += 3) half[i] = 255;
  const other = Buffer.alloc((width / 2) * height * 3);
  for (let i = 2; i < other.length; i += 3) other[i] = 255;
  return sharp({ create: { width, height, channels: 3, background: '#000' } }).composite([
    { input: half, raw: { width: width / 2, height, channels: 3 }, left: 0, top: 0 },
    { input: other, raw: { width: width / 2, height, channels: 3 }, left: width / 2, top: 0 },
  ]);
}

const gpsJpeg = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } })
    .jpeg()
    .withExif({
      IFD0: { ImageDescription: 'rumah Siti', Make: 'SecretCamera' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '1/1 39/1 55/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '101/1 26/1 51/1',
      },
    })
    .toBuffer();

/** The first bytes of an iPhone photo: an ISO-BMFF `ftyp` box with the HEIC brand, then its (here: bogus) boxes. */
function heicLike(): Buffer {
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypheic', 'latin1'),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from('mif1heic', 'latin1'),
  ]);
  const meta = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('meta', 'latin1'), Buffer.alloc(24, 7)]);
  return Buffer.concat([ftyp, meta, Buffer.alloc(256, 1)]);
}

async function refusal(file: UploadedFile, maxBytes = 1024 * 1024): Promise<string> {
  try {
    await cleanFile(file, maxBytes);
    return 'accepted';
  } catch (error) {
    return error instanceof FileRefused ? error.reason : `other: ${(error as Error).message}`;
  }
}

describe('platform files: type by content, images re-encoded', () => {
  it('removes EXIF with GPS (and every other metadata) from a JPEG', async () => {
    const original = await gpsJpeg();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(original.toString('latin1')).toContain('SecretCamera');
    const clean = await cleanFile({ fileName: 'foto/../lokasi.jpeg', data: original }, 1024 * 1024);
    expect(clean.mime).toBe('image/jpeg');
    const meta = await sharp(clean.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(clean.data.toString('latin1')).not.toContain('SecretCamera');
    expect(clean.data.toString('latin1')).not.toContain('Siti');
    expect(clean.fileName).toBe('foto_.._lokasi.jpeg'.replace(/\.jpeg$/, '.jpg'));
    expect(clean.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('turns a photo upright by its EXIF orientation', async () => {
    // Orientation 6: the camera was turned; the picture must be shown rotated 90° clockwise (80×40 → 40×80).
    const sideways = await halves(80, 40).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const clean = await cleanFile({ fileName: 'miring.jpg', data: sideways }, 1024 * 1024);
    const meta = await sharp(clean.data).metadata();
    expect([meta.width, meta.height]).toEqual([40, 80]);
    expect(meta.orientation).toBeUndefined();
    // After a clockwise turn the red left half is on top.
    const { data } = await sharp(clean.data).raw().toBuffer({ resolveWithObject: true });
    const top = [data[(5 * 40 + 20) * 3], data[(5 * 40 + 20) * 3 + 2]];
    const bottom = [data[(75 * 40 + 20) * 3], data[(75 * 40 + 20) * 3 + 2]];
    expect(top[0]).toBeGreaterThan(200);
    expect(bottom[1]).toBeGreaterThan(200);
  });

  it('makes a WebP thumbnail of at most 320 pixels a side for an image, none for a PDF', async () => {
    const big = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();
    const clean = await cleanFile({ fileName: 'tangkapan layar.png', data: big }, 10 * 1024 * 1024);
    expect(clean.mime).toBe('image/png');
    const thumb = await sharp(clean.thumbnail!).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 320, 160]);
    const pdf = await cleanFile({ fileName: 'surat.pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') }, 1024);
    expect([pdf.mime, pdf.thumbnail]).toEqual(['application/pdf', null]);
  });

  it('accepts a WebP photo and keeps it as WebP; an AVIF becomes JPEG', async () => {
    const webp = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#36c' } })
      .webp()
      .toBuffer();
    const clean = await cleanFile({ fileName: 'IMG_0001.webp', data: webp }, 1024 * 1024);
    expect([clean.mime, clean.fileName]).toEqual(['image/webp', 'IMG_0001.webp']);
    expect((await sharp(clean.data).metadata()).format).toBe('webp');
    const avif = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#36c' } })
      .avif()
      .toBuffer();
    const fromAvif = await cleanFile({ fileName: 'IMG_0002.avif', data: avif }, 1024 * 1024);
    expect([fromAvif.mime, fromAvif.fileName]).toEqual(['image/jpeg', 'IMG_0002.jpg']);
  });

  it('refuses a HEIC photo it cannot decode with its own reason, so the user is told to send JPEG', async () => {
    expect(await refusal({ fileName: 'IMG_4321.HEIC', data: heicLike() })).toBe('heic');
  });

  it('refuses a file whose name claims a picture but which is a PDF or a program, and any unknown content', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n');
    expect(await refusal({ fileName: 'foto.jpg', data: pdf })).toBe('type');
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
    expect(await refusal({ fileName: 'foto.jpg', data: exe })).toBe('type');
    const elf = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(200)]);
    expect(await refusal({ fileName: 'foto.jpg', data: elf })).toBe('type');
    expect(await refusal({ fileName: 'x.pdf', data: Buffer.from('<html><script>alert(1)</script>') })).toBe('type');
    // A picture named as a document is refused too; the same PDF under its own name is accepted.
    expect(await refusal({ fileName: 'surat.pdf', data: await gpsJpeg() })).toBe('type');
    expect(await refusal({ fileName: 'surat.pdf', data: pdf })).toBe('accepted');
  });

  it('refuses a broken image and a file over the limit', async () => {
    const truncated = (await gpsJpeg()).subarray(0, 200);
    expect(await refusal({ fileName: 'rusak.jpg', data: truncated })).toBe('type');
    expect(await refusal({ fileName: 'x.pdf', data: Buffer.alloc(2048, 0x25) }, 1024)).toBe('too_large');
  });
});

describe('platform files: the local store and the file service', () => {
  it('keeps files under the data directory, never outside it, and answers a missing key with null', async () => {
    const store = new LocalFileStore(mkdtempSync(join(tmpdir(), 'lentera-files-')));
    await store.put('mod/t1/a/b', Buffer.from('isi'));
    expect((await store.get('mod/t1/a/b'))?.toString()).toBe('isi');
    expect(await store.get('mod/t1/a/none')).toBeNull();
    await store.delete('mod/t1/a/b');
    expect(await store.get('mod/t1/a/b')).toBeNull();
    await expect(store.put('../luar', Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
    await expect(store.get('mod/../../etc/passwd')).rejects.toThrow(/invalid storage key/);
  });

  it('stores the thumbnail beside an image, and makes one for an image stored before thumbnails existed', async () => {
    const files = new FileService(new LocalFileStore(mkdtempSync(join(tmpdir(), 'lentera-files-'))));
    const clean = await cleanFile({ fileName: 'a.jpg', data: await gpsJpeg() }, 1024 * 1024);
    await files.save('complaints/t/c/1', clean);
    expect((await files.read('complaints/t/c/1')).equals(clean.data)).toBe(true);
    expect((await files.store.get(thumbnailKey('complaints/t/c/1')))?.equals(clean.thumbnail!)).toBe(true);

    await files.put('complaints/t/c/old', clean.data);
    expect(await files.store.get(thumbnailKey('complaints/t/c/old'))).toBeNull();
    const made = await files.thumbnail('complaints/t/c/old', 'image/jpeg');
    expect(made?.mime).toBe('image/webp');
    expect(await files.store.get(thumbnailKey('complaints/t/c/old'))).not.toBeNull();
    expect(await files.thumbnail('complaints/t/c/old', 'application/pdf')).toBeNull();
    await expect(files.read('complaints/t/c/none')).rejects.toMatchObject({ code: 'not_found' });
  });
});
