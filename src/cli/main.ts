import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError, UsageError } from '../util/errors.js';
import { detectLang, type UiLang } from '../i18n/index.js';
import { isSeveritySetting, SEVERITY_SETTINGS, type SeveritySetting } from '../model/diagnostic.js';
import type { NormId } from '../model/norm.js';
import type { ExportFormat } from '../exporters/index.js';
import { FORMAT_IDS, type FormatId } from '../formatters/index.js';
import { NORM_CHOICES, notANorm } from '../engine/norms.js';
import { didYouMean } from '../util/suggest.js';

// The option values commander hands each command's action: what the options below declare (choices,
// defaults, parsers); an option without a default is absent when not given.
interface CheckArgs {
  format: FormatId;
  output?: string;
  lang?: UiLang;
  norm: NormId | 'auto';
  rule: Record<string, SeveritySetting>;
  maxWarnings?: number;
  quiet: boolean;
  color: boolean;
  encoding?: string;
  bibComplete: boolean;
  config?: string;
  bib: string[];
  catalog?: string | true;
  fixDryRun: boolean;
  fix: boolean;
  ignore: string[];
  jobs?: number;
  stdinFilename?: string;
}

interface ExportArgs {
  to: ExportFormat | 'text' | 'notes';
  output?: string;
  withLocators: boolean;
  style?: string;
  keys?: string;
  encoding?: string;
}

interface ExtractArgs {
  format: 'json' | 'jsonl' | 'tsv';
  encoding?: string;
}

interface ParseArgs {
  input?: string;
  format: 'csl-json' | 'jsonl' | 'bibtex';
  lang?: UiLang;
  stdinFilename?: string;
  explain?: boolean;
}

interface CatalogArgs {
  catalog?: string;
  config?: string;
  lang?: UiLang;
}

interface ConfigArgs {
  print: string;
  format: 'text' | 'json';
  config?: string;
  norm: NormId | 'auto';
  rule: Record<string, SeveritySetting>;
  lang?: UiLang;
  encoding?: string;
}

