import type { Lang } from '../http/errors';
import type { Role } from './schemas';

/**
 * Every role's name as people in the office say it, in both languages: the web's menus and forms and the server's
 * audit log use this one table.
 */
export const ROLE_LABELS: Readonly<Record<Role, Readonly<Record<Lang, string>>>> = {
  citizen: { id: 'Warga', en: 'Citizen' },
  employee: { id: 'Pegawai', en: 'Employee' },
  supervisor: { id: 'Atasan langsung', en: 'Direct supervisor' },
  unit_admin: { id: 'Admin unit', en: 'Unit administrator' },
  hr_admin: { id: 'Admin BKPSDM', en: 'HR administrator (BKPSDM)' },
  complaint_officer: { id: 'Petugas pengaduan', en: 'Complaint officer' },
  complaint_coordinator: { id: 'Koordinator pengaduan', en: 'Complaint coordinator' },
  service_officer: { id: 'Petugas layanan', en: 'Service officer' },
  survey_officer: { id: 'Petugas survei kepuasan', en: 'Survey officer' },
  inspector: { id: 'Inspektur', en: 'Inspector' },
  trainer: { id: 'Pelatih', en: 'Trainer' },
  consultation_moderator: { id: 'Moderator konsultasi', en: 'Consultation moderator' },
  tenant_admin: { id: 'Admin pemerintah daerah', en: 'Government administrator' },
  national_viewer: { id: 'Pemantau nasional', en: 'National viewer' },
  system_admin: { id: 'Admin sistem', en: 'System administrator' },
};

/** A role's name in `lang`; a role this installation does not know reads as a generic "role", never its code. */
export function roleName(role: string, lang: Lang): string {
  const labels = (ROLE_LABELS as Record<string, Readonly<Record<Lang, string>>>)[role];
  return labels ? labels[lang] : lang === 'id' ? 'Peran lain' : 'Other role';
}
