import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { encode } from 'uqr';

/** Text the standard fonts can draw (WinAnsi): other characters become `?`. */
function winAnsi(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\n\x20-\x7e\xa0-\xff]/g, '?');
}

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
const longDate = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/**
 * The certificate: A4 landscape, standard fonts, the holder, the programme, the JP and the date, with the
 * verification code and a QR code of the public verification page.
 */
export async function certificatePdf(input: {
  tenantName: string;
  name: string;
  programme: string;
  jp: number;
  completedOn: string;
  code: string;
  verifyUrl: string;
}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsi(`Sertifikat ${input.programme} - ${input.name}`));
  pdf.setProducer('Lentera');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height] = [841.89, 595.28];
  const page = pdf.addPage([width, height]);
  const ink = rgb(0.12, 0.16, 0.22);
  page.drawRectangle({
    x: 24,
    y: 24,
    width: width - 48,
    height: height - 48,
    borderColor: rgb(0.75, 0.6, 0.2),
    borderWidth: 3,
  });
  const centred = (text: string, y: number, size: number, font = regular) => {
    const safe = winAnsi(text);
    const w = font.widthOfTextAtSize(safe, size);
    page.drawText(safe, { x: Math.max(40, (width - w) / 2), y, size, font, color: ink, maxWidth: width - 80 });
  };
  centred(input.tenantName.toUpperCase(), height - 90, 14, bold);
  centred('SERTIFIKAT PELATIHAN', height - 150, 32, bold);
  centred('diberikan kepada', height - 200, 14);
  centred(input.name, height - 245, 26, bold);
  centred('yang telah menyelesaikan pelatihan', height - 290, 14);
  centred(input.programme, height - 325, 20, bold);
  centred(`${input.jp} JP (jam pelajaran) - selesai ${longDate(input.completedOn)}`, height - 360, 14);

  // The QR of the verification page, drawn module by module (no image to embed).
  const qr = encode(input.verifyUrl, { ecc: 'M', border: 0 });
  const cell = 3;
  const [qx, qy] = [width - 60 - qr.size * cell, 60];
  for (const [r, row] of qr.data.entries())
    for (const [c, dark] of row.entries())
      if (dark)
        page.drawRectangle({
          x: qx + c * cell,
          y: qy + (qr.size - 1 - r) * cell,
          width: cell,
          height: cell,
          color: rgb(0, 0, 0),
        });
  page.drawText(`Kode verifikasi: ${input.code}`, { x: 60, y: 90, size: 12, font: bold, color: ink });
  page.drawText(winAnsi(`Periksa keaslian di ${input.verifyUrl}`), {
    x: 60,
    y: 70,
    size: 9,
    font: regular,
    color: ink,
    maxWidth: qx - 80,
  });
  return Buffer.from(await pdf.save());
}
