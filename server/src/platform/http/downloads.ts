import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

type Cell = string | number | null;

/** CSV with a BOM so that Excel opens Indonesian text correctly. */
export function sendCsv(reply: FastifyReply, baseName: string, header: string[], rows: Cell[][]) {
  return reply
    .header('content-disposition', `attachment; filename="${baseName}.csv"`)
    .type('text/csv; charset=utf-8')
    .send(`\uFEFF${stringify([header, ...rows])}`);
}

export async function sendXlsx(
  reply: FastifyReply,
  baseName: string,
  sheetName: string,
  header: string[],
  rows: Cell[][],
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  // NIPs are 18 digits: text, so Excel does not round them.
  sheet.getColumn(1).numFmt = '@';
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return reply
    .header('content-disposition', `attachment; filename="${baseName}.xlsx"`)
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send(buffer);
}
