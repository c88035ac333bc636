import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKeyPattern, patternKeys } from '../../src/exporters/key-pattern.js';
import { cli } from '../helpers/cli.js';

const NOTES = 'fixtures/export/notes-mixed.md';
const MS = 'fixtures/llm-labor-value.md';

/** The re-rendered notes of `--to notes`, without the `was:` lines. */
function rendered(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l && !/^\s+was: /.test(l));
}

describe('citeaudit export --to notes', () => {
  it('cass-note: first note full, 同上书 for the repeated work, Ibid. for an English one, short form later', () => {
    const r = cli(['export', NOTES, '--to', 'notes', '--style', 'cass-note']);
    expect(r.code).toBe(0);
    expect(rendered(r.stdout)).toEqual([
      '[^1]  [美]大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年，第188页。',
      '[^2]  同上书，第190页。',
      '[^3]  George Caffentzis, In Letters of Blood and Fire: Work, Machines, and the Crisis of Capitalism, Oakland: PM Press, 2013, p. 131.',
      '[^4]  Ibid., p. 140.',
      '[^5]  [美]大卫·哈维：《马克思与〈资本论〉》，第200页。',
      // The journal lists every author of a Chinese work.
      '[^6]  参见刘裕国、杨柳、张洋、王汉超：《雾霾来袭，如何突围？》，《人民日报》2013年1月12日，第4版。',
    ]);
    // Each rendered note is followed by the note as printed, for comparison.
    expect(r.stdout).toContain(
      '      was: George Caffentzis, *In Letters of Blood and Fire: Work, Machines, and the Crisis of Capitalism*, Oakland: PM Press, 2013, p. 140.',
    );
  });

  it('chicago-notes: Chicago full note and Ibid. for English, the Chinese form for Chinese items', () => {
    const lines = rendered(cli(['export', NOTES, '--to', 'notes', '--style', 'chicago-notes']).stdout);
    expect(lines[2]).toBe(
      '[^3]  George Caffentzis, In Letters of Blood and Fire: Work, Machines, and the Crisis of Capitalism (Oakland: PM Press, 2013), 131.',
    );
    expect(lines[3]).toBe('[^4]  Ibid., 140.');
    expect(lines[1]).toBe('[^2]  同上书，第190页。');
  });

  it('chicago-bibliography: every note short', () => {
    const lines = rendered(cli(['export', NOTES, '--to', 'notes', '--style', 'chicago-bibliography']).stdout);
    expect(lines[0]).toBe('[^1]  [美]大卫·哈维：《马克思与〈资本论〉》，第188页。');
    expect(lines[2]).toBe('[^3]  Caffentzis, In Letters of Blood and Fire, 131.');
  });

  it('the reference manuscript: 66 notes, 同上 where a work is repeated at once, pages listed with 、 and ranges with —', () => {
    const r = cli(['export', MS, '--to', 'notes']);
    expect(r.code).toBe(0);
    const lines = rendered(r.stdout);
    expect(lines).toHaveLength(66);
    expect(lines[2]).toBe('①@p2  《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185—186、186页。');
    // ⑥@p2 cites 文集 vol. 8 again after another work: short; ⑦@p2 repeats it at once on the same page: 同上.
    expect(lines[7]).toBe('⑥@p2  《马克思恩格斯文集》第8卷，第185页。');
    expect(lines[8]).toBe('⑦@p2  同上。');
  });
});

