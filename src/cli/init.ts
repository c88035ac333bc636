import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SCHEMA_FILE } from '../engine/config-schema.js';
import { starter } from '../engine/config.js';
import { InputError, UsageError } from '../util/errors.js';
import { writeFileAtomic } from './atomic-write.js';

const NAME = 'citeaudit.config.json';

/**
 * Where `$schema` points, as Biome's `init` does: the schema of the citeaudit installed in the nearest
 * `node_modules` at or above the folder (`./node_modules/citeaudit/schema/citeaudit.schema.json`), a path
 * that holds for everyone who installs the project; else, for a global install, this package's own
 * schema as a file URL.
 */
export function schemaRef(dir: string, own: string): string {
  for (let d = dir; ; d = dirname(d)) {
    const installed = join(d, 'node_modules', 'citeaudit', SCHEMA_FILE);
    if (existsSync(installed)) {
      const rel = relative(dir, installed).split(sep).join('/');
      return rel.startsWith('../') ? rel : `./${rel}`;
    }
    if (dirname(d) === d) return pathToFileURL(own).href;
  }
}

/** `citeaudit init`: the starter configuration in the folder, written whole and never over an existing file. */
export async function runInit(dir: string): Promise<string> {
  const own = fileURLToPath(new URL(`../../${SCHEMA_FILE}`, import.meta.url));
  try {
    await writeFileAtomic(join(dir, NAME), starter(schemaRef(dir, own)), { exclusive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${NAME} already exists here; not overwritten`);
    throw new InputError(join(dir, NAME), `cannot write it (${(e as Error).message})`);
  }
  return `${NAME} written\n`;
}
