import { type Command, InvalidArgumentError } from 'commander';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeSummary, refreshDataset, type RefreshSummary } from '../dataset/refresh';
import type { Dataset, SourceRecord } from '../dataset/types';
import { ukDate } from '../plan/cells';
import { planWorkbook } from '../plan';
import { defaultRegister, type ForceRegister } from '../report/forces';
import { getReport } from '../report/report';
import { loadWorkbookFile, readWorkbookInput, WorkbookReadError } from '../writers/xlsx/read-workbook';
import { renderXlsx } from '../writers/xlsx/write';
import { writeFileAtomic } from './atomic-write';
import {
  fromItem,
  localIsoDate,
  parseAsOf,
  readOutcomes,
  unusableSources,
  type ReadableSource,
} from './build-command';
import { BUNDLED_DIR, collectSources, readSource } from './build-sources';
import { createProgress, type ProgressStream } from './progress';

export interface RefreshOptions {
  /** The workbook to refresh in place. */
  file: string;
  /** Letters to add to the ones the workbook lists (files and folders). */
  sources: string[];
  /** ISO date; defaults to today. */
  asOf?: string;
  now?: Date;
  /** Who is refreshing, recorded with any override typed since the last refresh. */
  by?: string | null;
  stdout?: ProgressStream;
  stderr?: ProgressStream;
  bundledDir?: string;
}

export interface RefreshResult {
  dataset: Dataset;
  summary: RefreshSummary;
  /** Things typed in the workbook that could not be used. */
  problems: string[];
  /** Sources that failed to read, or read without a force to put them under. */
  failed: Array<{ source: string; message: string }>;
}

/** The most changed cells listed one by one; the rest are on the Status history sheet. */
const CHANGES_LISTED = 40;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * How to read again each source the workbook lists: bundled letters from the package, files by their
 * path (as given, else beside the workbook), letters added in the task pane from the text the workbook
 * stored, web addresses under the fetch policy (src/source/fetch-config.ts).
 */
export function storedSources(
  dataset: Dataset,
  workbook: string,
  bundledDir = BUNDLED_DIR,
): ReadableSource[] {
  return dataset.sources.map((s) => ({
    source: s.location,
    read: () => readStored(s, workbook, bundledDir),
  }));
}

