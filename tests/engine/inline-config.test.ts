import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInlineComments } from '../../src/engine/inline-config.js';
import { checkDocument } from '../../src/engine/pipeline.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { NormId } from '../../src/model/norm.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { cli, ROOT } from '../helpers/cli.js';

const MS = readFileSync(join(ROOT, 'fixtures/llm-labor-value.md'), 'utf8');
const NOTE_1 = '① 《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185-186、186页';

const EN = [
  'Labour creates value.[^1] Machines are objectified knowledge.[^2] Platforms reorganise work.[^3]',
  '',
  '[^1]: Christian Fuchs, *Digital Labor and Karl Marx* (London: Routledge, 2014), 45.',
  // Full citations without a place (a short form at the first citation is no fault under Chicago notes).
  '[^2]: Nick Dyer-Witheford, *Cyber-Proletariat: Global Labour in the Digital Vortex* (Pluto Press, 2012), 12.',
  '[^3]: Phil Jones, *Work Without the Worker* (Verso Books, 2022), 30.',
  '',
].join('\n');

async function check(text: string, norm: NormId | 'auto' = 'auto', lang: 'zh' | 'en' = 'en') {
  const doc = readMarkdown('paper.md', new TextEncoder().encode(text));
  const { analysis, diagnostics } = await checkDocument(doc, { lang, norm });
  return { diagnostics, notices: analysis.doc.notices ?? [] };
}

/** A finding by its rule and the notes it names (lines move when a comment is added). */
const key = (d: Diagnostic) => `${d.ruleId} ${d.noteIds.join(',')}`;

describe('<!-- citeaudit-disable-next-line --> in Markdown', async () => {
  const before = await check(MS);
  const on1 = before.diagnostics.filter((d) => d.line === MS.split('\n').findIndex((l) => l.startsWith(NOTE_1)) + 1);
  const gone = (after: Diagnostic[]) => before.diagnostics.map(key).filter((k) => !after.map(key).includes(k));

  it('drops the findings of the rules named on the next line only (Chinese manuscript)', async () => {
    expect(on1.map((d) => d.ruleId).sort()).toEqual(['duplicate-citation', 'invalid-locator']);
    const text = MS.replace(NOTE_1, `<!-- citeaudit-disable-next-line invalid-locator -->\n${NOTE_1}`);
    const after = await check(text);
    expect(gone(after.diagnostics)).toEqual(on1.filter((d) => d.ruleId === 'invalid-locator').map(key));
    expect(after.notices).toEqual([]);
  });

  it('without ids, every rule on that line; a description after -- is allowed', async () => {
    const text = MS.replace(NOTE_1, `<!-- citeaudit-disable-next-line -- 原文如此 -->\n${NOTE_1}`);
    const after = await check(text);
    const line = text.split('\n').findIndex((l) => l.startsWith(NOTE_1)) + 1;
    expect(after.diagnostics.filter((d) => d.line === line)).toEqual([]);
    expect(gone(after.diagnostics)).toEqual(on1.map(key));
    expect(after.notices).toEqual([]);
  });

  it('in an English manuscript too, and the comment reaches no further than one line', async () => {
    const all = (await check(EN, 'chicago-notes')).diagnostics.map(key);
    expect(all).toEqual(['missing-field n2', 'missing-field n3']);
    const one = EN.replace('[^2]:', '<!-- citeaudit-disable-next-line missing-field -->\n[^2]:');
    expect((await check(one, 'chicago-notes')).diagnostics.map(key)).toEqual(['missing-field n3']);
    // A comment on the last line covers nothing.
    expect((await check(`${EN}<!-- citeaudit-disable-next-line -->`, 'chicago-notes')).diagnostics.map(key)).toEqual(
      all,
    );
  });

  it('disable … enable still covers the stretch between, and enable without ids closes all', async () => {
    const text = EN.replace('[^2]:', '<!-- citeaudit-disable missing-field, author-list -->\n[^2]:').replace(
      '[^3]:',
      '<!-- citeaudit-enable -->\n[^3]:',
    );
    expect((await check(text, 'chicago-notes')).diagnostics.map(key)).toEqual(['missing-field n3']);
  });

  it('reads the comments with their lines, rules and stretches', () => {
    const text = 'a\n<!-- citeaudit-disable-next-line missing-field, author-list -->\nb\nc\n';
    expect(readInlineComments(text, 'x.md')).toEqual({
      comments: [{ directive: 'disable-next-line', rules: ['missing-field', 'author-list'], file: 'x.md', line: 2 }],
      off: [
        { rule: 'missing-field', ranges: [{ start: 66, end: 67 }] },
        { rule: 'author-list', ranges: [{ start: 66, end: 67 }] },
      ],
    });
    expect(text.slice(66, 67)).toBe('b');
    expect(readInlineComments('<!-- citeaudit: a note for editors -->\n', 'x.md')).toBeNull();
  });
});

describe('unknown ids in inline comments', () => {
  it('are reported, in English and in Chinese, with "did you mean", and switch nothing off', async () => {
    const text = EN.replace('[^2]:', '<!-- citeaudit-disable-next-line mising-field, author-list -->\n[^2]:');
    const en = await check(text, 'chicago-notes');
    expect(en.notices).toEqual([
      "line 4: citeaudit-disable-next-line: unknown rule 'mising-field' (did you mean 'missing-field'?)",
    ]);
    expect(en.diagnostics.map(key)).toEqual(['missing-field n2', 'missing-field n3']);
    const zh = await check(MS.replace(NOTE_1, `<!-- citeaudit-disable duplicate -->\n${NOTE_1}`), 'auto', 'zh');
    expect(zh.notices).toEqual([
      "第 37 行：citeaudit-disable 中的规则 'duplicate' 不存在（是否应为 'duplicate-citation' 或 'duplicate-entry'？）",
    ]);
  });

  it('an unknown comment is reported with the one it is near, or the known ones', async () => {
    const near = await check(EN.replace('[^2]:', '<!-- citeaudit-disable-nextline missing-field -->\n[^2]:'));
    expect(near.notices).toEqual([
      "line 4: unknown comment 'citeaudit-disable-nextline' (did you mean 'citeaudit-disable-next-line'?)",
    ]);
    const far = await check(`${EN}<!-- citeaudit-ignore-file -->\n`, 'auto', 'zh');
    expect(far.notices).toEqual([
      "第 6 行：无法识别的注释 'citeaudit-ignore-file'（可用：citeaudit-disable, citeaudit-enable, citeaudit-disable-next-line）",
    ]);
  });

  it('check says them on standard error, after the file name, and its exit code is unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-inline-'));
    const plain = join(dir, 'plain.md');
    const typo = join(dir, 'typo.md');
    writeFileSync(plain, EN);
    writeFileSync(typo, EN.replace('[^2]:', '<!-- citeaudit-disable-next-line mising-field -->\n[^2]:'));
    const a = cli(['check', plain, '--norm', 'chicago-notes']);
    const b = cli(['check', typo, '--norm', 'chicago-notes']);
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe(
      `citeaudit: ${typo}: line 4: citeaudit-disable-next-line: unknown rule 'mising-field' (did you mean 'missing-field'?)\n`,
    );
    expect(b.code).toBe(a.code);
  });
});
