// Regenerates the converted fixtures from the reference manuscript with real tools (pandoc), so that
// the DOCX and ODT readers are tested on files a word processor pipeline actually writes:
//   fixtures/docx/llm-labor-value.docx           pandoc's DOCX (decimal footnotes, continuous)
//   fixtures/docx/llm-labor-value-circled.docx   the same with Word's ①-per-page setting
//   fixtures/odt/llm-labor-value.odt             pandoc's ODT
//   fixtures/encodings/*                         GB18030 / Big5 copies (see README there)
// Needs pandoc on the PATH (Debian: apt-get install pandoc). `node scripts/make-fixtures.mjs`
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = readFileSync(`${root}fixtures/llm-labor-value.md`, 'utf8');

/** The manuscript's circled notes, page by page, as Pandoc footnotes; the body re-joined across blocks. */
export function toPandoc(text) {
  const CIRCLED = /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])\s*(.*)$/u;
  const lines = text.split('\n');
  const body = [];
  const defs = [];
  let page = 1;
  let inBlock = false;
  for (const line of lines) {
    const m = CIRCLED.exec(line);
    if (m) {
      defs.push(`[^p${page}n${m[1].codePointAt(0)}]: ${m[2]}`);
      inBlock = true;
      continue;
    }
    if (inBlock && line.trim() !== '') {
      inBlock = false;
      page++;
    }
    if (inBlock) continue;
    body.push(
      line.replace(
        /<sup>([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])<\/sup>/gu,
        (_, c) => `[^p${page}n${c.codePointAt(0)}]`,
      ),
    );
  }
  // A sentence cut by a note block (`撇` … `开`) is one paragraph again.
  const joined = body.join('\n').replace(/([^\s。！？”」）.:：])\n\n+(?=[^\s#\-[(])/gu, '$1');
  return `${joined}\n\n${defs.join('\n\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(`${root}fixtures/docx`, { recursive: true });
  mkdirSync(`${root}fixtures/odt`, { recursive: true });
  const md = toPandoc(src);
  writeFileSync('/tmp/llm-labor-value.pandoc.md', md);
  const docx = `${root}fixtures/docx/llm-labor-value.docx`;
  execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'docx', '-o', docx, '/tmp/llm-labor-value.pandoc.md']);
  execFileSync('pandoc', [
    '-f',
    'markdown-smart',
    '-t',
    'odt',
    '-o',
    `${root}fixtures/odt/llm-labor-value.odt`,
    '/tmp/llm-labor-value.pandoc.md',
  ]);
  // Word's own setting for 《中国社会科学》 notes: ①② numbering restarting on each page.
  const parts = unzipSync(readFileSync(docx));
  const settings = strFromU8(parts['word/settings.xml']);
  const pr =
    '<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese" /><w:numRestart w:val="eachPage" /></w:footnotePr>';
  parts['word/settings.xml'] = strToU8(
    settings.replace(/<w:footnotePr>[\s\S]*?<\/w:footnotePr>/, '').replace(/(<w:settings[^>]*>)/, `$1${pr}`),
  );
  writeFileSync(`${root}fixtures/docx/llm-labor-value-circled.docx`, zipSync(parts));
  console.log('fixtures written');
}
