import type { FormFieldInput, PublicServiceInput, StandardInput } from '@lentera/common';

/**
 * The demo catalog's services with their standards (PermenPANRB 15/2014): realistic texts of a city's
 * Disdukcapil, DPMPTSP, Dinas Kesehatan and Dinas Sosial. `seed.ts` writes them through the real use cases.
 */

export type DemoUnit = 'DISDUKCAPIL' | 'DPMPTSP' | 'DINKES' | 'DINSOS';

export interface DemoCatalogService {
  unit: DemoUnit;
  service: Omit<PublicServiceInput, 'unitId'>;
  standard: Omit<StandardInput, 'effectiveFrom'>;
  /**
   * `history`: an older version (imported as published on `2025-01-02`) and the current one; `pending`: a newer
   * version submitted and awaiting approval; `flagged`: a new service whose draft still misses published elements.
   */
  story?: 'history' | 'pending' | 'flagged';
  /** `history`: what the older version differed in. `pending`: what the submitted version changes. */
  other?: Partial<StandardInput>;
}

const ADMINDUK_FREE =
  'Tidak dipungut biaya (Rp0). Pengurusan dan penerbitan dokumen kependudukan tidak dipungut biaya (Pasal 79A ' +
  'Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang ' +
  'Administrasi Kependudukan).';
export const PDRD = 'Peraturan Daerah tentang Pajak Daerah dan Retribusi Daerah (Perda Nomor 1 Tahun 2024)';

const complaints = (unit: string) =>
  `Pengaduan, saran dan masukan disampaikan melalui: (1) kanal pengaduan daring Lentera (menu Pengaduan); ` +
  `(2) loket pengaduan ${unit}, Senin–Jumat 08.00–15.00; (3) kotak saran di ruang pelayanan; (4) SP4N-LAPOR!. ` +
  'Setiap pengaduan dijawab paling lambat 5 hari kerja. Permintaan atau penerimaan pungutan di luar biaya resmi ' +
  'dapat diadukan dan akan ditindaklanjuti oleh Inspektorat.';

const nama: FormFieldInput = { key: 'nama', label: 'Nama lengkap', labelEn: 'Full name', type: 'text', maxLength: 120 };
const nik: FormFieldInput = { key: 'nik', label: 'NIK pemohon', labelEn: "Applicant's NIK", type: 'nik' };
const alamat: FormFieldInput = { key: 'alamat', label: 'Alamat sesuai KTP-el', labelEn: 'Address', type: 'address' };
const hp: FormFieldInput = {
  key: 'telepon',
  label: 'Nomor telepon/WhatsApp',
  labelEn: 'Phone/WhatsApp number',
  type: 'text',
  maxLength: 20,
};
const doc = (key: string, label: string, labelEn: string, required = true): FormFieldInput => ({
  key,
  label,
  labelEn,
  type: 'document',
  required,
  documentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  maxBytes: 2 * 1024 * 1024,
});

const letter = (title: string, body: string) =>
  `${title.toUpperCase()}\nNomor: {{code}}\n\nYang bertanda tangan di bawah ini menerangkan bahwa:\n` +
  `Nama : {{nama}}\nNIK  : {{nik}}\n\n${body}\n\nDemikian surat ini dibuat untuk dipergunakan sebagaimana mestinya.`;

