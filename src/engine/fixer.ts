import type { Diagnostic, Edit, Fix } from '../model/diagnostic.js';

/** Every edit of a fix, in text order. */
export function editsOf(fix: Fix): Edit[] {
  const edits = [{ range: fix.range, text: fix.text }, ...(fix.also ?? [])];
  return edits.sort((a, b) => a.range.start - b.range.start);
}

function overlaps(a: Edit['range'], b: Edit['range']): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies the fixes that do not overlap one another. A fix is taken whole or not at all; fixes with
 * fewer edits go first (a one-place fix is never lost to a fix spread over the manuscript), then in text
 * order. What is left out stays reported and can be fixed by running again.
 */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[] } {
  const order = fixes
    .map((f) => ({ f, edits: editsOf(f) }))
    .sort((a, b) => a.edits.length - b.edits.length || a.edits[0]!.range.start - b.edits[0]!.range.start);
  // Accepted edits, kept sorted by start for a binary search of the neighbours of a new edit.
  const taken: Edit[] = [];
  const clash = (e: Edit) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.range.start < e.range.start) lo = mid + 1;
      else hi = mid;
    }
    return [taken[lo - 1], taken[lo], taken[lo + 1]].some((t) => t && overlaps(t.range, e.range));
  };
  const applied: Fix[] = [];
  for (const { f, edits } of order) {
    if (edits.some((e, k) => (k > 0 && overlaps(edits[k - 1]!.range, e.range)) || clash(e))) continue;
    for (const e of edits) {
      let at = taken.findIndex((t) => t.range.start > e.range.start);
      if (at === -1) at = taken.length;
      taken.splice(at, 0, e);
    }
    applied.push(f);
  }
  let out = '';
  let pos = 0;
  for (const e of taken) {
    out += text.slice(pos, e.range.start) + e.text;
    pos = e.range.end;
  }
  return { text: out + text.slice(pos), applied };
}

export function fixesOf(diagnostics: Diagnostic[]): Fix[] {
  return diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
}

/**
 * A unified diff (3 lines of context, hunks merged when they touch), as `diff -u` prints it, so that
 * `patch` and review tools read it.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  // A final newline ends the last line rather than starting an empty one; its absence is marked as diff marks it.
  const lines = (s: string) => (s.endsWith('\n') ? s.slice(0, -1) : s).split('\n');
  const a = lines(before);
  const b = lines(after);
  const aOpen = !before.endsWith('\n');
  const bOpen = !after.endsWith('\n');
  const NO_EOL = '\\ No newline at end of file';
  // Fixes change text inside lines and may join or split none: lines are compared one to one when the
  // counts agree; otherwise the changed middle is one block (common head and tail kept).
  const changes: Array<[number, number, number, number]> = []; // [aStart, aEnd, bStart, bEnd) of changed runs
  if (a.length === b.length) {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      let j = i;
      while (j < a.length && a[j] !== b[j]) j++;
      changes.push([i, j, i, j]);
      i = j;
    }
  } else {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
      tail++;
    changes.push([head, a.length - tail, head, b.length - tail]);
  }
  const CONTEXT = 3;
  const out = [`--- ${path}`, `+++ ${path}`];
  let k = 0;
  while (k < changes.length) {
    // Group changes whose context windows meet into one hunk.
    let last = k;
    while (last + 1 < changes.length && changes[last + 1]![0] - changes[last]![1] <= 2 * CONTEXT) last++;
    const aStart = Math.max(0, changes[k]![0] - CONTEXT);
    const aEnd = Math.min(a.length, changes[last]![1] + CONTEXT);
    const shift = changes[k]![2] - changes[k]![0];
    const bStart = aStart + shift;
    const hunk: string[] = [];
    let ai = aStart;
    const context = (i: number) => {
      hunk.push(` ${a[i]}`);
      if (i === a.length - 1 && aOpen) hunk.push(NO_EOL);
    };
    for (let c = k; c <= last; c++) {
      const [as, ae, bs, be] = changes[c]!;
      for (; ai < as; ai++) context(ai);
      for (let x = as; x < ae; x++) {
        hunk.push(`-${a[x]}`);
        if (x === a.length - 1 && aOpen) hunk.push(NO_EOL);
      }
      for (let x = bs; x < be; x++) {
        hunk.push(`+${b[x]}`);
        if (x === b.length - 1 && bOpen) hunk.push(NO_EOL);
      }
      ai = ae;
    }
    for (; ai < aEnd; ai++) context(ai);
    const aLen = aEnd - aStart;
    const bLen = hunk.filter((l) => l[0] === ' ' || l[0] === '+').length;
    out.push(`@@ -${aLen ? aStart + 1 : aStart},${aLen} +${bLen ? bStart + 1 : bStart},${bLen} @@`, ...hunk);
    k = last + 1;
  }
  return out.join('\n') + '\n';
}
