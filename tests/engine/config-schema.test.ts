import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfigText, SETTINGS, starter } from '../../src/engine/config.js';
import { configSchema, configSchemaText, SCHEMA_FILE } from '../../src/engine/config-schema.js';
import { NORM_CHOICES } from '../../src/engine/norms.js';
import { loadRules, RULE_IDS } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';

const committed = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');
const schema = JSON.parse(committed) as {
  properties: {
    norm: { oneOf: Array<{ const: string; description: string }> };
    rules: { properties: Record<string, { description: string; enum: string[] }> };
  };
};

/** Whether citeaudit itself takes the configuration: null when it does, else its message. */
function refusal(text: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-schema-'));
  const path = join(dir, 'citeaudit.config.json');
  writeFileSync(path, text);
  try {
    loadConfig(path, RULE_IDS);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('the JSON Schema of the configuration', () => {
  it('is the one the registries make (run `npm run schema` after changing a rule, norm or setting)', async () => {
    const rules = await loadRules();
    expect(committed).toBe(configSchemaText(rules));
    // A registry that changed would make another file: the comparison can fail.
    expect(configSchemaText(rules.slice(1))).not.toBe(committed);
  });

  it('is shipped with the package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain(SCHEMA_FILE.split('/')[0]);
  });

  it('names every setting, norm and rule, with what each is and the default severities', () => {
    expect(Object.keys(configSchema([]).properties as object)).toEqual(Object.keys(SETTINGS));
    expect(schema.properties.norm.oneOf.map((n) => n.const)).toEqual([...NORM_CHOICES]);
    expect(schema.properties.norm.oneOf.find((n) => n.const === 'people')?.description).toBe(
      '人民出版社 style: 《马克思恩格斯文集》第1卷，人民出版社2009年版\n人民出版社体例：《马克思恩格斯文集》第1卷，人民出版社2009年版',
    );
    const rules = schema.properties.rules.properties;
    expect(Object.keys(rules)).toEqual(RULE_IDS);
    expect(rules['orphan-note']!.enum).toEqual(['off', 'info', 'warning', 'error']);
    expect(rules['duplicate-citation']!.description).toBe(
      'The same work cited in full in more than one note\n同一作品在多条注释中重复给出完整引文\n' +
        'Default 默认: info under cass, people; warning under law, chicago-notes; ' +
        'off under gbt7714-2015, gbt7714-2025, author-date, numeric; off where no norm is recognised.',
    );
    expect(rules['punctuation-width']!.description).toMatch(/Fixable with --fix/);
  });

  it('is a valid draft-07 schema that ajv compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('accepts what citeaudit accepts and refuses what it refuses', () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    const cases: Array<[string, boolean]> = [
      [starter('./node_modules/citeaudit/schema/citeaudit.schema.json'), true],
      ['{}', true],
      [
        JSON.stringify({
          $schema: 'file:///opt/citeaudit/schema/citeaudit.schema.json',
          norm: 'gbt7714-2015',
          rules: Object.fromEntries(RULE_IDS.map((id, k) => [id, ['off', 'info', 'warning', 'error'][k % 4]])),
          ignore: ['草稿/', '*.bak.md'],
          catalog: 'refs/catalog.sqlite',
        }),
        true,
      ],
      ['{ "norm": "auto", "rules": { "missing-field": "off" } }', true],
      ['{ "rules": { "mising-field": "off" } }', false],
      ['{ "rules": { "missing-field": "warn" } }', false],
      ['{ "rules": { "missing-field": ["warning"] } }', false],
      ['{ "norm": "apa7" }', false],
      ['{ "norm": "GBT7714-2015" }', false],
      ['{ "rule": {} }', false],
      ['{ "ignore": "drafts/" }', false],
      ['{ "ignore": ["drafts/", 3] }', false],
      ['{ "catalog": "  " }', false],
      ['{ "catalog": 5 }', false],
      ['[]', false],
    ];
    for (const [text, valid] of cases) {
      const parsed = parseConfigText(text);
      expect('value' in parsed, text).toBe(true);
      if (!('value' in parsed)) continue;
      expect(validate(parsed.value), `${text}: ${JSON.stringify(validate.errors)}`).toBe(valid);
      expect(refusal(text) === null, `${text}: ${refusal(text)}`).toBe(valid);
    }
  });
});
