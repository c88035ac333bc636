import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export interface DocxSpec {
  /** Body paragraphs; `{fn:N}` is a footnote reference, `{fn:N:①}` one with a custom mark. */
  body: string[];
  footnotes: Record<string, string>;
  numFmt?: string;
  /** Writer quirks: LibreOffice puts footnotePr in the section properties, Word in settings.xml. */
  writer?: 'word' | 'libreoffice';
  extra?: Record<string, string>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraph(text: string): string {
  const runs = text
    .split(/(\{fn:\d+(?::[^}]+)?\})/)
    .filter(Boolean)
    .map((part) => {
      const m = /^\{fn:(\d+)(?::([^}]+))?\}$/.exec(part);
      if (!m) return `<w:r><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`;
      if (m[2])
        return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="${m[1]}"/><w:t>${m[2]}</w:t></w:r>`;
      return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${m[1]}"/></w:r>`;
    });
  return `<w:p>${runs.join('')}</w:p>`;
}

/** Builds a minimal but genuine .docx (the parts Word reads) in memory. */
export function makeDocx(spec: DocxSpec): Uint8Array {
  const fmt = spec.numFmt
    ? `<w:footnotePr><w:numFmt w:val="${spec.numFmt}"/><w:numRestart w:val="eachPage"/></w:footnotePr>`
    : '';
  const lo = spec.writer === 'libreoffice';
  const sect = `<w:sectPr>${lo ? fmt : ''}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${spec.body.map(paragraph).join('')}${sect}</w:body></w:document>`;
  const notes = Object.entries(spec.footnotes)
    .map(
      ([id, text]) =>
        `<w:footnote w:id="${id}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${esc(text)}</w:t></w:r></w:p></w:footnote>`,
    )
    .join('');
  const footnotes = `<?xml version="1.0" encoding="UTF-8"?>\n<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`;
  const settings = `<?xml version="1.0" encoding="UTF-8"?>\n<w:settings ${W}>${lo ? '' : fmt}</w:settings>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(document),
    'word/footnotes.xml': strToU8(footnotes),
    'word/settings.xml': strToU8(settings),
  };
  for (const [k, v] of Object.entries(spec.extra ?? {})) files[k] = strToU8(v);
  return zipSync(files);
}
