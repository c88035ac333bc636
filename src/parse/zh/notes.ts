import type { CslItem, CslName } from '../../model/csl.js';
import type { FieldConfidence } from '../../model/citation.js';
import { findZhPages } from '../locators.js';
import { parseZhNames } from '../names.js';
import { closeOf, indexTop, isTopLevel, splitTop } from '../scan.js';

export interface Partial {
  item: CslItem;
  confidence: Record<string, FieldConfidence>;
  spans: Record<string, { start: number; end: number }>;
  locator: string | null;
  locatorRaw: string | null;
  failure?: string;
}

const PUBLISHER = /(?:出版社|出版公司|出版集团|书局|书店|印书馆|书社|出版中心|文献出版社|三联书店|Press)$/u;
const JOURNAL_ISSUE = /^(?:[（(][^）)]{1,12}[）)])?\s*[，,]?\s*(?:(\d{4})\s*年\s*)?(?:第\s*(\d+)\s*卷\s*)?(?:第\s*([0-9]+(?:\s*[-/、]\s*[0-9]+)?)\s*期|(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?|(增刊\s*\d*)|(?<=年\s*)$)/u;
const ROLE_EDITOR = /(?:主编|编著|编选|编)$/u;
const ROLE_TRANSLATOR = /(?:译|编译|译注|译校|校译)$/u;

function year(n: string | undefined): CslItem['issued'] | undefined {
  return n ? { 'date-parts': [[Number(n)]] } : undefined;
}

/** The responsibility statement before `：` and its role (`主编` makes editors, `译` translators). */
function responsibility(s: string, into: Partial, base: number): void {
  const role = ROLE_EDITOR.test(s) ? 'editor' : ROLE_TRANSLATOR.test(s) && !/著$/u.test(s) ? 'translator' : 'author';
  const { names } = parseZhNames(s);
  if (names.length === 0) return;
  into.item[role] = names;
  into.confidence[role] = role === 'author' ? 'guessed' : 'parsed';
  into.spans[role] = { start: base, end: base + s.length };
}

/**
 * Chinese footnote and reference forms of the 《中国社会科学》 and 人民出版社 families:
 * `作者：《书名》第8卷，译者译，出版地：出版者，2009年，第X页`, `作者：《篇名》，《刊名》2021年第8期`,
 * `作者：《篇名》，载编者主编：《书名》，…`, `《人民日报》2022年8月16日，第17版`, `人民出版社2009年版`.
 */
export function parseZh(s: string, base: number): Partial {
  const out: Partial = { item: { id: '', type: 'book', language: 'zh-CN' }, confidence: {}, spans: {}, locator: null, locatorRaw: null };
  const it = out.item;

  // A link and the date it was read (`http://…，2007年9月13日`) come out before anything else is split.
  const url = /(?:https?|ftp):\/\/[^\s，。；、）)》]+/iu.exec(s);
  if (url) {
    it.URL = url[0].replace(/[.,]$/, '');
    const doi = /doi\.org\/(10\.\d{4,9}\/\S+)/i.exec(it.URL);
    if (doi) it.DOI = doi[1];
    const seen = /^[，,]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(s.slice(url.index + url[0].length));
    if (seen) it.accessed = { 'date-parts': [[Number(seen[1]), Number(seen[2]), Number(seen[3])]] };
    s = (s.slice(0, url.index) + s.slice(url.index + url[0].length + (seen ? seen[0].length : 0))).replace(/[，,]\s*$/u, '');
  }
  // Cited pages first: they are never part of the item.
  const pages = findZhPagesTop(s);
  let body = s;
  if (pages) {
    out.locator = pages.value;
    out.locatorRaw = pages.raw;
    out.spans.locator = { start: base + pages.start, end: base + pages.end };
    body = (s.slice(0, pages.start) + s.slice(pages.end)).replace(/[，,]\s*$/u, '');
  }

  const t0 = indexTop(body, '《“');
  if (t0 === -1) {
    out.failure = 'no title in 《》 or “” found';
    return out;
  }
  const head = body.slice(0, t0).trim();
  // Only a statement closed by `：` names people; `乾隆《嘉定县志》` prints the edition's era before the title.
  if (head && /[：:]$/u.test(head)) {
    const who = head.replace(/[：:，,]\s*$/u, '');
    responsibility(who, out, base);
  } else if (head) it['x-era'] = head.replace(/[，,]$/u, '');
  const t1 = closeOf(body, t0);
  if (t1 === -1) {
    out.failure = 'unbalanced title marks';
    return out;
  }
  it.title = body.slice(t0 + 1, t1).trim();
  out.spans.title = { start: base + t0 + 1, end: base + t1 };
  out.confidence.title = 'parsed';
  let rest = body.slice(t1 + 1);
  let restBase = t1 + 1;

  // 《人民日报》2022年8月16日 / 《求是》2020年第1期 with nothing before: the marks name the periodical itself.
  const direct = !head && !/^\s*[，,]/u.test(rest) ? JOURNAL_ISSUE.exec(rest) : null;
  if (direct && !head && (direct[3] || direct[4])) {
    it['container-title'] = it.title;
    out.spans['container-title'] = out.spans.title!;
    delete it.title;
    delete out.spans.title;
    delete out.confidence.title;
    periodical(it, direct, rest);
    qualify(it, rest);
    return out;
  }

  // Volume and edition printed right after the title: 《马克思恩格斯全集》（第2版）第35卷.
  const ve = /^\s*(?:[（(]\s*第\s*(\d+)\s*版\s*[）)])?\s*(?:第\s*(\d+)\s*(?:卷|册|辑)|卷\s*(\d+|[一二三四五六七八九十百]+)|([上中下])\s*(?:册|卷))?(?:\s*[（(]\s*([上中下])\s*[）)])?/u.exec(rest)!;
  if (ve[1]) it.edition = ve[1];
  // 卷 is numbered, 册 is a physical part and kept as printed (`第9册`, `上册`).
  const vol = ve[2] ? (/册/u.test(ve[0]) ? `第${ve[2]}册` : ve[2]) : ve[3] ?? (ve[4] ? `${ve[4]}册` : undefined);
  if (vol) {
    it.volume = vol;
    out.confidence.volume = 'parsed';
  }
  rest = rest.slice(ve[0].length);
  restBase += ve[0].length;

  // 《篇名》，《刊名》2021年第8期 — or a chapter 载/见 …《书名》.
  const pieces = splitTop(rest, '，,', base + restBase);
  // A section title right after a volume (`《旧唐书》卷9《玄宗纪下》`) belongs to the book, it is no container.
  if (vol && pieces[0]?.text.startsWith('《') && !/^\s*[，,]/u.test(rest)) {
    const sec = pieces.shift()!;
    const c = closeOf(sec.text, 0);
    it.section = sec.text.slice(1, c === -1 ? undefined : c);
  }
  // Translators may stand between an article's title and its journal: `，顾幼静译，《东方博物》2009年第1期`.
  while (pieces.length > 1 && /^[^《：:]{1,30}译$/u.test(pieces[0]!.text)) {
    it.translator = parseZhNames(pieces.shift()!.text.replace(/译$/u, '')).names;
    out.confidence.translator = 'parsed';
  }
  const first = pieces[0]?.text ?? '';
  if (first.startsWith('《')) {
    const c1 = closeOf(first, 0);
    const container = first.slice(1, c1);
    const after = first.slice(c1 + 1).trim();
    const m = c1 > 0 ? JOURNAL_ISSUE.exec(after) ?? (after === '' ? JOURNAL_ISSUE.exec(pieces[1]?.text ?? '') : null) : null;
    if (m && (m[3] || m[4] || m[6] || (m[1] && pieces.length === 1))) {
      it['container-title'] = container;
      out.spans['container-title'] = { start: pieces[0]!.start + 1, end: pieces[0]!.start + c1 };
      out.confidence['container-title'] = 'parsed';
      periodical(it, m, rest);
      qualify(it, after);
      out.confidence.issued = 'parsed';
      out.confidence.issue = 'parsed';
      return out;
    }
  }

  let chapter = false;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    let text = p.text;
    const chap = /^(?:载|见|收入|收录于)\s*(.*)$/u.exec(text);
    if (chap && /《/u.test(text)) {
      chapter = true;
      const inner = chap[1]!;
      const o = inner.indexOf('《');
      const who = inner.slice(0, o).replace(/[：:，,]\s*$/u, '').trim();
      if (who) {
        const { names } = parseZhNames(who);
        if (names.length) it.editor = names;
      }
      const c = closeOf(inner, o);
      it['container-title'] = inner.slice(o + 1, c === -1 ? undefined : c);
      out.confidence['container-title'] = 'parsed';
      const volm = /第\s*(\d+)\s*[卷册]/u.exec(inner.slice(c + 1));
      if (volm) it.volume = volm[1];
      continue;
    }
    text = text.replace(/[。.]$/u, '');
    let m: RegExpExecArray | null;
    // `编者主编：《书》` or a bare `《书》第9册` after the title: the work is a part of that book.
    if ((m = /^(?:(.+?)(?:主编|编著|编选|编)\s*[：:]\s*)?《/u.exec(text)) && it.title) {
      const o = text.indexOf('《');
      const c = closeOf(text, o);
      if (c !== -1) {
        const inner = text.slice(o + 1, c);
        if (!it['container-title']) {
          chapter = true;
          it['container-title'] = inner;
          out.confidence['container-title'] = 'parsed';
          if (m[1]) it.editor = parseZhNames(m[1]).names;
          const v = /^\s*(?:[（(][^）)]*[）)])?\s*(?:第\s*(\d+)\s*([卷册辑])|卷\s*(\d+))/u.exec(text.slice(c + 1));
          if (v) it.volume = v[2] === '册' ? `第${v[1]}册` : v[1] ?? v[3];
        } else if (!it['collection-title']) it['collection-title'] = inner;
        continue;
      }
    }
    if ((m = /^(ISBN|ISSN|DOI)[:：]?\s*(\S.*)$/iu.exec(text))) {
      it[m[1]!.toUpperCase()] = m[2]!.trim();
      continue;
    }
    if ((m = /^(.+?)\s*(?:译|译注|编译|译校)$/u.exec(text)) && !/[：:]/u.test(text)) {
      const { names } = parseZhNames(m[1]!);
      it.translator = names;
      out.confidence.translator = 'parsed';
      continue;
    }
    if ((m = /^(.+?)\s*(?:主编|编)$/u.exec(text)) && !/[：:]/u.test(text)) {
      it.editor = parseZhNames(m[1]!).names;
      out.confidence.editor = 'parsed';
      continue;
    }
    if ((m = /^([^：:]{1,20})[：:]\s*(.+)$/u.exec(text))) {
      it['publisher-place'] = m[1]!.trim();
      text = m[2]!.trim();
      out.confidence['publisher-place'] = 'parsed';
    }
    // 人民出版社2009年版
    if ((m = /^(\d{4})\s*年\s*((?:影|石|铅|排|刻|标点|点校|校注|修订|增订|重|再)?印?本|新?[1-9一二三四五六七八九十]?版)$/u.exec(text))) {
      it.issued = year(m[1]);
      it.edition = m[2];
      out.confidence.issued = 'parsed';
      continue;
    }
    if (/^(?:出版(?:时间|年份|地|者)|出版社)不详$/u.test(text)) continue;
    if ((m = /^(.*?)\s*(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?\s*(版|印本|印)?$/u.exec(text)) && m[1]) {
      it.publisher = m[1].trim();
      it.issued = year(m[2]);
      out.confidence.publisher = 'parsed';
      out.confidence.issued = 'parsed';
      continue;
    }
    if ((m = /^(\d{4})(?:\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?)?\s*(?:版)?$/u.exec(text))) {
      it.issued = { 'date-parts': [[Number(m[1]), ...(m[2] ? [Number(m[2])] : []), ...(m[3] ? [Number(m[3])] : [])]] };
      out.confidence.issued = 'parsed';
      continue;
    }
    if ((m = /^(博士|硕士|学士)学位论文$/u.exec(text))) {
      it.type = 'thesis';
      it.genre = text;
      const inst = pieces[k + 1]?.text;
      if (inst && !/^\d/.test(inst)) {
        it.publisher = inst;
        k++;
      }
      continue;
    }
    // Front matter cited instead of a page: `序2-3`, `扉页`, `第1版自序`.
    if (!out.locator && /^(?:序言?|前言|扉页|自序|跋|导言|导论|后记|附录|第\d+版自?序)\s*[\dⅰ-ⅹivx\-—–]*$/u.test(text)) {
      out.locator = text;
      out.locatorRaw = text;
      continue;
    }
    if (PUBLISHER.test(text) || (it['publisher-place'] && !it.publisher)) {
      it.publisher = text;
      out.confidence.publisher = PUBLISHER.test(text) ? 'parsed' : 'guessed';
      continue;
    }
    if (/^(?:https?:\/\/|doi)/iu.test(text)) continue;
    if (/^(?:第\s*\d+\s*[卷册辑])$/u.test(text)) {
      it.volume = /\d+/.exec(text)![0];
      continue;
    }
    if (/^（?第\s*\d+\s*版）?$/u.test(text)) {
      it.edition = /\d+/.exec(text)![0];
      continue;
    }
    if (/(?:会议|论坛|研讨会|年会)/u.test(text)) {
      it.type = 'paper-conference';
      it['event-title'] = text;
      // `…研讨会论文，天津，2000年6月`: the city after the meeting is where it met.
      const city = pieces[k + 1]?.text;
      if (city && /^[\u3400-\u9fff]{2,4}$/u.test(city)) {
        it['publisher-place'] = city;
        k++;
      }
      continue;
    }
    if (/档案|藏$|馆藏/u.test(text)) {
      it.type = 'manuscript';
      it.archive = text;
      continue;
    }
    if (/访问日期|引用日期|查询日期|浏览日期/u.test(text)) continue;
    // Unrecognised piece: kept as a note rather than guessed into a field.
    it.note = it.note ? `${it.note}，${text}` : text;
  }
  if (chapter) it.type = /论文集|会议录|研讨会|年会/u.test(String(it['container-title'] ?? '')) ? 'paper-conference' : 'chapter';
  // One unrecognised piece before the year with no imprint: the body that issued it (a data centre, a
  // preprint server). Guessed, so rules do not lean on it.
  if (!it.publisher && typeof it.note === 'string' && !it.note.includes('，') && it.issued && !it['container-title'] && it.type === 'book') {
    it.publisher = it.note;
    delete it.note;
    out.confidence.publisher = 'guessed';
  }
  const title = it.title ?? '';
  if (it.type === 'book' && it.URL && !it.publisher) it.type = 'webpage';
  if (it.type === 'book' && (/数据集|数据库$|数据(?:[:：].*)?$/u.test(title) || /数据中心|数据平台|Data Bank|数据仓储/u.test(String(it.publisher ?? '')))) it.type = 'dataset';
  // Maps name themselves: 《沈阳市政区图》, 《中国历史地图集》.
  else if (it.type === 'book' && /(?:地图|图集|图册|(?:地形|地势|地质|政区|区划|地名|交通|行政)图|[省市县区国]图)$/u.test(title)) it.type = 'map';
  // Archival papers: official documents and letters cited with a year (and a holding archive) only.
  else if ((it.type === 'book' || it.type === 'manuscript') && !it.publisher) {
    if (/致.{1,20}(?:电|函|书|信)$|^奏.*事$|给.{1,20}的信$/u.test(title) && (it.type === 'manuscript' || it.archive)) it.type = 'personal_communication';
    else if (/(?:布告|训令|文告|通令|呈文|公函|批复|指令|咨文)$|训令$/u.test(title)) it.type = 'manuscript';
  }
  else if (it.type === 'book' && /^(?:SSRN|预印本)|Xiv$/iu.test(String(it.publisher ?? ''))) it.type = 'article';
  // A page on the web: a link and no imprint.
  if (it.type === 'book' && it.URL && !it.publisher) it.type = 'webpage';
  // Only a title and a year: a report, a standard or a patent says so in its title or its issuing body.
  if (it.type === 'book' && !it.publisher && it.issued) {
    if (/^一种|(?:装置|方法|设备|系统及方法|节电器|控制器)$/u.test(it.title ?? '')) it.type = 'patent';
    else if (/报告|白皮书|蓝皮书/u.test(it.title ?? '')) it.type = 'report';
    else if (/(?:规范|标准|编码字符集)$|^信息(?:技术|与文献)\s/u.test(it.title ?? '') && /(?:委员会|局|部|院)$/u.test(names(it.author))) it.type = 'standard';
  }
  return out;
}

