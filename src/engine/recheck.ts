import type { Diagnostic } from '../model/diagnostic.js';

/** What checking a fixed file again shows, against the findings before fixing. */
export interface RecheckVerdict {
  /** Findings whose fix was written and that are reported again. */
  remaining: Diagnostic[];
  /** Findings that were not there before fixing. */
  appeared: Diagnostic[];
}

const places = (d: Diagnostic) => [...d.noteIds, ...d.entryIds];
const kind = (d: Diagnostic) => `${d.ruleId}\u0000${d.messageId}`;
const key = (d: Diagnostic) => `${kind(d)}\u0000${places(d).join(',')}\u0000${places(d).length ? '' : d.message}`;

/**
 * Compares findings by rule, message kind and the notes/entries they name — not by line or column, which
 * move when a fix shortens a line. A finding after the fix is new when no finding before it of the same
 * kind named all its places (a group that lost a member, like a work now cited in full once less, is not
 * new). A fixed finding remains when a finding of its kind still names one of its places, other than a
 * finding that was there before and was not fixed.
 */
export function compareRecheck(before: Diagnostic[], fixed: Set<Diagnostic>, after: Diagnostic[]): RecheckVerdict {
  const byKind = new Map<string, Diagnostic[]>();
  for (const d of before) {
    let list = byKind.get(kind(d));
    if (!list) byKind.set(kind(d), (list = []));
    list.push(d);
  }
  const appeared = after.filter((e) => {
    const same = byKind.get(kind(e)) ?? [];
    const p = places(e);
    if (p.length === 0) return !same.some((d) => d.message === e.message);
    return !same.some((d) => {
      const q = new Set(places(d));
      return p.every((x) => q.has(x));
    });
  });
  const unfixedKeys = new Set(before.filter((d) => !fixed.has(d)).map(key));
  const remaining = [...fixed].filter((d) => {
    const p = new Set(places(d));
    return after.some(
      (e) =>
        kind(e) === kind(d) &&
        !unfixedKeys.has(key(e)) &&
        (p.size === 0 ? e.message === d.message : places(e).some((x) => p.has(x))),
    );
  });
  return { remaining, appeared };
}
