import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** The import columns, in template order, with whether each is required and an example value. */
export const IMPORT_COLUMNS = [
  { key: 'nip', required: true, example: '198503122010011003' },
  { key: 'nama', required: true, example: 'Budi Santoso' },
  { key: 'gelar_depan', required: false, example: '' },
  { key: 'gelar_belakang', required: false, example: 'S.Kom.' },
  { key: 'jenis_kelamin', required: true, example: 'L' },
  { key: 'tanggal_lahir', required: true, example: '1985-03-12' },
  { key: 'tempat_lahir', required: false, example: 'Dumai' },
  { key: 'status', required: true, example: 'PNS' },
  { key: 'golongan', required: true, example: 'III/b' },
  { key: 'tmt_golongan', required: false, example: '2022-04-01' },
  { key: 'kode_unit', required: true, example: 'DISKOMINFO' },
  { key: 'jabatan', required: true, example: 'Pranata Komputer Ahli Pertama' },
  { key: 'jenis_jabatan', required: false, example: 'fungsional_keahlian' },
  { key: 'kelas_jabatan', required: false, example: '8' },
  { key: 'tmt_jabatan', required: true, example: '2020-01-02' },
  { key: 'nomor_sk', required: false, example: '800/123/BKPSDM/2020' },
  { key: 'nip_atasan', required: false, example: '' },
  { key: 'pendidikan', required: false, example: 'S1' },
  { key: 'jurusan', required: false, example: 'Teknik Informatika' },
  { key: 'email', required: false, example: 'budi.santoso@example.go.id' },
  { key: 'telepon', required: false, example: '0812 3456 7890' },
  { key: 'tmt_cpns', required: false, example: '2010-01-01' },
  { key: 'tmt_pns', required: false, example: '2011-03-01' },
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key'];

export interface RawRow {
  line: number;
  values: Partial<Record<ImportColumn, string>>;
  /** Cells that Excel stored as numbers where text was expected (NIPs lose digits that way). */
  numericCells: ImportColumn[];
}

export interface ParsedFile {
  rows: RawRow[];
  missingColumns: string[];
}

const normalizeHeader = (h: unknown) =>
  String(h ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function toRows(header: string[], records: Array<{ line: number; cells: unknown[]; numeric: boolean[] }>): ParsedFile {
  const keys = header.map(normalizeHeader);
  const known = new Set<string>(IMPORT_COLUMNS.map((c) => c.key));
  const missingColumns = IMPORT_COLUMNS.filter((c) => c.required && !keys.includes(c.key)).map((c) => c.key);
  const rows: RawRow[] = [];
  for (const record of records) {
    const values: RawRow['values'] = {};
    const numericCells: ImportColumn[] = [];
    let empty = true;
    keys.forEach((key, i) => {
      if (!known.has(key)) return;
      const cell = record.cells[i];
      const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '').trim();
      if (text) empty = false;
      values[key as ImportColumn] = text;
      if (record.numeric[i] && (key === 'nip' || key === 'nip_atasan')) numericCells.push(key as ImportColumn);
    });
    if (!empty) rows.push({ line: record.line, values, numericCells });
  }
  return { rows, missingColumns };
}

/** CSV with a header row; comma or semicolon separated (Indonesian Excel writes semicolons). */
export function parseCsv(buffer: Buffer): ParsedFile {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as Array<{
    record: string[];
    info: { lines: number };
  }>;
  const [head, ...body] = records;
  if (!head) return { rows: [], missingColumns: IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.key) };
  return toRows(
    head.record,
    body.map((r) => ({ line: r.info.lines, cells: r.record, numeric: [] })),
  );
}

export async function parseXlsx(buffer: Buffer): Promise<ParsedFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], missingColumns: IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.key) };
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    header[col - 1] = String(cell.text ?? '');
  });
  const records: Array<{ line: number; cells: unknown[]; numeric: boolean[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: unknown[] = [];
    const numeric: boolean[] = [];
    for (let col = 1; col <= header.length; col++) {
      const cell = row.getCell(col);
      const value = cell.value;
      numeric[col - 1] = typeof value === 'number';
      cells[col - 1] = value instanceof Date ? value : value === null || value === undefined ? '' : cell.text;
    }
    records.push({ line: rowNumber, cells, numeric });
  });
  return toRows(header, records);
}

export function templateCsv(): string {
  return stringify([IMPORT_COLUMNS.map((c) => c.key), IMPORT_COLUMNS.map((c) => c.example)]);
}

export async function templateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Pegawai');
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.key,
    key: c.key,
    width: Math.max(14, c.example.length + 4),
    style: { numFmt: '@' },
  }));
  sheet.addRow(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.example])));
  sheet.getRow(1).font = { bold: true };
  const notes = workbook.addWorksheet('Petunjuk');
  notes.addRows([
    ['Kolom', 'Wajib', 'Keterangan'],
    ['nip', 'ya', '18 digit, simpan sebagai teks (bukan angka) agar digit tidak hilang'],
    ['jenis_kelamin', 'ya', 'L atau P'],
    ['tanggal_lahir, tmt_*', 'ya/tidak', 'format YYYY-MM-DD (misalnya 1985-03-12) atau DD-MM-YYYY'],
    ['status', 'ya', 'CPNS, PNS atau PPPK'],
    ['golongan', 'ya', 'PNS: I/a sampai IV/e; PPPK: I sampai XVII'],
    ['kode_unit', 'ya', 'kode unit kerja yang sudah ada di Lentera'],
    ['jabatan', 'ya', 'nama jabatan; dibuat otomatis bila belum ada dan jenis_jabatan serta kelas_jabatan diisi'],
    [
      'jenis_jabatan',
      'tidak',
      'jpt_pratama, administrator, pengawas, pelaksana, fungsional_keahlian, fungsional_keterampilan',
    ],
    ['nip_atasan', 'tidak', 'NIP atasan langsung bila berbeda dari kepala unit'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
