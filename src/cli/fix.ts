import { copyFile, rename, writeFile } from 'node:fs/promises';
import { applyFixes, fixesOf, unifiedDiff } from '../core/fixer.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';
import type { CheckCliOptions } from './check.js';

const WRITABLE = new Set(['utf-8', 'utf-8-bom']);

/**
 * `--fix-dry-run` prints what the safe fixes would change; `--fix` writes them: the original is kept as
 * `FILE.bak`, the new text goes to a temporary file renamed over the original (never half-written), and
 * the file is checked again so the report shows what is left. Returns the diagnostics after fixing, or
 * null when nothing was written.
 */
export async function fixDocument(
  doc: Document, diagnostics: Diagnostic[], opts: CheckCliOptions, io: { out: (s: string) => void; err: (s: string) => void },
  recheck: () => Promise<Diagnostic[]>,
): Promise<Diagnostic[] | null> {
  const fixes = fixesOf(diagnostics);
  if (fixes.length === 0) return null;
  if ((doc.format !== 'markdown' && doc.format !== 'text') || !WRITABLE.has(doc.encoding)) {
    io.err(`citeaudit: ${doc.path}: fixes are only written to UTF-8 Markdown and text files; nothing changed\n`);
    return null;
  }
  const { text, applied } = applyFixes(doc.text, fixes);
  if (opts.fix === 'dry-run') {
    io.out(unifiedDiff(doc.path, doc.text, text));
    return null;
  }
  const bytes = (doc.encoding === 'utf-8-bom' ? '\ufeff' : '') + text;
  const tmp = `${doc.path}.citeaudit-${process.pid}.tmp`;
  await copyFile(doc.path, `${doc.path}.bak`);
  await writeFile(tmp, bytes);
  await rename(tmp, doc.path);
  const after = await recheck();
  io.err(`citeaudit: ${doc.path}: ${applied.length} fix(es) applied (original kept as ${doc.path}.bak)\n`);
  return after;
}
