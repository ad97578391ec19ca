import type { ComplaintStatus } from '@lentera/common';

/** What the chat conversation says, Indonesian first with the English below (a chat has no language setting). */
export const TEXTS = {
  welcome:
    'Selamat datang di layanan pengaduan {tenant}.\nPilih kategori dengan mengirim nomornya:\n{list}\n\n' +
    '(Welcome. Reply with the number of a category. Send /batal to start over.)',
  describe:
    'Kategori: {category}.\nTuliskan pengaduan Anda (paling sedikit 10 karakter). Anda boleh melampirkan foto ' +
    'dengan keterangan.\n(Describe your complaint; you may attach photos with a caption.)',
  photoKept: 'Foto diterima ({n}). Sekarang tuliskan pengaduan Anda.\n(Photo received. Now describe your complaint.)',
  locationKept: 'Lokasi diterima. Sekarang tuliskan pengaduan Anda.\n(Location received. Now describe your complaint.)',
  locationFirst: 'Lokasi diterima. Pilih kategori terlebih dahulu.\n(Location received. Choose a category first.)',
  tooShort: 'Uraian terlalu singkat: paling sedikit 10 karakter.\n(Too short: at least 10 characters.)',
  noCategories: 'Maaf, layanan pengaduan belum memiliki kategori.\n(Sorry, no categories yet.)',
  followLink:
    'Tautan rahasia untuk mengikuti {code} (jangan dibagikan):\n{link}\n(Secret link to follow your complaint; do not share it.)',
  photoFailed:
    'Maaf, foto tidak dapat diambil dari {channel}. Silakan kirim ulang.\n(Sorry, the photo could not be fetched; please send it again.)',
  mediaRefused:
    'Maaf, {what} tidak dapat diterima. Kirim foto (JPEG, PNG, WebP) atau dokumen PDF saja; pesan Anda yang lain ' +
    'tetap tersimpan.\n(Sorry, {whatEn} cannot be accepted. Send photos (JPEG, PNG, WebP) or PDF documents only; ' +
    'the rest of your messages are kept.)',
  tooManyFiles: 'Paling banyak {max} lampiran.\n(At most {max} attachments.)',
  statusOf: 'Status {code}: {status}{detail}\n\n(Status: {statusEn})',
  statusUnknown:
    'Kode {code} tidak ditemukan di antara pengaduan yang Anda kirim dari percakapan ini.\n' +
    '(The code {code} is not among the complaints you sent from this chat.)',
};

/** Names of a media kind the conversation refuses, in both languages. */
export const REFUSED_MEDIA: Record<string, { id: string; en: string }> = {
  audio: { id: 'pesan suara atau audio', en: 'voice or audio messages' },
  video: { id: 'video', en: 'videos' },
  sticker: { id: 'stiker', en: 'stickers' },
  other: { id: 'jenis berkas ini', en: 'this kind of file' },
  document: { id: 'jenis berkas ini', en: 'this kind of file' },
  image: { id: 'jenis gambar ini', en: 'this kind of image' },
};

/** The public status of a complaint in a status reply. */
export const STATUS_TEXTS: Record<ComplaintStatus, { id: string; en: string }> = {
  received: { id: 'Diterima, menunggu verifikasi', en: 'Received, waiting for verification' },
  postponed: { id: 'Ditunda: kami memerlukan keterangan tambahan', en: 'Postponed: we need more information' },
  referred: { id: 'Di luar kewenangan kami', en: 'Outside our authority' },
  archived: { id: 'Tidak dilanjutkan', en: 'Not taken further' },
  merged: { id: 'Digabung dengan pengaduan yang sama', en: 'Merged with the same complaint' },
  routed: { id: 'Diteruskan ke dinas terkait', en: 'Routed to the agency' },
  in_progress: { id: 'Sedang ditangani', en: 'Being handled' },
  answered: { id: 'Sudah dijawab', en: 'Answered' },
  closed: { id: 'Selesai', en: 'Closed' },
};

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
