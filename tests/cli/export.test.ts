import { describe, expect, it } from 'vitest';
import { serialise } from '../../src/exporters/index.js';
import { makeKeys } from '../../src/exporters/keys.js';
import { cli, parseItems } from '../helpers/cli.js';

const MS = 'fixtures/llm-labor-value.md';

describe('citeaudit export', () => {
  const json = parseItems(cli(['export', MS]).stdout);

  it('exports one record per work: the 35 works of the notes and the 4 list entries', () => {
    expect(json).toHaveLength(39);
    const keys = json.map((r) => r.id);
    expect(new Set(keys).size).toBe(39);
    expect(keys).toContain('huang2020rengong');
    expect(keys).toContain('caffentzis2013letters');
    expect(keys.filter((k) => k.startsWith('make2009v'))).toEqual([
      'make2009v8',
      'make2009v5',
      'make2009v7',
      'make2009v1',
      'make2009v2',
      'make2009v9',
    ]);
  });

  it('keys are stable between runs', () => {
    expect(parseItems(cli(['export', MS]).stdout).map((r) => r.id)).toEqual(json.map((r) => r.id));
  });

  it('keeps language, translators and the nationality marker, inside the name as CSL-JSON carries it', () => {
    const harvey = json.find((r) => r.title === '马克思与〈资本论〉')!;
    expect(harvey).toMatchObject({
      language: 'zh-CN',
      translator: [{ literal: '周大昕' }],
      author: [{ literal: '[美]大卫·哈维' }],
    });
    expect(harvey.author![0]).not.toHaveProperty('x-nationality');
    expect(json.find((r) => r.id === 'hughes2019world')).toMatchObject({
      language: 'en-US',
      'container-title': 'Journal of Classical Sociology',
    });
  });

  it('--with-locators keeps where each work was cited', () => {
    const rec = parseItems(cli(['export', MS, '--with-locators']).stdout).find((r) => r.id === 'make2009v8')!;
    expect(rec.note).toMatch(/^cited: 185-186, 186 \(①@p2\); 185 \(⑥@p2\)/);
  });

  for (const to of ['bibtex', 'biblatex', 'ris', 'csl-json'] as const) {
    it(`${to}: export → import with citation-js → export again is identical`, async () => {
      const first = cli(['export', MS, '--to', to]).stdout;
      const { Cite } = await import('@citation-js/core');
      await import('@citation-js/plugin-bibtex');
      await import('@citation-js/plugin-ris');
      const back = new Cite(first).data.map(({ _graph, ...d }) => ({
        ...d,
        id: d['citation-key'] ?? d.id,
      }));
      expect(await serialise(back as never, to)).toBe(first);
      if (to !== 'csl-json') expect(first).toContain('智能系统的劳动及其社会后果');
    });
  }
});

describe('citation keys', () => {
  const pinyin = (s: string) =>
    (({ 曾: ['zeng'], 单: ['shan'], 解: ['xie'], 人工: ['ren', 'gong'] }) as Record<string, string[]>)[s] ??
    Array.from(s, () => 'x');
  it('romanise Chinese surnames and the first title words, and break ties in order', () => {
    const keys = makeKeys(
      [
        { id: '', type: 'book', author: [{ literal: '曾某' }], title: '人工智能', issued: { 'date-parts': [[2020]] } },
        {
          id: '',
          type: 'book',
          author: [{ family: 'Harvey', given: 'David' }],
          title: 'Marx, Capital and the Madness of Economic Reason',
          issued: { 'date-parts': [[2018]] },
        },
        {
          id: '',
          type: 'book',
          author: [{ family: 'Harvey', given: 'David' }],
          title: 'Marx and Capital',
          issued: { 'date-parts': [[2018]] },
        },
      ],
      pinyin,
    );
    expect(keys).toEqual(['zeng2020rengong', 'harvey2018marxa', 'harvey2018marxb']);
  });
});