/**
 * `《社会科学》（兰州）`, `《武汉大学学报》（社会科学版）`, `《民国日报》（上海）`: the bracket tells two periodicals
 * apart and is not part of the name. A newspaper's is its city; a journal's is kept as a qualifier.
 */
function qualify(it: CslItem, after: string): void {
  const q = /^\s*[（(]([^）)]{1,12})[）)]/u.exec(after);
  if (!q || /^\d/.test(q[1]!)) return;
  if (it.type === 'article-newspaper' && /^[\u3400-\u9fff]{2,4}$/u.test(q[1]!) && !/版$/u.test(q[1]!)) it['publisher-place'] = q[1];
  else it['x-container-qualifier'] = q[1];
}

/** Type, date, volume and issue of a journal or newspaper from `2021年第8期` / `2022年8月16日，第17版`. */
function periodical(it: CslItem, m: RegExpExecArray, rest: string): void {
  if (m[4]) {
    it.type = 'article-newspaper';
    const y = m[1] ?? /(\d{4})\s*年/u.exec(rest)?.[1];
    const parts = [Number(y), Number(m[4]), ...(m[5] ? [Number(m[5])] : [])].filter((x) => !Number.isNaN(x));
    it.issued = { 'date-parts': [parts] };
    const edition = /第\s*(\d+)\s*版/u.exec(rest);
    if (edition) it.page = edition[1];
    return;
  }
  it.type = 'article-journal';
  if (m[1]) it.issued = year(m[1]);
  if (m[2]) it.volume = m[2];
  const issue = m[3] ?? m[6];
  if (issue) it.issue = issue.replace(/\s+/g, '');
  if (!it.issued) {
    const y = /(\d{4})\s*年/u.exec(rest)?.[1];
    if (y) it.issued = year(y);
  }
}

function names(list: CslName[] | undefined): string {
  return (list ?? []).map((n) => n.literal ?? n.family ?? '').join('、');
}

/** The cited-pages phrase, but not one inside a title. */
function findZhPagesTop(s: string): ReturnType<typeof findZhPages> {
  let from = 0;
  for (;;) {
    const sub = s.slice(from);
    const m = findZhPages(sub);
    if (!m) return null;
    const start = from + m.start;
    if (isTopLevel(s, start)) return { ...m, start, end: from + m.end };
    from = start + 1;
  }
}


export type { CslName };
