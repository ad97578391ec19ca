/** A guest's complaint as the web form files it, numbered so that each is told apart. */
export function intakeBody(categoryId: string, n: number | string) {
  return {
    class: 'pengaduan',
    categoryId,
    title: `Lampu jalan padam nomor ${n}`,
    description: 'Lampu penerangan jalan di depan sekolah padam sejak minggu lalu, jalan gelap pada malam hari.',
    privacy: 'anonim',
    lat: -6.12,
    lng: 106.15,
    guest: { name: 'Warga', email: `warga${n}@contoh.id` },
  };
}
