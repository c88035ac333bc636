import type { CslItem } from '../../model/csl.js';
import { normalizePages } from '../locators.js';
import { parseEnNames, parseZhNames } from '../names.js';
import type { Partial } from './notes.js';

const ANALYTIC = /(?<![:/])\/\/(?!\/)/;
const TYPE_CODE = /\[(M|J|C|N|D|R|S|P|G|A|Z|CM|DB|DS|CP|EB|PP|DT|CA)(?:\/(OL|DK|MT|CD))?\]/;
const TYPES: Record<string, CslItem['type']> = {
  M: 'book', G: 'book', C: 'book', J: 'article-journal', N: 'article-newspaper', D: 'thesis', R: 'report', S: 'standard',
  P: 'patent', A: 'manuscript', Z: 'document', CM: 'map', DB: 'dataset', DS: 'dataset', CP: 'software',
  EB: 'webpage', PP: 'article', DT: 'dataset', CA: 'document',
};

export function hasTypeCode(s: string): boolean {
  return TYPE_CODE.test(s);
}

function names(s: string, zh: boolean) {
  const cleaned = s.replace(/[,，]?\s*(?:等|et al\.?)\s*$/u, '').trim();
  if (zh) return parseZhNames(cleaned.replace(/,\s*/g, '，')).names;
  // GB/T writes Western names inverted with initials and no comma inside a name: `HARRISON J, WALDRON M`.
  const parts = cleaned.split(/\s*,\s*/).filter(Boolean);
  // `PEEBLES P Z, Jr` and `Online Computer Library Center, Inc.`: the part after the comma belongs to the name.
  for (let k = parts.length - 1; k > 0; k--) if (/^(?:Jr|Sr|Inc|Ltd|Co)\.?$/.test(parts[k]!)) parts.splice(k - 1, 2, /^(?:Jr|Sr)/.test(parts[k]!) ? parts[k - 1]! : `${parts[k - 1]}, ${parts[k]}`);
  return parts.map((n) => {
    const m = /^(\p{Lu}[\p{L}'’ -]*?\p{L})\s+(\p{Lu}(?:[ .-]?\p{Lu})*\.?)$/u.exec(n.trim());
    return m ? { family: m[1]!.replace(/^[A-Z]+$/, (f) => f[0] + f.slice(1).toLowerCase()), given: m[2]! } : parseEnNames(n).names[0] ?? { literal: n };
  });
}

/** GB/T 7714 entries: `主要责任者. 题名[M]. 出版地: 出版者, 出版年: 引文页码.` and the other type codes. */
/**
 * GB/T 7714 prints other title information after `: `. A volume (`第 1 卷`), a yearly part (`2011 年卷`)
 * or a number (`GB/T 25100—2010`, a patent number, `京政办发［2005］37 号`) there is not title.
 */
function splitTitleInfo(title: string, it: CslItem): string {
  // A part designation after the first `: ` (`巳集上: 水部`, `上`, `第 4 册`) names a volume, the rest with it.
  const first = title.search(/: |：/u);
  if (first > 0) {
    const rest = title.slice(first + (title[first] === '：' ? 1 : 2)).trim();
    const part = /^(?:第\s*(\d+)\s*卷(?:\s+(.+))?|(第\s*\d+\s*册|[上中下]册?|[一二三四五六七八九十百\d]+卷|[子丑寅卯辰巳午未申酉戌亥甲乙丙丁]集[上中下]?(?:\s*[:：]\s*.+)?)|(?:제)\s*(\d+)\s*권)$/u.exec(rest);
    if (part) {
      if (part[1]) {
        it.volume = part[1];
        // `中国科学技术史: 第 2 卷 科学思想史`: the volume's own title is the title cited.
        if (part[2]) return part[2].trim();
      } else if (part[3]) it.volume = part[3].replace(/\s+/g, '');
      else if (part[4]) it.volume = part[4];
      return title.slice(0, first).trim();
    }
  }
  // Other title information follows the last `: ` (`：`); an identifier may hold a colon itself (`ISO 15836:2009`).
  const at = Math.max(title.lastIndexOf(': '), title.lastIndexOf('：'));
  if (at <= 0) return title;
  const head = title.slice(0, at).trim();
  const info = title.slice(at + 1).trim();
  if (/^(?:\d{4}\s*年)?[\u3400-\u9fff]{0,4}卷$/u.test(info)) return head;
  const edition = /^第\s*(\d+)\s*版$/u.exec(info);
  if (edition) {
    it.edition = edition[1];
    return head;
  }
  // A number: a standard's, a patent's, a report's (`GB/T 25100—2010`, `US6915001`, `7178999X-2006BAK04A10/10.2013`).
  if (!/[\u3400-\u9fff]/u.test(info.replace(/号$/u, '')) && /\d/.test(info) && /^[\dA-Z][\dA-Z.\/\-—–:]*(?:\s[\dA-Z][\dA-Z.\/\-—–:]*)?$/u.test(info)) {
    it.number = info;
    return head;
  }
  if (/\d+\s*号$/u.test(info)) {
    it.number = info;
    return head;
  }
  return title;
}

export function parseGbt(s: string, base: number, zh: boolean): Partial {
  const out: Partial = { item: { id: '', type: 'book', language: zh ? 'zh-CN' : 'en-US' }, confidence: {}, spans: {}, locator: null, locatorRaw: null };
  const it = out.item;
  const code = TYPE_CODE.exec(s)!;
  const main = code[1]!;
  it.type = TYPES[main] ?? 'document';
  // `//` joins a part to its host; the `//` of a URL does not.
  const analytic = ANALYTIC.test(s);
  // `[M]//` and `[C]//` are parts of a book or proceedings; without `//` the code names the whole.
  if (analytic && main === 'M') it.type = 'chapter';
  else if (analytic && main === 'C') it.type = 'paper-conference';
  else if (main === 'C') it.type = 'book';
  out.confidence.type = 'parsed';
  const before = s.slice(0, code.index);
  const after = s.slice(code.index + code[0].length).replace(/^\s*[.．]\s*/u, '');
  // The title is the last sentence before the type code: a body's name may hold `. ` itself
  // (`U.S. Department of …`, `Stanford University. Department of …`).
  let dot = -1;
  for (const m of before.matchAll(/[.．]\s/gu)) dot = m.index!;
  const who = dot > 0 ? before.slice(0, dot) : '';
  const title = (dot > 0 ? before.slice(dot + 1) : before).trim().replace(/[.．]$/u, '');
  if (who) {
    it.author = names(who, zh);
    out.confidence.author = 'parsed';
  }
  it.title = splitTitleInfo(title, it);
  out.spans.title = { start: base + (dot > 0 ? dot + 1 : 0), end: base + code.index };
  out.confidence.title = 'parsed';

  const url = /(?:https?|ftp):\/\/\S+/i.exec(after);
  if (url) it.URL = url[0].replace(/[.,]$/, '');
  const doi = /DOI:\s*(10\.\S+?)\.?$/i.exec(after) ?? /doi\.org\/(10\.\S+)/i.exec(after);
  if (doi) it.DOI = doi[1]!.replace(/[.,]$/, '');
  const accessed = /\[(\d{4})-(\d{2})-(\d{2})\]/.exec(after);
  if (accessed) it.accessed = { 'date-parts': [[Number(accessed[1]), Number(accessed[2]), Number(accessed[3])]] };
  let rest = after.replace(/(?:DOI:\s*\S+|(?:https?|ftp):\/\/\S+)/gi, '').replace(/\[\d{4}-\d{2}-\d{2}\]/, '');

  let host = rest;
  const cut = ANALYTIC.exec(rest);
  if (cut) {
    host = rest.slice(cut.index + 2);
    // The host is `[editors. ]title. imprint`: the sentences before the one holding the place's colon.
    const sentences: string[] = [];
    let tail = host;
    const isImprint = (x: string) => /[:：]\s*[^:：]+[,，]\s*c?\d{4}/u.test(x);
    for (let m = /^(.+?)[.．]\s+/u.exec(tail); m && !isImprint(m[1]!) && sentences.length < 3; m = /^(.+?)[.．]\s+/u.exec(tail)) {
      sentences.push(m[1]!);
      tail = tail.slice(m[0].length);
    }
    if (sentences.length >= 2 && !/^\d/.test(sentences[0]!)) {
      it.editor = names(sentences.shift()!.replace(/\s*(?:主编|编|ed|eds)\.?$/u, ''), zh);
    }
    if (sentences.length) {
      const probe: CslItem = { id: '', type: 'book' };
      it['container-title'] = splitTitleInfo(sentences.shift()!.trim(), probe);
      if (probe.volume) it.volume = probe.volume;
      // An edition statement left between the host title and the imprint (`修订版.`).
      tail = sentences.map((x) => `${x}. `).join('') + tail;
    }
    host = tail;
  }
  rest = host;
  // An edition or copy statement before the imprint (`修订版.`, `刻本.`, `2nd ed.`) is not the place.
  // Translators (`谢远涛, 译.`) and edition statements may come in either order before the imprint.
  for (let k = 0; k < 2; k++) {
    const statement = /^\s*([^.．:：,，]{1,12}(?:版|本|ed))[.．]\s*/u.exec(rest);
    if (statement && !/[:：]/.test(statement[1]!)) {
      it.edition = statement[1];
      rest = rest.slice(statement[0].length);
    }
    const tr = /^([^.．]+?)[,，]\s*译[.．]\s*/u.exec(rest);
    if (tr) {
      it.translator = names(tr[1]!, zh);
      rest = rest.slice(tr[0].length);
    }
  }
  if (it.type === 'article-journal' || it.type === 'article-newspaper') {
    const j = /^([^,，]+)[,，]\s*(\d{4})(?:[-\d]*)?(?:[,，]\s*(\d+))?\s*(?:\(([^)]+)\))?\s*(?::\s*([\w.-]+(?:[,，][\w.-]+)*))?/u.exec(rest);
    if (j) {
      it['container-title'] = j[1]!.trim();
      it.issued = { 'date-parts': [[Number(j[2])]] };
      if (j[3]) it.volume = j[3];
      // In a newspaper the bracket holds the page (版次), in a journal the issue.
      if (j[4]) it[it.type === 'article-newspaper' ? 'page' : 'issue'] = j[4];
      if (j[5]) it.page = normalizePages(j[5]);
    }
    return out;
  }
  // `Place: Publisher, Year: pages` — a place may hold a comma (`Cambridge, Mass.`), a publisher too
  // (`Farrar, Straus and Giroux`, `…, Inc.`); the year (`c1980`) closes the publisher.
  const imprint = /^(?:([^:：]{1,40}?)\s*[:：]\s*)?([^:：]+?)[,，]\s*c?(\d{4})[a-z]?(?:[-–]\d*)?(?:\s*[:：]\s*([\w.\-\u3400-\u9fff]+(?:[,，]\s*[\w.-]+)*))?(?=\s*(?:\[|[.．]|$|[(（]))/u.exec(rest.trim());
  if (imprint) {
    if (imprint[1]) it['publisher-place'] = imprint[1].trim();
    it.publisher = imprint[2]!.trim();
    it.issued = { 'date-parts': [[Number(imprint[3])]] };
    if (imprint[4]) it.page = normalizePages(imprint[4]);
  } else {
    const y = /((?:1[5-9]|20)\d\d)/.exec(rest);
    if (y) it.issued = { 'date-parts': [[Number(y[1])]] };
  }
  return out;
}
