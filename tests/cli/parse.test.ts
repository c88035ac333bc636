import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CslItem, CslName } from '../../src/model/index.js';
import { cli, parseItems, ROOT } from '../helpers/cli.js';

const ZH = '孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。';
const EN = 'George Caffentzis, *In Letters of Blood & Fire*, Oakland: PM Press, 2013, p. 131.';
const BAD = '这是一段评论，没有引文';
const dir = mkdtempSync(join(tmpdir(), 'citeaudit-parse-'));

function stdin(args: string[], input: string | Buffer) {
  return spawnSync(process.execPath, ['bin/citeaudit.js', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 30000,
  });
}

function jsonl(text: string): CslItem[] {
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as CslItem);
}

/** What citation-js reads back from BibTeX: CSL-JSON, with the entry's key. */
type BibtexItem = CslItem & { 'citation-key'?: string };

async function readBibtex(text: string): Promise<BibtexItem[]> {
  const { Cite } = await import('@citation-js/core');
  await import('@citation-js/plugin-bibtex');
  return new Cite(text).data as BibtexItem[];
}

describe('citeaudit parse: input', () => {
  it('parses arguments into a pretty-printed CSL-JSON array', () => {
    const r = cli(['parse', ZH, EN]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\[\n {2}\{\n {4}"id": "1",/);
    const items = parseItems(r.stdout);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      id: '1',
      type: 'article-journal',
      language: 'zh-CN',
      author: [{ literal: '孙伟平' }],
      title: '智能系统的劳动及其社会后果',
      'container-title': '哲学研究',
      issue: '8',
      issued: { 'date-parts': [[2021]] },
    });
    expect(items[0]).not.toHaveProperty('x-locator');
    expect(items[1]).toMatchObject({
      id: '2',
      type: 'book',
      language: 'en-US',
      author: [{ family: 'Caffentzis', given: 'George' }],
      title: 'In Letters of Blood & Fire',
      'publisher-place': 'Oakland',
      publisher: 'PM Press',
      issued: { 'date-parts': [[2013]] },
      'x-locator': '131',
    });
    expect(items[1]).not.toHaveProperty('locator');
  });

  it('keeps the prefix and the commentary apart from the item', () => {
    const [item] = parseItems(cli(['parse', `参见${ZH.replace(/。$/, '')}，第5页。这一说法有误。`]).stdout);
    expect(item).toMatchObject({
      title: '智能系统的劳动及其社会后果',
      'x-prefix': '参见',
      'x-locator': '5',
      'x-commentary': '这一说法有误',
    });
  });

  it('reads standard input, one reference a line, blank lines skipped', () => {
    const r = stdin(['parse'], `${ZH}\n\n${EN}\r\n`);
    expect(r.status).toBe(0);
    const items = parseItems(r.stdout);
    expect(items.map((i) => i.id)).toEqual(['1', '3']);
    expect(items[0]!.title).toBe('智能系统的劳动及其社会后果');
    expect(items[1]!.publisher).toBe('PM Press');
  });

  it('reads a plain --input file; ids are line numbers', () => {
    const p = join(dir, 'refs.txt');
    writeFileSync(p, `\n${ZH}\n   \n${EN}\n`);
    const items = jsonl(cli(['parse', '--input', p, '--format', 'jsonl']).stdout);
    expect(items.map((i) => i.id)).toEqual(['2', '4']);
    expect(items.map((i) => i.language)).toEqual(['zh-CN', 'en-US']);
  });

  it('reads a GB18030 --input file', () => {
    const p = join(dir, 'refs-gb.txt');
    // ZH in GB18030 (iconv -t gb18030), then a newline.
    writeFileSync(
      p,
      Buffer.from(
        'cbefceb0c6bda3baa1b6d6c7c4dccfb5cdb3b5c4c0cdb6afbcb0c6e4c9e7bbe1baf3b9fba1b7a3aca1b6d5dcd1a7d1d0bebfa1b732303231c4eab5da38c6daa1a30a',
        'hex',
      ),
    );
    const [item] = parseItems(cli(['parse', '-i', p]).stdout);
    expect(item).toMatchObject({ id: '1', title: '智能系统的劳动及其社会后果', 'container-title': '哲学研究' });
  });

  it('keeps the ids of a JSON-lines input file, and mixes in plain lines', () => {
    const p = join(dir, 'refs.jsonl');
    writeFileSync(
      p,
      [
        JSON.stringify({ id: 'a', text: ZH }),
        JSON.stringify({ id: 'b', text: '同上，第5页。' }),
        EN,
        JSON.stringify({ id: 7, text: EN }),
      ].join('\n') + '\n',
    );
    const items = jsonl(cli(['parse', '--input', p, '--format', 'jsonl']).stdout);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', '3', '7']);
    expect(items[0]!.title).toBe('智能系统的劳动及其社会后果');
    expect(items[1]).toMatchObject({ 'x-kind': 'ibid', 'x-locator': '5' });
    expect(items[3]!.publisher).toBe('PM Press');
  });

  it('--lang is the language tried first; a string the other parser reads is still read', () => {
    expect(jsonl(cli(['parse', '--format', 'jsonl', ZH]).stdout)[0]!.language).toBe('zh-CN');
    const forced = jsonl(cli(['parse', '--format', 'jsonl', '--lang', 'en', ZH]).stdout)[0]!;
    expect(forced).toMatchObject({ language: 'zh-CN', type: 'article-journal' });
  });

  it('returns what it cannot parse as a document with the reason, in every format', async () => {
    const [item] = parseItems(cli(['parse', BAD]).stdout);
    expect(item).toMatchObject({ id: '1', type: 'document', title: BAD });
    expect(item!.note).toMatch(/^not parsed: /);
    const r = cli(['parse', ZH, BAD, EN, '--format', 'jsonl']);
    expect(jsonl(r.stdout).map((i) => i.type)).toEqual(['article-journal', 'document', 'book']);
    const back = await readBibtex(cli(['parse', BAD, '--format', 'bibtex']).stdout);
    expect(back[0]).toMatchObject({ type: 'document', title: BAD });
    expect(back[0]!.note).toMatch(/^not parsed: /);
  });
});

