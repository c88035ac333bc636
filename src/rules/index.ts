import type { Rule } from '../model/rule.js';

/**
 * The rule registry: id → module loader. Rules load only when a check runs, so `--help` and
 * `--version` stay fast. The ids are the stable ones of DESIGN.md.
 */
const LOADERS: Record<string, () => Promise<{ default: Rule }>> = {
  'orphan-marker': () => import('./orphan-marker.js'),
  'orphan-note': () => import('./orphan-note.js'),
  'note-sequence': () => import('./note-sequence.js'),
  'duplicate-citation': () => import('./duplicate-citation.js'),
  'consecutive-duplicate': () => import('./consecutive-duplicate.js'),
  'ibid-ambiguous': () => import('./ibid-ambiguous.js'),
  'missing-locator': () => import('./missing-locator.js'),
  'missing-field': () => import('./missing-field.js'),
  'invalid-locator': () => import('./invalid-locator.js'),
  'implausible-year': () => import('./implausible-year.js'),
  'invalid-identifier': () => import('./invalid-identifier.js'),
  'inconsistent-name': () => import('./inconsistent-name.js'),
  'inconsistent-metadata': () => import('./inconsistent-metadata.js'),
  'inconsistent-format': () => import('./inconsistent-format.js'),
  'punctuation-width': () => import('./punctuation-width.js'),
  'nested-title-marks': () => import('./nested-title-marks.js'),
  'author-list': () => import('./author-list.js'),
  'duplicate-entry': () => import('./duplicate-entry.js'),
  'uncited-entry': () => import('./uncited-entry.js'),
  'missing-entry': () => import('./missing-entry.js'),
  unresolved: () => import('./unresolved.js'),
  'metadata-mismatch': () => import('./metadata-mismatch.js'),
};

export const RULE_IDS = Object.keys(LOADERS);

export function isRuleId(id: string): boolean {
  return Object.hasOwn(LOADERS, id);
}

const loaded = new Map<string, Rule>();

export async function loadRules(only?: string[]): Promise<Rule[]> {
  const ids = only ?? RULE_IDS;
  // Checking a folder loads the rules once, not once per manuscript.
  if (ids.every((id) => loaded.has(id))) return ids.map((id) => loaded.get(id)!);
  const mods = await Promise.all(
    ids.map((id) => {
      const load = LOADERS[id];
      if (!load) throw new Error(`unknown rule '${id}'`);
      return load();
    }),
  );
  ids.forEach((id, k) => loaded.set(id, mods[k]!.default));
  return mods.map((m) => m.default);
}
