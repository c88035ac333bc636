// A long Word document for the benchmark: `pages` pages of prose, each with `perPage` footnotes
// taken from the reference manuscript's notes.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function longDocx(root, notes = 500) {
  const source = readFileSync(`${root}fixtures/llm-labor-value.md`, 'utf8');
  const texts = source
    .split('\n')
    .filter((l) => /^[\u2460-\u2473]/u.test(l))
    .map((l) => l.slice(1).trim());
  const prose = source
    .split('\n')
    .filter((l) => l.length > 200 && !/^[\u2460-\u2473#]/u.test(l))
    .map((l) => l.replace(/<sup>.*?<\/sup>/g, ''));
  const paras = [];
  const fns = [];
  for (let k = 1; k <= notes; k++) {
    const p = prose[k % prose.length];
    paras.push(
      `<w:p><w:r><w:t xml:space="preserve">${esc(p.slice(0, 400))}</w:t></w:r><w:r><w:footnoteReference w:id="${k}"/></w:r><w:r><w:t>${esc(p.slice(400, 600))}</w:t></w:r></w:p>`,
    );
    fns.push(
      `<w:footnote w:id="${k}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${esc(texts[k % texts.length])}</w:t></w:r></w:p></w:footnote>`,
    );
  }
  return zipSync({
    'word/document.xml': strToU8(`<w:document ${W}><w:body>${paras.join('')}<w:sectPr/></w:body></w:document>`),
    'word/footnotes.xml': strToU8(
      `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>${fns.join('')}</w:footnotes>`,
    ),
    'word/settings.xml': strToU8(`<w:settings ${W}/>`),
  });
}
