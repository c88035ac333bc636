import { dirname } from 'node:path';
import { findConfig, ignoreMatcher, loadConfig, type Config } from '../engine/config.js';
import { RULE_IDS } from '../rules/index.js';

const cache = new Map<string, Config | null>();
// The files of one folder share their configuration: it is looked for once per folder, not once per file.
const pathByDir = new Map<string, string | null>();

function configPathFor(dir: string): string | null {
  let p = pathByDir.get(dir);
  if (p === undefined) pathByDir.set(dir, (p = findConfig(dir)));
  return p;
}

/** The configuration for a file: `--config`, else the nearest one found upward from the file's folder. */
export function configFor(file: string, explicit?: string): Config | null {
  const path = explicit ?? configPathFor(dirname(file));
  if (!path) return null;
  let c = cache.get(path);
  if (c === undefined) cache.set(path, (c = loadConfig(path, RULE_IDS)));
  return c;
}

/** Ignore patterns of the configuration that applies where the command runs, and those of `--ignore`. */
export function ignoreFor(explicit?: string, extra: string[] = []): (rel: string) => boolean {
  const c = configFor(`${process.cwd()}/.`, explicit);
  const patterns = [...(c?.ignore ?? []), ...extra];
  return patterns.length ? ignoreMatcher(patterns) : () => false;
}
