/**
 * A small XML writer for Open311 answers: elements only (no attributes), text escaped, and characters XML 1.0
 * cannot carry (control characters other than tab and line ends, lone surrogates) dropped rather than sent.
 */

export type XmlValue = string | number | boolean | null | undefined | XmlElement | XmlValue[];
/** An element's children by name; an array repeats the element, a nested object nests it. */
export interface XmlElement {
  [name: string]: XmlValue;
}

/** Keeps only characters XML 1.0 can carry: tab, line ends, printable text, and surrogates in pairs. */
function xmlChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (allowed) out += ch;
  }
  return out;
}

export function escapeXml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function element(name: string, value: XmlValue): string {
  if (!NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
  if (Array.isArray(value)) return value.map((v) => element(name, v)).join('');
  if (value === null || value === undefined) return `<${name}/>`;
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value)
      .map(([child, v]) => element(child, v))
      .join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A whole document: `<root><item>…</item>…</root>` for a list, or `<root>…</root>` for one element. */
export function xmlDocument(root: string, content: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, content)}\n`;
}
