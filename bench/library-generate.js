// A Zotero (Better BibTeX) and JabRef-like .bib export for the library-load benchmark: articles, books,
// chapters, papers, theses, reports and web pages, a quarter of them Chinese, with the TeX that such
// exports hold (accents, braces that protect case, month macros, `@string`, `@comment`, a crossref now
// and then). Deterministic: the same seed gives the same file on every machine.
import { writeFileSync } from 'node:fs';
import { rng } from './rng.js';

const FAMILIES = [
  'M{\\"u}ller',
  'Smith',
  "Garc{\\'\\i}a",
  "Dvo{\\v r}{\\'a}k",
  'Stra{\\ss}e',
  'Nguyen',
  'Brown',
  "Kov{\\'a}{\\v c}",
];
const GIVENS = ['J{\\"o}rg', 'Anna', "Jos{\\'e}", "Anton{\\'\\i}n", "Ren{\\'e}", 'Mary', 'Li', 'Petra'];
const ZH_NAMES = ['孙伟平', '黄再胜', '王水兴', '赵汀阳', '邓晓芒', '陶锋', '刘海龙', '张亮', '陆晓娇', '胡斌'];
const WORDS = 'labor value digital capital platform theory market network trust economy knowledge data'.split(' ');
const ZH_WORDS = ['人工智能', '劳动价值论', '数字资本', '平台经济', '马克思主义', '政治经济学', '算法', '生产关系'];
const JOURNALS = ['Journal of Economic Perspectives', 'Science \\& Society', 'New Left Review', 'Capital \\& Class'];
const ZH_JOURNALS = ['马克思主义研究', '中国社会科学', '哲学研究', '经济研究'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TYPES = [
  'article',
  'article',
  'article',
  'book',
  'incollection',
  'inproceedings',
  'phdthesis',
  'online',
  'techreport',
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function words(rand, list, n, sep) {
  return Array.from({ length: n }, () => pick(rand, list)).join(sep);
}

/** One entry, in the field order and quoting of a Better BibTeX (even k) or JabRef (odd k) export. */
function entry(rand, k) {
  const zh = rand() < 0.25;
  const type = TYPES[k % TYPES.length];
  const year = 1990 + Math.floor(rand() * 35);
  const authors = zh
    ? Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(rand, ZH_NAMES)).join(' and ')
    : Array.from({ length: 1 + Math.floor(rand() * 4) }, () => `${pick(rand, FAMILIES)}, ${pick(rand, GIVENS)}`).join(
        ' and ',
      ) + (rand() < 0.1 ? ' and others' : '');
  const title = zh ? words(rand, ZH_WORDS, 3, '') : `The {{${pick(rand, WORDS)}}} of ${words(rand, WORDS, 6, ' ')}`;
  const f = [
    ['title', `{${title}}`],
    ['author', `{${authors}}`],
    ['year', `{${year}}`],
  ];
  if (type === 'article') {
    f.push(
      ['month', pick(rand, MONTHS)],
      ['journal', zh ? `{${pick(rand, ZH_JOURNALS)}}` : k % 7 === 0 ? 'jep' : `{${pick(rand, JOURNALS)}}`],
    );
    f.push(['volume', `{${1 + Math.floor(rand() * 60)}}`], ['number', `{${1 + Math.floor(rand() * 12)}}`]);
    f.push(
      ['pages', `{${10 + (k % 90)}--${100 + (k % 90)}}`],
      ['issn', k % 5 === 0 ? '{0028-0836, 1476-4687}' : '{0895-3309}'],
    );
  } else if (type === 'incollection' || type === 'inproceedings') {
    f.push([
      'booktitle',
      `{${zh ? words(rand, ZH_WORDS, 2, '') : `Proceedings of the ${words(rand, WORDS, 3, ' ')}`}}`,
    ]);
    f.push(
      ['editor', `{${pick(rand, FAMILIES)}, ${pick(rand, GIVENS)}}`],
      ['pages', `{${k % 200}--${(k % 200) + 20}}`],
    );
    f.push(['publisher', '{Springer}'], ['address', '{Berlin}']);
  } else if (type === 'book' || type === 'techreport') {
    f.push([type === 'book' ? 'publisher' : 'institution', zh ? '{人民出版社}' : '{Oxford University Press}']);
    f.push(['address', zh ? '{北京}' : '{Oxford}'], ['isbn', '{978-7-01-000000-0}']);
  } else if (type === 'phdthesis') {
    f.push(['school', zh ? '{北京大学}' : '{University of Cambridge}']);
  } else {
    f.push(['url', `{https://example.org/${k}?q=a%20b#s}`], ['urldate', `{2024-0${1 + (k % 9)}-1${k % 10}}`]);
  }
  if (rand() < 0.6) f.push(['doi', `{10.${1000 + (k % 8000)}/x.${k}}`]);
  f.push(['langid', zh ? '{chinese}' : '{english}']);
  f.push(['abstract', `{${zh ? words(rand, ZH_WORDS, 48, '，') : words(rand, WORDS, 75, ' ')}}`]);
  f.push(['keywords', `{${words(rand, WORDS, 3, ',')}}`]);
  const key = `${zh ? 'zh' : 'en'}${k}_${year}`;
  if (k % 2 === 0) {
    f.push(['file', `{/home/u/Zotero/storage/K${k}/${key}.pdf}`]);
    return `@${type}{${key},\n${f.map(([n, v]) => `  ${n} = ${v}`).join(',\n')}\n}\n`;
  }
  f.push(['owner', '{user}'], ['timestamp', `{${year}.01.01}`]);
  const jabType = type[0].toUpperCase() + type.slice(1);
  return `@${jabType}{${key},\n${f.map(([n, v]) => `  ${n.padEnd(9)} = ${v}`).join(',\n')},\n}\n`;
}

/** The export of `count` entries as text (a Better BibTeX preamble comment, an `@string`, JabRef's metadata). */
export function generateLibrary(count, seed = 7) {
  const rand = rng(seed);
  const out = [
    '@comment{exported from Zotero with Better BibTeX}\n',
    '@string{jep = {Journal of Economic Perspectives}}\n',
  ];
  for (let k = 0; k < count; k++) out.push(entry(rand, k));
  out.push('@Comment{jabref-meta: databaseType:bibtex;}\n');
  return out.join('\n');
}

export function writeLibrary(path, count) {
  const text = generateLibrary(count);
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
