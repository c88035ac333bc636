import { ruleTester } from '../helpers/rule-tester.js';
import { circled } from '../helpers/manuscripts.js';

// The bundled tables (data/classics.json, data/publishers.json) apply without any --bib library.
const one = (...notes: string[]) => circled([notes]);

ruleTester('metadata-mismatch', {
  valid: [
    {
      name: 'the 文集 as the reference manuscript cites it',
      code: one(
        '《马克思恩格斯文集》第8卷，北京：人民出版社，2009年，第185页。',
        '《马克思恩格斯文集》第10卷，北京：人民出版社，2009年，第3页。',
      ),
    },
    {
      name: '人民出版社 style, volume and year of the second-edition 选集',
      code: one(
        '《毛泽东选集》第1卷，人民出版社1991年版，第3页。',
        '《马克思恩格斯选集》第4卷，人民出版社2012年版，第3页。',
      ),
      norm: 'people',
    },
    {
      name: 'the 1977 fifth volume of the 毛泽东选集',
      code: one('《毛泽东选集》第5卷，人民出版社1977年版，第3页。'),
      norm: 'people',
    },
    {
      name: 'a wartime edition before 人民出版社 is not checked',
      code: one('《毛泽东选集》第5卷，晋察冀日报社1944年版，第3页。'),
      norm: 'people',
    },
    {
      name: '全集: a first-edition volume and a second-edition one',
      code: one(
        '《马克思恩格斯全集》第23卷，北京：人民出版社，1972年，第3页。',
        '《马克思恩格斯全集》第2版第44卷，北京：人民出版社，2001年，第3页。',
      ),
    },
    {
      name: '列宁全集 second edition and 毛泽东文集 with its volume year',
      code: one(
        '《列宁全集》第55卷，北京：人民出版社，1990年，第3页。',
        '《毛泽东文集》第6卷，北京：人民出版社，1999年，第3页。',
      ),
    },
    {
      name: 'a work inside the 文集 as the people norm prints it',
      code: one('马克思：《资本论》第1卷，《马克思恩格斯文集》第5卷，人民出版社2009年版，第5页。'),
      norm: 'people',
    },
    { name: 'a collection without year or publisher', code: one('《邓小平文选》第3卷，第3页。') },
    {
      name: 'publisher variants are one publisher in its own city',
      code: one(
        '[以]尤瓦尔·赫拉利：《今日简史：人类命运大议题》，林俊宏译，北京：中信出版集团，2018年，第27页。',
        '[英]尼克·波斯特洛姆：《超级智能》，张体伟译，北京：中信出版社，2015年，第210页。',
        '[法]皮埃尔·布迪厄：《区分》，刘晖译，北京：商务印书馆，2015年，第3页。',
        '[美]詹姆逊：《文化转向》，胡亚敏等译，北京：三联书店，2000年，第3页。',
        '[德]阿多诺：《否定的辩证法》，王凤才译，北京市：人民出版社，2020年，第3页。',
      ),
    },
    {
      name: '上海三联书店 is its own publisher, in 上海',
      code: one('[英]大卫·哈维：《希望的空间》，胡大平译，上海：上海三联书店，2006年，第3页。'),
    },
    {
      name: '商务印书馆 in 上海 before it moved',
      code: one('陈寅恪：《隋唐制度渊源略论稿》，上海：商务印书馆，1946年，第3页。'),
    },
    { name: 'a publisher the table does not know', code: one('张三：《某书》，兰州：某某出版社，2020年，第3页。') },
  ],
  invalid: [
    {
      name: '文集 第11卷 does not exist',
      code: one('《马克思恩格斯文集》第11卷，北京：人民出版社，2009年，第5页。'),
      errors: [
        {
          messageId: 'noVolume',
          places: ['①@p1'],
          data: { field: 'volume', cited: '11', record: '10', recordId: 'classics:mew-wenji' },
          message: 'has 10 volumes, there is no volume 11',
        },
      ],
    },
    {
      name: 'the 1995 选集 has four volumes',
      code: one('《马克思恩格斯选集》第5卷，北京：人民出版社，1995年，第3页。'),
      errors: [{ messageId: 'noVolume', data: { cited: '5', record: '4' }, message: '(第2版)' }],
    },
    {
      name: 'the 1991 毛泽东选集 has four volumes',
      code: one('《毛泽东选集》第5卷，人民出版社1991年版，第3页。'),
      norm: 'people',
      errors: [{ messageId: 'noVolume', data: { cited: '5', record: '4' } }],
    },
    {
      name: 'the 文集 is of 2009 only',
      code: one('《马克思恩格斯文集》第1卷，北京：人民出版社，2012年，第5页。'),
      errors: [{ messageId: 'editionYear', data: { field: 'issued', cited: '2012', record: '2009' } }],
    },
    {
      name: '毛泽东文集 第3卷 is of 1996',
      code: one('《毛泽东文集》第3卷，北京：人民出版社，1993年，第3页。'),
      errors: [{ messageId: 'editionYear', data: { cited: '1993', record: '1996' } }],
    },
    {
      name: 'the 文集 by another publisher',
      code: one('《马克思恩格斯文集》第1卷，北京：中央编译出版社，2009年，第5页。'),
      errors: [
        { messageId: 'classicPublisher', data: { field: 'publisher', cited: '中央编译出版社', record: '人民出版社' } },
      ],
    },
    {
      name: 'a 全集 volume in Chinese numerals beyond the second edition',
      code: one('《马克思恩格斯全集》第七十一卷，北京：人民出版社，2016年，第3页。'),
      errors: [{ messageId: 'noVolume', data: { cited: '71', record: '70' } }],
    },
    {
      name: 'a work inside the 文集',
      code: one('马克思：《资本论》第1卷，《马克思恩格斯文集》第11卷，北京：人民出版社，2009年，第5页。'),
      errors: [{ messageId: 'noVolume', data: { cited: '11', record: '10' } }],
    },
    {
      name: '中信出版社 is in 北京',
      code: one('[以]尤瓦尔·赫拉利：《今日简史：人类命运大议题》，林俊宏译，上海：中信出版社，2018年，第27页。'),
      errors: [
        {
          messageId: 'wrongPlace',
          data: { field: 'publisher-place', cited: '上海', record: '北京' },
          message: 'publishes in 北京',
        },
      ],
    },
    {
      name: '上海人民出版社 is in 上海',
      code: one('[德]哈贝马斯：《交往行为理论》，曹卫东译，北京：上海人民出版社，2004年，第3页。'),
      errors: [{ messageId: 'wrongPlace', data: { cited: '北京', record: '上海' } }],
    },
  ],
});
