import type { Diagnostic, Fix } from '../model/diagnostic.js';

/** Applies non-overlapping fixes from the end backwards so earlier offsets stay valid. */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => b.range.start - a.range.start);
  const applied: Fix[] = [];
  let out = text;
  let limit = Infinity;
  for (const f of sorted) {
    if (f.range.end > limit) continue; // overlaps a fix already applied
    out = out.slice(0, f.range.start) + f.text + out.slice(f.range.end);
    limit = f.range.start;
    applied.push(f);
  }
  return { text: out, applied };
}

export function fixesOf(diagnostics: Diagnostic[]): Fix[] {
  return diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
}

/** A unified diff of two texts that differ only inside lines (fixes never add or remove lines). */
export function unifiedDiff(path: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const out = [`--- ${path}`, `+++ ${path} (fixed)`];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    out.push(`@@ -${i + 1} +${i + 1} @@`, `-${a[i] ?? ''}`, `+${b[i] ?? ''}`);
  }
  return out.length > 2 ? out.join('\n') + '\n' : '';
}
