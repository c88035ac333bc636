import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

const ZH = '孙伟平：《智能系统的劳动及其社会后果》，《哲学研究》2021年第8期。';
const EN = 'George Caffentzis, *In Letters of Blood & Fire*, Oakland: PM Press, 2013, p. 131.';
const dir = mkdtempSync(join(tmpdir(), 'citeaudit-parse-'));

describe('citeaudit parse', () => {
  it('parses arguments into CSL-JSON', () => {
    const r = cli(['parse', ZH, EN]);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout);
    expect(items[0]).toMatchObject({ id: '1', type: 'article-journal', language: 'zh-CN', title: '智能系统的劳动及其社会后果', 'container-title': '哲学研究', issue: '8' });
    expect(items[1]).toMatchObject({ id: '2', type: 'book', language: 'en-US', publisher: 'PM Press', 'x-locator': '131' });
  });

  it('reads standard input, one reference a line, and writes JSON lines', () => {
    const r = spawnSync(process.execPath, ['bin/citeaudit.js', 'parse', '--format', 'jsonl'], { cwd: ROOT, input: `${ZH}\n\n${EN}\n`, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['1', '3']);
  });

  it('keeps the ids of a JSON-lines input file', () => {
    const p = join(dir, 'refs.jsonl');
    writeFileSync(p, `${JSON.stringify({ id: 'a', text: ZH })}\n${JSON.stringify({ id: 'b', text: '同上，第5页。' })}\n`);
    const items = cli(['parse', '--input', p, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(items[1]).toMatchObject({ 'x-kind': 'ibid', 'x-locator': '5' });
  });

  it('returns what it cannot parse as a document with the reason', () => {
    const [item] = JSON.parse(cli(['parse', '这是一段评论，没有引文']).stdout);
    expect(item).toMatchObject({ type: 'document', title: '这是一段评论，没有引文' });
    expect(item.note).toMatch(/not parsed/);
  });

  it('writes BibTeX that keeps Chinese text and reads back through citation-js', async () => {
    const r = cli(['parse', ZH, EN, '--format', 'bibtex']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('@article{ref1,');
    expect(r.stdout).toContain('title = {智能系统的劳动及其社会后果}');
    expect(r.stdout).toContain('langid = {chinese}');
    expect(r.stdout).toContain('\\&');
    const { Cite } = await import('@citation-js/core');
    await import('@citation-js/plugin-bibtex');
    const back = new Cite(r.stdout).data as Array<Record<string, any>>;
    expect(back[0]!.title).toBe('智能系统的劳动及其社会后果');
    expect(back[0]!.author[0].family ?? back[0]!.author[0].literal).toBe('孙伟平');
    expect(back[1]!.title).toBe('In Letters of Blood & Fire');
    expect(back[1]!.issued['date-parts'][0][0]).toBe(2013);
  });

  it('a missing input file is one line and exit 2', () => {
    const p = join(dir, 'nope.txt');
    const r = cli(['parse', '--input', p]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`citeaudit: ${p}: no such file or directory`);
  });
});
