import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, type JsonDiagnostic, parseReport, ROOT } from '../helpers/cli.js';
import { circled, EN_BOOK, pandoc, ZH_BOOK } from '../helpers/manuscripts.js';

const dir = mkdtempSync(join(tmpdir(), 'citeaudit-safe-fix-'));
const key = (d: JsonDiagnostic) => `${d.ruleId}|${d.messageId}|${[...d.noteIds, ...d.entryIds].join(',')}`;

/** Writes `text` to a fresh file and runs `check --fix-dry-run`, then `check --fix` on it. */
function fixRun(name: string, text: string, args: string[] = []) {
  const p = join(dir, name);
  writeFileSync(p, text);
  const before = parseReport(cli(['check', p, '--format', 'json', ...args]).stdout).files[0]!.diagnostics;
  const dry = cli(['check', p, '--fix-dry-run', '--format', 'json', ...args]);
  // The diff goes to standard error, the JSON report alone to standard output.
  const diff = dry.stderr;
  expect(parseReport(dry.stdout).files[0]!.diagnostics).toEqual(before);
  expect(readFileSync(p, 'utf8')).toBe(text);
  const run = cli(['check', p, '--fix', '--format', 'json', ...args]);
  const after = parseReport(run.stdout).files[0]!.diagnostics;
  return { p, before, diff, run, after, fixed: readFileSync(p, 'utf8') };
}

