import type { Rule } from '../model/rule.js';
import { ISBN_LENGTHS, ISSN_LENGTHS, listedIdentifiers } from '../util/identifiers.js';
import { reportCitation } from './util/places.js';

export function isbnValid(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(s)) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (s[i] === 'X' ? 10 : Number(s[i])) * (10 - i);
    return sum % 11 === 0;
  }
  if (/^\d{13}$/.test(s)) {
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += Number(s[i]) * (i % 2 ? 3 : 1);
    return sum % 10 === 0;
  }
  return false;
}

export function issnValid(raw: string): boolean {
  const s = raw.replace(/-/g, '').toUpperCase();
  if (!/^\d{7}[\dX]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(s[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? 'X' : String(check)) === s[7];
}

export function doiValid(raw: string): boolean {
  return /^10\.\d{4,9}\/[^\s]+$/.test(raw);
}

const ISBN_IN_TEXT = /ISBN(?:-1[03])?[:：]?\s*([0-9Xx][0-9Xx\s-]{8,16}[0-9Xx])/g;
const ISSN_IN_TEXT = /ISSN[:：]?\s*(\d{4}-?\d{3}[\dXx])/g;
const DOI_IN_TEXT = /\b(?:doi[:：]\s*|doi\.org\/)(\S+?)(?=[\s>，。,;]|\.?$)/gi;

/** DOIs, ISBNs and ISSNs with bad syntax or a wrong check digit. */
const rule: Rule = {
  meta: {
    id: 'invalid-identifier',
    type: 'problem',
    description: { zh: 'DOI、ISBN、ISSN 格式错误或校验位错误', en: 'DOI, ISBN or ISSN with bad syntax or check digit' },
    tags: ['identifiers'],
    fixable: false,
    norms: 'all',
    severity: { default: 'error' },
    messages: {
      doi: { zh: '{{place}} 的 DOI 格式有误：{{value}}', en: '{{place}}: malformed DOI {{value}}' },
      isbn: { zh: '{{place}} 的 ISBN 校验失败：{{value}}', en: '{{place}}: ISBN {{value}} fails its check digit' },
      issn: { zh: '{{place}} 的 ISSN 校验失败：{{value}}', en: '{{place}}: ISSN {{value}} fails its check digit' },
    },
  },
  create(ctx) {
    return {
      Citation(c) {
        if (c.kind === 'ibid') return;
        const report = (messageId: string, value: string) => {
          reportCitation(ctx, c, messageId, { value });
        };
        // Most citations print no identifier: one cheap test spares three scans.
        if (!c.item.DOI && !c.item.ISBN && !c.item.ISSN && !/doi|isbn|issn/i.test(c.raw)) return;
        const dois = new Set<string>();
        if (typeof c.item.DOI === 'string') dois.add(c.item.DOI);
        for (const m of c.raw.matchAll(DOI_IN_TEXT)) dois.add(m[1]!.replace(/[.,;)>]+$/, ''));
        for (const d of dois) if (!doiValid(d)) report('doi', d);
        // A record's field may list several (print and online ISSN): each is checked alone.
        const isbns = new Set(typeof c.item.ISBN === 'string' ? listedIdentifiers(c.item.ISBN, ISBN_LENGTHS) : []);
        for (const m of c.raw.matchAll(ISBN_IN_TEXT)) isbns.add(m[1]!.trim());
        for (const v of isbns) if (!isbnValid(v)) report('isbn', v);
        const issns = new Set(typeof c.item.ISSN === 'string' ? listedIdentifiers(c.item.ISSN, ISSN_LENGTHS) : []);
        for (const m of c.raw.matchAll(ISSN_IN_TEXT)) issns.add(m[1]!);
        for (const v of issns) if (!issnValid(v)) report('issn', v);
      },
    };
  },
};

export default rule;
