import type { TenantRecord } from '../../../platform/tenancy/repository';

export const complaintsApi = (tenant: TenantRecord) => `/api/t/${tenant.slug}/complaints`;

/** A multipart body: the complaint JSON in `data` and files in `attachments`. */
export function intakeMultipart(
  data: unknown,
  files: Array<{ name: string; content: Buffer; type?: string }>,
): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----lentera${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n`),
  ];
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A tiny JPEG with an EXIF segment holding a GPS marker text, to prove it is stripped. */
export function jpegWithExif(): Buffer {
  const app0 = Buffer.concat([
    Buffer.from([0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'),
  ]);
  const exifPayload = Buffer.from('Exif\0\0GPSLatitude=-1.6654;GPSLongitude=101.4476;SecretCamera', 'latin1');
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), u16(exifPayload.length + 2), exifPayload]);
  const comment = Buffer.from('Taken at home of Siti', 'latin1');
  const com = Buffer.concat([Buffer.from([0xff, 0xfe]), u16(comment.length + 2), comment]);
  const dqt = Buffer.concat([Buffer.from([0xff, 0xdb]), u16(67), Buffer.alloc(65, 1)]);
  const sos = Buffer.concat([
    Buffer.from([0xff, 0xda]),
    u16(8),
    Buffer.from([1, 1, 0, 0, 63, 0]),
    Buffer.from([0x12, 0x34, 0x56]),
  ]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, app1, com, dqt, sos, Buffer.from([0xff, 0xd9])]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}
