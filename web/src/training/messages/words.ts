import type { Widen } from '../../ui/i18n/types';

/** Words shown instead of stored codes: topics, types, modes, statuses. */
export const wordsId = {
  topic: {
    good_governance: 'Tata kelola pemerintahan yang baik',
    ethics_integrity: 'Etika dan integritas',
    public_service: 'Pelayanan publik',
    it: 'Teknologi informasi',
    technical: 'Teknis',
    leadership: 'Kepemimpinan',
  },
  competencyType: { managerial: 'Manajerial', socio_cultural: 'Sosial kultural', technical: 'Teknis' },
  mode: { classroom: 'Tatap muka', online: 'Daring', blended: 'Campuran' },
  mandatoryGroup: { all: 'Semua pegawai', cpns: 'CPNS (pegawai baru)', pns: 'PNS', pppk: 'PPPK' },
  registrationStatus: {
    pending: 'Menunggu persetujuan atasan',
    confirmed: 'Disetujui',
    waitlisted: 'Daftar tunggu',
    declined: 'Ditolak atasan',
    cancelled: 'Dibatalkan',
    completed: 'Selesai',
    not_completed: 'Tidak selesai',
  },
  eventStatus: { scheduled: 'Terjadwal', cancelled: 'Dibatalkan', completed: 'Ditutup' },
  externalStatus: { submitted: 'Menunggu verifikasi', verified: 'Terverifikasi', refused: 'Ditolak' },
  attendanceMethod: { qr: 'Kode QR', list: 'Daftar hadir' },
  source: { self: 'Mendaftar sendiri', assigned: 'Ditugaskan BKPSDM' },
  employmentStatus: { CPNS: 'CPNS', PNS: 'PNS', PPPK: 'PPPK' },
  completedKind: { event: 'Pelatihan', external: 'Pelatihan eksternal' },
} as const;

export const wordsEn: Widen<typeof wordsId> = {
  topic: {
    good_governance: 'Good governance',
    ethics_integrity: 'Ethics and integrity',
    public_service: 'Public service',
    it: 'Information technology',
    technical: 'Technical',
    leadership: 'Leadership',
  },
  competencyType: { managerial: 'Managerial', socio_cultural: 'Socio-cultural', technical: 'Technical' },
  mode: { classroom: 'Classroom', online: 'Online', blended: 'Blended' },
  mandatoryGroup: { all: 'All employees', cpns: 'CPNS (new employees)', pns: 'PNS', pppk: 'PPPK' },
  registrationStatus: {
    pending: 'Awaiting the superior',
    confirmed: 'Approved',
    waitlisted: 'Waiting list',
    declined: 'Declined by the superior',
    cancelled: 'Cancelled',
    completed: 'Completed',
    not_completed: 'Not completed',
  },
  eventStatus: { scheduled: 'Scheduled', cancelled: 'Cancelled', completed: 'Closed' },
  externalStatus: { submitted: 'Awaiting verification', verified: 'Verified', refused: 'Refused' },
  attendanceMethod: { qr: 'QR code', list: 'Attendance list' },
  source: { self: 'Registered themselves', assigned: 'Assigned by HR' },
  employmentStatus: { CPNS: 'CPNS', PNS: 'PNS', PPPK: 'PPPK' },
  completedKind: { event: 'Training', external: 'External training' },
};
