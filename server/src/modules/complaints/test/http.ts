import sharp from 'sharp';
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

/**
 * A real (sharp-made) 24×16 JPEG whose EXIF holds a GPS position, a description naming that position and a
 * copyright line naming a person: all three must be gone after upload.
 */
const JPEG_WITH_EXIF = await sharp({ create: { width: 24, height: 16, channels: 3, background: '#3a7' } })
  .jpeg()
  .withExif({
    IFD0: {
      ImageDescription: 'GPSLatitude=-1.6654;GPSLongitude=101.4476;SecretCamera',
      Copyright: 'Taken at home of Siti',
    },
    IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '1/1 39/1 55/1', GPSLongitudeRef: 'E', GPSLongitude: '101/1 26/1 51/1' },
  })
  .toBuffer();

export function jpegWithExif(): Buffer {
  return JPEG_WITH_EXIF;
}
