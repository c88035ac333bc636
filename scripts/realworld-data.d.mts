// Types of realworld-data.mjs, for the tests.
export interface ManifestRow {
  id: string;
  source_repo: string;
  path: string;
  kind: string;
  language: string;
  file: string;
  note: string;
}
export function realworldDir(): string;
export function parseManifest(text: string): ManifestRow[];
export function readManifest(dir: string): ManifestRow[];
