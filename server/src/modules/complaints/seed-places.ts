// Where the demo complaints happen: real streets of each demo city and roughly its middle.

/** Real streets of each demo city. */
export const STREETS: Record<string, string[]> = {
  dumai: [
    'Jl. Sultan Syarif Kasim',
    'Jl. Jenderal Sudirman',
    'Jl. Diponegoro',
    'Jl. Hang Tuah',
    'Jl. Datuk Laksamana',
    'Jl. Soekarno-Hatta',
    'Jl. Ombak',
    'Jl. Sultan Hasanuddin',
    'Jl. Kelakap Tujuh',
    'Jl. Arifin Ahmad',
  ],
  kupang: [
    'Jl. El Tari',
    'Jl. W.J. Lalamentik',
    'Jl. Timor Raya',
    'Jl. Frans Seda',
    'Jl. Soeharto',
    'Jl. Herman Johannes',
    'Jl. Adisucipto',
    'Jl. Amabi',
    'Jl. R.A. Kartini',
    'Jl. Piet A. Tallo',
  ],
  serang: [
    'Jl. Jenderal Sudirman',
    'Jl. Ahmad Yani',
    'Jl. Diponegoro',
    "Jl. K.H. Syam'un",
    'Jl. Raya Pandeglang',
    'Jl. Raya Cilegon',
    'Jl. Veteran',
    'Jl. Maulana Hasanuddin',
    'Jl. Trip Jamaksari',
    'Jl. Bhayangkara',
  ],
  palembang: [
    'Jl. Jenderal Sudirman',
    'Jl. Demang Lebar Daun',
    'Jl. Kol. H. Burlian',
    'Jl. Angkatan 45',
    'Jl. Veteran',
    'Jl. Basuki Rahmat',
    'Jl. R. Soekamto',
    'Jl. Mayor Ruslan',
    'Jl. K.H. Wahid Hasyim',
    'Jl. Letda A. Rozak',
  ],
  medan: [
    'Jl. Gatot Subroto',
    'Jl. Sisingamangaraja',
    'Jl. Jamin Ginting',
    'Jl. Iskandar Muda',
    'Jl. Brigjend Katamso',
    'Jl. Setia Budi',
    'Jl. Sutomo',
    'Jl. M.H. Thamrin',
    'Jl. Ring Road',
    'Jl. Krakatau',
  ],
};

/** Roughly the middle of each city, for the complaints that carry a map location. */
export const CITY_CENTRES: Record<string, [number, number]> = {
  dumai: [1.665, 101.447],
  kupang: [-10.177, 123.607],
  serang: [-6.12, 106.15],
  palembang: [-2.976, 104.775],
  medan: [3.595, 98.672],
};
