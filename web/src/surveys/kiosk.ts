/**
 * The visit's survey token from what the officer typed or a scanner sent: the token itself, or the whole address of
 * the ticket's or request's QR (`https://…/t/medan/survei/<token>`). Null when it cannot be a token.
 */
export function tokenFromScan(text: string): string | null {
  let value = text.trim();
  const marker = value.lastIndexOf('/survei/');
  if (marker >= 0) value = value.slice(marker + '/survei/'.length);
  value = value.split(/[?#]/)[0]?.replace(/\/+$/, '') ?? '';
  try {
    value = decodeURIComponent(value);
  } catch {
    return null;
  }
  return /^[A-Za-z0-9_-]{8,64}$/.test(value) ? value : null;
}

/** Seconds the thank-you screen stays before the kiosk returns to its start screen. */
export const KIOSK_THANKS_SECONDS = 8;
