import type { UiLang } from '../i18n/index.js';
import type { FileResult, RunInfo } from '../model/result.js';
import type { Summary } from './result.js';

/** What a run hands every report besides the results: the reader's language, colour, citeaudit's version. */
export interface FormatOptions {
  lang: UiLang;
  /** ANSI colours (a terminal report only). */
  color: boolean;
  version?: string;
  /** When the run started (the JUnit report's timestamp); the time of formatting when not given. */
  started?: Date;
  /** `--max-warnings`: past it, warnings fail the run, and a report that marks failures marks them too. */
  maxWarnings?: number;
  /** `--quiet`: the findings below error that were left out, counted by severity (the terminal report says so). */
  hidden?: HiddenCounts;
}

/** Findings that `--quiet` left out of a report. */
export interface HiddenCounts {
  warning: number;
  info: number;
}

/**
 * A report format: one module under `src/formatters/` whose default export is this, listed in
 * `./index.ts`. `format` turns the results of a run into the report's text.
 */
export interface Formatter {
  meta: {
    id: string;
    /** Read by programs: progress and `--fix-dry-run` diffs go to standard error, never into the report. */
    machine: boolean;
  };
  format(results: FileResult[], run: RunInfo, options: FormatOptions): string | Promise<string>;
  /**
   * A report written a file at a time (`opening`, each file's `part`, then `closing`), so that a large
   * run never holds every analysis; the parts can be made in worker threads. Together they equal `format`.
   */
  stream?: {
    opening: string;
    /** As UTF-8, ready to write. */
    part(result: FileResult): Uint8Array;
    /** As UTF-8, ready to write. */
    closing(summary: Summary, run: RunInfo): Uint8Array;
  };
}
