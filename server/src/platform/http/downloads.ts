import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

type Cell = string | number | null;

/**
 * A spreadsheet opens a cell that starts with `=`, `+`, `-`, `@`, a tab or a return as a formula: text that people
 * typed (a complaint, a survey comment, a name) is kept as text by a leading apostrophe. A plain negative number
 * (`-5`, `-0.25`) is left as it is.
 */
export function csvSafe(cell: Cell): Cell {
  if (typeof cell !== 'string' || !/^[=+\-@\t\r]/.test(cell) || /^-\d+([.,]\d+)?$/.test(cell)) return cell;
  return `'${cell}`;
}

/** CSV with a BOM so that Excel opens Indonesian text correctly; text that would run as a formula stays text. */
export function sendCsv(reply: FastifyReply, baseName: string, header: string[], rows: Cell[][]) {
  return reply
    .header('content-disposition', `attachment; filename="${baseName}.csv"`)
    .type('text/csv; charset=utf-8')
    .send(`\uFEFF${stringify([header.map(csvSafe), ...rows.map((row) => row.map(csvSafe))])}`);
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
