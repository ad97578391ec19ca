import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanFile, FileRefused, readStored, sniffType, writeStored } from './index';

const segment = (marker: number, payload: Buffer) => {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
};
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8]),
  segment(0xe0, Buffer.from('JFIF\0\x01\x01', 'latin1')),
  segment(0xe1, Buffer.from('Exif\0\0GPS -6.2088,106.8456', 'latin1')),
  segment(0xfe, Buffer.from('a comment', 'latin1')),
  Buffer.from([0xff, 0xda, 0, 4, 1, 2, 3, 4, 0xff, 0xd9]),
]);
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
};
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', Buffer.alloc(13)),
  chunk('tEXt', Buffer.from('Author\0Budi', 'latin1')),
  chunk('IDAT', Buffer.from([1, 2, 3])),
  chunk('IEND', Buffer.alloc(0)),
]);

describe('platform files: content type, metadata, storage', () => {
  it('tells the type from the content, whatever the name says', () => {
    expect(sniffType(jpeg)).toBe('image/jpeg');
    expect(sniffType(png)).toBe('image/png');
    expect(sniffType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffType(Buffer.from('MZ\x90\0 not a picture'))).toBeNull();
  });

  it('strips EXIF (with GPS) and comments from a JPEG and text chunks from a PNG, and names the file by its type', () => {
    const clean = cleanFile({ fileName: 'foto/../lokasi.jpeg', data: jpeg }, 1024);
    expect(clean.mime).toBe('image/jpeg');
    expect(clean.data.toString('latin1')).not.toContain('GPS');
    expect(clean.data.toString('latin1')).not.toContain('a comment');
    expect(clean.data.toString('latin1')).toContain('JFIF');
    expect(clean.fileName).toBe('foto_.._lokasi.jpg');
    expect(clean.sha256).toMatch(/^[0-9a-f]{64}$/);
    const cleanPng = cleanFile({ fileName: 'bukti', data: png }, 1024);
    expect(cleanPng.data.toString('latin1')).not.toContain('Budi');
    expect(cleanPng.data.toString('latin1')).toContain('IDAT');
    expect(cleanPng.fileName).toBe('bukti.png');
  });

  it('refuses a file of another type or larger than allowed', () => {
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof FileRefused ? error.reason : 'other';
      }
      return 'accepted';
    };
    expect(refusal(() => cleanFile({ fileName: 'x.pdf', data: Buffer.from('<html>') }, 1024))).toBe('type');
    expect(refusal(() => cleanFile({ fileName: 'x.pdf', data: Buffer.alloc(2048, 0x25) }, 1024))).toBe('too_large');
    expect(refusal(() => cleanFile({ fileName: 'x.pdf', data: Buffer.from('%PDF-1.4') }, 1024))).toBe('accepted');
  });

  it('keeps files under the data directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lentera-files-'));
    writeStored(dir, 'mod/t1/a/b', Buffer.from('isi'));
    expect(readStored(dir, 'mod/t1/a/b').toString()).toBe('isi');
  });
});
