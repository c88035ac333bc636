import { readFile, stat, unlink } from 'node:fs/promises';
import { applyFixes, editsOf, fixesOf, unifiedDiff } from '../engine/fixer.js';
import { compareRecheck } from '../engine/recheck.js';
import { render, type UiLang } from '../i18n/index.js';
import { FIX_UI } from '../i18n/fix.js';
import { fixOf, type Diagnostic, type Edit, type Fix } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';
import type { Analysis } from '../model/rule.js';
import { InputError } from '../util/errors.js';
import type { Io } from './io.js';

const WRITABLE = new Set(['utf-8', 'utf-8-bom']);
const FORMATS = new Set(['markdown', 'text', 'latex']);
const CHANGED = 'changed on disk since it was read; nothing changed';

export interface FixOutcome {
  /** The file as it is after fixing, and its findings. */
  analysis: Analysis;
  diagnostics: Diagnostic[];
  /** The check after writing did not confirm the fix (a fixed finding remains, or a new one appeared). */
  disagrees: boolean;
}

export interface FixOptions {
  /** `--fix-dry-run` prints the diff; `--fix` writes it. */
  fix?: 'dry-run' | 'apply';
  lang: UiLang;
  /** The report is read by programs: the diff goes to standard error so that the report stays parseable. */
  machineReport?: boolean;
  /** The bytes the document was read from when they are not in the file `doc.path` (standard input). */
  source?: Uint8Array;
}

/**
 * `--fix-dry-run` prints the unified diff of the safe fixes; `--fix` writes exactly that change: the
 * original is kept as `FILE.bak` (or `FILE.bak.N`, see `writeFixed`), the new text goes to a temporary file renamed over the original
 * (never half-written), and the file is read and checked again: the fixed findings must be gone and no
 * new finding may appear, else the outcome `disagrees`. Returns null when nothing was written.
 * Markdown and text are written from the text as read; LaTeX fixes are placed in the source where their
 * text occurs exactly once (the checked text is a reading of the source, not the source). DOCX, ODT
 * and JATS are never written.
 */
export async function fixDocument(
  doc: Document,
  diagnostics: Diagnostic[],
  opts: FixOptions,
  io: Io,
  recheck: () => Promise<{ analysis: Analysis; diagnostics: Diagnostic[] }>,
): Promise<FixOutcome | null> {
  const fixes = fixesOf(diagnostics);
  if (fixes.length === 0) return null;
  const say = (m: keyof typeof FIX_UI, data?: Record<string, unknown>) => {
    io.err(`citeaudit: ${doc.path}: ${render(FIX_UI[m], opts.lang, data)}\n`);
  };
  if (!FORMATS.has(doc.format) || !WRITABLE.has(doc.encoding)) {
    say('notWritable');
    return null;
  }
  // A pipe or device cannot be read again, nor replaced by a file: only regular files are fixed.
  if (!opts.source && !(await stat(doc.path)).isFile())
    throw new InputError(doc.path, 'is not a regular file; nothing changed');
  const bytes = opts.source ?? (await readFile(doc.path));
  const bom = doc.encoding === 'utf-8-bom' ? '\ufeff' : '';
  const source = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  let usable: Array<{ fix: Fix; placed: Fix }>;
  if (doc.format === 'latex') {
    usable = fixes.flatMap((fix) => {
      const placed = placeInSource(doc, source, fix);
      return placed ? [{ fix, placed }] : [];
    });
    if (usable.length < fixes.length) say('latexUnmapped', { count: fixes.length - usable.length });
  } else {
    // The offsets index the text as read: refuse if the file changed since.
    if (source !== doc.text) throw new InputError(doc.path, CHANGED);
    usable = fixes.map((fix) => ({ fix, placed: fix }));
  }
  const { text, applied } = applyFixes(
    source,
    usable.map((u) => u.placed),
  );
  if (opts.fix === 'dry-run') {
    // A report for programs (JSON, SARIF, JUnit, HTML) stays alone on standard output, parseable; the diff
    // goes to standard error beside it. With the terminal and Markdown reports it is printed before them.
    (opts.machineReport ? io.err : io.out)(unifiedDiff(doc.path, source, text));
    return null;
  }
  if (applied.length === 0) return null;
  const bak = await writeFixed(doc.path, bytes, bom + text);
  say('applied', { count: applied.length, bak });

  const placedToFix = new Map(usable.map((u) => [u.placed, u.fix]));
  const fixedFixes = new Set(applied.map((p) => placedToFix.get(p)!));
  const fixed = new Set(diagnostics.filter((d) => d.fix && fixedFixes.has(d.fix)));
  const again = await recheck();
  const after = again.diagnostics;
  const { remaining, appeared } = compareRecheck(diagnostics, fixed, after);
  const list = (ds: Diagnostic[]) => ds.map((d) => `${d.ruleId} ${d.line}:${d.column}`).join(', ');
  if (remaining.length) say('remaining', { list: list(remaining) });
  if (appeared.length) say('appeared', { list: list(appeared) });
  if (remaining.length || appeared.length) say('restore', { bak });
  else say('verified', { count: fixed.size });
  return { analysis: again.analysis, diagnostics: after, disagrees: remaining.length > 0 || appeared.length > 0 };
}

