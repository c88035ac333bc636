/** Half-open range of UTF-16 offsets into `Document.text`. */
export interface Range {
  start: number;
  end: number;
}

/** 1-based line and column (column counts Unicode code points, as editors show them). */
export interface Position {
  line: number;
  column: number;
}
