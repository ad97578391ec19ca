import {
  EMPLOYEE_STATUSES,
  EMPLOYMENT_STATES,
  GOLONGAN,
  golonganByCode,
  JABATAN_KINDS,
  jabatanKindByCode,
  PPPK_GRADES,
} from '@lentera/common';
import { i18n } from '../../ui/i18n';

/** "III/a · Penata Muda" for a PNS golongan, "Grade IX (PPPK)" for a PPPK grade. */
export function rankLabel(code: string | null | undefined): string {
  if (!code) return '—';
  const golongan = golonganByCode(code);
  if (golongan) return `${golongan.code} · ${golongan.name}`;
  return i18n.t('employees.labels.pppkGrade', { grade: code });
}

/** "Jabatan Pelaksana": official names of jabatan kinds stay Indonesian in both languages. */
export function kindLabel(code: string | null | undefined): string {
  if (!code) return '—';
  return jabatanKindByCode(code)?.label ?? code;
}

export function employmentLabel(state: string | null | undefined): string {
  if (!state) return '—';
  return (EMPLOYMENT_STATES as readonly string[]).includes(state)
    ? i18n.t(`employees.employment.${state as (typeof EMPLOYMENT_STATES)[number]}`)
    : state;
}

export function sexLabel(sex: string): string {
  return sex === 'male' ? i18n.t('employees.labels.male') : i18n.t('employees.labels.female');
}

/** Golongan and PPPK grades as grouped options; only the employee's own kind when their status is given. */
export const rankOptions = (status?: string) => {
  const golongan = {
    group: i18n.t('employees.labels.golonganGroup'),
    items: GOLONGAN.map((g) => ({ value: g.code, label: rankLabel(g.code) })),
  };
  const pppk = {
    group: i18n.t('employees.labels.pppkGroup'),
    items: PPPK_GRADES.map((g) => ({ value: g.code, label: rankLabel(g.code) })),
  };
  if (status === 'PPPK') return [pppk];
  if (status === 'PNS' || status === 'CPNS') return [golongan];
  return [golongan, pppk];
};
export const kindOptions = () => JABATAN_KINDS.map((k) => ({ value: k.code, label: k.label }));
export const statusOptions = () => EMPLOYEE_STATUSES.map((s) => ({ value: s, label: s }));
export const employmentOptions = () =>
  EMPLOYMENT_STATES.map((state) => ({ value: state, label: employmentLabel(state) }));