async function readStored(s: SourceRecord, workbook: string, bundledDir: string) {
  if (s.text !== undefined) {
    // The text is what was read before, so its hash is the one stored (a different hash would claim a change).
    return { source: s.location, text: s.text, contentHash: s.contentHash ?? sha256(s.text) };
  }
  switch (s.kind) {
    case 'bundled':
      return readSource({
        source: s.location,
        file: path.join(bundledDir, s.location.replace(/^bundled:/, '')),
      });
    case 'url':
      return readSource({ source: s.location, file: s.location });
    case 'file': {
      let file = s.location;
      if (!path.isAbsolute(file)) {
        const beside = path.resolve(path.dirname(workbook), file);
        const here = await exists(file);
        if (!here && (await exists(beside))) file = beside;
      }
      return readSource({ source: s.location, file });
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refreshes a workbook in place: reads what the analyst typed (statuses, reasons, forces for unplaced
 * letters, the warning window), reads every source again plus any new ones, applies the same rules as the
 * task pane (overrides kept, history appended), and writes the whole file through a temporary file and a
 * rename. Anything that fails before the rename leaves the file exactly as it was.
 */
export async function refreshWorkbookFile(options: RefreshOptions): Promise<RefreshResult> {
  const stderr = options.stderr ?? process.stderr;
  const stdout = options.stdout ?? process.stdout;
  const now = options.now ?? new Date();
  const asOf = options.asOf ?? localIsoDate(now);
  const report = getReport();
  const register = defaultRegister();

  const wb = await loadWorkbookFile(options.file);
  const input = readWorkbookInput(wb, { file: options.file, register, by: options.by ?? null });

  const listed = storedSources(input.previous, options.file, options.bundledDir);
  const known = new Set(listed.map((s) => s.source));
  const added = (options.sources.length ? await collectSources(options.sources) : [])
    .filter((item) => !known.has(item.source))
    .map(fromItem);
  const sources = [...listed, ...added];

  const progress = createProgress(stderr, sources.length + 1);
  const work = async () => {
    const outcomes = await readOutcomes(sources, { report, register, progress });
    progress.step(`Writing ${options.file}`);
    const refreshed = refreshDataset({
      previous: input.previous,
      outcomes,
      edits: input.edits,
      report,
      register,
      now: now.toISOString(),
    });
    const plan = planWorkbook(refreshed.dataset, { report, register, asOf });
    const bytes = await renderXlsx(plan, { now });
    await writeFileAtomic(options.file, bytes);
    return { ...refreshed, outcomes };
  };
  let done: Awaited<ReturnType<typeof work>>;
  try {
    done = await work();
  } finally {
    progress.done();
  }
  const failed = [
    ...done.outcomes.flatMap((o) => (o.ok ? [] : [{ source: o.location, message: o.message }])),
    ...unusableSources(done.dataset, done.outcomes),
  ];
  printOutcome(done, input.problems, failed, { stdout, stderr, file: options.file, asOf, register });
  return { dataset: done.dataset, summary: done.summary, problems: input.problems, failed };
}

function printOutcome(
  { summary, dataset }: ReturnType<typeof refreshDataset>,
  problems: readonly string[],
  failed: ReadonlyArray<{ source: string; message: string }>,
  out: {
    stdout: ProgressStream;
    stderr: ProgressStream;
    file: string;
    asOf: string;
    register: ForceRegister;
  },
): void {
  const name = (forceId: string) => out.register.byId(forceId)?.name ?? forceId;
  const { stdout, stderr } = out;
  for (const f of failed) {
    const kept = dataset.sources.find((s) => s.location === f.source)?.message ?? f.message;
    stderr.write(`error: ${f.source}: ${kept}\n`);
  }
  for (const r of summary.review) {
    stderr.write(
      `review: ${name(r.forceId)}, Rec ${r.recommendation}: kept the override ${r.override}; the parser now reads ${r.parser}\n`,
    );
  }
  for (const e of summary.rejectedEdits) {
    stderr.write(`not used: ${name(e.forceId)}, Rec ${e.recommendation}: ${e.message}\n`);
  }
  for (const p of problems) stderr.write(`not used: ${p}\n`);
  summary.changes.slice(0, CHANGES_LISTED).forEach((c) => {
    stdout.write(
      `changed: ${name(c.forceId)}, Rec ${c.recommendation}: ${c.from ?? '(none)'} -> ${c.to}` +
        `${c.by === 'override' ? ' (analyst override)' : ''}\n`,
    );
  });
  if (summary.changes.length > CHANGES_LISTED) {
    stdout.write(`... and ${summary.changes.length - CHANGES_LISTED} more (see the Status history sheet)\n`);
  }
  stdout.write(`Refreshed ${out.file} as of ${ukDate(out.asOf)}. ${describeSummary(summary)}\n`);
}

function parseWorkbook(value: string): string {
  if (!/\.xlsx$/i.test(value)) throw new InvalidArgumentError(`"${value}" must be an .xlsx workbook.`);
  return value;
}

export function registerRefreshCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('refresh')
    .description(
      'Refresh a workbook in place: keep what was typed in it (overrides, reasons, forces for unplaced letters), ' +
        're-read its letters and any new ones, and append the changes to its Status history',
    )
    .argument('<workbook>', 'the .xlsx workbook to refresh (written by oic-tracker build)', parseWorkbook)
    .argument('[sources...]', 'letters (.txt) or folders of them to add to the ones the workbook lists')
    .option('--as-of <YYYY-MM-DD>', 'date to count days left and overdue from (default: today)', parseAsOf)
    .option('--by <name>', 'who is refreshing: recorded with any override typed since the last refresh')
    .action(async (file: string, sources: string[], opts: { asOf?: string; by?: string }) => {
      try {
        const result = await refreshWorkbookFile({ file, sources, asOf: opts.asOf, by: opts.by ?? null });
        if (result.failed.length) setExit(1);
      } catch (err) {
        if (!(err instanceof WorkbookReadError)) throw err;
        process.stderr.write(`error: ${err.message}\n`);
        setExit(2);
      }
    });
}
