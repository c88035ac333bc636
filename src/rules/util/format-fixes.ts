import { readFileSync } from 'node:fs';
import type { Citation } from '../../model/citation.js';
import { fixOf, type Edit, type Fix } from '../../model/diagnostic.js';
import type { Norm } from '../../model/norm.js';
import { rangeIn } from './places.js';

export type FormKind = 'bracket' | 'nationalitySpace' | 'cjkDigitSpace' | 'dash' | 'yearSuffix';

type Accepted = Partial<Record<string, Partial<Record<FormKind, Partial<Record<'zh' | 'en', string[]>>>>>>;

let table: Accepted | null = null;
/** data/norm-forms.json: the forms each norm accepts, per citation language (read once, on first use). */
function accepted(): Accepted {
  table ??= (
    JSON.parse(readFileSync(new URL('../../../data/norm-forms.json', import.meta.url), 'utf8')) as { norms: Accepted }
  ).norms;
  return table;
}

export const NATIONALITY = /([[〔［【（(])[\u3400-\u9fff]{1,2}([\]〕］】）)])(\s*)(?=[\u3400-\u9fff])/u;
const URL_RE = /(?:https?|ftp):\/\/\S+/g;

/** The raw text with URLs (and, when asked, the inside of 《》 titles) blanked out, offsets unchanged. */
function masked(raw: string, titles: boolean): string {
  let s = raw.replace(URL_RE, (u) => '\u0001'.repeat(u.length));
  if (titles) s = s.replace(/《[^》]*》/gu, (t) => `《${'\u0001'.repeat(t.length - 2)}》`);
  return s;
}

/** Edits (offsets in `c.raw`) that give citation `c` the form `target` of one kind; null when there is no safe way. */
function editsFor(kind: FormKind, c: Citation, target: string): Edit[] | null {
  const raw = c.raw;
  if (kind === 'bracket' || kind === 'nationalitySpace') {
    const m = NATIONALITY.exec(masked(raw, false));
    if (!m) return null;
    const close = m.index + m[0].length - m[3]!.length - 1;
    if (kind === 'bracket') {
      const [open, , shut] = [...target];
      if (!open || !shut) return null;
      return [
        { range: { start: m.index, end: m.index + 1 }, text: open },
        { range: { start: close, end: close + 1 }, text: shut },
      ];
    }
    if (target !== 'tight' || !m[3] || m[3].includes('\n')) return null;
    return [{ range: { start: close + 1, end: close + 1 + m[3].length }, text: '' }];
  }
  if (kind === 'cjkDigitSpace') {
    if (target !== 'tight') return null;
    const edits: Edit[] = [];
    for (const m of masked(raw, true).matchAll(
      /(?<=[\u3400-\u9fff])[^\S\n]+(?=\d)|(?<=\d)[^\S\n]+(?=[\u3400-\u9fff])/gu,
    )) {
      edits.push({ range: { start: m.index, end: m.index + m[0].length }, text: '' });
    }
    return edits.length ? edits : null;
  }
  if (kind === 'dash') {
    if (!c.locatorRaw) return null;
    const at = raw.lastIndexOf(c.locatorRaw);
    if (at === -1) return null;
    const edits: Edit[] = [];
    for (const m of c.locatorRaw.matchAll(/(?<=\d\s*)[-–—~～〜－](?=\s*\d)/gu)) {
      if (m[0] !== target) edits.push({ range: { start: at + m.index, end: at + m.index + 1 }, text: target });
    }
    return edits.length ? edits : null;
  }
  return null;
}

function applyTo(s: string, edits: Edit[], base = 0): string {
  let out = s;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start))
    out = out.slice(0, e.range.start - base) + e.text + out.slice(e.range.end - base);
  return out;
}

/**
 * The fix of a consistency finding: every deviating citation brought to the manuscript's dominant form,
 * provided the norm accepts that form for each citation's language and each edited citation is then
 * seen to show it (`formOf` is the rule's own reading). All places or none: a partial fix would leave
 * the finding standing.
 */
export function formFix(
  kind: FormKind,
  target: string,
  deviating: Citation[],
  norm: Norm | null,
  formOf: (c: Citation) => string | undefined,
): Fix | null {
  // Under no norm no form is accepted: the finding stands without a fix.
  const allowed = norm && accepted()[norm.id]?.[kind];
  if (!allowed || deviating.length === 0) return null;
  const all: Edit[] = [];
  for (const c of deviating) {
    if (!allowed[c.lang]?.includes(target)) return null;
    const edits = editsFor(kind, c, target);
    if (!edits) return null;
    const raw = applyTo(c.raw, edits);
    const loc =
      c.locatorRaw && kind === 'dash' ? applyTo(c.locatorRaw, edits, c.raw.lastIndexOf(c.locatorRaw)) : c.locatorRaw;
    if (formOf({ ...c, raw, locatorRaw: loc }) !== target) return null;
    for (const e of edits) all.push({ range: rangeIn(c, e.range.start, e.range.end), text: e.text });
  }
  all.sort((a, b) => a.range.start - b.range.start);
  return fixOf(all);
}
