import { describeWork } from '../util/describe.js';
import type { Rule } from '../model/rule.js';
import { isShortForm } from '../notes/works.js';
import { NOTE_NORMS } from './util/norm-groups.js';

/**
 * The same work cited in full in more than one note, one diagnostic per work listing every note. Where
 * a norm wants a short form or 同上 for later citations this is a fault; 《中国社会科学》 style allows
 * repeating the full form, so there it is information.
 */
const rule: Rule = {
  meta: {
    id: 'duplicate-citation',
    type: 'suggestion',
    description: {
      zh: '同一作品在多条注释中重复给出完整引文',
      en: 'The same work cited in full in more than one note',
    },
    tags: ['works'],
    fixable: false,
    norms: NOTE_NORMS,
    severity: { default: 'info', 'chicago-notes': 'warning', law: 'warning' },
    messages: {
      repeated: {
        zh: '{{work}} 在 {{count}} 条注释中以完整形式引用：{{places}}',
        en: '{{work}} is cited in full in {{count}} notes: {{places}}',
      },
    },
  },
  create(ctx) {
    return {
      Work(work) {
        // A set: a much-cited work is cited in thousands of notes.
        const noted = new Set<string>();
        for (const id of work.citationIds) {
          const c = ctx.analysis.citationById.get(id)!;
          // A short form (`Myers, *Bio Art*, 192.`) is no full citation, whether or not linking found its antecedent.
          if (c.kind === 'full' && !isShortForm(c) && c.noteId) noted.add(c.noteId);
        }
        if (noted.size < 2) return;
        const notes = [...noted];
        ctx.report({
          messageId: 'repeated',
          noteIds: notes,
          data: { work: describeWork(work.item), count: notes.length, places: notes.map(ctx.place), workId: work.id },
        });
      },
    };
  },
};

export default rule;
