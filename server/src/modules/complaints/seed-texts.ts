/**
 * What the demo complainants write and what the offices answer: realistic Indonesian texts per category, with the
 * city's own streets and kelurahan filled in, so that no two complaints read alike and none carries a number.
 */

export { CITY_CENTRES, STREETS } from './seed-places';

export interface Topic {
  titles: string[];
  descriptions: string[];
  /** The unit the desk routes it to when the category has none (codes of the people module's demo units). */
  unit?: string;
  /** Not the city's business: the desk refers it to this body. */
  referTo?: string;
}

// {jalan}: a street of the city; {kelurahan}: one of its kelurahan; {tempat}: a landmark near which it happens.
export const LANDMARKS = [
  'dekat masjid',
  'depan sekolah dasar',
  'samping pasar',
  'di simpang empat',
  'dekat kantor lurah',
  'depan puskesmas',
  'di ujung gang',
];

export const TOPICS: Record<string, Topic[]> = {
  adminduk: [
    {
      titles: ['KTP elektronik belum jadi setelah dua bulan', 'KTP-el tidak kunjung dicetak'],
      descriptions: [
        'Saya sudah merekam KTP elektronik di kantor Disdukcapil dua bulan lalu. Setiap kali ditanya, petugas menjawab blangko habis. Mohon kepastian kapan bisa diambil.',
        'Anak saya berusia 17 tahun sudah rekam KTP-el sejak awal bulan lalu, tetapi statusnya masih menunggu cetak. KTP dibutuhkan untuk mendaftar kuliah.',
      ],
    },
    {
      titles: ['Akta kelahiran anak lama diproses', 'Pengurusan akta kelahiran lebih dari tiga minggu'],
      descriptions: [
        'Permohonan akta kelahiran anak kami ajukan lewat kelurahan {kelurahan} tiga minggu lalu dan belum selesai, padahal dijanjikan satu minggu.',
        'Berkas akta kelahiran sudah lengkap, tetapi petugas meminta datang lagi berkali-kali tanpa kejelasan.',
      ],
    },
    {
      titles: ['Antrean Disdukcapil penuh sejak subuh', 'Nomor antrean layanan kependudukan cepat habis'],
      descriptions: [
        'Warga harus datang sejak subuh untuk mendapat nomor antrean di kantor Disdukcapil. Pukul 08.00 nomor sudah habis. Mohon antrean daring diperbanyak.',
      ],
    },
    {
      titles: ['Perubahan data Kartu Keluarga belum selesai', 'Nama di Kartu Keluarga salah ketik'],
      descriptions: [
        'Nama istri saya salah ketik di Kartu Keluarga. Sudah mengajukan perbaikan di kelurahan {kelurahan} sebulan lalu, belum ada kabar.',
      ],
    },
  ],
  infrastruktur: [
    {
      titles: ['Jalan berlubang di {jalan}', 'Lubang besar di badan jalan {jalan} {tempat}'],
      descriptions: [
        'Ada lubang besar di {jalan} {tempat}. Saat hujan tergenang dan tidak terlihat, sudah dua pengendara motor terjatuh minggu ini.',
        'Aspal di {jalan} mengelupas sepanjang kurang lebih lima puluh meter dan berlubang dalam. Mohon segera ditambal sebelum ada korban.',
      ],
    },
    {
      titles: ['Drainase tersumbat di kelurahan {kelurahan}', 'Parit meluap setiap hujan di {jalan}'],
      descriptions: [
        'Saluran air di lingkungan kami, kelurahan {kelurahan}, tersumbat lumpur dan sampah sehingga setiap hujan deras air masuk ke rumah warga.',
        'Parit di {jalan} {tempat} tidak pernah dinormalisasi. Air meluap ke jalan dan menggenang sampai dua hari.',
      ],
    },
    {
      titles: ['Lampu penerangan jalan mati di {jalan}', 'Jalan gelap karena lampu jalan padam'],
      descriptions: [
        'Lampu penerangan jalan di {jalan} {tempat} mati sejak dua minggu lalu. Jalan menjadi gelap dan warga khawatir akan kejahatan.',
        'Tiga tiang lampu jalan berturut-turut padam di kelurahan {kelurahan}. Mohon diperbaiki.',
      ],
    },
    {
      titles: ['Jembatan kayu rusak di kelurahan {kelurahan}', 'Pagar jembatan patah {tempat}'],
      descriptions: [
        'Papan jembatan penghubung di kelurahan {kelurahan} banyak yang lapuk dan berlubang. Anak-anak sekolah setiap hari melintas di sana.',
      ],
    },
    {
      titles: ['Trotoar rusak di {jalan}', 'Penutup saluran trotoar hilang di {jalan}'],
      descriptions: [
        'Penutup saluran di trotoar {jalan} {tempat} hilang sehingga berlubang dan membahayakan pejalan kaki, terutama malam hari.',
      ],
    },
  ],
  kebersihan: [
    {
      titles: ['Sampah di TPS {kelurahan} tidak diangkut', 'Tumpukan sampah menggunung di {jalan}'],
      descriptions: [
        'Sampah di TPS kelurahan {kelurahan} sudah empat hari tidak diangkut. Baunya menyengat dan mulai berserakan ke jalan.',
        'Tumpukan sampah di {jalan} {tempat} menggunung dan menutup sebagian badan jalan. Mohon jadwal pengangkutan ditambah.',
      ],
    },
    {
      titles: ['Pembakaran sampah di permukiman', 'Asap pembakaran sampah setiap sore'],
      descriptions: [
        'Ada warga yang membakar sampah setiap sore di lahan kosong kelurahan {kelurahan}. Asapnya masuk ke rumah dan anak kami batuk-batuk.',
      ],
    },
    {
      titles: ['Pembuangan sampah liar di lahan kosong', 'Lahan kosong di {jalan} jadi tempat buang sampah'],
      descriptions: [
        'Lahan kosong di {jalan} {tempat} dijadikan tempat pembuangan sampah liar oleh orang yang lewat dengan kendaraan pada malam hari.',
      ],
    },
  ],
  kesehatan: [
    {
      titles: ['Antrean puskesmas terlalu lama', 'Menunggu tiga jam untuk diperiksa di puskesmas'],
      descriptions: [
        'Kami datang ke puskesmas pukul 07.30 dan baru diperiksa pukul 11.00. Hanya satu dokter yang bertugas. Mohon ditambah tenaga atau diatur antreannya.',
      ],
    },
    {
      titles: ['Obat resep tidak tersedia di puskesmas', 'Obat kosong, pasien diminta beli sendiri'],
      descriptions: [
        'Obat yang diresepkan dokter puskesmas untuk ibu saya tidak tersedia dan kami diminta membeli di apotek luar, padahal peserta BPJS.',
      ],
    },
    {
      titles: ['Pengasapan demam berdarah belum dilakukan', 'Kasus DBD di kelurahan {kelurahan}, mohon fogging'],
      descriptions: [
        'Sudah tiga warga di RT kami di kelurahan {kelurahan} dirawat karena demam berdarah. Mohon segera dilakukan pengasapan dan pemeriksaan jentik.',
      ],
    },
    {
      titles: ['Ambulans puskesmas sulit dihubungi', 'Nomor layanan ambulans tidak aktif'],
      descriptions: [
        'Tengah malam kami menelepon nomor ambulans puskesmas berkali-kali tetapi tidak diangkat. Akhirnya pasien dibawa dengan motor.',
      ],
    },
  ],
  pendidikan: [
    {
      titles: ['Pungutan uang pembangunan di sekolah', 'Sekolah negeri meminta iuran tanpa dasar'],
      descriptions: [
        'Sekolah anak kami meminta uang pembangunan Rp750.000 per siswa tanpa rapat komite dan tanpa rincian penggunaan. Apakah ini dibolehkan?',
      ],
    },
    {
      titles: ['Atap ruang kelas bocor', 'Plafon kelas hampir runtuh'],
      descriptions: [
        'Atap dua ruang kelas di SD negeri {tempat} di kelurahan {kelurahan} bocor dan plafonnya melengkung. Murid dipindah belajar di teras.',
      ],
    },
    {
      titles: ['Zonasi penerimaan murid baru tidak adil', 'Anak tidak diterima padahal rumah dekat sekolah'],
      descriptions: [
        'Rumah kami hanya 400 meter dari SMP negeri, tetapi anak kami tidak diterima lewat jalur zonasi, sementara yang lebih jauh diterima. Mohon penjelasan.',
      ],
    },
  ],
  perizinan: [
    {
      titles: ['Izin usaha belum terbit melewati batas waktu', 'Permohonan PBG tidak ada kabar'],
      descriptions: [
        'Permohonan persetujuan bangunan gedung untuk ruko kami sudah lengkap sejak enam minggu lalu, tetapi statusnya di sistem masih diproses.',
        'Izin usaha mikro kami belum terbit padahal janji layanan lima hari kerja. Petugas di loket DPMPTSP tidak bisa memberi kepastian.',
      ],
    },
    {
      titles: ['Persyaratan izin berubah-ubah', 'Diminta dokumen yang tidak ada di standar pelayanan'],
      descriptions: [
        'Setiap datang ke mal pelayanan publik kami diminta dokumen tambahan yang tidak tercantum dalam standar pelayanan yang dipajang.',
      ],
    },
  ],
  sosial: [
    {
      titles: ['Bantuan sosial tidak tepat sasaran', 'Warga mampu menerima bansos, keluarga miskin tidak'],
      descriptions: [
        'Di RT kami di kelurahan {kelurahan}, beberapa warga yang mampu menerima bantuan sosial, sementara janda lansia yang tinggal sendiri tidak terdata.',
      ],
    },
    {
      titles: ['Lansia terlantar di {jalan}', 'Orang dengan gangguan jiwa berkeliaran {tempat}'],
      descriptions: [
        'Seorang lansia tinggal sendiri di gubuk di {jalan} {tempat} tanpa keluarga dan kurang makan. Mohon dinas sosial berkunjung.',
      ],
    },
    {
      titles: ['Pencairan bantuan PKH terlambat', 'Data DTKS belum diperbarui'],
      descriptions: [
        'Kami sudah mengajukan pembaruan data DTKS lewat kelurahan {kelurahan} empat bulan lalu, tetapi nama kami belum masuk.',
      ],
    },
  ],
  'perilaku-asn': [
    {
      titles: ['Petugas loket tidak ramah', 'Petugas pelayanan berbicara kasar'],
      descriptions: [
        'Petugas di loket pelayanan berbicara dengan nada tinggi ketika saya bertanya tentang persyaratan, di depan warga lain.',
      ],
    },
    {
      titles: ['Diminta uang pelicin untuk mempercepat layanan', 'Oknum meminta imbalan di luar tarif resmi'],
      descriptions: [
        'Seorang petugas menawarkan pengurusan lebih cepat dengan membayar Rp200.000 di luar ketentuan. Layanan ini seharusnya gratis.',
      ],
    },
    {
      titles: ['Pegawai tidak di tempat pada jam kerja', 'Kantor kelurahan kosong pada jam pelayanan'],
      descriptions: [
        'Pukul 10.00 hari kerja kantor kelurahan {kelurahan} kosong, tidak ada petugas yang melayani. Warga menunggu lebih dari satu jam.',
      ],
    },
  ],
  lainnya: [
    {
      titles: ['Usulan taman bermain anak di kelurahan {kelurahan}', 'Mohon dibangun ruang terbuka hijau'],
      descriptions: [
        'Kami mengusulkan lahan kosong milik pemerintah di kelurahan {kelurahan} dijadikan taman bermain anak dan ruang terbuka hijau.',
      ],
      unit: 'DLH',
    },
    {
      titles: ['Parkir liar di {jalan}', 'Juru parkir liar memungut tarif tinggi'],
      descriptions: [
        'Di {jalan} {tempat} ada juru parkir tanpa rompi resmi yang memungut Rp5.000 sekali parkir dan kendaraan memakan badan jalan.',
      ],
      unit: 'DISHUB',
    },
    {
      titles: ['Pedagang kaki lima menutup trotoar', 'Lapak PKL di trotoar {jalan}'],
      descriptions: [
        'Pedagang kaki lima berjualan di atas trotoar {jalan} {tempat} sehingga pejalan kaki terpaksa berjalan di badan jalan.',
      ],
      unit: 'SATPOLPP',
    },
    {
      titles: ['Lampu lalu lintas mati di simpang {jalan}', 'Traffic light tidak berfungsi'],
      descriptions: [
        'Lampu lalu lintas di simpang {jalan} mati sejak kemarin dan terjadi kemacetan panjang pada jam sibuk.',
      ],
      unit: 'DISHUB',
    },
    {
      titles: ['Listrik sering padam di kelurahan {kelurahan}', 'Pemadaman listrik tanpa pemberitahuan'],
      descriptions: [
        'Listrik di lingkungan kami di kelurahan {kelurahan} padam hampir setiap malam tanpa pemberitahuan.',
      ],
      referTo: 'PT PLN (Persero) unit layanan pelanggan setempat',
    },
    {
      titles: ['Air PDAM keruh dan sering mati', 'Air ledeng tidak mengalir tiga hari'],
      descriptions: [
        'Air dari sambungan PDAM di {jalan} keruh kecokelatan dan sudah tiga hari tidak mengalir pada pagi hari.',
      ],
      referTo: 'Perumda Air Minum (PDAM) kota',
    },
  ],
};

