import { InputError } from '../util/errors.js';

/** An element of fast-xml-parser's ordered output: one tag key holding children, `:@` holding attributes. */
export type XNode = Record<string, unknown>;

/** Options of {@link parseXml}. */
export interface XmlOptions {
  /**
   * Accept a DOCTYPE that only names an external DTD (`<!DOCTYPE article PUBLIC "…" "….dtd">`, as every
   * published JATS article has): the DTD is never fetched and nothing it declares is used.
   */
  externalDoctype?: boolean;
}

/** A DOCTYPE that names an external DTD and has no internal subset. */
const EXTERNAL_DOCTYPE =
  /<!DOCTYPE\s+[\w:.-]+(?:\s+(?:PUBLIC\s+(?:"[^"]*"|'[^']*')\s+|SYSTEM\s+)(?:"[^"]*"|'[^']*'))?\s*>/iy;

const REFUSED = 'XML with a DOCTYPE or entity declarations is refused';

/**
 * The text with its DOCTYPE blanked out (same length and lines, so that the validator's line numbers stay
 * right), or a reason to refuse it: an internal subset is where entities are declared.
 */
function withoutDoctype(text: string, options: XmlOptions): string | { refuse: string } {
  if (/<!ENTITY/i.test(text))
    return { refuse: `${REFUSED} (it declares its own entities, which citeaudit never expands)` };
  const at = text.search(/<!DOCTYPE/i);
  if (at === -1) return text;
  if (!options.externalDoctype) return { refuse: REFUSED };
  EXTERNAL_DOCTYPE.lastIndex = at;
  const m = EXTERNAL_DOCTYPE.exec(text);
  if (!m) return { refuse: `${REFUSED} (its DOCTYPE has an internal subset)` };
  return text.slice(0, at) + m[0].replace(/[^\n]/g, ' ') + text.slice(at + m[0].length);
}

const CDATA = '#cdata';
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes XML's five predefined entities and numeric character references in one pass (`&amp;lt;` stays
 * `&lt;`); any other `&name;` is left as written, since no declared entity is ever expanded.
 */
export function decodeReferences(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(
    /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g,
    (all, dec?: string, hex?: string, name?: string) => {
      if (name) return PREDEFINED[name]!;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : all;
    },
  );
}

/** The string of a text node (the parser keeps text as strings: `parseTagValue` is off). */
export function nodeText(n: XNode): string {
  const v = n['#text'];
  return typeof v === 'string' ? v : '';
}

/** Decodes the references of every text node and attribute value, in place; CDATA becomes text as it is. */
function decodeTree(nodes: XNode[]): void {
  for (const n of nodes) {
    const attrs = n[':@'] as Record<string, string> | undefined;
    if (attrs) for (const k of Object.keys(attrs)) attrs[k] = decodeReferences(attrs[k]!);
    const tag = tagOf(n);
    if (tag === '#text') n['#text'] = decodeReferences(nodeText(n));
    else if (tag === CDATA) {
      const literal = childrenOf(n).map(nodeText).join('');
      delete n['#cdata'];
      n['#text'] = literal;
    } else if (tag) decodeTree(childrenOf(n));
  }
}

/**
 * Parses XML from an untrusted file. Entity processing stays off: a DOCTYPE is refused (Word and
 * LibreOffice parts never have one) unless `externalDoctype` accepts one that only names its DTD, and
 * entity declarations are always refused, since that is where entity-expansion attacks live. The
 * predefined entities and character references are decoded afterwards.
 */
export async function parseXml(text: string, file: string, part: string, options: XmlOptions = {}): Promise<XNode[]> {
  const source = withoutDoctype(text, options);
  if (typeof source !== 'string') throw new InputError(file, `${part}: ${source.refuse}`);
  const fxp = await import('fast-xml-parser');
  // The parser is lenient; a truncated or hand-broken part must be reported, not half-read.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser 5 still ships it, and its replacement (fast-xml-validator) is another dependency for the same check
  const valid = fxp.XMLValidator.validate(source);
  if (valid !== true) throw new InputError(file, `${part}: malformed XML (${valid.err.msg}, line ${valid.err.line})`);
  const parser = new fxp.XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: false,
    cdataPropName: CDATA,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  let tree: XNode[];
  try {
    tree = parser.parse(source) as XNode[];
  } catch (err) {
    throw new InputError(file, `${part}: malformed XML (${(err as Error).message})`);
  }
  decodeTree(tree);
  return tree;
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
