import type { UiLang } from '../i18n/index.js';
import { NORM_IDS, NORMS } from '../engine/norms.js';
import { defaultSeverity } from '../engine/run-rules.js';

/**
 * `citeaudit rules`: every rule with its default severity per norm (`off` outside the norms it belongs
 * to), where no norm is recognised (`none`), and its description.
 */
export async function listRules(lang: UiLang, format: 'text' | 'json' | 'markdown'): Promise<string> {
  const { loadRules } = await import('../rules/index.js');
  const rules = await loadRules();
  const rows = rules.map((r) => ({
    id: r.meta.id,
    type: r.meta.type,
    fixable: r.meta.fixable,
    norms: r.meta.norms,
    severity: Object.fromEntries(NORM_IDS.map((n) => [n, defaultSeverity(r, NORMS[n])])),
    none: defaultSeverity(r, null),
    description: r.meta.description[lang],
  }));
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'markdown') {
    const columns = [...NORM_IDS, lang === 'zh' ? '未识别' : 'none'];
    const head = `| rule | ${lang === 'zh' ? '检查内容' : 'catches'} | ${columns.join(' | ')} |\n|---|---|${columns.map(() => '---').join('|')}|\n`;
    return (
      head +
      rows
        .map(
          (r) =>
            `| \`${r.id}\`${r.fixable ? ' 🔧' : ''} | ${r.description} | ${[...NORM_IDS.map((n) => r.severity[n]), r.none].join(' | ')} |`,
        )
        .join('\n') +
      '\n'
    );
  }
  const w = Math.max(...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(w)}  ${String(r.severity.cass).padEnd(7)}  ${r.description}`).join('\n') + '\n';
}