interface RulesArgs {
  lang?: UiLang;
  format: 'text' | 'json' | 'markdown';
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function collectRule(value: string, previous: Record<string, SeveritySetting>): Record<string, SeveritySetting> {
  const m = /^([a-z0-9-]+)=(\w+)$/.exec(value.trim());
  if (!m || !isSeveritySetting(m[2]))
    throw new InvalidArgumentError(
      `expected ID=off|info|warning|error, got '${value}'${m ? didYouMean(m[2]!, SEVERITY_SETTINGS) : ''}`,
    );
  return { ...previous, [m[1]!]: m[2] };
}

function parseNorm(value: string): NormId | 'auto' {
  const norm = NORM_CHOICES.find((n) => n === value);
  if (!norm) throw new InvalidArgumentError(notANorm(value));
  return norm;
}

/** `--rule` ids checked against the registry, so that a mistyped one is refused before anything is read. */
async function checkRuleIds(rule: Record<string, SeveritySetting>): Promise<void> {
  const { RULE_IDS } = await import('../rules/index.js');
  for (const id of Object.keys(rule))
    if (!RULE_IDS.includes(id))
      throw new UsageError(`unknown rule '${id}'${didYouMean(id, RULE_IDS) || " (see 'citeaudit rules')"}`);
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a non-negative integer, got '${value}'`);
  return Number(value);
}

function parsePositive(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError(`expected a positive integer, got '${value}'`);
  return Number(value);
}

/** `--norm`: its choices in the help, and "did you mean" for a mistyped one. */
const normOption = () =>
  new Option('--norm <norm>', 'citation norm').choices(NORM_CHOICES).argParser(parseNorm).default('auto');

// Every command writes through these two, looked up at each call.
const out = (s: string | Uint8Array) => void process.stdout.write(s);
const err = (s: string) => void process.stderr.write(s);

/** `--lang` of the commands that print messages. */
const messageLangOption = () =>
  new Option('--lang <lang>', 'message language (default: from the locale)').choices(['zh', 'en']);

/** `-c, --config`: a configuration file instead of the one found. */
const configOption = () =>
  new Option('-c, --config <file>', 'use this configuration instead of the nearest citeaudit.config.json');

/** `--rule`, repeatable, collected into one map of severities. */
const ruleOption = () =>
  new Option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)')
    .default({})
    .argParser(collectRule);

/** An option given several times, collected in order. */
const repeatable = (v: string, p: string[]) => [...p, v];

/** `citeaudit check FILES`: the options, and the action that runs the check and sets the exit code. */
function checkCommand(program: Command): void {
  program
    .command('check')
    .description('check the notes and citations of manuscripts (files or folders)')
    .argument('<files...>', "manuscripts, folders holding them, or globs (quoted: 'issue/**/*.md')")
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMAT_IDS).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(messageLangOption())
    .addOption(normOption())
    .addOption(ruleOption())
    .option('--max-warnings <n>', 'exit 1 when warnings exceed n', parseCount)
    .option('-q, --quiet', 'report errors only', false)
    .option('--stdin-filename <name>', "with '-': the name of standard input in the report, which gives its format")
    .option('--no-color', 'plain terminal output')
    .option(
      '--encoding <name>',
      'read the files in this encoding (utf-8, gb18030, gbk, gb2312, big5, utf-16le, utf-16be) instead of detecting it',
    )
    .option('--bib-complete', 'LaTeX: report .bib entries that are never cited', false)
    .addOption(configOption())
    .option(
      '--bib <file>',
      'a library to resolve citations against: .bib, CSL-JSON .json or .ris (repeatable)',
      repeatable,
      [] as string[],
    )
    .option(
      '--catalog [file]',
      'resolve citations against a catalog (default: the configured one or the user data folder)',
    )
    .option('--fix-dry-run', 'print a diff of the safe fixes without changing any file', false)
    .option(
      '--fix',
      'apply the safe fixes (Markdown and text, UTF-8), keeping FILE.bak (FILE.bak.1, … when taken)',
      false,
    )
    .option(
      '--ignore <pattern>',
      'skip files and folders matching this .gitignore-style pattern when expanding folders and globs (repeatable)',
      repeatable,
      [] as string[],
    )
    .option(
      '-j, --jobs <n>',
      'threads checking files in parallel, this one and n-1 workers (default: one per core but one, at most one per 16 files; 1: no workers)',
      parsePositive,
    )
    .action(check);
}

async function check(files: string[], o: CheckArgs, cmd: Command): Promise<void> {
  const lang: UiLang = o.lang ?? detectLang();
  await checkRuleIds(o.rule);
  const { runCheck } = await import('./check.js');
  // Standard output is a tty.WriteStream, with isTTY, only when it is a terminal.
  const stdout: { isTTY?: boolean } = process.stdout;
  const color = o.color && !!stdout.isTTY && !process.env.NO_COLOR;
  const { exitCode } = await runCheck(
    files,
    {
      format: o.format,
      output: o.output,
      lang,
      norm: o.norm,
      rule: o.rule,
      maxWarnings: o.maxWarnings,
      quiet: o.quiet,
      color,
      encoding: o.encoding,
      bibComplete: o.bibComplete,
      version: version(),
      config: o.config,
      normExplicit: cmd.getOptionValueSource('norm') === 'cli',
      fix: o.fix ? 'apply' : o.fixDryRun ? 'dry-run' : undefined,
      bib: o.bib,
      catalog: o.catalog,
      ignore: o.ignore,
      jobs: o.jobs,
      stdinFilename: o.stdinFilename,
    },
    { out, err },
  );
  process.exitCode = exitCode;
}

/** `citeaudit export FILES`: the cited works as a library or a formatted list. */
function exportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'export the cited works, one record per work, as BibTeX, BibLaTeX, CSL-JSON, RIS, a formatted list, or the notes re-rendered',
    )
    .argument('<files...>', 'manuscripts or folders holding them')
    .addOption(
      new Option('-t, --to <format>', 'output format')
        .choices(['bibtex', 'biblatex', 'csl-json', 'ris', 'text', 'notes'])
        .default('csl-json'),
    )
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--with-locators', 'keep the cited pages of each work in a note', false)
    .option(
      '--style <name|file.csl>',
      'CSL style for --to text|notes: cass-note, gbt7714-2015-numeric, gbt7714-2025-numeric, chicago-notes, chicago-bibliography, or a .csl file',
    )
    .option('--keys <pattern>', 'citation key pattern, e.g. [auth][year][title] or [auth:pinyin][shorttitle][year]')
    .option('--encoding <name>', 'read the files in this encoding instead of detecting it')
    .action(async (files: string[], o: ExportArgs) => {
      const { runExport } = await import('./export.js');
      process.exitCode = await runExport(
        files,
        {
          to: o.to,
          output: o.output,
          withLocators: o.withLocators,
          encoding: o.encoding,
          style: o.style,
          keys: o.keys,
        },
        { out, err },
      );
    });
}

/** `citeaudit extract FILES`: what the readers and the parser found, unchecked. */
function extractCommand(program: Command): void {
  program
    .command('extract')
    .description('print the notes, markers, entries and parsed citations without checking them')
    .argument('<files...>', 'manuscripts or folders holding them')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'tsv']).default('json'))
    .option('--encoding <name>', 'read the files in this encoding instead of detecting it')
    .action(async (files: string[], o: ExtractArgs) => {
      const { runExtract } = await import('./extract.js');
      process.exitCode = await runExtract(files, { format: o.format, encoding: o.encoding }, { out, err });
    });
}

/** `citeaudit parse [REFERENCES]`: reference strings into CSL-JSON, JSON lines or BibTeX. */
function parseCommand(program: Command): void {
  program
    .command('parse')
    .description('parse reference strings into CSL-JSON, JSON lines or BibTeX')
    .argument('[references...]', "reference strings (default, or '-': one per line on standard input)")
    .option(
      '-i, --input <file>',
      'read references from a file, one per line (or JSON lines {"id","text"}); - for standard input',
    )
    .option('--stdin-filename <name>', 'the name of standard input in messages')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['csl-json', 'jsonl', 'bibtex']).default('csl-json'),
    )
    .addOption(
      new Option(
        '--lang <lang>',
        'the language to read the references in first (a string the other parser reads is still read)',
      ).choices(['zh', 'en']),
    )
    .option('--explain', "show the learned parser's reading of each string: runs of tokens with label and score")
    .action(async (refs: string[], o: ParseArgs) => {
      const { runParse } = await import('./parse.js');
      out(
        await runParse(refs, {
          input: o.input,
          format: o.format,
          lang: o.lang,
          stdinFilename: o.stdinFilename,
          explain: o.explain === true,
        }),
      );
    });
}

/** The options every `catalog` subcommand takes: which catalog, which configuration, which language. */
function catalogOptions(cmd: Command): Command {
  return cmd
    .option('--catalog <file>', 'the catalog file (default: the configured one or the user data folder)')
    .addOption(configOption())
    .addOption(messageLangOption());
}

/** The catalog settings of a subcommand's options. */
const catalogSettings = (o: CatalogArgs) => ({ catalog: o.catalog, config: o.config, lang: o.lang ?? detectLang() });

/** `citeaudit catalog import|search|stats`. */
function catalogCommand(program: Command): void {
  const catalog = program
    .command('catalog')
    .description('a persistent catalog of bibliographic records (SQLite; needs the optional better-sqlite3)');
  catalogOptions(
    catalog
      .command('import')
      .description('import libraries into the catalog: BibTeX, RIS, CSL-JSON, CSL-JSON lines')
      .argument('<files...>', '.bib, .ris, .json (CSL-JSON) or .jsonl (one CSL-JSON item a line)'),
  ).action(async (files: string[], o: CatalogArgs) => {
    const { runCatalogImport } = await import('./catalog.js');
    process.exitCode = await runCatalogImport(files, { ...catalogSettings(o), version: version() }, { out, err });
  });
  catalogOptions(
    catalog
      .command('search')
      .description('search the catalog by title, author or journal (words of a title, a name, 鲁迅, 资本论)')
      .argument('<query...>', 'the words to find; every word must occur')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
      .option('-n, --limit <n>', 'at most n records', parseCount, 20),
  ).action(async (query: string[], o: CatalogArgs & { format: 'text' | 'json'; limit: number }) => {
    const { runCatalogSearch } = await import('./catalog.js');
    process.exitCode = await runCatalogSearch(
      query.join(' '),
      { ...catalogSettings(o), format: o.format, limit: o.limit },
      { out, err },
    );
  });
  catalogOptions(
    catalog
      .command('stats')
      .description('what the catalog holds: records by type, language, year and file')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (o: CatalogArgs & { format: 'text' | 'json' }) => {
    const { runCatalogStats } = await import('./catalog.js');
    process.exitCode = await runCatalogStats({ ...catalogSettings(o), format: o.format }, { out, err });
  });
}

/** `citeaudit config --print FILE`: the configuration that applies to a file, each value with its source. */
function configCommand(program: Command): void {
  program
    .command('config')
    .description('show the configuration that applies to a manuscript and where each value comes from')
    .requiredOption('--print <file>', 'the manuscript whose configuration to show')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(configOption())
    .addOption(normOption())
    .addOption(ruleOption())
    .addOption(
      new Option('--lang <lang>', 'language of the text view (default: from the locale)').choices(['zh', 'en']),
    )
    .option('--encoding <name>', 'read the file in this encoding instead of detecting it')
    .action(async (o: ConfigArgs, cmd: Command) => {
      await checkRuleIds(o.rule);
      const { runConfigPrint } = await import('./config-print.js');
      out(
        await runConfigPrint(o.print, {
          format: o.format,
          lang: o.lang ?? detectLang(),
          config: o.config,
          norm: o.norm,
          normExplicit: cmd.getOptionValueSource('norm') === 'cli',
          rule: o.rule,
          encoding: o.encoding,
        }),
      );
    });
}

/** `citeaudit init`: a starter configuration in the current folder. */
function initCommand(program: Command): void {
  program
    .command('init')
    .description('write a commented starter citeaudit.config.json in the current folder')
    .action(async () => {
      const { runInit } = await import('./init.js');
      out(await runInit(process.cwd()));
    });
}

/** `citeaudit rules`: the rules with their default severities. */
function rulesCommand(program: Command): void {
  program
    .command('rules')
    .description('list the rules with their default severity per norm')
    .addOption(new Option('--lang <lang>', 'description language').choices(['zh', 'en']))
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'),
    )
    .action(async (o: RulesArgs) => {
      const { listRules } = await import('./rules.js');
      out(await listRules(o.lang ?? detectLang(), o.format));
    });
}

/** `citeaudit extract … | head`: a reader that stops early is not an error worth a stack trace. */
function exitQuietlyOnClosedOutput(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`citeaudit: cannot write output: ${e.message}\n`);
    process.exit(2);
  });
}

/** The program with its commands, in the order `--help` lists them. */
function buildProgram(): Command {
  const program = new Command('citeaudit')
    .description('Verify the citations and footnotes of Chinese and English academic manuscripts')
    .version(version(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: err, writeOut: out })
    .showHelpAfterError(false);
  for (const command of [
    checkCommand,
    exportCommand,
    extractCommand,
    parseCommand,
    catalogCommand,
    configCommand,
    initCommand,
    rulesCommand,
  ])
    command(program);
  return program;
}

/**
 * What a failure prints and the exit code it sets: commander has printed its own message (help and
 * `--version` exit 0, a usage error 2); bad input names the file; a usage error says what is wrong.
 */
function fail(e: unknown): void {
  process.exitCode = 2;
  if (e instanceof CommanderError) {
    if (e.exitCode === 0) process.exitCode = 0;
  } else if (e instanceof InputError) err(`citeaudit: ${e.file}: ${e.message}\n`);
  else if (e instanceof UsageError) err(`citeaudit: ${e.message}\n`);
  else {
    // An internal fault: one line, and the stack only when asked for, so users never see a trace.
    // Anything can be thrown, null and strings included.
    const fault = e as Partial<Error> | null | undefined;
    err(
      `citeaudit: internal error: ${String(fault?.message ?? e)}${process.env.CITEAUDIT_DEBUG ? `\n${String(fault?.stack)}` : ''}\n`,
    );
  }
}

export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedOutput();
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    fail(e);
  }
}
