import { ELEMENT_CODES, GRADE_LABELS, type PlanActionView, periodInWords, SURVEY_ELEMENTS } from '@lentera/common';
import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib';
import type { FrozenFigures } from './results';

/** Text the standard fonts can draw (WinAnsi): other characters become `?`. */
function winAnsi(text: string): string {
  return text
    .replace(/[\u2013\u2014]/g, '-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\n\x20-\x7e\xa0-\xff]/g, '?');
}

const fixed = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');

/**
 * The SKM report in the layout Indonesian units publish: title, respondents (by channel and detail), the table of
 * NRR per element, the IKM, converted index and grade, the sample-size check, the analysis and the improvement plan.
 * A4, standard fonts.
 */
export async function reportPdf(input: {
  tenantName: string;
  period: string;
  frozen: FrozenFigures;
  analysis: string;
  plan: PlanActionView[];
  publishedOn: string;
}): Promise<Buffer> {
  const { unit, sample } = input.frozen;
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsi(`Laporan SKM ${unit.unitName} ${input.period}`));
  pdf.setProducer('Lentera');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height, margin] = [595.28, 841.89, 50];
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const room = (needed: number) => {
    if (y - needed < margin) {
      page = pdf.addPage([width, height]);
      y = height - margin;
    }
  };
  const line = (text: string, font: PDFFont = regular, size = 10, x = margin) => {
    room(size + 4);
    page.drawText(winAnsi(text), { x, y: y - size, size, font, color: rgb(0, 0, 0) });
    y -= size + 4;
  };
  const paragraph = (text: string, size = 10) => {
    for (const para of winAnsi(text).split('\n')) {
      let current = '';
      for (const word of para.split(/ +/)) {
        const next = current ? `${current} ${word}` : word;
        if (regular.widthOfTextAtSize(next, size) > width - 2 * margin && current) {
          line(current, regular, size);
          current = word;
        } else current = next;
      }
      line(current, regular, size);
    }
  };
  const row = (cells: string[], xs: number[], font: PDFFont = regular) => {
    room(14);
    cells.forEach((cell, i) => {
      page.drawText(winAnsi(cell), { x: xs[i] ?? margin, y: y - 10, size: 9, font, color: rgb(0, 0, 0) });
    });
    y -= 14;
  };

  line(input.tenantName.toUpperCase(), bold, 13);
  line(unit.unitName, regular, 11);
  y -= 6;
  line('LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)', bold, 11);
  line(`Periode ${periodInWords(input.period, 'id')}`, bold, 10);
  line('Berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017', regular, 9);
  y -= 8;
  line('I. Responden', bold, 11);
  line(`Jumlah responden terverifikasi: ${unit.respondents}`);
  line(
    `Tautan kunjungan ${unit.byChannel.visit_link} · kios ${unit.byChannel.kiosk} · formulir kertas ${unit.byChannel.paper}` +
      ` · tautan terbuka (tidak terverifikasi, tidak dihitung) ${unit.byChannel.public_link}`,
    regular,
    9,
  );
  line(
    `Kunjungan pada periode: ${sample.population} · sampel minimum (Krejcie-Morgan): ${sample.minimum} · ` +
      (sample.met ? 'terpenuhi' : 'belum terpenuhi'),
    regular,
    9,
  );
  y -= 8;
  line('II. Nilai per unsur pelayanan', bold, 11);
  const xs = [margin, margin + 40, margin + 330, margin + 420];
  row(['Kode', 'Unsur pelayanan', 'NRR', 'NRR x 1/9'], xs, bold);
  for (const code of ELEMENT_CODES) {
    const element = SURVEY_ELEMENTS.find((e) => e.code === code);
    row([code, element?.name.id ?? code, fixed(unit.nrr[code], 3), fixed(unit.nrr[code] / 9, 3)], xs);
  }
  y -= 6;
  line(`IKM (jumlah NRR tertimbang): ${fixed(unit.ikm, 3)}`, bold);
  line(`Nilai konversi (IKM x 25): ${fixed(unit.converted, 2)}`, bold);
  line(`Mutu pelayanan: ${unit.grade} (${GRADE_LABELS[unit.grade].id})`, bold);
  if (unit.services.length > 1) {
    y -= 6;
    line('Per jenis layanan', bold, 10);
    for (const s of unit.services)
      line(`${s.serviceName}: ${s.respondents} responden, nilai ${fixed(s.converted, 2)} (${s.grade})`, regular, 9);
  }
  y -= 8;
  line('III. Analisis', bold, 11);
  paragraph(input.analysis);
  y -= 8;
  line('IV. Rencana tindak lanjut', bold, 11);
  if (input.plan.length === 0) line('Rencana tindak lanjut disusun setelah laporan terbit.', regular, 9);
  for (const a of input.plan)
    paragraph(`${a.element} - ${a.action} (penanggung jawab: ${a.owner}; target ${a.dueDate}; ${a.progress}%)`, 9);
  y -= 12;
  line(`Diterbitkan ${input.publishedOn}`, regular, 9);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
