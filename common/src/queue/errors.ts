import { ERROR_MESSAGES } from '../http/errors';

/** The queue's error codes with their Indonesian and English messages, added to the shared table. */
export const QUEUE_ERRORS = {
  queue_closed: {
    id: 'Layanan ini sedang tutup ({reason}). Silakan datang pada jam buka.',
    en: 'This service is closed now ({reason}). Please come during opening hours.',
  },
  queue_full: {
    id: 'Kuota antrian layanan ini untuk hari ini ({capacity}) sudah habis.',
    en: "Today's quota for this service ({capacity}) is used up.",
  },
  queue_online_not_allowed: {
    id: 'Layanan ini tidak menerima antrian atau pemesanan daring.',
    en: 'This service takes no online tickets or bookings.',
  },
  queue_one_per_day: {
    id: 'Anda sudah memiliki antrian {code} untuk layanan ini hari ini.',
    en: 'You already have ticket {code} for this service today.',
  },
  queue_kiosk_secret: {
    id: 'Perangkat anjungan ini tidak terdaftar atau kuncinya salah. Hubungi admin.',
    en: 'This kiosk is not registered or its key is wrong. Contact the administrator.',
  },
  queue_booking_past: {
    id: 'Pilih hari kerja setelah hari ini dan jam yang masih tersedia.',
    en: 'Choose a working day after today and a time still available.',
  },
  queue_booking_full: {
    id: 'Jam {window} pada tanggal itu sudah penuh. Pilih jam lain.',
    en: 'The {window} window on that day is full. Choose another time.',
  },
  queue_booking_unknown: {
    id: 'Kode pemesanan tidak ditemukan, bukan untuk hari ini, atau sudah dipakai.',
    en: 'Booking code not found, not for today, or already used.',
  },
  queue_service_not_here: {
    id: 'Layanan itu tidak tersedia di lokasi ini.',
    en: 'That service is not offered at this location.',
  },
  queue_counter_not_signed_in: {
    id: 'Masuk ke loket ini terlebih dahulu.',
    en: 'Sign in to this counter first.',
  },
  queue_counter_taken: {
    id: 'Loket ini sedang dipakai oleh {name}.',
    en: 'This counter is in use by {name}.',
  },
  queue_counter_paused: {
    id: 'Loket sedang istirahat. Lanjutkan layanan terlebih dahulu.',
    en: 'The counter is paused. Resume service first.',
  },
  queue_ticket_state: {
    id: 'Antrian {code} berstatus "{status}"; tindakan ini tidak dapat dilakukan.',
    en: 'Ticket {code} is "{status}"; this action is not possible.',
  },
  queue_letter_taken: {
    id: 'Huruf antrian {letter} sudah dipakai layanan lain di lokasi ini.',
    en: 'Ticket letter {letter} is already used by another service at this location.',
  },
  queue_counter_number_taken: {
    id: 'Nomor loket {number} sudah ada di lokasi ini.',
    en: 'Counter number {number} already exists at this location.',
  },
  queue_recall_first: {
    id: 'Panggil ulang dahulu ({recalls} kali lagi) sebelum menandai tidak hadir.',
    en: 'Recall first ({recalls} more times) before marking a no-show.',
  },
  queue_counter_not_here: { id: 'Loket itu tidak ada di lokasi ini.', en: 'That counter is not at this location.' },
  queue_unit_not_yours: {
    id: 'Anda hanya dapat mengatur lokasi di unit Anda sendiri.',
    en: 'You can only manage locations in your own unit.',
  },
  queue_priority_off: {
    id: 'Kelompok prioritas ini tidak diaktifkan di pemerintah daerah ini.',
    en: 'This priority group is not enabled in this government.',
  },
} as const;

Object.assign(ERROR_MESSAGES, QUEUE_ERRORS);
