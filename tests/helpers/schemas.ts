import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv as Ajv07, type ErrorObject } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { ROOT } from './cli.js';

/**
 * The schemas the consumers of citeaudit's output check it against (`../shared/schemas`, never copied in).
 * Tests that need them skip with `SCHEMAS_ABSENT` as their reason when the shared folder is not there;
 * the validators are development dependencies, so a missing validator fails instead of skipping.
 */
export const SCHEMAS = join(ROOT, '../shared/schemas');
export const HAS_SCHEMAS = existsSync(join(SCHEMAS, 'README.md'));
export const SCHEMAS_ABSENT = `needs ${SCHEMAS} (the project's shared folder), which is absent`;

/** A suite that needs the schemas: skipped, saying why (in its title and on standard error), when they are absent. */
export function describeWithSchemas(title: string, suite: () => void): void {
  if (!HAS_SCHEMAS) console.warn(`skipped '${title}': ${SCHEMAS_ABSENT}`);
  describe.skipIf(!HAS_SCHEMAS)(HAS_SCHEMAS ? title : `${title} (skipped: ${SCHEMAS_ABSENT})`, suite);
}

const schema = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as Record<string, unknown>;

const explain = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);

/** The SARIF log against the OASIS 2.1.0 schema (JSON Schema draft-04, with formats): the errors, none when valid. */
export function sarifErrors(log: unknown): string[] {
  const ajv = new Ajv04.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema('sarif-schema-2.1.0.json'));
  return validate(log) ? [] : explain(validate.errors);
}

/** CSL-JSON items against the CSL 1.0 input schema (draft-07, with formats): the errors, none when valid. */
export function cslErrors(items: unknown): string[] {
  const ajv = new Ajv07({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema('csl-data.json'));
  return validate(items) ? [] : explain(validate.errors);
}

/** An XML document against an XSD of the shared folder, by libxml2's xmllint (WebAssembly): the errors. */
export async function xsdErrors(xsd: 'junit-ant.xsd' | 'junit-jenkins-10.xsd', xml: string): Promise<string[]> {
  const r = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [{ fileName: xsd, contents: readFileSync(join(SCHEMAS, xsd), 'utf8') }],
  });
  return r.errors.map((e) => e.rawMessage);
}
