import { describe, it } from 'vitest';
import { expectRow, year, type ParseRow } from '../helpers/parse-table.js';

/**
 * References whose script and form disagree: Chinese and Japanese works written in the English note form
 * (no 《》 for the Chinese parser to hang on), and a Chinese note naming a serial by its run of issues.
 * A scored field not listed must stay empty; the third element is the cited page.
 */
type Row = ParseRow;

const ROWS: Row[] = [
  [
    '図書館用語辞典編集委員会, ed., 最新図書館用語大辞典, 東京: 柏書房株式会社, 2004, p. 154.',
    {
      type: 'book',
      editor: [{ literal: '図書館用語辞典編集委員会' }],
      title: '最新図書館用語大辞典',
      'publisher-place': '東京',
      publisher: '柏書房株式会社',
      issued: year(2004),
    },
    '154',
  ],
  [
    '史国华, 樊金宇, 何益, 邢利娜, and 高峰, 光コヒーレンス断層拡張現実に基づく手術顕微鏡撮像システム及び方法, 2022.',
    {
      type: 'book',
      author: [
        { literal: '史国华' },
        { literal: '樊金宇' },
        { literal: '何益' },
        { literal: '邢利娜' },
        { literal: '高峰' },
      ],
      title: '光コヒーレンス断層拡張現実に基づく手術顕微鏡撮像システム及び方法',
      issued: year(2022),
    },
    null,
  ],
  [
    '中国图书馆学会编：《图书馆学通讯》1957（1）—1990（4），北京：北京图书馆，1957—1990年。',
    {
      type: 'book',
      editor: [{ literal: '中国图书馆学会' }],
      title: '图书馆学通讯',
      'publisher-place': '北京',
      publisher: '北京图书馆',
      issued: year(1957),
    },
    null,
  ],
  [
    '[94] 邓一刚. 全智能节电器：CN200610171314.3[P]. 2008-01-16：8-9.',
    {
      type: 'patent',
      author: [{ literal: '邓一刚' }],
      title: '全智能节电器',
      number: 'CN200610171314.3',
      issued: year(2008, 1, 16),
      page: '8-9',
    },
    null,
  ],
  [
    '[36] 中华医学会湖北分会. 临床内科杂志[J]. 1984，1（1）—. 武汉：中华医学会湖北分会，1984.',
    {
      type: 'book',
      author: [{ literal: '中华医学会湖北分会' }],
      title: '临床内科杂志',
      'publisher-place': '武汉',
      publisher: '中华医学会湖北分会',
      issued: year(1984),
    },
    null,
  ],
  [
    'Public Library Quarterly, 1979，1（1）—, Philadelphia: Taylor & Francis, 1979.',
    {
      type: 'book',
      title: 'Public Library Quarterly',
      'publisher-place': 'Philadelphia',
      publisher: 'Taylor & Francis',
      issued: year(1979),
    },
    null,
  ],
  // Japanese notes (as 法学引注手册 prints them): 『』 books, 「」 articles and chapters, names joined by =, judgments
  [
    '我妻栄=有泉亨『民法総則物権法（法律学体系·コンメンタール篇）』（日本評論社，1950年）。',
    {
      type: 'book',
      author: [{ literal: '我妻栄' }, { literal: '有泉亨' }],
      title: '民法総則物権法（法律学体系·コンメンタール篇）',
      publisher: '日本評論社',
      issued: year(1950),
    },
    null,
  ],
  [
    '於保不二雄「付加物及び従物と抵当権」民商法雑誌29巻5号（1954年）1頁。',
    {
      type: 'article-journal',
      author: [{ literal: '於保不二雄' }],
      title: '付加物及び従物と抵当権',
      'container-title': '民商法雑誌',
      volume: '29',
      issue: '5',
      issued: year(1954),
      page: '1',
    },
    null,
  ],
  [
    '佐藤英明「一時所得の要件に関する覚書」金子宏ほか編『租税法と市場』（有斐閣，2014年）220頁。',
    {
      type: 'chapter',
      author: [{ literal: '佐藤英明' }],
      title: '一時所得の要件に関する覚書',
      editor: [{ literal: '金子宏' }],
      'container-title': '租税法と市場',
      publisher: '有斐閣',
      issued: year(2014),
      page: '220',
    },
    null,
  ],
  [
    '我妻栄『新訂担保物権法（民法講義III）』（有斐閣，1971年）200頁。',
    {
      type: 'book',
      author: [{ literal: '我妻栄' }],
      title: '新訂担保物権法（民法講義III）',
      publisher: '有斐閣',
      issued: year(1971),
    },
    '200',
  ],
  [
    '大審院1919年3月3日判決，大審院民事判決録25輯356頁。',
    { type: 'legal_case', 'container-title': '大審院民事判決録', volume: '25', page: '356', issued: year(1919, 3, 3) },
    null,
  ],
];

describe('parse table: scripts and forms that disagree', () => {
  for (const row of ROWS)
    it(row[0].slice(0, 50), () => {
      expectRow(row);
    });
});