describe('citeaudit export --to text', () => {
  it('defaults to gbt7714-2015-numeric, in order of first citation, 等 and et al. per item', () => {
    const r = cli(['export', NOTES, '--to', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '[1] 大卫·哈维. 马克思与〈资本论〉[M]. 周大昕, 译. 北京: 中信出版社, 2018.',
        '[2] CAFFENTZIS G. In letters of blood and fire: work, machines, and the crisis of capitalism[M]. Oakland: PM Press, 2013.',
        '[3] 刘裕国, 杨柳, 张洋, 等. 雾霾来袭, 如何突围?[N]. 人民日报, 2013-01-12(4).',
        '',
      ].join('\n'),
    );
  });

  it('the reference manuscript: one entry per exported work', () => {
    const r = cli(['export', MS, '--to', 'text', '--style', 'cass-note']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(39);
    expect(lines).toContain('[美]大卫·哈维：《马克思与〈资本论〉》，周大昕译，北京：中信出版社，2018年。');
  });

  it('takes a .csl file and writes to -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-style-'));
    const style = join(dir, 'mine.csl');
    writeFileSync(
      style,
      `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info><title>Title only</title><id>t</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout suffix="."><text variable="title"/></layout></bibliography>
</style>`,
    );
    const out = join(dir, 'out.txt');
    const r = cli(['export', NOTES, '--to', 'text', '--style', style, '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      '马克思与〈资本论〉.\nIn Letters of Blood and Fire: Work, Machines, and the Crisis of Capitalism.\n雾霾来袭，如何突围？.\n',
    );
  });

  it('bad style choices exit 2 with one line naming the style', () => {
    const unknown = cli(['export', NOTES, '--to', 'text', '--style', 'apa7']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^citeaudit: unknown style 'apa7' \(bundled: cass-note, gbt7714-2015-numeric/);
    expect(unknown.stdout).toBe('');
    const dir = mkdtempSync(join(tmpdir(), 'citeaudit-style-'));
    writeFileSync(join(dir, 'bad.csl'), '<html></html>');
    const bad = cli(['export', NOTES, '--to', 'text', '--style', join(dir, 'bad.csl')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      `citeaudit: ${join(dir, 'bad.csl')}: not a CSL style (no <style xmlns="http://purl.org/net/xbiblio/csl"> … </style>)\n`,
    );
    const missing = cli(['export', NOTES, '--to', 'text', '--style', join(dir, 'none.csl')]);
    expect([missing.code, missing.stderr]).toEqual([2, `citeaudit: ${join(dir, 'none.csl')}: style file not found\n`]);
    // A CSL file citeproc fails on while rendering: the file is named, no stack trace.
    writeFileSync(
      join(dir, 'broken.csl'),
      `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>x</title><id>x</id><updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><date variable="issued" form="weird"/></layout></bibliography>
</style>`,
    );
    const broken = cli(['export', NOTES, '--to', 'text', '--style', join(dir, 'broken.csl')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      new RegExp(
        `^citeaudit: ${join(dir, 'broken.csl').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot render with this style: .+\n$`,
      ),
    );
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    const wrongFormat = cli(['export', NOTES, '--to', 'bibtex', '--style', 'cass-note']);
    expect([wrongFormat.code, wrongFormat.stderr]).toEqual([
      2,
      'citeaudit: --style applies to --to text or --to notes, not --to bibtex\n',
    ]);
  });
});

describe('--keys patterns', () => {
  it('builds keys from the pattern with pinyin surnames and collision suffixes', () => {
    const r = cli(['export', MS, '--keys', '[auth:pinyin][shorttitle][year]']);
    expect(r.code).toBe(0);
    const keys = (JSON.parse(r.stdout) as Array<{ id: string }>).map((x) => x.id);
    expect(new Set(keys).size).toBe(39);
    expect(keys).toContain('huangrengongzhineng2020');
    expect(keys).toContain('caffentzislettersbloodfire2013');
    // The six volumes of 《马克思恩格斯文集》 (no author: named by the title) differ only by volume here.
    expect(keys.filter((k) => k.startsWith('makemakesien2009'))).toHaveLength(6);
    // Without the volume the six volumes collide and get a…f in order of first citation; with it they do not.
    const plain = cli(['export', MS, '--to', 'bibtex', '--keys', '[auth][year]']).stdout.match(/^@\w+\{make2009\w*,/gm);
    expect(plain).toEqual([
      '@book{make2009a,',
      '@book{make2009b,',
      '@book{make2009c,',
      '@book{make2009d,',
      '@book{make2009e,',
      '@book{make2009f,',
    ]);
    const bib = cli(['export', MS, '--to', 'bibtex', '--keys', '[auth][year][volume]']).stdout;
    expect(bib.match(/^@\w+\{make2009\w*,/gm)).toEqual([
      '@book{make20098,',
      '@book{make20095,',
      '@book{make20097,',
      '@book{make20091,',
      '@book{make20092,',
      '@book{make20099,',
    ]);
    expect(bib).toContain('@article{huang2020,');
  });

  it('applies case modifiers and keeps Chinese characters on request', () => {
    const pinyin = (s: string) =>
      Array.from(s, (c) => (({ 黄: 'huang', 人: 'ren', 工: 'gong' }) as Record<string, string>)[c] ?? 'x');
    const items = [
      {
        id: '',
        type: 'article-journal' as const,
        author: [{ literal: '黄再胜' }],
        title: '人工智能时代的价值危机',
        issued: { 'date-parts': [[2020]] },
      },
    ];
    expect(patternKeys(items, parseKeyPattern('[auth:upper]_[year]'), pinyin)).toEqual(['HUANG_2020']);
    expect(patternKeys(items, parseKeyPattern('[auth:han][title:han]'), pinyin)).toEqual(['黄人工']);
    expect(patternKeys(items, parseKeyPattern('[auth][title:capitalize][year]'), pinyin)).toEqual(['huangRengong2020']);
  });

  it('rejects an unknown field or modifier with exit 2', () => {
    const r = cli(['export', MS, '--keys', '[auth][yr]']);
    expect([r.code, r.stderr]).toEqual([
      2,
      "citeaudit: --keys: unknown field '[yr]' (fields: auth, authors, year, title, shorttitle, volume)\n",
    ]);
    expect(cli(['export', MS, '--keys', '[auth:shout]']).stderr).toMatch(/unknown modifier ':shout'/);
    expect(cli(['export', MS, '--keys', 'key with spaces']).code).toBe(2);
  });
});
