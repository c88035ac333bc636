import type { Rule } from '../model/rule.js';

/**
 * A note no marker points to: a note whose marker was deleted, or a marker typed with the wrong number
 * (the marker then shows up as an orphan marker too).
 */
const rule: Rule = {
  meta: {
    id: 'orphan-note',
    type: 'problem',
    description: { zh: '没有任何正文标记指向的注释', en: 'A note that no marker points to' },
    tags: ['structure'],
    fixable: false,
    norms: 'all',
    severity: { default: 'error' },
    messages: {
      orphan: { zh: '{{place}} 在正文中没有对应的标记', en: '{{place}} has no marker in the text' },
    },
  },
  create(ctx) {
    return {
      Note(note) {
        // A word processor or JATS ties its notes to their references itself; an unreferenced JATS <fn> is
        // an author or funding note, not a lost marker.
        if (note.style === 'footnote') return;
        if (note.markerIds.length === 0)
          ctx.report({ messageId: 'orphan', noteIds: [note.id], data: { place: ctx.place(note.id) } });
      },
    };
  },
};

export default rule;
