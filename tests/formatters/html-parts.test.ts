import { describe, expect, it } from 'vitest';
import { barChart, type ChartText } from '../../src/formatters/html/chart.js';
import { esc, escText, jsonForScript } from '../../src/formatters/html/escape.js';
import { noteHtml } from '../../src/formatters/html/note-text.js';

/** A note's text in a document, with one finding of `severity` over `marked`. */
function note(text: string, marked?: string, markdown = true): string {
  const doc = `① ${text}\n`;
  const range = { start: 2, end: 2 + text.length };
  const at = marked ? doc.indexOf(marked) : -1;
  const spans = at === -1 ? [] : [{ start: at, end: at + marked!.length, diag: 7, severity: 'warning' as const }];
  return noteHtml(doc, range, spans, markdown);
}

describe('a note in the HTML report', () => {
  it('shows emphasis and strong as such, the finding marked inside and around them', () => {
    expect(note('N. Dyer, *Inhuman Power*, London, 2019.', 'Dyer, *Inhuman')).toBe(
      'N. <mark class="hl sev-warning" data-diags="7">Dyer, </mark><em><mark class="hl sev-warning" data-diags="7">Inhuman</mark> Power</em>, London, 2019.',
    );
    expect(note('**粗体**与`code`')).toBe('<strong>粗体</strong>与<code>code</code>');
  });

  it('links to the web or mail only; any other link, raw HTML and images stay text', () => {
    expect(note('[页面](https://example.org/a?b=1&c=2 "t")')).toBe(
      '<a href="https://example.org/a?b=1&#38;c=2" rel="noopener noreferrer">页面</a>',
    );
    expect(note('[坏](javascript:alert(1))')).toBe('坏');
    expect(note('<sup>①</sup><script>x()</script>')).toBe(
      '&#60;sup&#62;①&#60;/sup&#62;&#60;script&#62;x()&#60;/script&#62;',
    );
    expect(note('![图](https://example.org/i.png)')).toBe(
      '!<a href="https://example.org/i.png" rel="noopener noreferrer">图</a>',
    );
  });

  it('is read as inline text: a note starting like a list or a heading keeps its text', () => {
    expect(note('1. 张三，第5页。')).toBe('1. 张三，第5页。');
    expect(note('# 标题 *斜体*')).toBe('# 标题 <em>斜体</em>');
    // An escape shows what it stands for.
    expect(note('\\*不是强调\\*')).toBe('*不是强调*');
  });

  it('outside Markdown, asterisks are text', () => {
    expect(note('*Inhuman Power*', 'Inhuman', false)).toBe(
      '*<mark class="hl sev-warning" data-diags="7">Inhuman</mark> Power*',
    );
  });
});

describe('escaping', () => {
  it('never copies a control character in: it shows its picture', () => {
    expect(esc('年\u000b，\u0000\u001f\u007f\u0085\t\n')).toBe('年\u240b，\u2400\u241f\u2421\ufffd\t\n');
    expect(jsonForScript({ s: '\u0085</script>' })).toBe('{"s":"\\u0085\\u003c/script>"}');
  });

  it('marks Chinese runs in an English report, not in a Chinese one', () => {
    expect(escText('《马克思恩格斯文集》第8卷 is cited: 第185-186、186页 & ChatGPT', 'en')).toBe(
      '<span lang="zh">《马克思恩格斯文集》第8卷</span> is cited: <span lang="zh">第185-186、186页</span> &#38; ChatGPT',
    );
    expect(escText('《资本论》', 'zh')).toBe('《资本论》');
  });
});

describe('a chart', () => {
  const text: ChartText = {
    title: 'Findings by rule',
    barAxis: 'Rule',
    countAxis: 'Number of findings',
    severities: { error: 'Errors', warning: 'Warnings', info: 'Infos' },
    empty: 'No findings',
  };

  it('has a legend, the names of its axes and a scale', () => {
    const svg = barChart(
      text,
      [{ label: 'missing-field', key: 'missing-field', parts: [{ severity: 'warning', count: 7 }] }],
      'c',
    );
    expect([...svg.matchAll(/<text class="axis-title"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual([
      'Rule',
      'Number of findings',
    ]);
    expect([...svg.matchAll(/<text class="tick"[^>]*>(\d+)</g)].map((m) => m[1])).toEqual(['0', '2', '4', '6']);
    expect(svg).toContain('<title>missing-field, Warnings: 7</title>');
    expect(svg).toContain(
      '<ul class="legend"><li><span class="swatch sev-error" aria-hidden="true"></span>Errors</li><li><span class="swatch sev-warning" aria-hidden="true"></span>Warnings</li><li><span class="swatch sev-info" aria-hidden="true"></span>Infos</li></ul>',
    );
  });

  it('says so instead of drawing nothing', () => {
    const none = [{ label: 'a.md', key: 'a.md', parts: [{ severity: 'error' as const, count: 0 }] }];
    expect(barChart(text, none, 'c')).toBe(
      '<figure class="chart"><figcaption>Findings by rule</figcaption><p>No findings</p></figure>',
    );
  });
});
