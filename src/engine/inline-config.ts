import type { Diagnostic } from '../model/diagnostic.js';

interface Span {
  start: number;
  end: number;
  /** Rule ids switched off, or null for all. */
  rules: Set<string> | null;
}

const COMMENT = /<!--\s*citeaudit-(disable|enable)(?:\s+([\w\-, ]+?))?\s*-->/g;

/**
 * `<!-- citeaudit-disable rule-a, rule-b -->` … `<!-- citeaudit-enable -->` in Markdown: findings that
 * start inside a disabled stretch are dropped. Without ids the comment covers every rule.
 */
export function disabledSpans(text: string): Span[] {
  if (!text.includes('citeaudit-')) return [];
  const spans: Span[] = [];
  const open = new Map<string, number>(); // rule id or '*' → start
  for (const m of text.matchAll(COMMENT)) {
    const ids = (m[2] ?? '').split(/[,\s]+/).filter(Boolean);
    const keys = ids.length ? ids : ['*'];
    if (m[1] === 'disable') {
      for (const k of keys) if (!open.has(k)) open.set(k, m.index);
    } else {
      const closing = ids.length ? keys : [...open.keys()];
      for (const k of closing) {
        const start = open.get(k);
        if (start === undefined) continue;
        spans.push({ start, end: m.index, rules: k === '*' ? null : new Set([k]) });
        open.delete(k);
      }
    }
  }
  for (const [k, start] of open) spans.push({ start, end: text.length, rules: k === '*' ? null : new Set([k]) });
  return spans;
}

export function applyInlineConfig(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  const spans = disabledSpans(text);
  if (spans.length === 0) return diagnostics;
  return diagnostics.filter(
    (d) => !spans.some((s) => d.range.start >= s.start && d.range.start < s.end && (!s.rules || s.rules.has(d.ruleId))),
  );
}
