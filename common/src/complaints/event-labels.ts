import type { Lang } from '../http/errors';

/**
 * Every step a complaint's history can hold, named in both languages. The server's event kinds are this table's
 * keys (a new kind without its labels does not compile), and the web's timeline reads its names from here.
 */
export const COMPLAINT_EVENT_LABELS = {
  received: { id: 'Pengaduan diterima', en: 'Complaint received' },
  postponed: { id: 'Ditunda: diminta keterangan tambahan', en: 'Postponed: more information asked' },
  info_added: { id: 'Pelapor menambahkan keterangan', en: 'The complainant added information' },
  verified: { id: 'Diverifikasi dan diteruskan', en: 'Verified and routed' },
  referred: { id: 'Dirujuk ke instansi lain', en: 'Referred to another authority' },
  archived: { id: 'Diarsipkan', en: 'Archived' },
  merged: { id: 'Digabung dengan pengaduan lain', en: 'Merged with another complaint' },
  duplicate_merged: { id: 'Pengaduan serupa digabung ke sini', en: 'A duplicate was merged into this one' },
  assigned: { id: 'Petugas ditugaskan', en: 'Officer assigned' },
  note: { id: 'Catatan internal', en: 'Internal note' },
  employee_linked: { id: 'Pegawai terkait dicatat', en: 'Employee concerned recorded' },
  answered: { id: 'Dijawab', en: 'Answered' },
  rated: { id: 'Dinilai pelapor', en: 'Rated by the complainant' },
  reopened: { id: 'Dibuka kembali', en: 'Reopened' },
  closed: { id: 'Selesai', en: 'Closed' },
  reminder: { id: 'Pengingat tenggat dikirim', en: 'Deadline reminder sent' },
  escalated: { id: 'Dieskalasi karena lewat batas waktu', en: 'Escalated as overdue' },
  integrity_referred: { id: 'Dirujuk ke unit integritas', en: 'Referred to the integrity unit' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type ComplaintEventKind = keyof typeof COMPLAINT_EVENT_LABELS;
export const COMPLAINT_EVENT_KINDS = Object.keys(COMPLAINT_EVENT_LABELS) as ComplaintEventKind[];

/** A step's name in `lang`; a step this table does not know yet reads as a generic "step", never its key. */
export function complaintEventLabel(kind: string, lang: Lang): string {
  const labels = (COMPLAINT_EVENT_LABELS as Record<string, Readonly<Record<Lang, string>>>)[kind];
  return labels ? labels[lang] : lang === 'id' ? 'Langkah tindak lanjut' : 'Follow-up step';
}

/** Who a reminder or escalation went to, as the deadline sweep records it, in both languages. */
const RECIPIENTS: Record<string, Readonly<Record<Lang, string>>> = {
  coordinator: { id: 'Dikirim kepada koordinator pengaduan.', en: 'Sent to the complaint coordinator.' },
  officers: { id: 'Dikirim kepada petugas pengaduan OPD.', en: "Sent to the unit's complaint officers." },
};
const HEAD_AND_COORDINATOR = /^head of unit: (.+); coordinator$/;

/** The recipients text of a `reminder` or `escalated` step in `lang`; other texts are returned as they are. */
export function complaintEventText(kind: string, text: string, lang: Lang): string {
  if (kind !== 'reminder' && kind !== 'escalated') return text;
  const known = RECIPIENTS[text];
  if (known) return known[lang];
  const head = HEAD_AND_COORDINATOR.exec(text);
  if (head)
    return lang === 'id'
      ? `Dikirim kepada kepala unit (${head[1]}) dan koordinator pengaduan.`
      : `Sent to the head of unit (${head[1]}) and the complaint coordinator.`;
  return text;
}
