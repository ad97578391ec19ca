import type { Widen } from '../../ui/i18n/types';

/** The public certificate check. */
export const publicId = {
  verify: {
    title: 'Verifikasi sertifikat pelatihan',
    intro: 'Ketik kode yang tercetak pada sertifikat (12 huruf dan angka) atau pindai kode QR-nya.',
    codeLabel: 'Kode sertifikat',
    codeHint: 'Contoh: ABCD-EFGH-JK23. Huruf kecil dan spasi tidak masalah.',
    codeInvalid: 'Kode sertifikat terdiri dari 12 huruf dan angka, misalnya ABCD-EFGH-JK23.',
    check: 'Periksa',
    genuineTitle: 'Sertifikat asli',
    genuineText: 'Sertifikat dengan kode {{code}} diterbitkan oleh pemerintah daerah ini dan masih berlaku.',
    holder: 'Nama',
    programme: 'Program pelatihan',
    jp: 'Jam pelajaran',
    jpValue: '{{jp}} JP',
    completedOn: 'Tanggal selesai',
    unknownTitle: 'Sertifikat tidak ditemukan',
    unknownText:
      'Tidak ada sertifikat berlaku dengan kode {{code}}: kodenya salah ketik, palsu, atau sertifikatnya sudah dicabut.',
    another: 'Periksa kode lain',
  },
} as const;

export const publicEn: Widen<typeof publicId> = {
  verify: {
    title: 'Verify a training certificate',
    intro: 'Type the code printed on the certificate (12 letters and digits) or scan its QR code.',
    codeLabel: 'Certificate code',
    codeHint: 'For example: ABCD-EFGH-JK23. Lower case and spaces are fine.',
    codeInvalid: 'A certificate code has 12 letters and digits, for example ABCD-EFGH-JK23.',
    check: 'Check',
    genuineTitle: 'Genuine certificate',
    genuineText: 'The certificate with code {{code}} was issued by this government and is valid.',
    holder: 'Name',
    programme: 'Training programme',
    jp: 'Lesson hours',
    jpValue: '{{jp}} JP',
    completedOn: 'Completed on',
    unknownTitle: 'Certificate not found',
    unknownText: 'No valid certificate has the code {{code}}: it is mistyped, forged, or the certificate was revoked.',
    another: 'Check another code',
  },
};
