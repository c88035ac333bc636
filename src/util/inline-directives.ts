/** The inline comments citeaudit understands, after `citeaudit-`. */
export const DIRECTIVES = ['disable', 'enable', 'disable-next-line'] as const;

/**
 * The text of a comment (delimiters removed) read as an inline configuration comment:
 * `citeaudit-disable-next-line missing-field, author-list -- 原文如此` → `disable-next-line` and the two
 * ids; a description after ` -- ` is left out, as ESLint does. Null for a comment that is not one.
 */
export function readDirective(comment: string): { directive: string; rules: string[] } | null {
  const m = /^\s*citeaudit-([\w-]*)([\s\S]*)$/.exec(comment);
  if (!m) return null;
  const rules = m[2]!.replace(/(?:^|\s)--(?:\s[\s\S]*)?$/, '');
  return { directive: m[1]!, rules: rules.split(/[\s,]+/).filter(Boolean) };
}

/** A stretch where a rule (null: every rule) is off, between positions of the caller's text. */
export interface Stretch {
  rule: string | null;
  start: number;
  end: number;
}

/**
 * Pairs directives, met in text order, into stretches: `disable` switches the rules it names (or every
 * rule) off from where it stands until an `enable` naming them (or naming none) — a rule already off
 * stays in its stretch; `disable-next-line` has stretches of its own. Each call returns the indices of
 * the stretches it opened or closed.
 */
export class Switches {
  /** Rule id, or `*` for every rule → the index of its open stretch. */
  private readonly open = new Map<string, number>();

  constructor(readonly stretches: Stretch[] = []) {}

  disable(rules: string[], at: number): number[] {
    const opened: number[] = [];
    for (const key of keys(rules)) {
      if (this.open.has(key)) continue;
      const k = this.stretches.push({ rule: key === '*' ? null : key, start: at, end: Infinity }) - 1;
      this.open.set(key, k);
      opened.push(k);
    }
    return opened;
  }

  enable(rules: string[], at: number): number[] {
    const closed: number[] = [];
    for (const key of rules.length ? rules : [...this.open.keys()]) {
      const k = this.open.get(key);
      if (k === undefined) continue;
      this.stretches[k]!.end = at;
      this.open.delete(key);
      closed.push(k);
    }
    return closed;
  }

  /** Stretches of their own from `start` to `end` (`disable-next-line`). */
  only(rules: string[], start: number, end: number): number[] {
    return keys(rules).map((key) => this.stretches.push({ rule: key === '*' ? null : key, start, end }) - 1);
  }

  /** Closes every stretch still open, at the end of the text. */
  close(at: number): number[] {
    return this.enable([], at);
  }
}

const keys = (rules: string[]) => (rules.length ? [...new Set(rules)] : ['*']);