export const DEMO_CATALOG: DemoCatalogService[] = [
  {
    unit: 'DISDUKCAPIL',
    service: {
      name: 'Kartu Keluarga (baru atau perubahan data)',
      nameEn: 'Family card (new or changed)',
      summary: 'Penerbitan Kartu Keluarga karena membentuk keluarga baru, perubahan data, atau kartu rusak/hilang.',
    },
    standard: {
      requirements:
        '1. Buku nikah/kutipan akta perkawinan (keluarga baru).\n2. Kartu Keluarga lama (perubahan data).\n' +
        '3. Surat keterangan kehilangan dari kepolisian (kartu hilang).\n4. Dokumen pendukung perubahan data (ijazah, akta).',
      procedure:
        '1. Pemohon mengisi formulir daring dan mengunggah berkas.\n2. Petugas memverifikasi berkas; bila kurang, ' +
        'pemohon diminta melengkapi.\n3. Data diperbarui dalam database kependudukan.\n4. Kartu Keluarga ' +
        'diterbitkan dalam bentuk elektronik (PDF bertanda tangan elektronik) dan dapat dicetak sendiri.',
      durationDays: 3,
      fee: 0,
      feeBasis: ADMINDUK_FREE,
      product: 'Kartu Keluarga (dokumen elektronik bertanda tangan elektronik).',
      complaintHandling: complaints('Disdukcapil'),
      officers: '4 orang petugas pendaftaran penduduk',
      outputKind: 'file',
      form: [
        nama,
        nik,
        alamat,
        {
          key: 'alasan',
          label: 'Alasan permohonan',
          labelEn: 'Reason',
          type: 'choice',
          choices: ['Membentuk keluarga baru', 'Perubahan data', 'Kartu rusak atau hilang'],
        },
        doc('kk_lama', 'Kartu Keluarga lama', 'Previous family card', false),
        doc('buku_nikah', 'Buku nikah/akta perkawinan', 'Marriage certificate', false),
      ],
    },
  },
  {
    unit: 'DISDUKCAPIL',
    story: 'history',
    service: {
      name: 'Akta Kelahiran',
      nameEn: 'Birth certificate',
      summary: 'Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi anak yang lahir di wilayah kota.',
    },
    standard: {
      requirements:
        '1. Surat keterangan lahir dari rumah sakit, puskesmas, bidan atau kepala desa/lurah.\n2. Kartu Keluarga ' +
        'tempat anak didaftarkan.\n3. Buku nikah/akta perkawinan orang tua, atau Surat Pernyataan Tanggung Jawab Mutlak (SPTJM).',
      procedure:
        '1. Orang tua mengisi formulir daring dan mengunggah berkas.\n2. Petugas memverifikasi berkas.\n3. Pejabat ' +
        'pencatatan sipil mencatat kelahiran.\n4. Kutipan akta kelahiran elektronik dikirim kepada pemohon.',
      durationDays: 3,
      fee: 0,
      feeBasis: ADMINDUK_FREE,
      product: 'Kutipan Akta Kelahiran (dokumen elektronik) dan Kartu Keluarga yang diperbarui.',
      complaintHandling: complaints('Disdukcapil'),
      officers: '3 orang petugas pencatatan sipil',
      outputKind: 'file',
      form: [
        { ...nama, label: 'Nama lengkap anak', labelEn: "Child's full name" },
        { ...nik, label: 'NIK ayah atau ibu', labelEn: "Father's or mother's NIK" },
        { key: 'tanggal_lahir', label: 'Tanggal lahir anak', labelEn: "Child's date of birth", type: 'date' },
        doc('surat_lahir', 'Surat keterangan lahir', 'Birth notice'),
        doc('buku_nikah', 'Buku nikah/akta perkawinan atau SPTJM', 'Marriage certificate or SPTJM'),
      ],
    },
    other: {
      durationDays: 7,
      procedure: 'Pemohon datang ke loket Disdukcapil membawa berkas asli; akta dicetak dan diambil di loket.',
      outputKind: 'pickup',
    },
  },
  {
    unit: 'DISDUKCAPIL',
    service: {
      name: 'Surat Keterangan Pindah',
      nameEn: 'Certificate of moving',
      summary: 'Surat keterangan pindah (SKPWNI) bagi penduduk yang pindah ke luar kota.',
    },
    standard: {
      requirements:
        '1. Kartu Keluarga.\n2. KTP-el anggota keluarga yang pindah.\n3. Alamat tujuan pindah yang lengkap.',
      procedure:
        '1. Pemohon mengisi formulir daring.\n2. Petugas memverifikasi data.\n3. Surat keterangan pindah ' +
        'diterbitkan dan data pindah dikirim ke daerah tujuan secara elektronik.',
      durationDays: 1,
      fee: 0,
      feeBasis: ADMINDUK_FREE,
      product: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI).',
      complaintHandling: complaints('Disdukcapil'),
      officers: '2 orang petugas pendaftaran penduduk',
      outputKind: 'letter',
      form: [
        nama,
        nik,
        { key: 'alamat_tujuan', label: 'Alamat tujuan pindah', labelEn: 'Destination address', type: 'address' },
        {
          key: 'jumlah',
          label: 'Jumlah anggota keluarga yang pindah',
          labelEn: 'Family members moving',
          type: 'number',
          min: 1,
          max: 20,
        },
        doc('kk', 'Kartu Keluarga', 'Family card'),
      ],
      letterTemplate: letter(
        'Surat Keterangan Pindah',
        'Penduduk tersebut di atas pindah ke alamat {{alamat_tujuan}} bersama {{jumlah}} orang anggota keluarga.',
      ),
    },
  },
  {
    unit: 'DISDUKCAPIL',
    service: {
      name: 'KTP-el (cetak ulang rusak atau hilang)',
      nameEn: 'Electronic ID card (reprint)',
      summary: 'Pencetakan ulang KTP-el yang rusak, hilang, atau berubah datanya.',
    },
    standard: {
      requirements: '1. Kartu Keluarga.\n2. KTP-el yang rusak, atau surat keterangan kehilangan dari kepolisian.',
      procedure:
        '1. Pemohon mengisi formulir daring.\n2. Petugas memverifikasi data.\n3. KTP-el dicetak.\n4. Pemohon ' +
        'mengambil KTP-el di loket dengan menunjukkan kode permohonan.',
      durationDays: 1,
      fee: 0,
      feeBasis: ADMINDUK_FREE,
      product: 'Kartu Tanda Penduduk elektronik (KTP-el).',
      complaintHandling: complaints('Disdukcapil'),
      officers: '2 orang petugas pencetakan',
      outputKind: 'pickup',
      form: [
        nama,
        nik,
        {
          key: 'alasan',
          label: 'Alasan',
          labelEn: 'Reason',
          type: 'choice',
          choices: ['Rusak', 'Hilang', 'Perubahan data'],
        },
        doc('bukti', 'KTP-el rusak atau surat kehilangan', 'Damaged card or police report'),
      ],
    },
  },
  {
    unit: 'DPMPTSP',
    service: {
      name: 'Pendampingan Nomor Induk Berusaha (NIB) Usaha Mikro',
      nameEn: 'Business ID (NIB) assistance for micro businesses',
      summary: 'Pendampingan penerbitan NIB melalui OSS bagi usaha mikro dan kecil.',
    },
    standard: {
      requirements: '1. KTP-el pemilik usaha.\n2. NPWP (bila ada).\n3. Alamat dan foto tempat usaha.',
      procedure:
        '1. Pelaku usaha mengisi formulir daring.\n2. Petugas menghubungi pemohon dan mendampingi pendaftaran ' +
        'di sistem OSS.\n3. NIB terbit dari sistem OSS dan dikirim kepada pemohon.',
      durationDays: 3,
      fee: 0,
      feeBasis: 'Tidak dipungut biaya (Rp0).',
      product: 'Nomor Induk Berusaha (NIB) yang terbit dari sistem OSS.',
      complaintHandling: complaints('DPMPTSP'),
      outputKind: 'file',
      form: [
        nama,
        nik,
        hp,
        {
          key: 'usaha',
          label: 'Nama dan jenis usaha',
          labelEn: 'Business name and kind',
          type: 'text',
          maxLength: 200,
        },
        { key: 'alamat_usaha', label: 'Alamat tempat usaha', labelEn: 'Business address', type: 'address' },
        doc('foto_usaha', 'Foto tempat usaha', 'Photo of the business', false),
      ],
    },
  },
  {
    unit: 'DPMPTSP',
    story: 'pending',
    service: {
      name: 'Izin Penyelenggaraan Reklame',
      nameEn: 'Billboard permit',
      summary: 'Izin pemasangan reklame papan, baliho, atau spanduk di wilayah kota.',
    },
    standard: {
      requirements:
        '1. KTP-el pemohon.\n2. Desain dan ukuran reklame.\n3. Denah lokasi pemasangan.\n4. Izin pemilik lahan ' +
        'atau bangunan bila bukan milik sendiri.',
      procedure:
        '1. Pemohon mengisi formulir daring.\n2. Verifikasi berkas dan peninjauan lokasi oleh tim teknis.\n' +
        '3. Pembayaran retribusi.\n4. Izin diterbitkan.',
      durationDays: 7,
      fee: 150_000,
      feeBasis: `Retribusi sesuai ${PDRD}; pajak reklame dibayar terpisah kepada Bapenda.`,
      product: 'Surat Izin Penyelenggaraan Reklame.',
      complaintHandling: complaints('DPMPTSP'),
      outputKind: 'letter',
      form: [
        nama,
        nik,
        hp,
        { key: 'lokasi', label: 'Lokasi reklame', labelEn: 'Location', type: 'address' },
        { key: 'ukuran', label: 'Luas bidang reklame (m²)', labelEn: 'Area (m²)', type: 'number', min: 1, max: 200 },
        doc('desain', 'Desain reklame', 'Design'),
      ],
      letterTemplate: letter(
        'Surat Izin Penyelenggaraan Reklame',
        'Diberikan izin menyelenggarakan reklame seluas {{ukuran}} m² di {{lokasi}}.',
      ),
    },
    other: { durationDays: 5 },
  },
  {
    unit: 'DINKES',
    service: {
      name: 'Surat Keterangan Sehat',
      nameEn: 'Health certificate',
      summary: 'Surat keterangan sehat untuk melamar kerja, sekolah, atau keperluan lain, setelah pemeriksaan dokter.',
    },
    standard: {
      requirements: '1. KTP-el atau kartu pelajar.\n2. Hadir untuk pemeriksaan pada jadwal yang diberikan.',
      procedure:
        '1. Pemohon mengisi formulir daring dan memilih keperluan.\n2. Pemohon diperiksa dokter pada jadwal yang ' +
        'diberikan.\n3. Pemohon membayar retribusi.\n4. Surat keterangan sehat diterbitkan.',
      durationDays: 1,
      fee: 25_000,
      feeBasis: `Retribusi pelayanan kesehatan sesuai ${PDRD}.`,
      product: 'Surat Keterangan Sehat yang ditandatangani dokter pemeriksa.',
      complaintHandling: complaints('Dinas Kesehatan'),
      outputKind: 'letter',
      form: [
        nama,
        nik,
        {
          key: 'keperluan',
          label: 'Keperluan',
          labelEn: 'Purpose',
          type: 'choice',
          choices: ['Melamar kerja', 'Sekolah', 'Lainnya'],
        },
      ],
      letterTemplate: letter(
        'Surat Keterangan Sehat',
        'Setelah diperiksa, yang bersangkutan dinyatakan sehat untuk keperluan {{keperluan}}.',
      ),
    },
  },
  {
    unit: 'DINKES',
    service: {
      name: 'Sertifikat Laik Higiene Sanitasi Rumah Makan',
      nameEn: 'Food hygiene certificate for restaurants',
      summary: 'Sertifikat laik higiene sanitasi bagi rumah makan dan jasa boga.',
    },
    standard: {
      requirements:
        '1. NIB usaha.\n2. Denah dapur.\n3. Sertifikat pelatihan keamanan pangan penjamah makanan.\n4. Hasil ' +
        'pemeriksaan laboratorium sampel makanan dan air.',
      procedure:
        '1. Pemohon mengisi formulir daring.\n2. Inspeksi kesehatan lingkungan oleh sanitarian.\n3. Pembayaran ' +
        'retribusi.\n4. Sertifikat diterbitkan.',
      durationDays: 14,
      fee: 100_000,
      feeBasis: `Retribusi pelayanan kesehatan sesuai ${PDRD}.`,
      product: 'Sertifikat Laik Higiene Sanitasi (berlaku 3 tahun).',
      complaintHandling: complaints('Dinas Kesehatan'),
      outputKind: 'file',
      form: [
        nama,
        nik,
        { key: 'usaha', label: 'Nama rumah makan', labelEn: 'Restaurant name', type: 'text', maxLength: 200 },
        { key: 'alamat_usaha', label: 'Alamat rumah makan', labelEn: 'Restaurant address', type: 'address' },
        doc('nib', 'NIB usaha', 'Business ID'),
        doc('lab', 'Hasil pemeriksaan laboratorium', 'Laboratory results'),
      ],
    },
  },
  {
    unit: 'DINSOS',
    service: {
      name: 'Surat Keterangan Tidak Mampu',
      nameEn: 'Certificate of low income',
      summary: 'Surat keterangan bagi keluarga tidak mampu untuk keringanan biaya sekolah atau berobat.',
    },
    standard: {
      requirements:
        '1. Kartu Keluarga.\n2. Surat pengantar kelurahan.\n3. Terdaftar dalam DTKS, atau bersedia diverifikasi.',
      procedure:
        '1. Pemohon mengisi formulir daring.\n2. Petugas memeriksa data DTKS; bila belum terdaftar, pekerja sosial ' +
        'melakukan verifikasi lapangan.\n3. Surat keterangan diterbitkan.',
      durationDays: 2,
      fee: 0,
      feeBasis: 'Tidak dipungut biaya (Rp0).',
      product: 'Surat Keterangan Tidak Mampu.',
      complaintHandling: complaints('Dinas Sosial'),
      outputKind: 'letter',
      form: [
        nama,
        nik,
        alamat,
        {
          key: 'keperluan',
          label: 'Keperluan',
          labelEn: 'Purpose',
          type: 'choice',
          choices: ['Biaya sekolah', 'Biaya berobat', 'Lainnya'],
        },
        doc('pengantar', 'Surat pengantar kelurahan', 'Letter from the kelurahan'),
      ],
      letterTemplate: letter(
        'Surat Keterangan Tidak Mampu',
        'Keluarga yang bersangkutan tergolong tidak mampu; surat ini untuk keperluan {{keperluan}}.',
      ),
    },
  },
  {
    unit: 'DINSOS',
    story: 'flagged',
    service: {
      name: 'Rekomendasi Bantuan Sosial',
      nameEn: 'Social assistance recommendation',
      summary: 'Rekomendasi bagi warga untuk menerima bantuan sosial dari pemerintah.',
    },
    standard: {
      requirements: '1. Kartu Keluarga.\n2. KTP-el.\n3. Surat pengantar kelurahan.',
      procedure: '1. Pemohon mengisi formulir daring.\n2. Verifikasi lapangan.\n3. Rekomendasi diterbitkan.',
      durationDays: 5,
      product: 'Surat rekomendasi bantuan sosial.',
      outputKind: 'letter',
      form: [nama, nik, alamat],
    },
  },
];
