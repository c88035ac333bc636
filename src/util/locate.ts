import type { Position } from '../model/location.js';

/**
 * Maps offsets of one text to 1-based line/column. Built once per document so that every rule's
 * diagnostic costs a binary search, not a scan from the start.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.starts[lo]!;
    // Columns count code points so that a column matches what an editor shows for CJK and emoji.
    let column = 1;
    for (let i = lineStart; i < o; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) column++;
    }
    return { line: lo + 1, column };
  }
}
