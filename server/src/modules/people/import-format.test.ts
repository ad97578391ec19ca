import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, parseCsv, parseXlsx, templateCsv, templateXlsx } from './import-format';
import { parseDate } from './use-cases/import-employees';

const required = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.key);

describe('parseDate', () => {
  it.each([
    ['1985-03-12', '1985-03-12'],
    ['12-03-1985', '1985-03-12'],
    ['12/03/1985', '1985-03-12'],
    ['2/3/1985', '1985-03-02'],
    ['29-02-2024', '2024-02-29'],
    ['1985-13-12', null],
    ['31-04-2020', null],
    ['29-02-2023', null],
    ['1985/03/12', null],
    ['12 Maret 1985', null],
    ['', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('parseCsv', () => {
  const header = 'nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,kode_unit,jabatan,tmt_jabatan';
  const row = '198503122010011003,Budi Santoso,L,1985-03-12,PNS,III/b,DISKOMINFO,Pranata Komputer,2020-01-02';

  it('reads a comma-separated file with its line numbers, skipping blank lines', () => {
    const parsed = parseCsv(
      Buffer.from(
        `${header}\n${row}\n\n"199001012015032001","Siti, Rahma",P,1990-01-01,PNS,III/a,BKPSDM,Analis,2019-01-02\n`,
      ),
    );
    expect(parsed.missingColumns).toEqual([]);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.rows[0]).toMatchObject({
      line: 2,
      numericCells: [],
      values: { nip: '198503122010011003', nama: 'Budi Santoso', golongan: 'III/b' },
    });
    expect(parsed.rows[1]).toMatchObject({
      line: 4,
      values: { nip: '199001012015032001', nama: 'Siti, Rahma', kode_unit: 'BKPSDM' },
    });
  });

  it('reads the semicolon-separated file Indonesian Excel writes, with a BOM and CRLF', () => {
    const text = `\uFEFF${header.replaceAll(',', ';')}\r\n${row.replaceAll(',', ';')}\r\n`;
    const parsed = parseCsv(Buffer.from(text));
    expect(parsed.missingColumns).toEqual([]);
    expect(parsed.rows).toEqual([
      expect.objectContaining({
        line: 2,
        values: expect.objectContaining({ nip: '198503122010011003', jabatan: 'Pranata Komputer' }),
      }),
    ]);
  });

  it('accepts headers in another case or with spaces, ignores unknown columns, and names missing ones', () => {
    const parsed = parseCsv(Buffer.from('NIP,Nama,Catatan,Jenis Kelamin\n198503122010011003,Budi,lain,L\n'));
    expect(parsed.rows[0]?.values).toEqual({ nip: '198503122010011003', nama: 'Budi', jenis_kelamin: 'L' });
    expect(parsed.missingColumns).toEqual(required.filter((c) => !['nip', 'nama', 'jenis_kelamin'].includes(c)));
    expect(parseCsv(Buffer.from('')).missingColumns).toEqual(required);
  });
});

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Pegawai');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('parseXlsx', () => {
  it('reads the first sheet, with dates as YYYY-MM-DD and the NIP as text', async () => {
    const buffer = await workbook([
      ['nip', 'nama', 'jenis_kelamin', 'tanggal_lahir', 'status', 'golongan', 'kode_unit', 'jabatan', 'tmt_jabatan'],
      [
        '198503122010011003',
        'Budi Santoso',
        'L',
        new Date(Date.UTC(1985, 2, 12)),
        'PNS',
        'III/b',
        'DISKOMINFO',
        'Pranata Komputer',
        '2020-01-02',
      ],
    ]);
    const parsed = await parseXlsx(buffer);
    expect(parsed.missingColumns).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        numericCells: [],
        values: expect.objectContaining({
          nip: '198503122010011003',
          tanggal_lahir: '1985-03-12',
          tmt_jabatan: '2020-01-02',
          golongan: 'III/b',
        }),
      },
    ]);
  });

  it('flags a NIP that Excel stored as a number (its last digits are already lost)', async () => {
    const buffer = await workbook([
      ['nip', 'nama', 'nip_atasan'],
      [Number('198503122010011003'), 'Budi Santoso', '197001011995031001'],
      ['198503122010011004', 'Ani', Number('197001011995031001')],
    ]);
    const parsed = await parseXlsx(buffer);
    expect(parsed.rows.map((r) => [r.line, r.numericCells])).toEqual([
      [2, ['nip']],
      [3, ['nip_atasan']],
    ]);
    // The number cannot hold 18 digits: what comes back is not the NIP that was typed.
    expect(parsed.rows[0]?.values.nip).not.toBe('198503122010011003');
  });

  it('skips empty rows and keeps the sheet line numbers', async () => {
    const buffer = await workbook([
      ['nip', 'nama'],
      ['198503122010011003', 'Budi'],
      [],
      ['199001012015032001', 'Siti'],
    ]);
    expect((await parseXlsx(buffer)).rows.map((r) => r.line)).toEqual([2, 4]);
  });
});

describe('import templates', () => {
  it('has every column and one example row, in CSV and in XLSX (with the NIP as text)', async () => {
    const csv = parseCsv(Buffer.from(templateCsv()));
    expect(csv.missingColumns).toEqual([]);
    expect(csv.rows).toHaveLength(1);
    expect(Object.keys(csv.rows[0]!.values)).toEqual(IMPORT_COLUMNS.map((c) => c.key));
    expect(csv.rows[0]!.values.nip).toBe('198503122010011003');

    const xlsx = await parseXlsx(await templateXlsx());
    expect(xlsx.missingColumns).toEqual([]);
    expect(xlsx.rows).toEqual([expect.objectContaining({ numericCells: [], values: csv.rows[0]!.values })]);
  });
});
