/** Helpers for `validateSearch`: URL search values arrive as unknown and must not break a page. */

export function searchString(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function searchPositiveInt(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(number) && number >= 1 ? number : undefined;
}

export function searchIsoDate(value: unknown): string | undefined {
  const text = searchString(value);
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

/** A `next` target after login: a path on this site only, never another site. */
export function safeNext(value: unknown): string | undefined {
  const text = searchString(value);
  if (!text?.startsWith('/') || text.startsWith('//') || text.startsWith('/\\')) return undefined;
  return text;
}
