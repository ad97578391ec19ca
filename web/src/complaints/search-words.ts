import { similarityTokens } from '@lentera/common';

/**
 * Whether every word of a search is too short or too common to be searched by (the server then finds nothing
 * rather than the whole list): the list says why. A tracking code is always searched.
 */
export function tooShort(q: string | undefined): boolean {
  const text = q?.trim() ?? '';
  return text !== '' && !/-ADU-/i.test(text) && similarityTokens(text).length === 0;
}
