// One JSON Lines reader for the scripts: the objects of a file's non-empty lines.
import { readFileSync } from 'node:fs';

export function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}