export const ANSWERS: Record<string, string[]> = {
  adminduk: [
    'Terima kasih atas laporan Anda. Dokumen kependudukan Anda sudah selesai dicetak dan dapat diambil di loket pengambilan Disdukcapil pada jam kerja dengan membawa bukti perekaman.',
    'Blangko KTP-el telah kami terima dari pusat dan pencetakan sudah dilakukan. Kami mohon maaf atas keterlambatan; antrean daring juga kami tambah mulai minggu ini.',
  ],
  infrastruktur: [
    'Tim Bidang Bina Marga telah menambal jalan di lokasi yang dilaporkan. Perbaikan menyeluruh ruas tersebut masuk rencana pemeliharaan berkala tahun depan.',
    'Petugas telah membersihkan dan menormalisasi saluran di lokasi. Kami juga memasang penutup saluran yang hilang. Terima kasih atas kepedulian Anda.',
    'Lampu penerangan jalan di lokasi telah diganti dan kembali menyala sejak semalam.',
  ],
  kebersihan: [
    'Sampah di lokasi telah diangkut oleh armada Dinas Lingkungan Hidup dan jadwal pengangkutan di TPS tersebut kami tambah menjadi setiap hari.',
    'Petugas kebersihan bersama kelurahan telah menegur pelaku dan memasang papan larangan. Lokasi akan kami pantau secara berkala.',
  ],
  kesehatan: [
    'Terima kasih atas masukan Anda. Puskesmas telah menambah satu dokter pada jam pelayanan pagi dan menerapkan antrean daring.',
    'Petugas puskesmas telah melakukan penyelidikan epidemiologi dan pengasapan di lingkungan Anda. Mohon warga tetap melakukan 3M Plus.',
  ],
  pendidikan: [
    'Dinas Pendidikan telah memanggil kepala sekolah. Pungutan tersebut dibatalkan dan dana yang sudah dibayarkan akan dikembalikan melalui komite sekolah.',
    'Perbaikan atap ruang kelas telah dianggarkan dan dikerjakan mulai minggu ini. Selama perbaikan, murid belajar di ruang perpustakaan.',
  ],
  perizinan: [
    'Permohonan Anda telah kami verifikasi dan izin sudah terbit. Dokumen dapat diunduh melalui akun Anda di sistem perizinan.',
    'Kami mohon maaf atas ketidakjelasan informasi. Persyaratan yang berlaku adalah yang tercantum dalam standar pelayanan; petugas loket telah kami ingatkan.',
  ],
  sosial: [
    'Petugas Dinas Sosial bersama pendamping telah melakukan verifikasi lapangan. Data penerima di RT Anda kami usulkan untuk diperbarui pada pemutakhiran DTKS bulan ini.',
    'Tim Dinas Sosial telah mengunjungi warga yang dilaporkan dan memberikan bantuan permakanan serta menghubungkan dengan keluarganya.',
  ],
  'perilaku-asn': [
    'Laporan Anda telah ditindaklanjuti. Pegawai yang bersangkutan telah diperiksa oleh atasannya dan dijatuhi hukuman disiplin sesuai ketentuan.',
    'Terima kasih atas laporan Anda. Atasan langsung telah memberikan pembinaan kepada petugas dan kami melakukan pemantauan jam pelayanan.',
  ],
  lainnya: [
    'Usulan/laporan Anda telah kami tindak lanjuti di lapangan bersama kelurahan setempat. Terima kasih atas partisipasi Anda.',
    'Petugas telah turun ke lokasi dan menertibkan. Lokasi akan terus kami pantau.',
  ],
};

