import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model/diagnostic.js';
import type { IssueDiagnostic } from '../model/issue.js';
import type { FileResult, RunInfo } from '../model/result.js';
import type { Rule } from '../model/rule.js';
import { loadRules } from '../rules/index.js';
import type { Formatter, FormatOptions } from './formatter.js';
import { artifactLocation, fileUri, repositoryRoot, SRCROOT } from './sarif-location.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const HOME = 'https://www.npmjs.com/package/citeaudit';
/** The README's rule table, where every rule is described with its severity under each norm. */
const RULES_HELP = `${HOME}#rules`;
/** The version of the fingerprint below: a change of what it hashes gets a new key, so old alerts are not mismatched. */
const FINGERPRINT = 'citeauditFinding/v1';

/** What a finding is about, independent of where it stands: its forms, else the text it points at, normalised. */
function findingText(d: Diagnostic, text: string): string {
  const forms = Array.isArray(d.data.forms) ? (d.data.forms as Array<{ text?: unknown }>) : [];
  const words = forms.length ? forms.map((f) => String(f.text)).sort() : [text.slice(d.range.start, d.range.end)];
  return words.map((w) => w.normalize('NFKC').replace(/\s+/g, ' ').trim()).join('\u0000');
}

/**
 * Stable fingerprints: rule, message kind, file and the finding's normalised text, hashed, with the ordinal
 * of that hash in the run (`…:2` for a second identical finding); lines are left out, so that an edit above
 * a finding does not make it a new one.
 */
function fingerprinter(): (parts: string[]) => Record<string, string> {
  const seen = new Map<string, number>();
  return (parts) => {
    const hash = createHash('sha256').update(parts.join('\u0001')).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return { [FINGERPRINT]: `${hash}:${n}` };
  };
}

/** A rule's SARIF descriptor: descriptions, default level, and help in text and Markdown pointing to the README. */
function ruleDescriptor(r: Rule, lang: FormatOptions['lang']) {
  const { id, description, severity, tags } = r.meta;
  const byNorm = Object.entries(severity)
    .filter(([norm]) => norm !== 'default')
    .map(([norm, s]) => `${norm}: ${s}`);
  const levels = `${severity.default}${byNorm.length ? ` (${byNorm.join(', ')})` : ''}`;
  return {
    id,
    shortDescription: { text: description[lang] },
    fullDescription: { text: `${description.en} / ${description.zh}` },
    help: {
      text: `${description.en} / ${description.zh}\nSeverity: ${levels}. See ${RULES_HELP}`,
      markdown: `**\`${id}\`**: ${description.en} / ${description.zh}\n\nSeverity: ${levels}. See [the rules of citeaudit](${RULES_HELP}).`,
    },
    helpUri: RULES_HELP,
    defaultConfiguration: { level: severity.default === 'off' ? 'none' : LEVEL[severity.default] },
    properties: { tags },
  };
}

/** SARIF 2.1.0 for code scanning: one run, the rules with their help, one result per finding. */
export async function formatSarif(results: FileResult[], run: RunInfo, options: FormatOptions): Promise<string> {
  const rules = await loadRules();
  const index = new Map(rules.map((r, k) => [r.meta.id, k]));
  const root = repositoryRoot();
  const fingerprint = fingerprinter();
  const where = (path: string) => artifactLocation(path, root);
  const fileResult = (f: FileResult, d: Diagnostic): object => {
    const at = where(f.path);
    return {
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId) ?? -1,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: at, region: { startLine: d.line, startColumn: d.column } } }],
      partialFingerprints: fingerprint([d.ruleId, d.messageId, at.uri, findingText(d, f.analysis.doc.text)]),
      properties: { noteIds: d.noteIds, entryIds: d.entryIds },
    };
  };
  // A finding across articles is located in each article it names; its forms are in the properties.
  const issueResult = (d: IssueDiagnostic): object => {
    const at = d.articles.map(where);
    const forms = Array.isArray(d.data.forms) ? (d.data.forms as Array<{ text?: unknown }>) : [];
    const texts = forms.map((x) => String(x.text).normalize('NFKC')).sort();
    return {
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId) ?? -1,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: at.map((a) => ({ physicalLocation: { artifactLocation: a } })),
      partialFingerprints: fingerprint([d.ruleId, d.messageId, ...at.map((a) => a.uri), ...texts]),
      properties: { acrossArticles: true, forms: d.data.forms },
    };
  };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'citeaudit',
            version: options.version ?? '0',
            informationUri: HOME,
            rules: rules.map((r) => ruleDescriptor(r, options.lang)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: fileUri(root, true) } },
        results: [
          ...results.flatMap((f) => f.diagnostics.map((d) => fileResult(f, d))),
          ...(run.issue?.diagnostics ?? []).map(issueResult),
        ],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

export default { meta: { id: 'sarif', machine: true }, format: formatSarif } satisfies Formatter;
