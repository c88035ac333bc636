import type { Message } from '../model/rule.js';

export type UiLang = 'zh' | 'en';

/** `--lang` default: Chinese when the locale says so (LC_ALL, LC_MESSAGES, LANG, LANGUAGE). */
export function detectLang(env: NodeJS.ProcessEnv = process.env): UiLang {
  const loc = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^zh/i.test(loc) ? 'zh' : 'en';
}

/** A list as a sentence of the language shows it: `甲、乙`, `a, b`. */
export function list(items: readonly string[], lang: UiLang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

function show(value: unknown, lang: UiLang): string {
  if (Array.isArray(value))
    return list(
      value.map((v) => show(v, lang)),
      lang,
    );
  if (value === null || value === undefined) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- message data are strings, numbers and lists of them; any other datum prints as String() prints it
  return String(value);
}

const PLURAL = { zh: new Intl.PluralRules('zh'), en: new Intl.PluralRules('en') };

const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:\|([^|}]*)\|([^|}]*))?\}\}/g;

/** A placeholder of a template: its name, the words for one and other (both or neither), and how it is written. */
interface Placeholder {
  name: string;
  one: string | undefined;
  other: string | undefined;
  whole: string;
}

/** Each template split once into its text and placeholders: a check renders the same few thousands of times. */
const templates = new Map<string, Array<string | Placeholder>>();

function partsOf(template: string): Array<string | Placeholder> {
  let parts = templates.get(template);
  if (parts) return parts;
  parts = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(at, m.index), { name: m[1]!, one: m[2], other: m[3], whole: m[0] });
    at = m.index + m[0].length;
  }
  parts.push(template.slice(at));
  templates.set(template, parts);
  return parts;
}

/**
 * Fills `{{name}}` placeholders, and `{{name|one|other}}` with the word for the number in `name`
 * (`{{count}} {{count|problem|problems}}`); unknown names stay visible so that a missing datum is noticed.
 */
export function render(message: Message, lang: UiLang, data: Record<string, unknown> = {}): string {
  let out = '';
  for (const p of partsOf(message[lang])) {
    if (typeof p === 'string') out += p;
    else if (!Object.hasOwn(data, p.name)) out += p.whole;
    else if (p.one === undefined || p.other === undefined) out += show(data[p.name], lang);
    else out += PLURAL[lang].select(Number(data[p.name])) === 'one' ? p.one : p.other;
  }
  return out;
}

export { UI } from './messages.js';
