import { ERROR_MESSAGES } from '../http/errors';

/** The module's error codes with their Indonesian and English messages, added to the shared table. */
export const PERFORMANCE_ERRORS = {
  performance_evidence_type: {
    id: 'Berkas bukti "{name}" bukan foto (JPEG, PNG, WebP, HEIC) atau PDF, atau isinya tidak sesuai dengan namanya (diperiksa dari isinya).',
    en: 'Evidence file "{name}" is not a photo (JPEG, PNG, WebP, HEIC) or a PDF, or its content does not match its name (checked by its content).',
  },
  performance_evidence_too_large: {
    id: 'Berkas bukti terlalu besar: paling banyak 10 MB per berkas.',
    en: 'Evidence file too large: at most 10 MB per file.',
  },
  performance_evidence_too_many: {
    id: 'Paling banyak {max} berkas bukti per laporan.',
    en: 'At most {max} evidence files per report.',
  },
  performance_year_not_open: {
    id: 'Tahun kinerja {year} belum dibuka atau sudah ditutup.',
    en: 'Performance year {year} is not open.',
  },
  performance_year_exists: { id: 'Tahun kinerja {year} sudah ada.', en: 'Performance year {year} already exists.' },
  performance_no_superior: {
    id: 'Pegawai ini belum memiliki atasan langsung.',
    en: 'This employee has no direct superior.',
  },
  performance_not_appraiser: {
    id: 'Hanya atasan langsung atau pejabat penilai pengganti yang dapat menilai.',
    en: 'Only the direct superior or the acting appraiser may review.',
  },
  performance_bad_cascade: {
    id: 'RHK harus diturunkan dari RHK atasan langsung.',
    en: 'Each result must cascade from one of the direct superior’s results.',
  },
  performance_top_level_not_allowed: {
    id: 'RHK tanpa RHK atasan hanya untuk kepala unit, diisi oleh BKPSDM atau kepala unit.',
    en: 'Results without a superior result are only for unit heads, entered by HR or the unit head.',
  },
  performance_plan_state: {
    id: 'SKP dalam status {status} tidak dapat diubah dengan cara ini.',
    en: 'The plan is {status}; this action is not possible.',
  },
  performance_plan_not_approved: {
    id: 'Laporan berkala memerlukan SKP yang sudah disetujui.',
    en: 'Periodic reports need an approved plan.',
  },
  performance_period_future: {
    id: 'Periode ini belum berjalan.',
    en: 'This period has not started yet.',
  },
  performance_period_closed: {
    id: 'Periode ini sudah ditutup.',
    en: 'This period is closed.',
  },
  performance_unknown_indicator: {
    id: 'Indikator {indicatorId} tidak ada dalam SKP yang disetujui.',
    en: 'Indicator {indicatorId} is not in the approved plan.',
  },
  performance_under_review: {
    id: 'Laporan sedang dinilai; tunggu keputusan atasan.',
    en: 'The report is under review; wait for the superior’s decision.',
  },
  performance_report_state: {
    id: 'Laporan dalam status {status} tidak dapat diubah dengan cara ini.',
    en: 'The report is {status}; this action is not possible.',
  },
  performance_approved_locked: {
    id: 'Laporan yang sudah disetujui harus dibuka kembali sebelum diubah.',
    en: 'An approved report must be reopened before it is changed.',
  },
  performance_annual_state: {
    id: 'Evaluasi tahunan dalam status {status} tidak dapat diubah dengan cara ini.',
    en: 'The annual evaluation is {status}; this action is not possible.',
  },
  performance_not_confirmer: {
    id: 'Hanya atasan dari pejabat penilai yang dapat melakukan ini.',
    en: 'Only the appraiser’s own superior may do this.',
  },
  performance_bad_range: { id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.', en: 'The end is before the start.' },
} as const;

Object.assign(ERROR_MESSAGES, PERFORMANCE_ERRORS);
