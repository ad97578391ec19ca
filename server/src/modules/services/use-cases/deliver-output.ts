import { fillTemplate, localDate, type RequestDetail } from '@lentera/common';
import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib';
import { z } from 'zod';
import { type Ctx, requireTenant } from '../../../platform/context';
import { Invalid } from '../../../platform/errors';
import { detectType, safeName } from '../../../platform/files';
import { uuidv7 } from '../../../platform/ids';
import { peopleService } from '../../people/index';
import { catalogRepo } from '../repository/catalog';
import { requestsRepo } from '../repository/requests';
import type { StandardRow } from '../repository/tables';
import { documentKey, requestForOfficer } from '../requests-support';
import { finishFields, runStep } from './work-request';

export const deliverOutputSchema = z.object({ kind: z.enum(['file', 'letter', 'pickup']) });

/** The signed letter the officer uploads (a PDF, checked by its content). */
export interface OutputUpload {
  fileName: string;
  data: Buffer;
}

/** The largest signed PDF an officer may upload. */
export const OUTPUT_MAX_BYTES = 10 * 1024 * 1024;

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** `2026-12-07` as Indonesian letters write it: `7 Desember 2026`. */
export function indonesianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * Text the standard fonts can draw (WinAnsi): accents of other scripts dropped, typographic quotes and dashes kept
 * as their WinAnsi forms, anything else a `?`.
 */
export function winAnsiText(text: string): string {
  const kept = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\t/g, '    ')
    .replace(/[^\n\x20-\x7e\xa0-\xff]/g, (c) => (kept.has(c) ? c : '?'));
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The letter from the standard's template, with the tenant's name as letterhead; A4, standard fonts. */
export async function generateLetter(input: {
  letterhead: string;
  unitName: string;
  title: string;
  body: string;
}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsiText(input.title));
  pdf.setProducer('Lentera');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height] = [595.28, 841.89];
  const margin = 56;
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const draw = (text: string, font: PDFFont, size: number, gap = 4) => {
    for (const line of wrap(winAnsiText(text), font, size, width - 2 * margin)) {
      if (y < margin + size) {
        page = pdf.addPage([width, height]);
        y = height - margin;
      }
      page.drawText(line, { x: margin, y: y - size, size, font, color: rgb(0, 0, 0) });
      y -= size + gap;
    }
  };
  draw(input.letterhead.toUpperCase(), bold, 14);
  if (input.unitName) draw(input.unitName, regular, 11);
  y -= 4;
  page.drawLine({
    start: { x: margin, y },
    end: { x: width - margin, y },
    thickness: 1.5,
    color: rgb(0, 0, 0),
  });
  y -= 24;
  draw(input.title, bold, 12, 12);
  draw(input.body, regular, 11);
  // Without object streams: readable by older PDF readers, and saved four times faster (the demo seed makes many).
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

async function letterFor(ctx: Ctx, standard: StandardRow | undefined, fields: Record<string, string>) {
  const tenant = requireTenant(ctx);
  if (!standard?.letter_template.trim()) throw new Invalid('services_output_missing');
  return generateLetter({
    letterhead: tenant.name,
    unitName: fields.unitName ?? '',
    title: fields.serviceName ?? '',
    body: fillTemplate(standard.letter_template, fields),
  });
}

/**
 * Delivers the output of an approved request: a signed PDF the officer uploads (`file`) or the letter generated
 * from the standard's template with the request's answers (`letter`), after which the request is done; or ready
 * for pickup at the counter (`pickup`), done once picked up (`finishPickup`).
 */
export async function deliverOutput(
  ctx: Ctx,
  id: string,
  input: z.input<typeof deliverOutputSchema>,
  upload: OutputUpload | null = null,
): Promise<RequestDetail> {
  const tenant = requireTenant(ctx);
  const { kind } = deliverOutputSchema.parse(input);
  const request = await requestForOfficer(ctx, id);
  let file: { name: string; data: Buffer } | null = null;
  if (kind === 'file') {
    if (!upload) throw new Invalid('services_output_missing');
    if (upload.data.length > OUTPUT_MAX_BYTES || (await detectType(upload.data)) !== 'application/pdf')
      throw new Invalid('validation_failed', {}, [
        { path: 'output', message: upload.data.length > OUTPUT_MAX_BYTES ? 'document_too_large' : 'document_type' },
      ]);
    file = { name: safeName(upload.fileName || 'surat.pdf', 'application/pdf'), data: upload.data };
  }
  if (kind === 'letter' && request.status === 'approved') {
    const [standard, service, units] = await Promise.all([
      catalogRepo.standard(ctx.db, tenant.id, request.standard_id),
      catalogRepo.service(ctx.db, tenant.id, request.service_id),
      peopleService.units(ctx),
    ]);
    const answers = JSON.parse(request.answers) as Record<string, string | number>;
    const fields = {
      ...Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, String(v)])),
      code: request.code ?? '',
      name: request.applicant_name,
      date: indonesianDate(localDate(ctx.clock.now(), tenant.timeZone)),
      serviceName: service?.name ?? '',
      unitName: units.find((u) => u.id === request.unit_id)?.name ?? '',
    };
    const data = await letterFor(ctx, standard, fields);
    file = { name: safeName(`surat-${request.code ?? request.id}.pdf`, 'application/pdf'), data };
  }
  const documentId = uuidv7();
  const key = file ? documentKey(tenant.id, request.id, documentId) : null;
  if (file && key) await ctx.files.put(key, file.data, 'application/pdf');
  try {
    return await runStep(ctx, id, ['approved'], (s) => {
      const finished = kind === 'pickup' ? { status: 'ready' } : finishFields(s);
      return {
        set: { ...finished, output_kind: kind, output_file_key: key, output_name: file?.name ?? null },
        event: { kind: kind === 'pickup' ? 'ready' : 'done', data: { output: kind } },
        audit: { action: 'services.request_output', after: { kind, name: file?.name ?? null } },
        mail:
          kind === 'pickup'
            ? {
                step: 'ready',
                lines: [
                  {
                    id: 'Silakan ambil di loket layanan dengan membawa kode permohonan.',
                    en: 'Please pick it up at the service counter with your request code.',
                  },
                ],
              }
            : {
                step: 'done',
                surveyToken: (finished as { survey_token?: string }).survey_token ?? null,
                lines: [
                  {
                    id: 'Produk layanan dapat diunduh dari halaman permohonan Anda.',
                    en: 'The service output can be downloaded from your request page.',
                  },
                ],
              },
        also: async (tx) => {
          if (!file || !key) return;
          await requestsRepo.insertDocuments(tx.db, [
            {
              id: documentId,
              tenant_id: tenant.id,
              request_id: request.id,
              field_key: 'output',
              file_key: key,
              name: file.name,
              mime: 'application/pdf',
              size: file.data.length,
              uploaded_at: s.now.toISOString(),
            },
          ]);
        },
      };
    });
  } catch (error) {
    if (key) await ctx.files.remove(key).catch(() => undefined);
    throw error;
  }
}
