import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parseReport } from '../helpers/cli.js';

// The same checks as the browser test, on the page source, so they also run where Chromium is absent.
describe('HTML report source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citeaudit-html-src-'));
  const hostile = join(dir, 'hostile.md');
  writeFileSync(
    hostile,
    '正文<sup>①</sup>。\n\n① 张三：《</script><script>alert(1)</script>》,北京：人民出版社，2020年，第5页。\n',
  );

  it('escapes hostile note text everywhere, including the JSON block', () => {
    const r = cli(['check', hostile, '--format', 'html', '--lang', 'en']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html.match(/<script\b/g)).toHaveLength(2); // the data block and the filter, nothing else
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('marks each finding where it is, with its severity, and counts it once', () => {
    const json = parseReport(cli(['check', 'fixtures/llm-labor-value.md', '--format', 'json']).stdout);
    const html = cli(['check', 'fixtures/llm-labor-value.md', '--format', 'html', '--lang', 'zh']).stdout;
    const ds = json.files[0]!.diagnostics;
    expect(html.match(/<li class="finding"/g)).toHaveLength(ds.length);
    expect(html).toContain('<html lang="zh-CN">');
    // Both spellings of Dyer-Witheford are highlighted inside their notes as warnings; ⑥@p7 also lies
    // under the (info) repeated-citation finding, so that piece names both findings.
    expect(html).toMatch(/<mark class="hl sev-warning" data-diags="\d+ \d+">Dyer-Witheyford<\/mark>/);
    expect(html).toMatch(/<mark class="hl sev-warning" data-diags="[\d ]+">Dyer-Witheford<\/mark>/);
    expect(html).toContain(`<td class="n" data-k="warnings">${ds.filter((d) => d.severity === 'warning').length}</td>`);
  });

  it('badges have a contrast of at least 4.5:1 (white on their colour), and the page one main landmark', () => {
    const html = cli(['check', 'fixtures/llm-labor-value.md', '--format', 'html', '--lang', 'en']).stdout;
    expect(html).toMatch(/\.badge\{[^}]*color:#fff[;}]/);
    for (const [sev, name] of [
      ['error', 'err'],
      ['warning', 'warn'],
      ['info', 'info'],
    ]) {
      expect(html).toContain(`.badge.sev-${sev}{background:var(--${name})}`);
      const colour = new RegExp(`--${name}:(#[0-9a-f]{6})`).exec(html)![1]!;
      expect(contrast(colour, '#ffffff'), `${sev} badge ${colour}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(html.match(/<main>/g)).toHaveLength(1);
    expect(html).toContain('</main><footer>');
  });
});

/** WCAG 2's contrast ratio of two sRGB colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
