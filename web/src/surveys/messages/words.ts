import type { Widen } from '../../ui/i18n/types';

/** Words shown instead of stored codes: respondent details and channels. */
export const wordsId = {
  ageBand: {
    under_20: 'Di bawah 20 tahun',
    '20_29': '20 sampai 29 tahun',
    '30_39': '30 sampai 39 tahun',
    '40_49': '40 sampai 49 tahun',
    '50_59': '50 sampai 59 tahun',
    '60_plus': '60 tahun ke atas',
  },
  sex: { male: 'Laki-laki', female: 'Perempuan' },
  education: {
    sd: 'Sekolah dasar atau sederajat',
    smp: 'Sekolah menengah pertama atau sederajat',
    sma: 'Sekolah menengah atas atau kejuruan',
    d1_d3: 'Diploma satu sampai tiga',
    d4_s1: 'Sarjana atau diploma empat',
    s2_plus: 'Magister atau doktor',
  },
  occupation: {
    pns: 'Pegawai negeri sipil',
    tni_polri: 'Anggota TNI atau Polri',
    private: 'Pegawai swasta',
    entrepreneur: 'Wirausaha',
    student: 'Pelajar atau mahasiswa',
    other: 'Lainnya',
  },
  channel: {
    visit_link: 'Tautan setelah kunjungan',
    kiosk: 'Perangkat di loket',
    paper: 'Formulir kertas',
    public_link: 'Tautan terbuka (tidak terverifikasi)',
  },
  source: { queue: 'di loket', services: 'permohonan online' },
  respondentField: {
    ageBand: 'Usia',
    sex: 'Jenis kelamin',
    education: 'Pendidikan terakhir',
    occupation: 'Pekerjaan utama',
  },
} as const;

export const wordsEn: Widen<typeof wordsId> = {
  ageBand: {
    under_20: 'Under 20 years',
    '20_29': '20 to 29 years',
    '30_39': '30 to 39 years',
    '40_49': '40 to 49 years',
    '50_59': '50 to 59 years',
    '60_plus': '60 years or older',
  },
  sex: { male: 'Male', female: 'Female' },
  education: {
    sd: 'Primary school or equivalent',
    smp: 'Junior secondary school or equivalent',
    sma: 'Senior secondary or vocational school',
    d1_d3: 'Diploma, one to three years',
    d4_s1: 'Bachelor’s degree or four-year diploma',
    s2_plus: 'Master’s degree or doctorate',
  },
  occupation: {
    pns: 'Civil servant',
    tni_polri: 'Armed forces or police',
    private: 'Private employee',
    entrepreneur: 'Self-employed',
    student: 'Pupil or student',
    other: 'Other',
  },
  channel: {
    visit_link: 'Link after a visit',
    kiosk: 'Device at the counter',
    paper: 'Paper form',
    public_link: 'Open link (not verified)',
  },
  source: { queue: 'at the counter', services: 'online request' },
  respondentField: {
    ageBand: 'Age',
    sex: 'Sex',
    education: 'Highest education',
    occupation: 'Main occupation',
  },
};
