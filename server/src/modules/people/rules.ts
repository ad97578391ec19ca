import { GOLONGAN_CODES, type Lang, nipErrorMessage, normalizeNip, PPPK_GRADE_CODES, parseNip } from '@lentera/common';

export interface FieldProblem {
  path: string;
  code: string;
  message: string;
  value?: string;
}

const t = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

/**
 * Checks a person's NIP against the rules and against the rest of the record: the NIP kind must fit
 * the status, and the birth date and sex in the NIP must agree with the ones given.
 */
export function checkIdentity(
  input: { nip: string; status: string; birthDate: string; sex: string; rank?: string | null },
  today: string,
  lang: Lang,
): { nip: string; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const nip = normalizeNip(input.nip);
  const parsed = parseNip(nip, { today, kind: input.status === 'PPPK' ? 'PPPK' : 'PNS' });
  if (!parsed.ok) {
    for (const err of parsed.errors)
      problems.push({ path: 'nip', code: err.code, message: nipErrorMessage(err, lang), value: input.nip });
    return { nip, problems };
  }
  if (parsed.birthDate !== input.birthDate)
    problems.push({
      path: 'birthDate',
      code: 'nip_birth_date_mismatch',
      value: input.birthDate,
      message: t(
        lang,
        `tanggal lahir ${input.birthDate} tidak sama dengan tanggal lahir pada NIP (${parsed.birthDate})`,
        `the birth date ${input.birthDate} differs from the one in the NIP (${parsed.birthDate})`,
      ),
    });
  if (parsed.sex !== input.sex)
    problems.push({
      path: 'sex',
      code: 'nip_sex_mismatch',
      value: input.sex,
      message: t(
        lang,
        `jenis kelamin tidak sama dengan kode jenis kelamin pada NIP (${parsed.sex === 'male' ? 'laki-laki' : 'perempuan'})`,
        `the sex differs from the sex digit in the NIP (${parsed.sex})`,
      ),
    });
  if (input.rank) {
    const problem = checkRank(input.status, input.rank, lang);
    if (problem) problems.push(problem);
  }
  return { nip, problems };
}

export function checkRank(status: string, rank: string, lang: Lang): FieldProblem | null {
  const isPppk = status === 'PPPK';
  const valid = isPppk
    ? (PPPK_GRADE_CODES as readonly string[]).includes(rank)
    : (GOLONGAN_CODES as readonly string[]).includes(rank);
  if (valid) return null;
  return {
    path: 'rank',
    code: 'rank_invalid',
    value: rank,
    message: isPppk
      ? t(lang, `golongan PPPK "${rank}" tidak dikenal (I sampai XVII)`, `unknown PPPK grade "${rank}" (I to XVII)`)
      : t(
          lang,
          `golongan/ruang "${rank}" tidak dikenal (misalnya III/a)`,
          `unknown golongan "${rank}" (for example III/a)`,
        ),
  };
}