/** The dry-run diff applied with patch(1) to the original gives exactly what --fix wrote. */
function patched(original: string, diff: string): string {
  const p = join(dir, `patch-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(p, original);
  const r = spawnSync('patch', ['--quiet', '--no-backup-if-mismatch', p], { input: diff, encoding: 'utf8' });
  expect(r.status, r.stderr + r.stdout).toBe(0);
  return readFileSync(p, 'utf8');
}

describe('safe fixes', () => {
  const TEXT = circled([
    [
      '[美]大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第185—186页。',
      '[美]凯文·凯利：《必然》，周峰等译，北京：电子工业出版社，2016年，第30—31页。',
      '〔英〕约翰·洛克：《政府论》，叶启芳译，北京：商务印书馆，1964年，第19~20页。',
      '赵汀阳：《天下的当代性》，北京：中信出版社，2016 年，第 12 页。',
      '许纪霖：《家国天下》，上海：上海人民出版社，2017年，第3页。',
    ],
    [ZH_BOOK, ZH_BOOK, '汪晖：《现代中国思想的兴起》,北京:生活·读书·新知三联书店，2004年，第7页。'],
  ]);

  it('fixes each kind the norm prescribes, exactly as the dry run showed, and the check after finds none of them', () => {
    const { p, before, diff, run, after, fixed } = fixRun('cass.md', TEXT);
    expect(fixed).toBe(
      TEXT.replace('〔英〕约翰·洛克', '[英]约翰·洛克')
        .replace('第19~20页', '第19—20页')
        .replace('2016 年，第 12 页', '2016年，第12页')
        .replace(`② ${ZH_BOOK}`, '② 同上。')
        .replace('》,北京:生活', '》，北京：生活'),
    );
    expect(patched(TEXT, diff)).toBe(fixed);
    expect(readFileSync(`${p}.bak`, 'utf8')).toBe(TEXT);
    const fixedKeys = before.filter((d) => d.fix).map(key);
    expect(fixedKeys.map((k) => k.split('|').slice(0, 2).join('|')).sort()).toEqual([
      'consecutive-duplicate|adjacent',
      'inconsistent-format|bracket',
      'inconsistent-format|cjkDigitSpace',
      'inconsistent-format|dash',
      'punctuation-width|halfInChinese',
    ]);
    const afterKeys = new Set(after.map(key));
    expect(fixedKeys.filter((k) => afterKeys.has(k))).toEqual([]);
    expect(
      after.filter((d) => ['punctuation-width', 'inconsistent-format', 'consecutive-duplicate'].includes(d.ruleId)),
    ).toEqual([]);
    expect(run.stderr).toContain('5 fix(es) applied');
    expect(run.stderr).toContain('checked again: the 5 fixed finding(s) are gone and no new finding appeared');
    expect(run.code).toBe(0);
    // Fixing again finds nothing more to do.
    expect(cli(['check', p, '--fix-dry-run']).stdout).not.toContain('---');
  });

  it('closes the space after a nationality marker when the manuscript mostly has none', () => {
    const text = circled([
      [
        '[美]大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第188页。',
        '[美]凯文·凯利：《必然》，周峰等译，北京：电子工业出版社，2016年，第30页。',
        '[英] 约翰·洛克：《政府论》，叶启芳译，北京：商务印书馆，1964年，第19页。',
      ],
    ]);
    const { before, fixed, after } = fixRun('natspace.md', text);
    expect(before.find((d) => d.ruleId === 'inconsistent-format')?.messageId).toBe('nationalitySpace');
    expect(fixed).toBe(text.replace('[英] 约翰·洛克', '[英]约翰·洛克'));
    expect(after.map((d) => d.ruleId)).not.toContain('inconsistent-format');
  });

  it('removes Chinese-figure spaces outside titles and URLs only', () => {
    const text = circled([
      [
        '凯文·凯利：《5000 天后的世界》，潘小多译，北京：中信出版社，2023 年，第 5 页。',
        '许纪霖：《家国天下》，上海：上海人民出版社，2017年，第3页。',
        '赵汀阳：《天下的当代性》，北京：中信出版社，2016年，第12页。',
      ],
    ]);
    const { fixed, after } = fixRun('titles.md', text);
    expect(fixed).toBe(text.replace('2023 年，第 5 页', '2023年，第5页'));
    expect(fixed).toContain('《5000 天后的世界》');
    expect(after.map((d) => d.ruleId)).not.toContain('inconsistent-format');
  });

  it("abstains where the manuscript's own form is not one the norm accepts", () => {
    // 《中国社会科学》 ranges take —; this manuscript mostly uses -, and a space after the nationality marker.
    const text = circled([
      [
        '[美] 大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第185-186页。',
        '[美] 凯文·凯利：《必然》，周峰等译，北京：电子工业出版社，2016年，第30-31页。',
        '[英]约翰·洛克：《政府论》，叶启芳译，北京：商务印书馆，1964年，第19~20页。',
      ],
    ]);
    const { before, diff, fixed } = fixRun('abstain.md', text);
    expect(
      before
        .filter((d) => d.ruleId === 'inconsistent-format')
        .map((d) => d.messageId)
        .sort(),
    ).toEqual(['dash', 'nationalitySpace']);
    expect(before.filter((d) => d.fix)).toEqual([]);
    expect(diff).toBe('');
    expect(fixed).toBe(text);
    expect(existsSync(join(dir, 'abstain.md.bak'))).toBe(false);
  });

  it('writes Ibid. with the page in Chicago notes', () => {
    const second = EN_BOOK.replace('p. 131', 'p. 135');
    const text = pandoc([EN_BOOK, second]);
    const { diff, fixed, after, run } = fixRun('chicago.md', text);
    expect(fixed).toBe(text.replace(`[^2]: ${second}`, '[^2]: Ibid., 135.'));
    expect(patched(text, diff)).toBe(fixed);
    expect(after.map((d) => d.ruleId)).not.toContain('consecutive-duplicate');
    expect(run.stderr).toContain('no new finding appeared');
  });

  it('writes 同上注 with the page under the law norm', () => {
    const text = circled([[ZH_BOOK, ZH_BOOK.replace('第5页', '第6页')]]);
    const { fixed, after, run } = fixRun('law.md', text, ['--norm', 'law']);
    expect(fixed).toBe(text.replace(`② ${ZH_BOOK.replace('第5页', '第6页')}`, '② 同上注，第6页。'));
    expect(after.map((d) => d.ruleId)).not.toContain('consecutive-duplicate');
    expect(run.code).toBe(0);
  });

  it('leaves a note of several citations alone (同上 would not know which)', () => {
    const text = circled([
      [ZH_BOOK, `${ZH_BOOK.replace(/。$/, '')}；赵汀阳：《天下的当代性》，北京：中信出版社，2016年，第12页。`],
    ]);
    const { before, fixed } = fixRun('several.md', text, ['--norm', 'law']);
    expect(before.map((d) => d.ruleId)).toContain('consecutive-duplicate');
    expect(fixed).toBe(text);
  });

  it('fixes a LaTeX source where the text is unique, and skips a note with a macro in the way', () => {
    const tex = [
      '\\documentclass{ctexart}',
      '\\begin{document}',
      '正文一\\footnote{孙伟平：《智能系统的劳动》,北京：人民出版社，2021年，第5页。}，正文二\\footnote{\\emph{孙伟平}：《智能系统的劳动》,北京：人民出版社，2021年，第6页。}。',
      '\\end{document}',
      '',
    ].join('\n');
    const { diff, fixed, run } = fixRun('paper.tex', tex);
    expect(fixed).toBe(
      tex.replace('劳动》,北京：人民出版社，2021年，第5页', '劳动》，北京：人民出版社，2021年，第5页'),
    );
    expect(patched(tex, diff)).toBe(fixed);
    expect(run.stderr).toContain('1 fix(es) skipped');
    expect(run.stderr).toContain('checked again: the 1 fixed finding(s) are gone');
  });

  it('keeps the original as FILE.bak.1 when FILE.bak is taken by a folder, which it leaves alone', () => {
    const sub = join(dir, 'bakdir');
    mkdirSync(sub);
    const p = join(sub, 'a.md');
    writeFileSync(p, TEXT);
    mkdirSync(`${p}.bak`);
    const r = cli(['check', p, '--fix']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`5 fix(es) applied (original kept as ${p}.bak.1)`);
    expect(readFileSync(`${p}.bak.1`, 'utf8')).toBe(TEXT);
    expect(readFileSync(p, 'utf8')).not.toBe(TEXT);
    expect(readdirSync(`${p}.bak`)).toEqual([]);
    expect(readdirSync(sub).sort()).toEqual(['a.md', 'a.md.bak', 'a.md.bak.1']);
  });

  it('stops with one line and leaves the file alone when no backup can be written', () => {
    const sub = join(dir, 'nobak');
    mkdirSync(sub);
    // A name of 250 bytes: FILE.bak fits, the temporary file it is written through does not (255 at most),
    // which fails for root too.
    const p = join(sub, `${'a'.repeat(247)}.md`);
    writeFileSync(p, TEXT);
    writeFileSync(`${p}.bak`, 'an earlier backup');
    const r = cli(['check', p, '--fix']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `citeaudit: ${p}.bak: cannot keep the original there (name too long); nothing changed`,
    );
    expect(readFileSync(p, 'utf8')).toBe(TEXT);
    expect(readFileSync(`${p}.bak`, 'utf8')).toBe('an earlier backup');
    expect(readdirSync(sub).sort()).toEqual([`${'a'.repeat(247)}.md`, `${'a'.repeat(247)}.md.bak`]);
  });

  it('never writes DOCX', () => {
    const p = join(dir, 'paper.docx');
    copyFileSync(join(ROOT, 'fixtures/docx/llm-labor-value.docx'), p);
    const bytes = readFileSync(p);
    const r = cli(['check', p, '--fix']);
    expect(readFileSync(p).equals(bytes)).toBe(true);
    expect(existsSync(`${p}.bak`)).toBe(false);
    expect(r.stderr).toContain('fixes are only written to UTF-8 Markdown, text and LaTeX files; nothing changed');
  });

  it('on the reference manuscript: --fix changes only what the dry run showed, and the fixed findings are gone', () => {
    const original = readFileSync(join(ROOT, 'fixtures/llm-labor-value.md'), 'utf8');
    const { before, diff, run, after, fixed } = fixRun('llm-labor-value.md', original);
    expect(fixed).not.toBe(original);
    expect(patched(original, diff)).toBe(fixed);
    // The changed lines are those of the diff and nothing else.
    const a = original.split('\n');
    const b = fixed.split('\n');
    expect(b).toHaveLength(a.length);
    const changed = a.flatMap((l, i) => (l === b[i] ? [] : [i + 1]));
    const hunkLines = [...diff.matchAll(/^-(?!--)(.*)$/gm)].map((m) => m[1]);
    expect(changed.map((i) => a[i - 1])).toEqual(hunkLines);
    expect(fixed).toContain('⑦ 同上。');
    const fixedKeys = before.filter((d) => d.fix).map(key);
    expect(fixedKeys.length).toBe(3);
    const afterKeys = new Set(after.map(key));
    expect(fixedKeys.filter((k) => afterKeys.has(k))).toEqual([]);
    expect(after.length).toBe(before.length - 3);
    expect(run.code).toBe(0);
  });
});
