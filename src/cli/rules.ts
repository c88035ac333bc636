import type { UiLang } from '../i18n/index.js';
import { NORM_IDS } from '../engine/norms.js';

/** `citeaudit rules`: every rule with its default severity per norm and its description. */
export async function listRules(lang: UiLang, format: 'text' | 'json' | 'markdown'): Promise<string> {
  const { loadRules } = await import('../rules/index.js');
  const rules = await loadRules();
  const rows = rules.map((r) => ({
    id: r.meta.id,
    type: r.meta.type,
    fixable: r.meta.fixable,
    severity: Object.fromEntries(NORM_IDS.map((n) => [n, r.meta.severity[n] ?? r.meta.severity.default])),
    description: r.meta.description[lang],
  }));
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'markdown') {
    const head = `| rule | ${lang === 'zh' ? '检查内容' : 'catches'} | ${NORM_IDS.join(' | ')} |\n|---|---|${NORM_IDS.map(() => '---').join('|')}|\n`;
    return (
      head +
      rows
        .map(
          (r) =>
            `| \`${r.id}\`${r.fixable ? ' 🔧' : ''} | ${r.description} | ${NORM_IDS.map((n) => r.severity[n]).join(' | ')} |`,
        )
        .join('\n') +
      '\n'
    );
  }
  const w = Math.max(...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(w)}  ${String(r.severity.cass).padEnd(7)}  ${r.description}`).join('\n') + '\n';
}
