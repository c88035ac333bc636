import { describe, expect, it } from 'vitest';
import { loadChineseConverter } from '../../src/util/normalize.js';
import type { ClassicCollection } from '../../src/model/tables.js';
import { checkClassic, classicCollection, volumeNumber } from '../../src/resolve/classics.js';
import { journalKey, sameJournal } from '../../src/resolve/journals.js';
import { publisherRow, samePublisher, wrongPlace } from '../../src/resolve/publishers.js';
import { table } from '../../src/resolve/tables.js';

describe('bundled tables', () => {
  it('every table records its source, licence and version', () => {
    for (const name of ['classics', 'publishers', 'journals', 'western-names'] as const) {
      const { meta } = table(name);
      expect(meta.name).toBe(name);
      expect(meta.version).toBeGreaterThanOrEqual(1);
      expect(meta.source.length).toBeGreaterThan(40);
      expect(meta.licence).toMatch(/MIT/);
    }
  });

  it('no printed name belongs to two publishers, journals or Western names', () => {
    const names = (rows: Array<{ name: string; variants?: string[] }>) =>
      rows.flatMap((r) => [r.name, ...(r.variants ?? [])]);
    for (const list of [names(table('publishers').publishers), names(table('journals').journals)])
      expect(new Set(list).size).toBe(list.length);
    const zh = table('western-names').people.flatMap((p) => p.zh);
    expect(new Set(zh).size).toBe(zh.length);
  });

  it('collections: editions are consistent', () => {
    for (const c of table('classics').collections) {
      expect(c.editions.length).toBeGreaterThan(0);
      for (const e of c.editions) {
        expect(e.volumes).toBeGreaterThan(0);
        for (const v of Object.keys(e.volumeYears ?? {})) expect(Number(v)).toBeLessThanOrEqual(e.volumes);
        for (const y of [...(e.years ?? []), ...Object.values(e.volumeYears ?? {}).flat()])
          expect(y).toBeGreaterThanOrEqual(c.since);
      }
    }
  });
});

describe('collected works', () => {
  it('reads volume numbers in Arabic and Chinese numerals', () => {
    expect(['8', '第8卷', '八', '十', '十一', '二十三', '七十', '上', '8a', ''].map(volumeNumber)).toEqual([
      8,
      8,
      8,
      10,
      11,
      23,
      70,
      null,
      null,
      null,
    ]);
  });

  it('finds a collection under its traditional-character title', async () => {
    await loadChineseConverter();
    expect(classicCollection('馬克思恩格斯文集')?.id).toBe('mew-wenji');
    expect(classicCollection('马克思恩格斯文集补编')).toBeNull();
  });

  it('reports a page beyond the last page only where the table records it', () => {
    // The bundled table records no last page yet (data/README.md); the check is shown on a collection given here.
    const collection: ClassicCollection = {
      id: 't',
      title: '测试文集',
      publisher: '人民出版社',
      place: '北京',
      since: 2000,
      editions: [{ label: '2009', volumes: 2, years: [2009], yearsComplete: true, lastPage: { 1: 600 } }],
    };
    const item = { id: 'x', type: 'book' as const, title: '测试文集', volume: '1', issued: { 'date-parts': [[2009]] } };
    expect(checkClassic(item, '598-602', { collection }).map((f) => [f.kind, f.cited, f.record])).toEqual([
      ['pageBeyond', '602', '600'],
    ]);
    expect(checkClassic(item, '185, 600', { collection })).toEqual([]);
    expect(checkClassic({ ...item, volume: '2' }, '900', { collection })).toEqual([]);
  });
});

describe('publishers and journals', () => {
  it('tells a variant from a different publisher', () => {
    expect(samePublisher('中信出版集团', '中信出版社')).toBe(true);
    expect(samePublisher('中信出版集团股份有限公司', '中信出版社')).toBe(true);
    expect(samePublisher('三联书店', '生活·读书·新知三联书店')).toBe(true);
    expect(samePublisher('上海三联书店', '三联书店')).toBe(false);
    expect(samePublisher('上海人民出版社', '人民出版社')).toBe(false);
    expect(samePublisher('Oxford UP', 'Oxford University Press')).toBe(true);
    expect(publisherRow('某某出版社')).toBeNull();
  });

  it('knows the city of a publisher, and when it cannot judge', () => {
    expect(wrongPlace('中信出版社', '上海', 2018)).toEqual(['北京']);
    expect(wrongPlace('中信出版社', '北京市', 2018)).toBeNull();
    expect(wrongPlace('商务印书馆', '上海', 1936)).toBeNull();
    expect(wrongPlace('人民出版社', '延安', 1938)).toBeNull();
    expect(wrongPlace('Harvard University Press', 'London', 2014)).toBeNull();
    expect(wrongPlace('人民出版社', 'Beijing', 2009)).toBeNull();
    expect(wrongPlace('上海人民出版社', '北京、上海', 2009)).toBeNull();
    expect(wrongPlace('人民出版社', '臺北', 2009)).toEqual(['北京']);
  });

  it('a journal with its own city in brackets is the journal; another city is not', () => {
    expect(sameJournal('社会科学（上海）', '社会科学')).toBe(true);
    expect(sameJournal('社会科学(兰州)', '社会科学')).toBe(false);
    expect(sameJournal('Capital and Class', 'Capital & Class')).toBe(true);
    expect(journalKey('Am. J. Sociol.')).toBe(journalKey('American Journal of Sociology'));
    expect(sameJournal('武汉大学学报（哲学社会科学版）', '武汉大学学报(哲学社会科学版)')).toBe(true);
  });
});
