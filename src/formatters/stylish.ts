import { list, render, UI } from '../i18n/index.js';
import type { Form } from '../model/diagnostic.js';
import { issueLines } from './issue-text.js';
import type { FileResult, RunInfo } from '../model/result.js';
import { normText, placesNotNamed, totals } from './result.js';
import type { Formatter, FormatOptions } from './formatter.js';

type Paint = (s: string) => string;
interface Palette {
  red: Paint;
  yellow: Paint;
  blue: Paint;
  dim: Paint;
  bold: Paint;
  underline: Paint;
  green: Paint;
}

async function palette(color: boolean): Promise<Palette> {
  const id: Paint = (s) => s;
  if (!color) return { red: id, yellow: id, blue: id, dim: id, bold: id, underline: id, green: id };
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return {
    red: c.red,
    yellow: c.yellow,
    blue: c.blue,
    dim: c.dim,
    bold: c.bold,
    underline: c.underline,
    green: c.green,
  };
}

/** Terminal output in the manner of ESLint's stylish: grouped by file, one line per finding, forms beneath. */
export async function formatStylish(results: FileResult[], run: RunInfo, options: FormatOptions): Promise<string> {
  const p = await palette(options.color);
  const out: string[] = [];
  const { lang } = options;
  for (const r of results) {
    const a = r.analysis;
    out.push(p.underline(r.path));
    out.push(
      p.dim(
        '  ' +
          render(UI.fileSummary, lang, {
            notes: a.doc.notes.length,
            entries: a.doc.entries.length,
            citations: a.citations.length,
            works: a.works.length,
            norm: normText(a, lang),
          }),
      ),
    );
    const width = Math.max(0, ...r.diagnostics.map((d) => `${d.line}:${d.column}`.length));
    for (const d of r.diagnostics) {
      const sev =
        d.severity === 'error'
          ? p.red(render(UI.error, lang))
          : d.severity === 'warning'
            ? p.yellow(render(UI.warning, lang))
            : p.blue(render(UI.info, lang));
      const pos = `${d.line}:${d.column}`.padEnd(width);
      const sevWidth = lang === 'zh' ? 4 : 7;
      const named = placesNotNamed(a, d, lang);
      const places = named ? p.dim(` [${named}]`) : '';
      out.push(
        `  ${p.dim(pos)}  ${pad(sev, render(UI[d.severity], lang), sevWidth)}  ${d.message}${places}  ${p.dim(d.ruleId)}`,
      );
      const forms = d.data.forms as Form[] | undefined;
      if (Array.isArray(forms)) {
        for (const f of forms)
          out.push(`  ${' '.repeat(width)}      ${p.green(JSON.stringify(f.text))} ${p.dim(list(f.places, lang))}`);
      }
    }
    out.push('');
  }
  if (run.issue) out.push(...issueLines(run.issue, lang, p));
  if (run.unreadable?.length) {
    out.push(p.red(render(UI.unreadable, lang, { count: run.unreadable.length })));
    for (const f of run.unreadable) out.push(`  ${f.path}: ${f.message}`);
    out.push('');
  }
  const s = totals(results, run);
  const total = s.errors + s.warnings + s.infos;
  const hidden = (options.hidden?.warning ?? 0) + (options.hidden?.info ?? 0);
  const line =
    total === 0
      ? render(hidden ? UI.noErrors : UI.noProblems, lang)
      : render(UI.problems, lang, { count: total, errors: s.errors, warnings: s.warnings, infos: s.infos });
  out.push(
    (s.errors ? p.red : s.warnings ? p.yellow : p.green)(
      p.bold(`✖ ${line}`.replace(/^✖ (no problems|未发现问题|no errors|未发现错误)/, '✔ $1')),
    ),
  );
  if (results.length > 1) out.push(p.dim(render(UI.filesChecked, lang, { files: results.length })));
  // Quiet, but honest: the last line says what was left out.
  if (hidden)
    out.push(
      p.dim(
        render(UI.hiddenByQuiet, lang, {
          count: hidden,
          warnings: options.hidden?.warning ?? 0,
          infos: options.hidden?.info ?? 0,
        }),
      ),
    );
  return out.join('\n') + '\n';
}

function pad(painted: string, plain: string, width: number): string {
  const w = [...plain].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
  return painted + ' '.repeat(Math.max(0, width - w));
}

export default { meta: { id: 'stylish', machine: false }, format: formatStylish } satisfies Formatter;
