import { SEVERITY_SETTINGS, type SeveritySetting } from '../model/diagnostic.js';
import type { Message, Rule } from '../model/rule.js';
import { CONFIG_NAMES, SETTINGS } from './config.js';
import { NORM_CHOICES, NORM_DESCRIPTIONS, NORM_IDS, NORMS } from './norms.js';
import { defaultSeverity } from './run-rules.js';

/** Where the schema is in the package (`files` of package.json ships it); `npm run schema` writes it. */
export const SCHEMA_FILE = 'schema/citeaudit.schema.json';

/** English first, then Chinese: editors show one description. */
const both = (m: Message) => `${m.en}\n${m.zh}`;

/** `warning under cass, people, law; off under the others; off where no norm is recognised`. */
function defaults(rule: Rule): string {
  const by = new Map<SeveritySetting, string[]>();
  for (const n of NORM_IDS) {
    const severity = defaultSeverity(rule, NORMS[n]);
    by.set(severity, [...(by.get(severity) ?? []), n]);
  }
  const under =
    by.size === 1 ? [`${[...by.keys()][0]!} under every norm`] : [...by].map(([s, n]) => `${s} under ${n.join(', ')}`);
  return [...under, `${defaultSeverity(rule, null)} where no norm is recognised`].join('; ');
}

function ruleSchema(rule: Rule): Record<string, unknown> {
  const { meta } = rule;
  return {
    description: `${both(meta.description)}\nDefault 默认: ${defaults(rule)}.${meta.fixable ? ' Fixable with --fix 可用 --fix 修正.' : ''}`,
    enum: [...SEVERITY_SETTINGS],
  };
}

/**
 * The JSON Schema (draft-07, which editors read best) of a configuration file, made from the code's
 * registries: every setting, the norms with what each is, every rule id with what it catches and its
 * default severities. Editors complete ids and flag unknown ones from it.
 */
export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  const { $schema, norm, rules: rulesSetting, ignore, catalog } = SETTINGS;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'citeaudit configuration',
    description: `${CONFIG_NAMES.join(' or ')}: found by citeaudit in the folder of a manuscript or any folder above it.`,
    type: 'object',
    properties: {
      $schema: { description: both($schema), type: 'string' },
      norm: {
        description: both(norm),
        default: 'auto',
        oneOf: NORM_CHOICES.map((n) => ({ const: n, description: both(NORM_DESCRIPTIONS[n]) })),
      },
      rules: {
        description: both(rulesSetting),
        type: 'object',
        properties: Object.fromEntries(rules.map((r) => [r.meta.id, ruleSchema(r)])),
        additionalProperties: false,
      },
      ignore: { description: both(ignore), type: 'array', items: { type: 'string' } },
      catalog: { description: both(catalog), type: 'string', pattern: '\\S' },
    },
    additionalProperties: false,
  };
}

/** The schema file's text, as `npm run schema` writes it. */
export function configSchemaText(rules: readonly Rule[]): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`;
}
