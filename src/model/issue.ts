import type { Severity } from './diagnostic.js';

/** An input that could not be used (missing, unreadable, a folder without manuscripts): the others are still checked. */
export interface InputFailure {
  path: string;
  message: string;
}

/** One row of the issue summary: an article and its counts. */
export interface ArticleRow {
  path: string;
  notes: number;
  entries: number;
  citations: number;
  works: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** One of the conflicting forms of a cross-article finding, with the articles (and notes) that print it. */
export interface IssueForm {
  text: string;
  articles: string[];
  /** `paper.md note ① on p. 2`: an article and a place in it, in the report's language. */
  places: string[];
}

/** A finding about the set of articles, not about one of them: reported once, naming the articles. */
export interface IssueDiagnostic {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  /** The articles involved, in input order. */
  articles: string[];
  /** What the message says, as data; consistency findings keep their forms in `data.forms` (`IssueForm[]`). */
  data: Record<string, unknown>;
}

/** The issue-level view of a check of several articles. */
export interface IssueReport {
  articles: ArticleRow[];
  diagnostics: IssueDiagnostic[];
}
