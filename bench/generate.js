// Builds a corpus of varied manuscripts from the fixtures: pages of the reference manuscript recombined,
// with years, names and pages perturbed and some manuscripts turned into Pandoc footnotes, so the
// benchmark exercises every reader path and cannot be served by a cache of one document.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './rng.js';

export const NAMES = ['孙伟平', '黄再胜', '王水兴', '赵汀阳', '邓晓芒', '陶锋', '刘海龙', '张亮', '陆晓娇', '胡斌'];

/** The reference manuscript's pages: each is body text followed by its block of circled notes. */
export function referencePages(root) {
  const source = readFileSync(join(root, 'fixtures/llm-labor-value.md'), 'utf8');
  return source.split(/(?<=\n[①-⑳][^\n]*\n)\n(?![①-⑳])/u).filter((p) => p.trim());
}

export function generateCorpus(root, out, count = 200) {
  const pages = referencePages(root);
  const extra = readdirSync(join(root, 'fixtures'))
    .filter((f) => f.endsWith('.md') && f !== 'llm-labor-value.md')
    .map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const rand = rng(42);
  for (let i = 0; i < count; i++) {
    const n = 4 + Math.floor(rand() * pages.length);
    const chosen = [];
    for (let k = 0; k < n; k++) chosen.push(pages[Math.floor(rand() * pages.length)]);
    let text = chosen.join('\n');
    text = text.replace(/(20[12]\d)年/g, (m, y) => `${Number(y) - Math.floor(rand() * 3)}年`);
    text = text.replace(/孙伟平|王水兴/g, () => NAMES[Math.floor(rand() * NAMES.length)]);
    text = text.replace(/第(\d+)页/g, (m, p) => `第${Number(p) + Math.floor(rand() * 20)}页`);
    if (i % 5 === 0) {
      let k = 0;
      const labels = [];
      text = text.replace(/<sup>([①-⑳])<\/sup>/gu, () => `[^${++k}]`);
      let d = 0;
      text = text.replace(/^([①-⑳]) /gmu, () => `[^${++d}]: `);
      labels.push(k);
    }
    if (extra.length && i % 7 === 0) text += '\n' + extra[i % extra.length];
    writeFileSync(join(out, `m${String(i).padStart(3, '0')}.md`), text);
  }
  return out;
}
