import { circledLabel } from '../../src/notes/labels.js';

/**
 * Builds a manuscript in the reference manuscript's convention: for each page a paragraph with one
 * `<sup>①</sup>` marker per note (quoting when the note text starts with `>`), then the page's block of
 * circled notes.
 */
export function circled(pages: string[][]): string {
  return pages
    .map((notes) => {
      const body =
        notes
          .map((n, k) => `正文${n.startsWith('>') ? '“引文”' : '论述'}<sup>${circledLabel(k + 1)}</sup>`)
          .join('，') + '。';
      const block = notes.map((n, k) => `${circledLabel(k + 1)} ${n.replace(/^>/, '')}`).join('\n\n');
      return `${body}\n\n${block}\n`;
    })
    .join('\n');
}

/** The same notes as Pandoc footnotes, for English manuscripts. */
export function pandoc(notes: string[]): string {
  const body = notes.map((n, k) => `Text${n.startsWith('>') ? ' “quoted”' : ''}.[^${k + 1}]`).join(' ');
  return `${body}\n\n${notes.map((n, k) => `[^${k + 1}]: ${n.replace(/^>/, '')}`).join('\n')}\n`;
}

export const ZH_BOOK = '孙伟平：《智能系统的劳动》，北京：人民出版社，2021年，第5页。';
export const ZH_BOOK2 = '赵汀阳：《天下的当代性》，北京：中信出版社，2016年，第12页。';
export const ZH_ARTICLE = '孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。';
export const EN_BOOK = 'George Caffentzis, *In Letters of Blood and Fire*, Oakland: PM Press, 2013, p. 131.';
export const EN_BOOK2 =
  'David Harvey, *Marx, Capital and the Madness of Economic Reason*, London: Profile Books, 2017, p. 12.';
export const EN_ARTICLE =
  'C. Hughes and A. Southern, “The World of Work”, *Journal of Classical Sociology*, Vol. 19, No. 1, 2019, pp. 59-71.';