describe('citeaudit parse --format bibtex', () => {
  it('keeps Chinese text and langid, and reads back through citation-js', async () => {
    const r = cli(['parse', ZH, EN, '--format', 'bibtex']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('@article{ref1,');
    expect(r.stdout).toContain('@book{ref2,');
    expect(r.stdout).toContain('title = {智能系统的劳动及其社会后果}');
    expect(r.stdout).toContain('journal = {哲学研究}');
    expect(r.stdout).toContain('langid = {chinese}');
    expect(r.stdout).toContain('langid = {english}');
    expect(r.stdout).toContain('note = {cited: p. 131}');
    expect(r.stdout).toContain('\\&');
    const csl = parseItems(cli(['parse', ZH, EN]).stdout);
    const back = await readBibtex(r.stdout);
    expect(back.map((b) => b['citation-key'])).toEqual(['ref1', 'ref2']);
    expect(back.map((b) => b.language)).toEqual(['chinese', 'english']);
    for (const [k, b] of back.entries()) {
      expect(b.title).toBe(csl[k]!.title);
      expect(b.issued!['date-parts']![0]![0]).toBe(csl[k]!.issued!['date-parts']![0]![0]);
      const name = (n: CslName) => n.literal ?? n.family;
      expect(name(b.author![0]!)).toBe(name(csl[k]!.author![0]!));
    }
    expect(back[0]!.title).toBe('智能系统的劳动及其社会后果');
    expect(back[0]!.author![0]!.family).toBe('孙伟平');
    expect(back[1]!.author![0]).toMatchObject({ family: 'Caffentzis', given: 'George' });
    expect(back[1]!.note).toBe('cited: p. 131');
  });

  it('escapes LaTeX specials so that they read back as written', async () => {
    const title = '数字劳动与100%_#$ {x} a\\b ~^';
    const r = cli(['parse', `黄再胜：《${title}》，北京：人民出版社，2020年。`, '--format', 'bibtex']);
    expect(r.stdout).toContain('100\\%\\_\\#\\$ \\{x\\}');
    const [b] = await readBibtex(r.stdout);
    expect(b!.title).toBe(title);
  });

  it('keeps input ids as keys, made safe and unique', async () => {
    const p = join(dir, 'keys.jsonl');
    writeFileSync(
      p,
      [
        { id: 'sun-2021:a', text: ZH },
        { id: 'sun-2021:a', text: EN },
        { id: 'x y,z', text: EN },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    const r = cli(['parse', '-i', p, '-f', 'bibtex']);
    const back = await readBibtex(r.stdout);
    expect(back.map((b) => b['citation-key'])).toEqual(['sun-2021:a', 'sun-2021:a-2', 'x_y_z']);
    expect(back.map((b) => b.language)).toEqual(['chinese', 'english', 'english']);
  });
});

describe('citeaudit parse: bad input', () => {
  it('a missing --input file is one line and exit 2', () => {
    const p = join(dir, 'nope.txt');
    const r = cli(['parse', '--input', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`citeaudit: ${p}: no such file or directory\n`);
  });

  it('a folder as --input, or arguments with --input, exit 2', () => {
    const r = cli(['parse', '--input', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`citeaudit: ${dir}: is a directory\n`);
    const both = cli(['parse', '--input', join(dir, 'refs.txt'), ZH]);
    expect(both.code).toBe(2);
    expect(both.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an unknown --format exits 2', () => {
    const r = cli(['parse', '--format', 'ris', ZH]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Allowed choices are csl-json, jsonl, bibtex/);
  });

  it('no input at all is an empty result', () => {
    expect(stdin(['parse'], '').stdout).toBe('[]\n');
    expect(stdin(['parse', '-f', 'jsonl'], '\n\n').stdout).toBe('');
    expect(stdin(['parse', '-f', 'bibtex'], '').stdout).toBe('');
  });
});

describe('citeaudit parse: start-up', () => {
  // A module hook that refuses citation-js: what does not need it must not load it.
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    "export async function resolve(s, c, next) { if (s.startsWith('@citation-js/')) throw new Error('citation-js loaded'); return next(s, c); }\n",
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', pathToFileURL(register).href, 'bin/citeaudit.js', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30000,
    });

  it('--version and every format load no citation-js (BibTeX is written by citeaudit’s own mapping)', () => {
    expect(run(['--version'])).toMatchObject({ status: 0, stderr: '' });
    expect(run(['parse', ZH])).toMatchObject({ status: 0, stderr: '' });
    expect(run(['parse', ZH, '-f', 'jsonl'])).toMatchObject({ status: 0, stderr: '' });
    const bib = run(['parse', ZH, '-f', 'bibtex']);
    expect(bib).toMatchObject({ status: 0, stderr: '' });
    expect(bib.stdout).toMatch(/^@article\{ref1,\n {2}author = \{\{孙伟平\}\},\n/);
  });
});

describe('citeaudit parse --explain', () => {
  it("shows the learned parser's runs of tokens with label and score, and which reading was used", () => {
    // An author–year reference without title marks, which the rules give up on (made-up, in a real shape).
    const r = cli(['parse', '--explain', '周明远. 2021. 乡村治理中的数字化转型. 社会学评论, 3: 88-102.', ZH]);
    expect(r.code).toBe(0);
    const [first, second] = r.stdout.split(/\n(?=2 {2})/);
    expect(first).toMatch(/read by the learned parser \(the rules gave up\)/);
    expect(first).toMatch(/^ {3}title +(0\.9\d|1\.00) ✓ {2}乡 村 治 理 中 的 数 字 化 转 型$/m);
    expect(first).toMatch(/^ {3}author +\d\.\d\d [✓ ] {2}周 明 远$/m);
    expect(second).toMatch(/read by the rules;/);
    // A sentence the labeller reads as a title alone is no reference, and says so.
    const prose = cli(['parse', '--explain', '这是一段评论，没有引文']).stdout;
    expect(prose).toMatch(/read by the rules;/);
    expect(prose).toMatch(/no reference: the learned parser needs a title or a container and one more field/);
    for (const line of r.stdout.split('\n').filter((l) => l.startsWith('   ') && !l.includes('read by'))) {
      const score = Number(/^ {3}\S+ +(\d\.\d\d)/.exec(line)?.[1]);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});
