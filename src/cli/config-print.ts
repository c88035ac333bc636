import { commentPlace, inlineConfigOf } from '../engine/inline-config.js';
import { displayWidth } from '../formatters/issue-text.js';
import { CONFIG_PRINT } from '../i18n/config.js';
import { render, UI, type UiLang } from '../i18n/index.js';
import type { SeveritySetting } from '../model/diagnostic.js';
import type { InlineComment } from '../model/document.js';
import type { NormId } from '../model/norm.js';
import type { Message } from '../model/rule.js';
import { appliedSettings, configFor, type SettingOptions, type Source } from './settings.js';

/** Where a rule's severity comes from: a setting, or its norm's default (off when the rule is not the norm's). */
export type RuleSource = Source | { type: 'norm'; norm: NormId | null; belongs: boolean };

/** `citeaudit config --print FILE --format json`: the configuration that applies to FILE, each value with its source. */
export interface PrintedConfig {
  file: string;
  /** The configuration file that applies, or null when none is found (defaults and the command line only). */
  configuration: string | null;
  /** `setting` as configured (`auto` or a norm); `value` the norm the check uses, null when none is recognised. */
  norm: { setting: NormId | 'auto'; source: Source; value: NormId | null; detected: boolean };
  rules: Record<string, { severity: SeveritySetting; source: RuleSource }>;
  /** Patterns skipped when folders and globs are checked: the configuration where the command runs. */
  ignore: Array<{ pattern: string; source: Source }>;
  catalog: { path: string; source: Source };
  /** The comments in FILE that switch rules off where they stand (`citeaudit-disable…`). */
  inline: InlineComment[];
}

export interface PrintOptions extends SettingOptions {
  format: 'text' | 'json';
  lang: UiLang;
  encoding?: string;
}

/** The configuration that applies to `file`: read it to recognise its norm where `auto` asks for that. */
export async function printedConfig(file: string, opts: PrintOptions): Promise<PrintedConfig> {
  const [{ readDocument }, { analyze }, { loadRules }, { defaultSeverity, ruleUnder }, { NORMS }, { catalogSetting }] =
    await Promise.all([
      import('../readers/index.js'),
      import('../engine/pipeline.js'),
      import('../rules/index.js'),
      import('../engine/run-rules.js'),
      import('../engine/norms.js'),
      import('./catalog.js'),
    ]);
  const doc = await readDocument(file, { encoding: opts.encoding });
  const applied = appliedSettings(doc.path, opts);
  const norm = applied.norm === 'auto' ? ((await analyze(doc, { norm: 'auto' })).norm?.id ?? null) : applied.norm;
  const rules: PrintedConfig['rules'] = {};
  for (const rule of await loadRules()) {
    const { id } = rule.meta;
    const set = applied.overrides[id];
    const from = applied.overrideSources[id];
    const under = norm ? NORMS[norm] : null;
    rules[id] =
      set !== undefined && from
        ? { severity: set, source: from }
        : { severity: defaultSeverity(rule, under), source: { type: 'norm', norm, belongs: ruleUnder(rule, under) } };
  }
  const here = configFor(`${process.cwd()}/.`, opts.config);
  return {
    file: doc.path,
    configuration: applied.config?.path ?? null,
    norm: { setting: applied.norm, source: applied.normSource, value: norm, detected: applied.norm === 'auto' },
    rules,
    ignore: (here?.ignore ?? []).map((pattern) => ({ pattern, source: { type: 'file', path: here!.path } })),
    catalog: await catalogSetting(undefined, opts.config),
    inline: inlineConfigOf(doc)?.comments ?? [],
  };
}

function sourceText(s: RuleSource, lang: UiLang): string {
  if (s.type === 'file') return s.path;
  if (s.type === 'option') return render(CONFIG_PRINT.option, lang, { option: s.option });
  if (s.type === 'default') return render(CONFIG_PRINT.default, lang);
  if (s.norm === null) return render(s.belongs ? CONFIG_PRINT.noNormDefault : CONFIG_PRINT.noNormOff, lang);
  return render(s.belongs ? CONFIG_PRINT.normDefault : CONFIG_PRINT.notOfNorm, lang, { norm: s.norm });
}

/** The terminal view: one line per setting and per rule, each with where its value comes from. */
export function configText(c: PrintedConfig, lang: UiLang): string {
  const t = (m: Message, data?: Record<string, unknown>) => render(m, lang, data);
  const labels = [
    CONFIG_PRINT.configuration,
    CONFIG_PRINT.norm,
    CONFIG_PRINT.rules,
    CONFIG_PRINT.ignore,
    CONFIG_PRINT.catalog,
  ].map((m) => t(m));
  const column = Math.max(...labels.map(displayWidth)) + 2;
  const label = (m: Message) => `  ${t(m)}${' '.repeat(column - displayWidth(t(m)))}`;
  const normValue =
    c.norm.value === null
      ? t(UI.noNorm)
      : `${c.norm.value} — ${c.norm.detected ? t(CONFIG_PRINT.detected, { source: sourceText(c.norm.source, lang) }) : sourceText(c.norm.source, lang)}`;
  const width = Math.max(...Object.keys(c.rules).map((id) => id.length));
  const lines = [
    c.file,
    `${label(CONFIG_PRINT.configuration)}${c.configuration ?? t(CONFIG_PRINT.noConfiguration)}`,
    `${label(CONFIG_PRINT.norm)}${normValue}`,
    `  ${t(CONFIG_PRINT.rules)}`,
    ...Object.entries(c.rules).map(
      ([id, r]) => `    ${id.padEnd(width)}  ${r.severity.padEnd(7)}  ${sourceText(r.source, lang)}`,
    ),
    `${label(CONFIG_PRINT.ignore)}${c.ignore.length ? '' : t(CONFIG_PRINT.none)}`.trimEnd(),
    ...c.ignore.map((i) => `    ${i.pattern}  ${sourceText(i.source, lang)}`),
    `${label(CONFIG_PRINT.catalog)}${c.catalog.path} — ${sourceText(c.catalog.source, lang)}`,
    ...(c.inline.length ? [`  ${t(CONFIG_PRINT.inline)}`] : []),
    ...c.inline.map((i) =>
      `    ${commentPlace(i, c.file, lang)}  citeaudit-${i.directive} ${i.rules.join(', ')}`.trimEnd(),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** `citeaudit config --print FILE`. */
export async function runConfigPrint(file: string, opts: PrintOptions): Promise<string> {
  const c = await printedConfig(file, opts);
  return opts.format === 'json' ? `${JSON.stringify(c, null, 2)}\n` : configText(c, opts.lang);
}