export const POSTPONE_QUESTIONS = [
  'Mohon lengkapi alamat lokasi (nama jalan, RT/RW) dan lampirkan foto pendukung.',
  'Mohon sebutkan waktu kejadian dan nama loket atau unit layanan yang Anda maksud.',
  'Mohon lampirkan nomor permohonan atau bukti pendaftaran layanan Anda.',
];
export const INFO_ADDED = [
  'Lokasinya di RT 03 RW 02, dekat warung. Foto menyusul lewat petugas kelurahan.',
  'Kejadiannya Selasa pagi sekitar pukul 09.00 di loket 2.',
  'Nomor permohonan saya tercantum di bukti pendaftaran yang saya terima.',
];
export const ARCHIVE_REASONS = [
  'Bukan pengaduan: ucapan terima kasih atas pelayanan.',
  'Pesan uji coba dari pelapor, tidak berisi pengaduan.',
  'Pelapor tidak melengkapi informasi dalam batas waktu, laporan diarsipkan.',
];
export const RATING_COMMENTS: Record<number, string[]> = {
  5: [
    'Terima kasih, cepat sekali ditangani.',
    'Mantap, petugas langsung turun ke lokasi.',
    'Sangat puas, terima kasih.',
  ],
  4: ['Sudah diperbaiki, terima kasih.', 'Cukup cepat, semoga dipelihara.'],
  3: ['Sudah ditangani tetapi agak lama.', 'Lumayan, walau harus menunggu.'],
  2: ['Baru ditangani sebagian.', 'Penanganannya lambat.'],
  1: ['Tidak ada perubahan di lapangan.', 'Jawabannya tidak sesuai kenyataan.'],
};
export const REOPEN_REASONS = [
  'Masalah muncul lagi setelah dua hari.',
  'Perbaikannya hanya sebagian, lubang di sebelahnya belum ditambal.',
  'Belum ada petugas yang datang ke lokasi.',
];
export const REPORTER_FIRST = [
  'Budi',
  'Siti',
  'Ahmad',
  'Dewi',
  'Rudi',
  'Nur',
  'Yusuf',
  'Rina',
  'Hendra',
  'Maria',
  'Yohanes',
  'Fitri',
];
export const REPORTER_LAST = [
  'Santoso',
  'Lestari',
  'Hidayat',
  'Siregar',
  'Nasution',
  'Putri',
  'Manafe',
  'Lubis',
  'Saputra',
  'Wijaya',
];