/**
 * Writes the fixed text over the file `path` names (through a symbolic link, which stays a link), after
 * keeping `original` — the bytes the fixes were made from — as a new backup with the file's mode (see
 * `writeBackup`: earlier backups are kept). Refused, with nothing changed, when the mode bits deny the
 * owner writing (whoever runs it, root too) or when the file no longer holds `original` just before the
 * rename (a backup made for the run is then removed). Returns the backup's name.
 */
async function writeFixed(path: string, original: Uint8Array, text: string): Promise<string> {
  const [{ writeBackup, writeFileAtomic }, { describeFsError }] = await Promise.all([
    import('./atomic-write.js'),
    import('../readers/index.js'),
  ]);
  const mode = (await stat(path)).mode & 0o7777;
  if ((mode & 0o200) === 0)
    throw new InputError(path, `is read-only (mode ${mode.toString(8).padStart(4, '0')}); nothing changed`);
  let bak: string;
  try {
    bak = await writeBackup(path, original, mode);
  } catch (e) {
    throw new InputError(`${path}.bak`, `cannot keep the original there (${describeFsError(e)}); nothing changed`);
  }
  const changed = new Error(CHANGED);
  try {
    await writeFileAtomic(path, text, {
      pausable: true,
      beforeRename: async () => {
        if (!Buffer.from(original).equals(await readFile(path))) throw changed;
      },
    });
  } catch (e) {
    await unlink(bak).catch(() => {});
    if (e === changed) throw new InputError(path, CHANGED);
    throw new InputError(path, `cannot write the fixes (${describeFsError(e)}); the file is unchanged`);
  }
  return bak;
}

/**
 * A fix moved from the checked text of a LaTeX file to its source. Each edit is looked up with some of
 * its note's text either side, the window widening (8, 16, 32… characters) until it occurs exactly once
 * in the source, literally, and exactly once in the checked text. When it occurs nowhere (a macro in between) or is still repeated with the
 * whole note around it, the fix is not placed: the place would be a guess.
 */
function placeInSource(doc: Document, source: string, fix: Fix): Fix | null {
  const placed: Edit[] = [];
  for (const e of editsOf(fix)) {
    const note = doc.notes.find((n) => n.range.start <= e.range.start && e.range.end <= n.range.end);
    if (!note) return null;
    let start = -1;
    for (let ctx = 8; start === -1; ctx *= 2) {
      const from = Math.max(note.range.start, e.range.start - ctx);
      const to = Math.min(note.range.end, e.range.end + ctx);
      const window = doc.text.slice(from, to);
      const at = source.indexOf(window);
      if (at === -1) return null;
      // Unique in the source and in the checked text alike: then the one is the other.
      const once = source.indexOf(window, at + 1) === -1 && doc.text.indexOf(window) === doc.text.lastIndexOf(window);
      if (once) start = at + (e.range.start - from);
      else if (from === note.range.start && to === note.range.end) return null;
    }
    placed.push({ range: { start, end: start + (e.range.end - e.range.start) }, text: e.text });
  }
  return fixOf(placed);
}
