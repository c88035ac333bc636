import type { Diagnostic } from './diagnostic.js';
import type { InputFailure, IssueReport } from './issue.js';
import type { Analysis } from './rule.js';

/** What a check produced for one file: the input to every formatter. */
export interface FileResult {
  /** The path as the user gave it (relative paths stay relative so reports are portable). */
  path: string;
  analysis: Analysis;
  diagnostics: Diagnostic[];
  /** Seconds it took to read and check the file (the JUnit report's suite time). */
  seconds?: number;
}

/** What a run adds to the files' results: the issue-level view (several articles) and the inputs that could not be read. */
export interface RunInfo {
  issue?: IssueReport;
  unreadable?: InputFailure[];
}
