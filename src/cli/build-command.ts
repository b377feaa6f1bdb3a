import { type Command, InvalidArgumentError } from 'commander';
import { refreshDataset, type RefreshSummary, type SourceOutcome } from '../dataset/refresh';
import type { Dataset } from '../dataset/types';
import { readLetter, type ParseError } from '../parse';
import { ukDate } from '../plan/cells';
import { planWorkbook } from '../plan';
import { defaultRegister } from '../report/forces';
import type { ForceRegister } from '../report/forces';
import { getReport } from '../report/report';
import type { ReportDefinition } from '../report/types';
import { renderXlsx } from '../writers/xlsx/write';
import { writeFileAtomic } from './atomic-write';
import {
  bundledSources,
  collectSources,
  readSource,
  type SourceItem,
  type SourceText,
} from './build-sources';
import { createProgress, type Progress, type ProgressStream } from './progress';

export interface BuildOptions {
  /** Files and folders; none means the bundled letters. */
  sources: string[];
  out: string;
  /** ISO date; defaults to today. */
  asOf?: string;
  now?: Date;
  stdout?: ProgressStream;
  stderr?: ProgressStream;
  bundledDir?: string;
}

export interface BuildResult {
  dataset: Dataset;
  summary: RefreshSummary;
  errors: ParseError[];
  letters: number;
}

/** Today's date where the user is, as an ISO date. */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function parseAsOf(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new InvalidArgumentError(`"${value}" is not a date in the form YYYY-MM-DD (e.g. 2025-12-31).`);
  }
  return value;
}

function parseOut(value: string): string {
  if (!/\.xlsx$/i.test(value)) throw new InvalidArgumentError(`"${value}" must be an .xlsx file name.`);
  return value;
}

function reasonOf(err: unknown): string {
  const e = err as { reason?: unknown; message?: unknown };
  if (typeof e?.reason === 'string') return e.reason;
  if (typeof e?.message === 'string') return e.message;
  return String(err);
}

/** A source to read, and how: from a file, or from text the workbook stored. */
export interface ReadableSource {
  source: string;
  read(): Promise<SourceText>;
}

export const fromItem = (item: SourceItem): ReadableSource => ({
  source: item.source,
  read: () => readSource(item),
});

/**
 * Reads and parses each source in turn. One that fails becomes a failed outcome with its reason, and
 * the rest carry on.
 */
export async function readOutcomes(
  sources: readonly ReadableSource[],
  context: { report: ReportDefinition; register: ForceRegister; progress?: Progress },
): Promise<SourceOutcome[]> {
  const outcomes: SourceOutcome[] = [];
  for (const s of sources) {
    context.progress?.step(`Reading ${s.source}`);
    try {
      const { text, contentHash } = await s.read();
      const response = readLetter(text, s.source, { report: context.report, register: context.register });
      outcomes.push({ location: s.source, ok: true, response, contentHash });
    } catch (err) {
      outcomes.push({ location: s.source, ok: false, reason: 'unreadable', message: reasonOf(err) });
    }
  }
  return outcomes;
}

/** Sources that read but gave nothing usable (no force could be told), as errors for people. */
export function unusableSources(dataset: Dataset, outcomes: readonly SourceOutcome[]): ParseError[] {
  const failed = new Set(outcomes.filter((o) => !o.ok).map((o) => o.location));
  return dataset.sources
    .filter((s) => s.result === 'error' && !failed.has(s.location))
    .map((s) => ({ source: s.location, message: s.message ?? '' }));
}

/**
 * Reads every source (one bad source never stops the rest), builds the workbook and writes it whole.
 * A build is a refresh from nothing: the same code decides every cell, source state and history row.
 */
export async function buildWorkbookFile(options: BuildOptions): Promise<BuildResult> {
  const stderr = options.stderr ?? process.stderr;
  const stdout = options.stdout ?? process.stdout;
  const now = options.now ?? new Date();
  const asOf = options.asOf ?? localIsoDate(now);
  const report = getReport();
  const register = defaultRegister();

  const items: SourceItem[] = options.sources.length
    ? await collectSources(options.sources)
    : await bundledSources(options.bundledDir);
  const progress = createProgress(stderr, items.length + 1);
  const outcomes = await readOutcomes(items.map(fromItem), { report, register, progress });

  progress.step(`Writing ${options.out}`);
  const { dataset, summary } = refreshDataset({
    previous: null,
    outcomes,
    report,
    register,
    now: now.toISOString(),
  });
  const plan = planWorkbook(dataset, { report, register, asOf });
  try {
    const bytes = await renderXlsx(plan, { now });
    await writeFileAtomic(options.out, bytes);
  } finally {
    progress.done();
  }

  const errors: ParseError[] = outcomes.flatMap((o) =>
    o.ok ? [] : [{ source: o.location, message: o.message }],
  );
  const unusable = unusableSources(dataset, outcomes);
  for (const e of [...errors, ...unusable]) stderr.write(`error: ${e.source}: ${e.message}\n`);
  const withLetter = dataset.forces.filter((f) => f.letter !== null).length;
  const read = outcomes.filter((o) => o.ok).length;
  const failed = errors.length + unusable.length;
  stdout.write(
    `Wrote ${options.out}: ${dataset.forces.length} forces, ${withLetter} with a letter, ` +
      `${read} of ${items.length} sources read${failed ? `, ${failed} failed (see the Sources sheet)` : ''}; ` +
      `as of ${ukDate(asOf)}.\n`,
  );
  return { dataset, summary, errors: [...errors, ...unusable], letters: withLetter };
}

export function registerBuildCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('build')
    .description('Read response letters and write the matrix workbook (.xlsx)')
    .argument('[sources...]', '.txt letters or folders of them (default: the bundled letters)')
    .requiredOption('--out <file.xlsx>', 'workbook to write', parseOut)
    .option('--as-of <YYYY-MM-DD>', 'date to count days left and overdue from (default: today)', parseAsOf)
    .action(async (sources: string[], opts: { out: string; asOf?: string }) => {
      const result = await buildWorkbookFile({ sources, out: opts.out, asOf: opts.asOf });
      if (result.errors.length) setExit(1);
    });
}
