import type { Citation } from '../model/citation.js';
import type { Rule } from '../model/rule.js';
import { FormTally, minorityIds } from './util/forms.js';
import { formFix, NATIONALITY, type FormKind as Kind } from './util/format-fixes.js';
import { partition, placeId } from './util/places.js';

const BRACKET_NAMES: Record<string, string> = {
  '[': '[ ]',
  '〔': '〔 〕',
  '［': '［ ］',
  '【': '【 】',
  '（': '（ ）',
  '(': '( )',
};
const CJK_DIGIT_SPACED = /[\u3400-\u9fff]\s+\d|\d\s+[\u3400-\u9fff]/u;
const CJK_DIGIT_TIGHT = /[\u3400-\u9fff]\d|\d[\u3400-\u9fff]/u;
const BOOK_YEAR = /\d{4}\s*年(版)?(?!\s*(?:第|\d))/u;

/** The form one citation shows for each kind of variation ([compared, shown]), or nothing when it has no such element. */
function formsOf(c: Citation): Partial<Record<Kind, [string, string]>> {
  const out: Partial<Record<Kind, [string, string]>> = {};
  const raw = c.raw.includes('://') ? c.raw.replace(/(?:https?|ftp):\/\/\S+/g, '') : c.raw;
  if (c.lang === 'zh') {
    const nat = NATIONALITY.exec(raw);
    if (nat) {
      const b = BRACKET_NAMES[nat[1]!] ?? nat[1]!;
      out.bracket = [b, /^\S+/u.exec(nat[0].trim())![0]];
      const name = /^[\u3400-\u9fff·]{1,12}/u.exec(raw.slice(nat.index + nat[0].length))?.[0] ?? '';
      out.nationalitySpace = nat[3] ? ['spaced', `${nat[0].trim()} ${name}`] : ['tight', `${nat[0]}${name}`];
    }
    // Titles may hold figures (《5000天后的世界》): look at the text outside 《》 only. Numbers issued by someone
    // else — a case number `（1988）浙法民上字 7 号`, a document number, an article cited `第 27 条` — are printed
    // as issued, not as the author spaces figures.
    let outside = raw.includes('《') ? raw.replace(/《[^》]*》/gu, '《》') : raw;
    for (const v of [c.item.number, c.item.section])
      if (typeof v === 'string' && v && outside.includes(v)) outside = outside.replace(v, '');
    const spaced = /\d{4}\s+年|[\u3400-\u9fff]\s+\d+\s*[\u3400-\u9fff]|[\u3400-\u9fff]\s+\d|\d\s+[\u3400-\u9fff]/u.exec(
      outside,
    );
    const tight = /\d{4}年(?:第\d+[期卷])?|第\d+[页卷期]|[\u3400-\u9fff]\d+|\d[\u3400-\u9fff]/u.exec(outside);
    if (spaced && CJK_DIGIT_SPACED.test(outside)) out.cjkDigitSpace = ['spaced', spaced[0]];
    else if (tight && CJK_DIGIT_TIGHT.test(outside)) out.cjkDigitSpace = ['tight', tight[0]];
    if ((c.item.type === 'book' || c.item.type === 'chapter') && c.item.publisher) {
      const y = BOOK_YEAR.exec(outside);
      if (y) out.yearSuffix = y[1] ? ['年版', '年版'] : ['年', '年'];
    }
  }
  const dash = c.locatorRaw && /\d\s*([-–—~～〜－])\s*\d/u.exec(c.locatorRaw);
  if (dash) out.dash = [dash[1]!, dash[1]!];
  return out;
}

const KIND_ORDER: Kind[] = ['bracket', 'nationalitySpace', 'cjkDigitSpace', 'dash', 'yearSuffix'];
const kindRank = (key: string): number => KIND_ORDER.indexOf(key.split(':')[0] as Kind);

/**
 * Mixed forms across the notes of one manuscript: nationality brackets and the space after them,
 * spaces between Chinese and figures, dashes in page ranges, `年` against `年版`. The dominant form is
 * taken as the manuscript's own rule; one finding per kind points at the places that deviate. When the
 * norm accepts the dominant form (data/norm-forms.json), the finding carries a fix bringing every
 * deviating citation to it (not for 年/年版, which is wording rather than typography).
 */
const rule: Rule = {
  meta: {
    id: 'inconsistent-format',
    type: 'layout',
    description: {
      zh: '各注释格式不统一：国别括号及其空格、中文与数字间空格、页码连接号、“年”与“年版”',
      en: 'Mixed forms across notes: nationality brackets and spacing, spaces between Chinese and digits, dashes, 年/年版',
    },
    tags: ['consistency', 'typography'],
    fixable: true,
    norms: 'all',
    severity: { default: 'warning' },
    messages: {
      bracket: {
        zh: '国别标识的括号不统一：多数用 {{dominant}}，{{count}} 处不同',
        en: 'Nationality brackets are mixed: mostly {{dominant}}, {{count}} differ',
      },
      nationalitySpace: {
        zh: '国别标识后的空格不统一：多数为 {{dominant}}，{{count}} 处不同',
        en: 'Spacing after the nationality marker is mixed: mostly {{dominant}}, {{count}} differ',
      },
      cjkDigitSpace: {
        zh: '中文与数字之间的空格不统一：多数为 {{dominant}}，{{count}} 处不同',
        en: 'Spaces between Chinese and figures are mixed: mostly {{dominant}}, {{count}} differ',
      },
      dash: {
        zh: '页码范围的连接号不统一：多数为 {{dominant}}，{{count}} 处不同',
        en: 'Dashes in page ranges are mixed: mostly {{dominant}}, {{count}} differ',
      },
      yearSuffix: {
        zh: '出版年写法不统一：多数为“{{dominant}}”，{{count}} 处不同',
        en: 'Year forms are mixed: mostly “{{dominant}}”, {{count}} differ',
      },
    },
  },
  create(ctx) {
    // Page-range dashes are compared within one language only: a norm may want `—` in Chinese notes
    // and `-` in English ones, so a manuscript following it shows two forms and is still consistent.
    const groups = new Map<string, { kind: Kind; tally: FormTally; seen: Array<{ c: Citation; form: string }> }>();
    return {
      Citation(c) {
        if (c.kind === 'ibid') return;
        const id = placeId(c);
        for (const [kind, [form, shown]] of Object.entries(formsOf(c)) as Array<[Kind, [string, string]]>) {
          const key = kind === 'dash' ? `dash:${c.lang}` : kind;
          let g = groups.get(key);
          if (!g) groups.set(key, (g = { kind, tally: new FormTally(), seen: [] }));
          g.tally.add(form, id, shown);
          g.seen.push({ c, form });
        }
      },
      'Document:exit'() {
        const order = [...groups.entries()].sort(
          ([a], [b]) => kindRank(a) - kindRank(b) || (a < b ? -1 : a > b ? 1 : 0),
        );
        for (const [, { kind, tally, seen }] of order) {
          if (tally.size < 2) continue;
          const forms = tally.forms(ctx);
          const deviating = minorityIds(forms);
          const target = tally.dominant()!;
          const fix =
            kind === 'yearSuffix'
              ? null
              : formFix(
                  kind,
                  target,
                  seen.filter((s) => s.form !== target).map((s) => s.c),
                  ctx.norm,
                  (c) => formsOf(c)[kind]?.[0],
                );
          ctx.report({
            messageId: kind,
            ...partition(deviating),
            forms,
            fix,
            data: { kind, dominant: forms[0]!.text, count: deviating.length },
          });
        }
      },
    };
  },
};

export default rule;
