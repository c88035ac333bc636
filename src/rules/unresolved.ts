import { describeWork } from '../util/describe.js';
import type { Rule } from '../model/rule.js';
import { partition } from './util/places.js';

/** A cited work not found in the bibliographic data given with `--bib` or `--catalog` (silent without data). */
const rule: Rule = {
  meta: {
    id: 'unresolved',
    type: 'suggestion',
    description: {
      zh: '引用的作品在所给文献库中找不到（仅在提供 --bib 或 --catalog 时检查）',
      en: 'A citation not found in the bibliographic data given (only with --bib or --catalog)',
    },
    tags: ['resolve'],
    fixable: false,
    norms: 'all',
    severity: { default: 'info' },
    messages: {
      notFound: { zh: '{{work}} 在文献库中找不到（{{places}}）', en: '{{work}} is not in the library ({{places}})' },
      noBibliography: {
        zh: '{{count}} 处按键引用（{{keys}}）未能核对：没有可读的文献库（用 --bib 指定，或在 YAML 头部写 bibliography:）',
        en: '{{count}} citations by key ({{keys}}) are not checked: no bibliography to read (give --bib, or bibliography: in the front matter)',
      },
    },
  },
  create(ctx) {
    const res = ctx.analysis.resolution;
    const unread = ctx.doc.bibliography?.length === 0 ? ctx.doc.markers.filter((m) => m.keys) : [];
    if (unread.length) {
      // One notice for the document: without a bibliography every key is unresolved alike.
      const keys = [...new Set(unread.flatMap((m) => m.keys!))];
      const shown = keys.slice(0, 5).map((k) => `@${k}`);
      ctx.report({
        messageId: 'noBibliography',
        range: unread[0]!.range,
        data: { count: unread.length, keys: shown.join(', ') + (keys.length > 5 ? ', …' : '') },
      });
    }
    if (!res) return {};
    return {
      Work(work) {
        if (res.get(work.id)) return;
        const ids = work.citationIds.map((id) => ctx.analysis.citationById.get(id)!).map((c) => c.noteId ?? c.entryId!);
        const unique = [...new Set(ids)];
        ctx.report({
          messageId: 'notFound',
          ...partition(unique),
          data: { work: describeWork(work.item), places: unique.slice(0, 8).map(ctx.place), workId: work.id },
        });
      },
    };
  },
};

export default rule;
