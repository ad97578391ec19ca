import type { Lang } from '@lentera/common';
import type { MailMessage } from '../mail/mailer';

/** The account e-mails, in the reader's language, addressed to the account's e-mail address. */
export const authMail = {
  verify(to: string, lang: Lang, name: string, link: string, tenantName?: string): MailMessage {
    const where = tenantName ? ` (${tenantName})` : '';
    return lang === 'en'
      ? {
          to,
          subject: 'Verify your e-mail address for Lentera',
          text: `Hello ${name},\n\nYou registered on Lentera${where}. Open this link to verify your e-mail address (valid for 3 days):\n\n${link}\n\nIf you did not register, ignore this message.\n`,
        }
      : {
          to,
          subject: 'Verifikasi alamat e-mail Anda untuk Lentera',
          text: `Halo ${name},\n\nAnda mendaftar di Lentera${where}. Buka tautan ini untuk memverifikasi alamat e-mail Anda (berlaku 3 hari):\n\n${link}\n\nJika Anda tidak mendaftar, abaikan pesan ini.\n`,
        };
  },
  reset(to: string, lang: Lang, name: string, link: string): MailMessage {
    return lang === 'en'
      ? {
          to,
          subject: 'Reset your Lentera password',
          text: `Hello ${name},\n\nSomeone asked to reset the password of your Lentera account. Open this link within one hour to choose a new password:\n\n${link}\n\nIf it was not you, ignore this message: your password stays the same.\n`,
        }
      : {
          to,
          subject: 'Atur ulang kata sandi Lentera Anda',
          text: `Halo ${name},\n\nAda permintaan untuk mengatur ulang kata sandi akun Lentera Anda. Buka tautan ini dalam satu jam untuk memilih kata sandi baru:\n\n${link}\n\nJika bukan Anda yang meminta, abaikan pesan ini: kata sandi Anda tetap sama.\n`,
        };
  },
};
