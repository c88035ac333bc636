import { dirname } from 'node:path';
import { findConfig, ignoreMatcher, loadConfig, type Config } from '../engine/config.js';
import type { SeveritySetting } from '../model/diagnostic.js';
import type { NormId } from '../model/norm.js';
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

/** Where a setting that applies comes from: a command-line option, a configuration file, or citeaudit's default. */
export type Source = { type: 'option'; option: string } | { type: 'file'; path: string } | { type: 'default' };

/** What the command line says about a file's settings (`check`, `config --print`). */
export interface SettingOptions {
  /** `--config FILE`; otherwise the nearest citeaudit.config.json / .citeauditrc.json above each file. */
  config?: string;
  norm: NormId | 'auto';
  /** The user chose `--norm` (it then wins over the configuration). */
  normExplicit?: boolean;
  rule: Record<string, SeveritySetting>;
}

/** The settings that apply to a file and where each comes from: the command line over its configuration. */
export interface Applied {
  config: Config | null;
  norm: NormId | 'auto';
  normSource: Source;
  /** The rules set by `--rule` or the configuration; the others take their norm's default. */
  overrides: Record<string, SeveritySetting>;
  overrideSources: Record<string, Source>;
}

export function appliedSettings(file: string, opts: SettingOptions): Applied {
  const config = configFor(file, opts.config);
  const fromFile: Source | null = config && { type: 'file', path: config.path };
  const rule: Source = { type: 'option', option: '--rule' };
  const overrideSources: Record<string, Source> = {};
  for (const id of Object.keys(config?.rules ?? {})) overrideSources[id] = fromFile!;
  for (const id of Object.keys(opts.rule)) overrideSources[id] = rule;
  const normSource: Source = opts.normExplicit
    ? { type: 'option', option: '--norm' }
    : config?.norm
      ? fromFile!
      : { type: 'default' };
  return {
    config,
    norm: opts.normExplicit ? opts.norm : (config?.norm ?? opts.norm),
    normSource,
    overrides: { ...config?.rules, ...opts.rule },
    overrideSources,
  };
}

/** Ignore patterns of the configuration that applies where the command runs, and those of `--ignore`. */
export function ignoreFor(explicit?: string, extra: string[] = []): (rel: string) => boolean {
  const c = configFor(`${process.cwd()}/.`, explicit);
  const patterns = [...(c?.ignore ?? []), ...extra];
  return patterns.length ? ignoreMatcher(patterns) : () => false;
}
