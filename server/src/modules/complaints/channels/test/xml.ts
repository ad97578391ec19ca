/**
 * A strict little reader of the XML our Open311 writer produces (declaration, elements, escaped text; no
 * attributes): it throws on anything not well-formed, so tests prove the answers parse.
 */
export interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeText(text: string): string {
  if (/[<>]/.test(text)) throw new Error(`raw markup in text: ${text}`);
  return text.replace(/&([a-z]+);|&/g, (match, name: string | undefined) => {
    const value = name ? ENTITIES[name] : undefined;
    if (value === undefined) throw new Error(`bare or unknown entity in text: ${match}`);
    return value;
  });
}

export function parseXml(xml: string): XmlNode {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="utf-8"\?>\n/, '');
  if (body === xml) throw new Error('missing XML declaration');
  const root: XmlNode = { name: '#document', children: [], text: '' };
  const stack: XmlNode[] = [root];
  const token = /<(\/?)([A-Za-z_][\w.-]*)(\/?)>|([^<]+)/g;
  let index = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m.index !== index) throw new Error(`unexpected markup at ${index}: ${body.slice(index, index + 20)}`);
    index = token.lastIndex;
    const top = stack[stack.length - 1] as XmlNode;
    if (m[4] !== undefined) {
      if (stack.length === 1) {
        if (m[4].trim()) throw new Error('text outside the root element');
        continue;
      }
      top.text += decodeText(m[4]);
    } else if (m[1]) {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
    } else {
      const node: XmlNode = { name: m[2] as string, children: [], text: '' };
      top.children.push(node);
      if (!m[3]) stack.push(node);
    }
  }
  if (index !== body.length) throw new Error(`unparsed rest: ${body.slice(index, index + 20)}`);
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('not exactly one closed root element');
  return root.children[0] as XmlNode;
}

/** The text of the first child with this name. */
export const childText = (node: XmlNode | undefined, name: string) => node?.children.find((c) => c.name === name)?.text;
