import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Summary } from '../../src/formatters/result.js';
import type {
  Citation,
  CslItem,
  Diagnostic,
  Document,
  Entry,
  Note,
  Position,
  SourceFormat,
  Work,
} from '../../src/model/index.js';
import type { InputFailure, IssueReport } from '../../src/model/issue.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/citeaudit.js', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (`npm test` builds first). */
export function cli(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30000,
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A note of the JSON report: where it stands and the markers that point to it. */
export interface JsonNote extends Pick<Note, 'id' | 'label' | 'page' | 'text' | 'source'> {
  line: number;
  markers: Position[];
}

/** A reference-list entry of the JSON report. */
export interface JsonEntry extends Pick<Entry, 'id' | 'label' | 'text'> {
  line: number;
}

export type JsonCitation = Pick<
  Citation,
  'id' | 'noteId' | 'entryId' | 'raw' | 'lang' | 'kind' | 'prefix' | 'workId' | 'item' | 'locator'
>;

export type JsonWork = Pick<Work, 'id' | 'citationIds' | 'item'>;

/** A diagnostic of the JSON report: everything but the offsets, which `line` and `column` stand for. */
export type JsonDiagnostic = Omit<Diagnostic, 'range'>;

/** One element of the report's `files`. */
export interface JsonFile {
  path: string;
  format: SourceFormat;
  encoding: string;
  norm: string;
  numbering?: Document['numbering'];
  notes: JsonNote[];
  entries: JsonEntry[];
  citations: JsonCitation[];
  works: JsonWork[];
  diagnostics: JsonDiagnostic[];
}

/**
 * The document `--format json` writes (DESIGN.md, "Output contract"; src/formatters/json.ts), as `check`
 * and `extract` print it. `issue` comes with several articles, `unreadable` when an input could not be read.
 */
export interface JsonReport {
  version: 1;
  files: JsonFile[];
  summary: Summary;
  issue?: IssueReport;
  unreadable?: InputFailure[];
}

/** The JSON report in `text`, typed as the contract describes it (not validated: the tests check what they rely on). */
export function parseReport(text: string): JsonReport {
  return JSON.parse(text) as JsonReport;
}

/** The CSL-JSON array `parse` and `export` print (not validated, as `parseReport`). */
export function parseItems(text: string): CslItem[] {
  return JSON.parse(text) as CslItem[];
}

/** The parts of a SARIF 2.1.0 log that the tests read. */
export interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      properties?: { acrossArticles?: boolean };
      locations: Array<{
        physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number } };
      }>;
    }>;
  }>;
}

/** The SARIF log in `text` (not validated, as `parseReport`). */
export function parseSarif(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}
