import type { FileResult, RunInfo } from '../model/result.js';
import { loadRules } from '../rules/index.js';
import type { Formatter, FormatOptions } from './formatter.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0: one run, the rules with their descriptions, one result per finding. */
export async function formatSarif(results: FileResult[], run: RunInfo, options: FormatOptions): Promise<string> {
  const rules = await loadRules();
  const { lang } = options;
  const version = options.version ?? '0';
  const index = new Map(rules.map((r, k) => [r.meta.id, k]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'citeaudit',
            version,
            informationUri: 'https://www.npmjs.com/package/citeaudit',
            rules: rules.map((r) => ({
              id: r.meta.id,
              shortDescription: { text: r.meta.description[lang] },
              fullDescription: { text: `${r.meta.description.en} / ${r.meta.description.zh}` },
              defaultConfiguration: {
                level: r.meta.severity.default === 'off' ? 'none' : LEVEL[r.meta.severity.default],
              },
              properties: { tags: r.meta.tags },
            })),
          },
        },
        results: [
          ...results.flatMap((f) =>
            f.diagnostics.map((d): object => ({
              ruleId: d.ruleId,
              ruleIndex: index.get(d.ruleId) ?? -1,
              level: LEVEL[d.severity],
              message: { text: d.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: f.path.replace(/\\/g, '/') },
                    region: { startLine: d.line, startColumn: d.column },
                  },
                },
              ],
              properties: { noteIds: d.noteIds, entryIds: d.entryIds },
            })),
          ),
          ...(run.issue?.diagnostics ?? []).map((d): object => ({
            // A finding across articles is located in each article it names; its forms are in the properties.
            ruleId: d.ruleId,
            ruleIndex: index.get(d.ruleId) ?? -1,
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: d.articles.map((a) => ({
              physicalLocation: { artifactLocation: { uri: a.replace(/\\/g, '/') } },
            })),
            properties: { acrossArticles: true, forms: d.data.forms },
          })),
        ],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

export default { meta: { id: 'sarif', machine: true }, format: formatSarif } satisfies Formatter;
