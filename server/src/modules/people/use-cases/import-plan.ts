// Checking an import file: every row against the rules and the database, and what applying would do.
import { EDUCATION_LEVELS, JABATAN_KIND_CODES, type Lang, normalizeNip } from '@lentera/common';
import type { Ctx } from '../../../platform/context';
import { Forbidden, Invalid } from '../../../platform/errors';
import { tenantToday } from '../context';
import { type ImportColumn, type ParsedFile, parseCsv, parseXlsx, type RawRow } from '../import-format';
import { type EmployeesTable, type PositionsTable, peopleRepo, searchName } from '../repository';
import { checkIdentity, checkRank } from '../rules';

export interface RowError {
  line: number;
  column: string;
  value: string;
  reason: string;
}

export interface PlannedRow {
  line: number;
  action: 'create' | 'update' | 'unchanged';
  nip: string;
  personal: Partial<EmployeesTable>;
  positionKey: string;
  rank: string;
  status: string;
  tmtPosition: string;
  tmtRank: string;
  skNumber: string | null;
  superiorNip: string | null;
  existing?: EmployeesTable;
}

export interface ImportReport {
  id: string;
  fileName: string;
  rows: number;
  errors: RowError[];
  summary: { create: number; update: number; unchanged: number; newPositions: number };
  status: string;
}

const t = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

