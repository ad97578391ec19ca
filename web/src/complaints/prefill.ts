import type { Lang } from '@lentera/common';
import { searchString } from '../ui/search';

/**
 * What another page may fill in on the complaint form: a category by its code and, from a service request's
 * "asked to pay more?" link, the service and the request (`?kategori=pungli&layanan=...&permohonan=...`).
 */
export interface NewComplaintSearch {
  kategori?: string;
  layanan?: string;
  permohonan?: string;
}

export function validateNewComplaintSearch(search: Record<string, unknown>): NewComplaintSearch {
  const kategori = searchString(search.kategori);
  return {
    kategori: kategori && /^[a-z0-9_-]{2,40}$/.test(kategori) ? kategori : undefined,
    layanan: searchString(search.layanan)?.slice(0, 160),
    permohonan: searchString(search.permohonan)?.slice(0, 40),
  };
}

/** The title and the start of the description for a complaint about a service, for the citizen to complete. */
export function servicePrefill(search: NewComplaintSearch, lang: Lang): { title: string; description: string } | null {
  const service = search.layanan?.trim();
  const request = search.permohonan?.trim();
  if (!service && !request) return null;
  const levy = search.kategori === 'pungli';
  const subject =
    lang === 'en'
      ? request
        ? `Request ${request}${service ? ` (${service})` : ''}`
        : `Service ${service}`
      : request
        ? `Permohonan ${request}${service ? ` (${service})` : ''}`
        : `Layanan ${service}`;
  if (!levy) return { title: subject.slice(0, 200), description: `${subject}: ` };
  const title =
    lang === 'en' ? `Illegal levy: ${service ?? request}` : `Pungutan liar pada layanan ${service ?? request}`;
  const description =
    lang === 'en'
      ? `${subject}: I was asked to pay more than the official fee. Amount asked: Rp... By whom: ... When: ...`
      : `${subject}: saya diminta membayar lebih dari tarif resmi. Jumlah yang diminta: Rp... Oleh siapa: ... Kapan: ...`;
  return { title: title.slice(0, 200), description };
}
