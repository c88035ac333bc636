// Writes the JSON Schema of the configuration file (schema/citeaudit.schema.json, shipped in the package)
// from the code's registries: settings, norms, rules. `npm run schema` after changing any of them;
// tests/engine/config-schema.test.ts fails while the committed file is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const { SCHEMA_FILE, configSchemaText } = await import('../dist/engine/config-schema.js');
const { loadRules } = await import('../dist/rules/index.js');
const target = fileURLToPath(new URL(`../${SCHEMA_FILE}`, import.meta.url));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, configSchemaText(await loadRules()));
console.log(`${SCHEMA_FILE} written`);
