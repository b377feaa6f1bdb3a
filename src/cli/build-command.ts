import { type Command, InvalidArgumentError } from 'commander';
import { buildDataset } from '../dataset/build';
import type { Dataset } from '../dataset/types';
import { readLetter, type ParsedResponse, type ParseError } from '../parse';
import { ukDate } from '../plan/cells';
import { planWorkbook } from '../plan';
import { defaultRegister } from '../report/forces';
import { getReport } from '../report/report';
import { renderXlsx } from '../writers/xlsx/write';
import { writeFileAtomic } from './atomic-write';
import { bundledSources, collectSources, readSource, type SourceItem } from './build-sources';
import { createProgress, type ProgressStream } from './progress';

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

/** Reads every source (one bad source never stops the rest), builds the workbook and writes it whole. */
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
  const responses: ParsedResponse[] = [];
  const errors: ParseError[] = [];
  const contentHashes: Record<string, string> = {};

  for (const item of items) {
    progress.step(`Reading ${item.source}`);
    try {
      const { text, contentHash } = await readSource(item);
      contentHashes[item.source] = contentHash;
      responses.push(readLetter(text, item.source, { report, register }));
    } catch (err) {
      errors.push({ source: item.source, message: reasonOf(err) });
    }
  }

  progress.step(`Writing ${options.out}`);
  const dataset = buildDataset({
    responses,
    errors,
    report,
    register,
    readAt: now.toISOString(),
    contentHashes,
  });
  const plan = planWorkbook(dataset, { report, register, asOf });
  const bytes = await renderXlsx(plan, { now });
  try {
    await writeFileAtomic(options.out, bytes);
  } finally {
    progress.done();
  }

  for (const e of errors) stderr.write(`error: ${e.source}: ${e.message}\n`);
  const unusable = dataset.sources.filter(
    (s) => s.result === 'error' && !errors.some((e) => e.source === s.location),
  );
  for (const s of unusable) stderr.write(`error: ${s.location}: ${s.message}\n`);
  const withLetter = dataset.forces.filter((f) => f.letter !== null).length;
  const failed = errors.length + unusable.length;
  stdout.write(
    `Wrote ${options.out}: ${dataset.forces.length} forces, ${withLetter} with a letter, ` +
      `${responses.length} of ${items.length} sources read${failed ? `, ${failed} failed (see the Sources sheet)` : ''}; ` +
      `as of ${ukDate(asOf)}.\n`,
  );
  return {
    dataset,
    errors: [...errors, ...unusable.map((s) => ({ source: s.location, message: s.message ?? '' }))],
    letters: withLetter,
  };
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
