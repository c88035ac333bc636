// Builds an issue of manuscripts from the reference manuscript: every manuscript keeps all its pages
// and notes (66), in a rotated page order, with cited pages perturbed; one in ten cites other years
// (another edition), one in ten other authors, one in a hundred misspells a co-author, so the checks
// across articles have something real to find and no two files are the same.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAMES, referencePages } from './generate.js';
import { rng } from './rng.js';

/** The texts of the issue's first `count` manuscripts, in order (the same texts on every run). */
export function* issueManuscripts(root, count = 1000) {
  const pages = referencePages(root);
  const rand = rng(7);
  for (let i = 0; i < count; i++) {
    const shift = i % pages.length;
    let text = [...pages.slice(shift), ...pages.slice(0, shift)].join('\n');
    text = text.replace(/第(\d+)页/g, (m, p) => `第${Number(p) + Math.floor(rand() * 20)}页`);
    if (i % 10 === 3) text = text.replace(/(20[12]\d)年/g, (m, y) => `${Number(y) - 1 - Math.floor(rand() * 2)}年`);
    if (i % 10 === 7) text = text.replace(/孙伟平|王水兴/g, () => NAMES[Math.floor(rand() * NAMES.length)]);
    if (i % 100 === 42) text = text.replace(/Steinhoff/g, 'Steinhof');
    yield text;
  }
}

/** Writes the issue to `out`, a hundred manuscripts a volume folder. */
export function generateIssue(root, out, count = 1000) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let i = 0;
  for (const text of issueManuscripts(root, count)) {
    const folder = join(out, `vol${Math.floor(i / 100) + 1}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `m${String(i).padStart(4, '0')}.md`), text);
    i++;
  }
  return out;
}
