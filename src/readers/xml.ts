import { InputError } from '../util/errors.js';

/** An element of fast-xml-parser's ordered output: one tag key holding children, `:@` holding attributes. */
export type XNode = Record<string, unknown>;

/**
 * A text node's text. With `parseTagValue` off it is always a string; a number or boolean (were the
 * option turned on) prints as it would, anything else as nothing.
 */
export function nodeText(n: XNode): string {
  const t = n['#text'];
  if (typeof t === 'string') return t;
  return typeof t === 'number' || typeof t === 'boolean' ? String(t) : '';
}

/**
 * Parses XML from an untrusted file. A DOCTYPE is refused outright: Word, LibreOffice and JATS
 * archives do not need one, and it is where entity-expansion attacks live; the five predefined
 * entities are still decoded.
 */
export async function parseXml(text: string, file: string, part: string): Promise<XNode[]> {
  if (/<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) {
    throw new InputError(file, `${part}: XML with a DOCTYPE or entity declarations is refused`);
  }
  const fxp = await import('fast-xml-parser');
  // The parser is lenient; a truncated or hand-broken part must be reported, not half-read.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser 5 still ships it, and its replacement (fast-xml-validator) is another dependency for the same check
  const valid = fxp.XMLValidator.validate(text);
  if (valid !== true) throw new InputError(file, `${part}: malformed XML (${valid.err.msg}, line ${valid.err.line})`);
  const parser = new fxp.XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  try {
    return parser.parse(text) as XNode[];
  } catch (err) {
    throw new InputError(file, `${part}: malformed XML (${(err as Error).message})`);
  }
}

export function tagOf(n: XNode): string | null {
  for (const k of Object.keys(n)) if (k !== ':@') return k;
  return null;
}

/** The tag without its namespace prefix (`w:p` → `p`): prefixes differ between writers. */
export function localName(tag: string): string {
  const i = tag.indexOf(':');
  return i === -1 ? tag : tag.slice(i + 1);
}

export function childrenOf(n: XNode): XNode[] {
  const t = tagOf(n);
  const c = t ? n[t] : undefined;
  return Array.isArray(c) ? (c as XNode[]) : [];
}

/** An attribute by its local name (`w:id`, `text:id` → `id`). */
export function attr(n: XNode, name: string): string | undefined {
  const a = n[':@'] as Record<string, string> | undefined;
  if (!a) return undefined;
  for (const [k, v] of Object.entries(a)) if (localName(k.slice(1)) === name) return v;
  return undefined;
}

/** Depth-first search for elements with a local name. */
export function findAll(nodes: XNode[], name: string, out: XNode[] = []): XNode[] {
  for (const n of nodes) {
    const t = tagOf(n);
    if (!t || t === '#text') continue;
    if (localName(t) === name) out.push(n);
    else findAll(childrenOf(n), name, out);
  }
  return out;
}

/**
 * The text below some nodes. `visit` may replace an element by returning a string (a note marker, a
 * space for a tab) or skip it by returning ''; returning undefined descends into it.
 */
export function textBelow(
  nodes: XNode[],
  visit: (name: string, node: XNode) => string | undefined = () => undefined,
): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (!tag) continue;
    if (tag === '#text') {
      out += nodeText(n);
      continue;
    }
    const replaced = visit(localName(tag), n);
    out += replaced ?? textBelow(childrenOf(n), visit);
  }
  return out;
}
