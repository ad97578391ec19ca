/**
 * Helpers of the request tests: real files (a PDF, a PNG), multipart bodies as the web sends them, and requests
 * filed through the real use cases.
 */
import type { StandardInput, SubmitResult } from '@lentera/common';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { type Actor, makeCtx, type Services } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import type { UploadedDocument } from '../requests-support';
import { submitRequest } from '../use-cases/submit-request';
import { buildPublishedService, buildServiceAccount, type PublishedService } from './factories';

const onePagePdf = async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  return Buffer.from(await pdf.save());
};
const PDF = await onePagePdf();
const PNG = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#36a' } })
  .png()
  .toBuffer();

export const pdfBytes = () => PDF;
export const pngBytes = () => PNG;

/** A good NIK (a man born 1 January 1990 in Dumai). */
export const GOOD_NIK = '1471010101900001';

export const goodValues = (over: Record<string, string | number> = {}) => ({
  nama: 'Siti Aminah',
  nik: GOOD_NIK,
  ...over,
});

export const ktpPdf = (name = 'ktp.pdf'): UploadedDocument => ({ field: 'doc.ktp', fileName: name, data: PDF });

/** A multipart body: the request JSON in `data` (unless null), more fields, and files in their fields. */
export function multipart(
  data: unknown,
  files: Array<{ field: string; name: string; content: Buffer; type?: string }>,
  fields: Record<string, string> = {},
): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----lentera${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  const all = data === null ? fields : { data: JSON.stringify(data), ...fields };
  for (const [name, value] of Object.entries(all))
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const f of files)
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.content,
      Buffer.from('\r\n'),
    );
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface RequestSetup extends PublishedService {
  officer: Awaited<ReturnType<typeof buildServiceAccount>>;
  citizen: Awaited<ReturnType<typeof buildServiceAccount>>;
}

/** A published service with an officer of its unit and a citizen. */
export async function buildRequestSetup(
  services: Services,
  tenant: TenantRecord,
  standard: Partial<StandardInput> = {},
): Promise<RequestSetup> {
  const published = await buildPublishedService(services, tenant, { standard });
  const officer = await buildServiceAccount(services, tenant, 'service_officer', published.unitId);
  const citizen = await buildServiceAccount(services, tenant, 'citizen');
  return { ...published, officer, citizen };
}

export const ctxAs = (services: Services, tenant: TenantRecord, actor: Actor | null) =>
  makeCtx(services, { tenant, actor });

/** A request filed by the setup's citizen with good answers and the ID card as a PDF. */
export function fileRequest(
  services: Services,
  tenant: TenantRecord,
  setup: RequestSetup,
  options: { actor?: Actor | null; values?: Record<string, string | number>; documents?: UploadedDocument[] } = {},
): Promise<SubmitResult> {
  const actor = options.actor === undefined ? setup.citizen.actor : options.actor;
  return submitRequest(
    ctxAs(services, tenant, actor),
    setup.service.id,
    {
      standardId: setup.standard.id,
      values: options.values ?? goodValues(),
      guest: actor ? null : { name: 'Tamu Uji', email: 'tamu.uji@contoh.id' },
    },
    { documents: options.documents ?? [ktpPdf()] },
  );
}
