import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BRACE_DEPTH, readBib } from '../../src/readers/bib.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'citeaudit-bib-'));

/** A library with a good entry, then one whose title nests `depth` braces, on line 4 after `  title = {`. */
function nested(name: string, depth: number): string {
  const p = join(dir, name);
  writeFileSync(
    p,
    [
      '@book{ok, title = {Fine}, year = {2001}}',
      '',
      '@book{deep,',
      `  title = {${'{'.repeat(depth)}x${'}'.repeat(depth)}},`,
      '  year = {2000}',
      '}',
      '',
    ].join('\n'),
  );
  return p;
}

describe('.bib nesting', () => {
  it('braces nested too deep are one clear error naming the file, line and column, not a stack overflow', async () => {
    const p = nested('deep.bib', 20_000);
    // The entry's brace is level 1, the title's level 2 at column 11 of line 4: level 257 is 255 columns further.
    const message = `cannot read the bibliography: braces nested more than ${MAX_BRACE_DEPTH} deep at line 4, column ${10 + MAX_BRACE_DEPTH}`;
    await expect(readBib(p)).rejects.toThrow(message);
    await expect(readBib(p)).rejects.toMatchObject({ name: 'InputError', file: p });
    const r = cli(['check', 'fixtures/llm-labor-value.md', '--bib', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`citeaudit: ${p}: ${message}\n`);
  });

  it(`reads braces nested ${MAX_BRACE_DEPTH} deep, the entry's own counted`, async () => {
    const lib = await readBib(nested('ok.bib', MAX_BRACE_DEPTH - 2));
    expect([...lib.keys()]).toEqual(['ok', 'deep']);
    expect(lib.get('deep')?.title).toBe('x');
  });
});

/** A library file with `text`, read as `--bib` reads it. */
async function library(name: string, text: string) {
  const p = join(dir, name);
  writeFileSync(p, text);
  return readBib(p);
}

describe('.bib files as JabRef writes them', () => {
  it('@string macros joined by #, month macros, @preamble, @comment and a % line as JabRef writes them', async () => {
    const lib = await library(
      'jabref.bib',
      [
        '% This file was created with JabRef 5.9. Encoding: UTF-8 (questions: jabref-users@example.org)',
        '',
        '@Preamble{ "\\providecommand{\\noopsort}[1]{}" }',
        '',
        '@String{aer = {American Economic Review}}',
        '@String{aerpp = aer # {: Papers and Proceedings}}',
        '',
        '@Article{autor2019,',
        '  author    = {Autor, David H.},',
        '  title     = {Work of the Past, Work of the Future},',
        '  journal   = aerpp,',
        '  year      = 2019,',
        '  month     = may # "~1",',
        '  volume    = {109},',
        '  pages     = {1--32},',
        '  doi       = {10.1257/pandp.20191110},',
        '}',
        '',
        '@Comment{ @Book{ghost, title = {Commented out}} }',
        '@comment Exported on 2024-01-05',
        '@Comment{jabref-meta: databaseType:bibtex;}',
        '',
      ].join('\n'),
    );
    expect([...lib.keys()]).toEqual(['autor2019']);
    expect(lib.get('autor2019')).toMatchObject({
      type: 'article-journal',
      title: 'Work of the Past, Work of the Future',
      'container-title': 'American Economic Review: Papers and Proceedings',
      author: [{ family: 'Autor', given: 'David H.' }],
      issued: { 'date-parts': [[2019, 5, 1]] },
      volume: '109',
      page: '1-32',
      DOI: '10.1257/pandp.20191110',
      language: 'en-US',
    });
  });
});

describe('TeX in .bib values', () => {
  it('TeX accents and special letters in braces or not, markup dropped, particles and suffixes apart', async () => {
    const lib = await library(
      'accents.bib',
      [
        '@article{muller2019,',
        '  title = {{\\"U}ber die {\\"O}konomie der {Plattformen} --- eine \\emph{Kritik} in ``Zahlen\'\'},',
        "  author = {M{\\\"u}ller, J{\\\"o}rg and Dvo{\\v r}{\\'a}k, Anton{\\'\\i}n and Stra{\\ss}e, Ren\\'{e} and",
        '            Ga{\\l}{\\k a}zka, {\\L}ukasz and van der Berg, Pieter and {\\relax Ch}ristensen, S{\\o}ren and',
        '            Ford, Jr., Henry and {Deutsche Forschungsgemeinschaft}},',
        '  journaltitle = {Zeitschrift f{\\"u}r Soziologie},',
        '  date = {2019-03},',
        '  volume = {48},',
        '  number = {2},',
        '  pages = {101--125},',
        '  langid = {ngerman},',
        '}',
      ].join('\n'),
    );
    expect(lib.get('muller2019')).toEqual({
      id: 'muller2019',
      'citation-key': 'muller2019',
      type: 'article-journal',
      title: 'Über die Ökonomie der Plattformen — eine Kritik in “Zahlen”',
      'container-title': 'Zeitschrift für Soziologie',
      author: [
        { family: 'Müller', given: 'Jörg' },
        { family: 'Dvořák', given: 'Antonín' },
        { family: 'Straße', given: 'René' },
        { family: 'Gałązka', given: 'Łukasz' },
        { family: 'Berg', given: 'Pieter', 'non-dropping-particle': 'van der' },
        { family: 'Christensen', given: 'Søren' },
        { family: 'Ford', given: 'Henry', suffix: 'Jr.' },
        { literal: 'Deutsche Forschungsgemeinschaft' },
      ],
      issued: { 'date-parts': [[2019, 3]] },
      volume: '48',
      issue: '2',
      page: '101-125',
      language: 'de-DE',
    });
  });
});

describe('.bib name lists', () => {
  it('`and others` ends a list cut short: no person named "others", the cut kept by role', async () => {
    const lib = await library(
      'others.bib',
      [
        '@article{zhangkun1994,',
        '  author     = {张昆 and 冯立群 and 余昌钰 and others},',
        '  title      = {机器人柔性手腕的球面齿轮设计研究},',
        '  journal    = {清华大学学报: 自然科学版},',
        '  volume     = {34},',
        '  number     = {2},',
        '  pages      = {1--7},',
        '  year       = {1994},',
        '}',
        '',
        '@inproceedings{dupont1974bone,',
        '  author     = {Dupont, B},',
        '  title      = {Bone marrow transplantation in severe combined immunodeficiency},',
        '  editor     = {White, H J and Smith, R and others},',
        '  booktitle  = {Proceedings of the third annual meeting of the International Society for Experimental Hematology},',
        '  address    = {Houston},',
        '  year       = {1974},',
        '  pages      = {44--46},',
        '}',
      ].join('\n'),
    );
    expect(lib.get('zhangkun1994')).toMatchObject({
      author: [{ literal: '张昆' }, { literal: '冯立群' }, { literal: '余昌钰' }],
      'x-et-al': 'author',
      language: 'zh-CN',
    });
    const paper = lib.get('dupont1974bone')!;
    expect(paper.author).toEqual([{ family: 'Dupont', given: 'B' }]);
    expect(paper.editor).toEqual([
      { family: 'White', given: 'H J' },
      { family: 'Smith', given: 'R' },
    ]);
    expect(paper['x-et-al']).toBe('editor');
  });
});

describe('.bib inheritance', () => {
  it('crossref and xdata inherit as biber does: a parent title becomes the booktitle, a chain is followed', async () => {
    const lib = await library(
      'crossref.bib',
      [
        '@xdata{chicago, publisher = {University of Chicago Press}, location = {Chicago}}',
        '',
        '@incollection{acemoglu2019,',
        '  author = {Acemoglu, Daron and Restrepo, Pascual},',
        '  title = {Artificial Intelligence, Automation, and Work},',
        '  pages = {197--236},',
        '  crossref = {agrawal2019},',
        '}',
        '@collection{agrawal2019,',
        '  editor = {Agrawal, Ajay and Gans, Joshua and Goldfarb, Avi},',
        '  title = {The Economics of Artificial Intelligence},',
        '  subtitle = {An Agenda},',
        '  ids = {agrawal-ai},',
        '  xdata = {chicago},',
        '  date = {2019},',
        '}',
        '',
        '@inbook{marx-ch1, title = {商品和货币}, pages = {47--101}, crossref = {mec5}}',
        '@book{mec5, title = {资本论（第一卷）}, volume = {5}, crossref = {mec}}',
        '@mvbook{mec, author = {马克思 and 恩格斯}, title = {马克思恩格斯文集}, publisher = {人民出版社},',
        '  location = {北京}, volumes = {10}, date = {2009}}',
      ].join('\n'),
    );
    expect([...lib.keys()]).toEqual(['acemoglu2019', 'agrawal2019', 'marx-ch1', 'mec5', 'mec']);
    expect(lib.get('acemoglu2019')).toMatchObject({
      type: 'chapter',
      title: 'Artificial Intelligence, Automation, and Work',
      'container-title': 'The Economics of Artificial Intelligence: An Agenda',
      editor: [
        { family: 'Agrawal', given: 'Ajay' },
        { family: 'Gans', given: 'Joshua' },
        { family: 'Goldfarb', given: 'Avi' },
      ],
      publisher: 'University of Chicago Press',
      'publisher-place': 'Chicago',
      issued: { 'date-parts': [[2019]] },
      page: '197-236',
    });
    expect(lib.get('marx-ch1')).toMatchObject({
      type: 'chapter',
      title: '商品和货币',
      'container-title': '资本论（第一卷）',
      author: [{ literal: '马克思' }, { literal: '恩格斯' }],
      'container-author': [{ literal: '马克思' }, { literal: '恩格斯' }],
      volume: '5',
      publisher: '人民出版社',
      'publisher-place': '北京',
      issued: { 'date-parts': [[2009]] },
    });
    // The multi-volume work's title is the volume's main title, not the volume's own title.
    expect(lib.get('mec5')).toMatchObject({ title: '资本论（第一卷）', 'container-title': '马克思恩格斯文集' });
  });
});

describe('.bib syntax errors', () => {
  it('a syntax error names the line and column of the problem', async () => {
    await expect(
      library(
        'unclosed.bib',
        '@book{ok, title = {Fine}, year = 2000}\n\n@book{bad,\n  title = {Fine},\n  year = 2001\n@book{next, title = {X}}\n',
      ),
    ).rejects.toThrow(
      "cannot read the bibliography: entry 'bad' is not closed before the next one at line 6, column 1",
    );
  });
});

describe('.bib files no parser stack can hold', () => {
  it('a run of 100,000 accents and a chain of 5,000 crossrefs are read, not a stack overflow', async () => {
    const accents = await library('accents-run.bib', `@misc{run, title = {${"\\'".repeat(100_000)}e}}\n`);
    // The innermost accent composes with the e; the other 99,999 stay combining marks.
    const title = accents.get('run')?.title ?? '';
    expect([title.length, title === `é${'\u0301'.repeat(99_999)}`]).toEqual([100_000, true]);
    const chain = Array.from({ length: 5000 }, (_, k) => `@book{b${k}, crossref = {b${k + 1}}, note = {${k}}}`);
    const lib = await library('chain.bib', `${chain.join('\n')}\n@book{b5000, title = {The End}, year = {1999}}\n`);
    expect(lib.size).toBe(5001);
    expect(lib.get('b0')).toMatchObject({ title: 'The End', note: '0', issued: { 'date-parts': [[1999]] } });
  });
});
