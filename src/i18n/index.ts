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

/**
 * Fills `{{name}}` placeholders, and `{{name|one|other}}` with the word for the number in `name`
 * (`{{count}} {{count|problem|problems}}`); unknown names stay visible so that a missing datum is noticed.
 */
export function render(message: Message, lang: UiLang, data: Record<string, unknown> = {}): string {
  return message[lang].replace(
    /\{\{\s*(\w+)\s*(?:\|([^|}]*)\|([^|}]*))?\}\}/g,
    (whole, name: string, one: string | undefined, other: string | undefined) => {
      if (!Object.hasOwn(data, name)) return whole;
      if (one === undefined || other === undefined) return show(data[name], lang);
      return PLURAL[lang].select(Number(data[name])) === 'one' ? one : other;
    },
  );
}

export { UI } from './messages.js';