/** Accepts YYYY-MM-DD, DD-MM-YYYY and DD/MM/YYYY; returns YYYY-MM-DD of a real date, or null. */
export function parseDate(text: string): string | null {
  let m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  let iso = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  if (!iso) {
    m = text.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
    if (m) iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

export const positionKeyOf = (unitCode: string, name: string) => `${unitCode}\u0000${name.trim().toLowerCase()}`;

export interface Plan {
  errors: RowError[];
  rows: PlannedRow[];
  newPositions: Map<string, { unitId: string; name: string; kind: string; class: number }>;
  positions: Map<string, PositionsTable>;
  /** Employees already in the tenant, by NIP (a superior may be one of them rather than a row of the file). */
  existingIds: Map<string, string>;
}

/** Validates every row against the rules and the database, and plans what applying would do. */
export async function plan(ctx: Ctx, file: ParsedFile): Promise<Plan> {
  const { tenant, today } = tenantToday(ctx);
  const lang = ctx.lang;
  const errors: RowError[] = [];
  const fail = (row: RawRow, column: ImportColumn, reason: string) =>
    errors.push({ line: row.line, column, value: row.values[column] ?? '', reason });
  if (file.missingColumns.length)
    errors.push({
      line: 1,
      column: file.missingColumns.join(', '),
      value: '',
      reason: t(lang, 'kolom wajib tidak ada pada baris judul', 'required column missing from the header row'),
    });

  const units = new Map((await peopleRepo.units(ctx.db, tenant.id)).map((u) => [u.code, u]));
  const positions = new Map<string, PositionsTable>();
  const unitById = new Map([...units.values()].map((u) => [u.id, u]));
  for (const p of await peopleRepo.positions(ctx.db, tenant.id)) {
    const unit = unitById.get(p.unit_id);
    if (unit) positions.set(positionKeyOf(unit.code, p.name), p);
  }
  const existing = new Map(
    (await ctx.db.selectFrom('people_employees').selectAll().where('tenant_id', '=', tenant.id).execute()).map((e) => [
      e.nip,
      e,
    ]),
  );
  const scope = await importScope(ctx, tenant.id);
  const seen = new Map<string, number>();
  const newPositions: Plan['newPositions'] = new Map();
  const rows: PlannedRow[] = [];
  const fileNips = new Set(file.rows.map((r) => normalizeNip(r.values.nip ?? '')));

  for (const row of file.rows) {
    const v = row.values;
    const before = errors.length;
    for (const column of row.numericCells)
      fail(
        row,
        column,
        t(
          lang,
          'NIP tersimpan sebagai angka di Excel sehingga digitnya bisa hilang; format kolom sebagai Teks',
          'the NIP is stored as a number in Excel and may have lost digits; format the column as Text',
        ),
      );
    const sexCode = (v.jenis_kelamin ?? '').toUpperCase();
    const sex = sexCode === 'L' ? 'male' : sexCode === 'P' ? 'female' : null;
    if (!sex) fail(row, 'jenis_kelamin', t(lang, 'isi L (laki-laki) atau P (perempuan)', 'use L (male) or P (female)'));
    const birthDate = parseDate(v.tanggal_lahir ?? '');
    if (!birthDate)
      fail(row, 'tanggal_lahir', t(lang, 'bukan tanggal yang valid (YYYY-MM-DD)', 'not a valid date (YYYY-MM-DD)'));
    const status = (v.status ?? '').toUpperCase();
    if (!['CPNS', 'PNS', 'PPPK'].includes(status))
      fail(row, 'status', t(lang, 'isi CPNS, PNS atau PPPK', 'use CPNS, PNS or PPPK'));
    if (!v.nama || v.nama.length < 2) fail(row, 'nama', t(lang, 'nama wajib diisi', 'the name is required'));
    const nip = normalizeNip(v.nip ?? '');
    if (!row.numericCells.includes('nip')) {
      const identity = checkIdentity(
        { nip, status: status || 'PNS', birthDate: birthDate ?? '', sex: sex ?? '', rank: null },
        today,
        lang,
      );
      for (const p of identity.problems) {
        if (p.path === 'nip') fail(row, 'nip', p.message);
        else if (p.path === 'birthDate' && birthDate) fail(row, 'tanggal_lahir', p.message);
        else if (p.path === 'sex' && sex) fail(row, 'jenis_kelamin', p.message);
      }
    }
    const firstLine = seen.get(nip);
    if (nip && firstLine !== undefined)
      fail(
        row,
        'nip',
        t(
          lang,
          `NIP ganda dalam berkas (juga di baris ${firstLine})`,
          `NIP appears twice in the file (also on line ${firstLine})`,
        ),
      );
    else if (nip) seen.set(nip, row.line);
    const holder = existing.get(nip);
    if (holder && v.nama && searchName(holder.name) !== searchName(v.nama))
      fail(
        row,
        'nip',
        t(
          lang,
          `NIP sudah dipakai oleh pegawai lain (${holder.name})`,
          `the NIP is already held by someone else (${holder.name})`,
        ),
      );
    // Updating someone outside a unit admin's subtree would pull them in (or change their record): refused.
    else if (holder && scope !== 'all' && !scope.some((p) => (holder.unit_path ?? '').startsWith(p)))
      fail(
        row,
        'nip',
        t(
          lang,
          'pegawai dengan NIP ini berada di luar wewenang Anda',
          'the employee with this NIP is outside your scope',
        ),
      );
    const rank = (v.golongan ?? '').trim();
    const rankProblem = status ? checkRank(status, rank, lang) : null;
    if (rankProblem) fail(row, 'golongan', rankProblem.message);
    const unit = units.get(v.kode_unit ?? '');
    if (!unit) fail(row, 'kode_unit', t(lang, 'kode unit tidak dikenal', 'unknown unit code'));
    else if (unit.closed_on) fail(row, 'kode_unit', t(lang, 'unit sudah ditutup', 'the unit is closed'));
    else if (scope !== 'all' && !scope.some((p) => unit.path.startsWith(p)))
      fail(row, 'kode_unit', t(lang, 'unit di luar wewenang Anda', 'the unit is outside your scope'));
    const tmtPosition = parseDate(v.tmt_jabatan ?? '');
    if (!tmtPosition)
      fail(row, 'tmt_jabatan', t(lang, 'bukan tanggal yang valid (YYYY-MM-DD)', 'not a valid date (YYYY-MM-DD)'));
    else if (tmtPosition > today) fail(row, 'tmt_jabatan', t(lang, 'TMT di masa depan', 'the TMT is in the future'));
    const tmtRank = v.tmt_golongan ? parseDate(v.tmt_golongan) : tmtPosition;
    if (v.tmt_golongan && !tmtRank)
      fail(row, 'tmt_golongan', t(lang, 'bukan tanggal yang valid (YYYY-MM-DD)', 'not a valid date (YYYY-MM-DD)'));
    for (const column of ['tmt_cpns', 'tmt_pns'] as const)
      if (v[column] && !parseDate(v[column]!))
        fail(row, column, t(lang, 'bukan tanggal yang valid (YYYY-MM-DD)', 'not a valid date (YYYY-MM-DD)'));
    const education = (v.pendidikan ?? '').toUpperCase();
    if (education && !(EDUCATION_LEVELS as readonly string[]).includes(education))
      fail(
        row,
        'pendidikan',
        t(lang, `isi salah satu: ${EDUCATION_LEVELS.join(', ')}`, `use one of: ${EDUCATION_LEVELS.join(', ')}`),
      );
    if (v.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email))
      fail(row, 'email', t(lang, 'alamat e-mail tidak valid', 'not a valid e-mail address'));
    const superiorNip = v.nip_atasan ? normalizeNip(v.nip_atasan) : null;
    if (superiorNip && !fileNips.has(superiorNip) && !existing.has(superiorNip))
      fail(row, 'nip_atasan', t(lang, 'atasan dengan NIP ini tidak ditemukan', 'no superior with this NIP was found'));
    if (superiorNip && superiorNip === nip)
      fail(row, 'nip_atasan', t(lang, 'atasan tidak boleh dirinya sendiri', 'one cannot be one\u2019s own superior'));

    const positionName = (v.jabatan ?? '').trim();
    const key = unit ? positionKeyOf(unit.code, positionName) : '';
    if (!positionName) fail(row, 'jabatan', t(lang, 'nama jabatan wajib diisi', 'the position is required'));
    else if (unit && !positions.has(key) && !newPositions.has(key)) {
      const kind = v.jenis_jabatan ?? '';
      const klass = Number(v.kelas_jabatan);
      if (!(JABATAN_KIND_CODES as readonly string[]).includes(kind))
        fail(
          row,
          'jenis_jabatan',
          t(
            lang,
            'jabatan belum ada di unit ini: isi jenis_jabatan yang valid agar dibuat',
            'the position does not exist in this unit: give a valid jenis_jabatan to create it',
          ),
        );
      else if (!Number.isInteger(klass) || klass < 1 || klass > 17)
        fail(row, 'kelas_jabatan', t(lang, 'kelas jabatan 1 sampai 17', 'position class 1 to 17'));
      else newPositions.set(key, { unitId: unit.id, name: positionName, kind, class: klass });
    }
    if (errors.length > before) continue;

    const personal: Partial<EmployeesTable> = {
      name: v.nama!.trim(),
      front_title: v.gelar_depan || null,
      back_title: v.gelar_belakang || null,
      sex: sex!,
      birth_date: birthDate!,
      birth_place: v.tempat_lahir || null,
      education_level: education || null,
      education_major: v.jurusan || null,
      email: v.email ? v.email.toLowerCase() : null,
      phone: v.telepon || null,
      tmt_cpns: v.tmt_cpns ? parseDate(v.tmt_cpns) : null,
      tmt_pns: v.tmt_pns ? parseDate(v.tmt_pns) : null,
    };
    const planned: PlannedRow = {
      line: row.line,
      action: 'create',
      nip,
      personal,
      positionKey: key,
      rank,
      status,
      tmtPosition: tmtPosition!,
      tmtRank: tmtRank ?? tmtPosition!,
      skNumber: v.nomor_sk || null,
      superiorNip,
      existing: holder,
    };
    if (holder) {
      const samePersonal = Object.entries(personal).every(
        ([k, val]) => (holder as unknown as Record<string, unknown>)[k] === val,
      );
      const position = positions.get(key);
      const sameCareer =
        position !== undefined &&
        holder.position_id === position.id &&
        holder.golongan === rank &&
        holder.status === status;
      const superiorId = superiorNip ? existing.get(superiorNip)?.id : null;
      const sameSuperior = (holder.superior_override_id ?? null) === (superiorId ?? null);
      planned.action = samePersonal && sameCareer && sameSuperior ? 'unchanged' : 'update';
    }
    rows.push(planned);
  }
  return { errors, rows, newPositions, positions, existingIds: new Map([...existing].map(([k, e]) => [k, e.id])) };
}

export async function importScope(ctx: Ctx, tenantId: string): Promise<string[] | 'all'> {
  const actor = ctx.actor;
  if (!actor) throw new Forbidden();
  if (actor.grants.some((g) => g.role === 'hr_admin' || (g.role === 'unit_admin' && g.unitId === null))) return 'all';
  const units = await Promise.all(
    actor.grants
      .filter((g) => g.role === 'unit_admin' && g.unitId)
      .map((g) => peopleRepo.unit(ctx.db, tenantId, g.unitId!)),
  );
  return units.filter((u) => u !== undefined).map((u) => u.path);
}

export function summarize(p: Plan) {
  return {
    create: p.rows.filter((r) => r.action === 'create').length,
    update: p.rows.filter((r) => r.action === 'update').length,
    unchanged: p.rows.filter((r) => r.action === 'unchanged').length,
    newPositions: p.newPositions.size,
  };
}

export async function parseFile(fileName: string, buffer: Buffer): Promise<ParsedFile> {
  if (/\.xlsx$/i.test(fileName)) {
    try {
      return await parseXlsx(buffer);
    } catch {
      throw new Invalid('import_unreadable', { file: fileName });
    }
  }
  if (/\.(csv|txt)$/i.test(fileName)) {
    try {
      return parseCsv(buffer);
    } catch (error) {
      throw new Invalid('import_unreadable', { file: fileName }, [{ path: 'file', message: (error as Error).message }]);
    }
  }
  throw new Invalid('import_format', { file: fileName });
}
