// npm run parser:split — applies the held-out rule of the README ("The learned parser: data roles") to
// ../shared/train and Debian's CSL styles and writes data/parser-split.json: ids only (style file names,
// family keys, repository names, line numbers), never a string of the data itself.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TRAIN = process.env.CITEAUDIT_TRAIN ?? join(root, '..', 'shared', 'train');
export const ZOTERO_STYLES = join(TRAIN, 'styles', 'zotero-chinese', 'styles');
export const DEBIAN_STYLES = '/usr/share/citation-style-language/styles';
const OUT = join(root, 'data', 'parser-split.json');
/** How many held-out Debian English styles eval:parse renders (a fixed every-k-th subset). */
const DEBIAN_EVAL_STYLES = 16;

const sha = (s) => createHash('sha256').update(s).digest('hex');
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Every eighth family in sorted order: the 8th, 16th, … */
export function everyEighth(keys) {
  return [...keys].sort(byCodeUnit).filter((_, i) => i % 8 === 7);
}

/** The zotero-chinese family key of a style file name (README: cut at a bracket, at `-` + Han, without `—YYYY`). */
export function zoteroStem(file) {
  let s = file.replace(/\.csl$/, '');
  s = s.split(/[（(]/u)[0];
  s = s.split(/-(?=\p{Script=Han})/u)[0];
  s = s.replace(/—\d{4}$/u, '');
  return s.normalize('NFKC').toLowerCase();
}

const body = (xml) => xml.replace(/<info>[\s\S]*?<\/info>/, '');

/** Family key → style files, for the zotero-chinese styles (the `导出…` export helpers excluded). */
export function zoteroFamilies(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csl') && !f.startsWith('导出'))
    .sort(byCodeUnit);
  const parent = new Map(files.map((f) => [f, zoteroStem(f)]));
  // Styles with the same body join one family, keyed by the smallest of their stems.
  const byBody = new Map();
  for (const f of files) {
    const h = sha(body(readFileSync(join(dir, f), 'utf8')));
    byBody.set(h, [...(byBody.get(h) ?? []), f]);
  }
  const stemOf = new Map(parent);
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of byBody.values()) {
      const stems = new Set(group.map((f) => stemOf.get(f)));
      if (stems.size < 2) continue;
      const key = [...stems].sort(byCodeUnit)[0];
      for (const [f, s] of stemOf) if (stems.has(s) && s !== key) (stemOf.set(f, key), (changed = true));
    }
  }
  const families = new Map();
  for (const f of files) families.set(stemOf.get(f), [...(families.get(stemOf.get(f)) ?? []), f]);
  return families;
}

/** Family key → independent style ids, for Debian's styles; dependents go with their parent (not rendered). */
export function debianFamilies(dir) {
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.csl'))
    .map((f) => f.replace(/\.csl$/, ''))
    .sort(byCodeUnit);
  const known = new Set(ids);
  const families = new Map();
  for (const id of ids) {
    const parts = id.split('-');
    let key = id;
    for (let k = 1; k < parts.length; k++) {
      const prefix = parts.slice(0, k).join('-');
      if (known.has(prefix)) {
        key = prefix;
        break;
      }
    }
    families.set(key, [...(families.get(key) ?? []), id]);
  }
  return families;
}

/** An English Debian style: no default locale, or an English one. */
export function englishStyle(xml) {
  const m = /<style\b[^>]*\bdefault-locale="([^"]+)"/.exec(xml);
  return !m || /^en\b/i.test(m[1]);
}

/** Held-out repositories: per kind (zh, en) of records-sources.tsv, the first tenth by SHA-256 of the name. */
export function heldOutRepos(tsv) {
  const kind = new Map();
  for (const line of tsv.trim().split('\n').slice(1)) {
    const [repo, , , k] = line.split('\t');
    if (!kind.has(repo)) kind.set(repo, k);
  }
  const out = [];
  for (const k of [...new Set(kind.values())].sort(byCodeUnit)) {
    const repos = [...kind]
      .filter(([, v]) => v === k)
      .map(([r]) => r)
      .sort((a, b) => byCodeUnit(sha(a), sha(b)));
    out.push(...repos.slice(0, Math.max(1, Math.round(repos.length / 10))));
  }
  return { repos: out.sort(byCodeUnit), total: kind.size };
}

/** Whether line n (1-based) of anystyle-en.jsonl is held out. */
export const anystyleHeldOut = (n) => parseInt(sha(`citeaudit-parser-split-1:${n}`).slice(0, 8), 16) % 10 === 0;

function debianPart() {
  if (!existsSync(DEBIAN_STYLES)) {
    console.log(
      `parser:split: no Debian styles at ${DEBIAN_STYLES} (apt-get install citation-style-language-styles); that part is skipped`,
    );
    return null;
  }
  const families = debianFamilies(DEBIAN_STYLES);
  const held = everyEighth(families.keys());
  const heldStyles = held.flatMap((k) => families.get(k)).sort(byCodeUnit);
  const english = heldStyles.filter((id) => englishStyle(readFileSync(join(DEBIAN_STYLES, `${id}.csl`), 'utf8')));
  const step = english.length / DEBIAN_EVAL_STYLES;
  const evalStyles = Array.from(
    { length: Math.min(DEBIAN_EVAL_STYLES, english.length) },
    (_, i) => english[Math.floor(i * step)],
  );
  return { families: families.size, heldOutFamilies: held, heldOutStyles: heldStyles.length, evalStyles };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(TRAIN)) {
    console.log(`parser:split: no training folder at ${TRAIN}; nothing written`);
    process.exit(0);
  }
  const zf = zoteroFamilies(ZOTERO_STYLES);
  const zHeld = everyEighth(zf.keys());
  const { repos, total } = heldOutRepos(readFileSync(join(TRAIN, 'records-sources.tsv'), 'utf8'));
  const nAny = readFileSync(join(TRAIN, 'anystyle-en.jsonl'), 'utf8').split('\n').filter(Boolean).length;
  const anystyle = Array.from({ length: nAny }, (_, i) => i + 1).filter(anystyleHeldOut);
  const split = {
    meta: {
      rule: 'README.md, "The learned parser: data roles" (fixed 2026-12-07 before any training string was generated)',
      made: 'npm run parser:split',
      note: 'ids only: style file names, family keys, repository names, 1-based line numbers of anystyle-en.jsonl',
    },
    zoteroChinese: {
      families: zf.size,
      heldOutFamilies: zHeld,
      heldOutStyles: zHeld.flatMap((k) => zf.get(k)).sort(byCodeUnit),
    },
    debian: debianPart(),
    records: { repositories: total, heldOutRepos: repos },
    anystyle: { lines: nAny, heldOutLines: anystyle },
  };
  writeFileSync(OUT, `${JSON.stringify(split, null, 1)}\n`);
  console.log(
    `parser:split: zotero-chinese ${zHeld.length}/${zf.size} families held out (${split.zoteroChinese.heldOutStyles.length} styles); ` +
      (split.debian
        ? `Debian ${split.debian.heldOutFamilies.length}/${split.debian.families} families (${split.debian.heldOutStyles} styles, ${split.debian.evalStyles.length} English ones scored); `
        : '') +
      `records ${repos.length}/${total} repositories; anystyle ${anystyle.length}/${nAny} lines`,
  );
}
