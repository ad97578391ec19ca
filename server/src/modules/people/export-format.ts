import { type EmployeeSummary, formatNip } from '@lentera/common';
import { stringify } from 'csv-stringify/sync';

/** One row of the employee export. */
export type ExportedEmployee = EmployeeSummary & { sex: string; birthDate: string; educationLevel: string | null };

export const EXPORT_HEADER = [
  'NIP',
  'Nama',
  'Status',
  'Golongan',
  'Jabatan',
  'Jenis jabatan',
  'Unit',
  'Jenis kelamin',
  'Tanggal lahir',
  'Pendidikan',
];

/** The export's cells; the NIP as given (18 digits) for XLSX, where the cell is typed as text. */
export function exportCells(rows: readonly ExportedEmployee[], nip: (nip: string) => string = (n) => n): string[][] {
  return rows.map((e) => [
    nip(e.nip),
    e.displayName,
    e.status,
    e.rank ?? '',
    e.positionName ?? '',
    e.positionKind ?? '',
    e.unitName ?? '',
    e.sex === 'male' ? 'L' : 'P',
    e.birthDate,
    e.educationLevel ?? '',
  ]);
}

/**
 * The export as CSV for an Indonesian office: UTF-8 with a BOM (Excel then reads names as UTF-8), fields
 * separated by semicolons (the list separator of Windows in Indonesian, so that a double-click opens it in
 * columns), and the NIP grouped as it is printed on decrees ('19850312 201001 1 003'): Excel keeps that as text,
 * where 18 bare digits become 1.98503E+17 and lose their last three digits. It stays plain RFC 4180 CSV with no
 * formulas or quotes tricks; a program reads the NIP back by removing the spaces (our import does).
 */
export function employeesCsv(rows: readonly ExportedEmployee[]): string {
  return `\uFEFF${stringify([EXPORT_HEADER, ...exportCells(rows, (n) => formatNip(n))], { delimiter: ';', record_delimiter: 'windows' })}`;
}
