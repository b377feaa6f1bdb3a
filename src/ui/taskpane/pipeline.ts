/// <reference types="office-js" />
import { refreshDataset, type RefreshSummary, type SourceOutcome } from '../../dataset/refresh';
import { readSheetInput } from '../../dataset/sheet-input';
import { DATA_SHEET_NAME } from '../../dataset/storage';
import type { Dataset, SourceRecord } from '../../dataset/types';
import { readLetter } from '../../parse';
import {
  COMMITMENTS_SHEET,
  EVIDENCE_SHEET,
  HISTORY_SHEET,
  MATRIX_SHEET,
  planWorkbook,
  SOURCES_SHEET,
  SUMMARY_SHEET,
} from '../../plan';
import type { SheetPlan } from '../../plan/types';
import { defaultRegister, type ForceRegister } from '../../report/forces';
import { getReport } from '../../report/report';
import type { ReportDefinition } from '../../report/types';
import { SourceError, type ExtractedText, type FetchedSource, type SourceBytes } from '../../source/types';
import { readWorkbook, workbookValues, writeWorkbook, type WorkbookSnapshot } from '../../writers/excel';
import { MAX_SOURCE_BYTES, type AddedSource } from './added';
import { readSources, type SourceToRead } from './read-sources';
import type { RefreshProgress, RefreshResult } from './refresh';

/**
 * One Build or Refresh from source, inside Excel: read what the workbook holds, read every source, work
 * out the new dataset and sheet plan, write it. The pieces that touch the world come in as dependencies,
 * so the whole of it runs in Node against the fake Excel and fake sources.
 */
export interface PipelineDeps {
  /** Excel.run, or the fake's. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A letter shipped with the add-in, by file name. */
  bundled(name: string): Promise<Uint8Array>;
  /** A web address, through the add-in's server. */
  fetchUrl(url: string): Promise<FetchedSource>;
  /** Text of a document, whatever its format (src/source's extractText). */
  extract(source: SourceBytes): Promise<ExtractedText>;
  hash(bytes: Uint8Array): Promise<string>;
  /** The bundled letters' file names: the sources of a first build. */
  bundledLetters: readonly string[];
  /** Whether Excel has notes (ExcelApi 1.18). */
  notes: boolean;
  now(): Date;
  /** Hands the new dataset to the OIC.* functions. */
  publish(dataset: Dataset): void;
  register?: ForceRegister;
  concurrency?: number;
}

/** The sheets a write makes, so the read checks whichever of them exist for the add-in's mark. */
export const PLAN_SHEETS = [
  MATRIX_SHEET,
  SUMMARY_SHEET,
  EVIDENCE_SHEET,
  COMMITMENTS_SHEET,
  HISTORY_SHEET,
  SOURCES_SHEET,
  DATA_SHEET_NAME,
];

/** The date in the analyst's own calendar, as days left and overdue flags count from it. */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function bundledName(location: string): string {
  return location.replace(/^bundled:/, '');
}

function tooLarge(location: string): SourceError {
  return new SourceError(
    'too-large',
    location,
    `${location} is over 20 MB, too large to be a response letter; it was not read.`,
  );
}

/** Where each source's content comes from: the add-in's letters, the workbook's stored text, the web, a file. */
function sourcesToRead(
  previous: Dataset | null,
  added: readonly AddedSource[],
  deps: PipelineDeps,
): SourceToRead[] {
  const list = new Map<string, SourceToRead>();
  const bundled = (location: string): SourceToRead => ({
    location,
    kind: 'bundled',
    label: bundledName(location),
    load: async () => ({ bytes: await deps.bundled(bundledName(location)), fileName: bundledName(location) }),
  });
  const web = (url: string): SourceToRead => ({
    location: url,
    kind: 'url',
    label: url,
    load: async () => {
      const got = await deps.fetchUrl(url);
      return { bytes: got.bytes, contentType: got.contentType, fileName: got.fileName };
    },
  });
  const stored = (s: SourceRecord): SourceToRead => ({
    location: s.location,
    kind: 'file',
    label: s.location,
    load: async () => {
      if (s.text === undefined) {
        throw new SourceError(
          'not-found',
          s.location,
          s.result === 'error'
            ? `${s.location} could not be read when it was added, so the workbook has no text of it; add it again with "Add letters" once it reads.`
            : `${s.location} was read from a file this workbook does not keep (the command line, or another computer, read it); add the file again with "Add letters" to read it here.`,
        );
      }
      return { text: s.text, contentHash: s.contentHash };
    },
  });

  if (previous) {
    for (const s of previous.sources) {
      list.set(
        s.location,
        s.kind === 'bundled' ? bundled(s.location) : s.kind === 'url' ? web(s.location) : stored(s),
      );
    }
  } else {
    for (const name of [...deps.bundledLetters].sort())
      list.set(`bundled:${name}`, bundled(`bundled:${name}`));
  }
  for (const a of added) {
    if (a.kind === 'url') {
      list.set(a.url, web(a.url));
      continue;
    }
    list.set(a.name, {
      location: a.name,
      kind: 'file',
      label: a.name,
      load: async () => {
        if (a.size > MAX_SOURCE_BYTES) throw tooLarge(a.name);
        const bytes = await a.read();
        if (bytes.length > MAX_SOURCE_BYTES) throw tooLarge(a.name);
        return { bytes, fileName: a.name };
      },
    });
  }
  return [...list.values()];
}

interface Computed {
  plan: SheetPlan;
  dataset: Dataset;
  summary: RefreshSummary;
  problems: string[];
}

export async function runRefresh(
  deps: PipelineDeps,
  added: readonly AddedSource[],
  onProgress: (progress: RefreshProgress) => void,
): Promise<RefreshResult> {
  const register = deps.register ?? defaultRegister();
  onProgress({ phase: 'reading', done: 0, total: 0, source: '' });
  const snapshot = await deps.run((context) => readWorkbook(context, { sheetNames: PLAN_SHEETS }));
  if (snapshot.datasetError) {
    // Refreshing without the stored data would lose overrides and history: stop before anything changes.
    throw new Error(
      `${snapshot.datasetError} Nothing was changed, so nothing is lost; restore the sheet (undo, or an earlier copy of the workbook) and try again.`,
    );
  }
  const stored = snapshot.dataset;
  let report: ReportDefinition;
  try {
    report = getReport(stored?.reportId);
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)} Nothing was changed.`);
  }

  const sources = sourcesToRead(stored, added, deps);
  const { outcomes, texts } = await readSources(
    sources,
    {
      extract: deps.extract,
      readLetter: (text, location) => readLetter(text, location, { report, register }),
      hash: deps.hash,
      concurrency: deps.concurrency,
    },
    (p) => onProgress({ phase: 'reading', ...p }),
  );
  onProgress({ phase: 'writing' });

  const now = deps.now();
  const addedFiles = new Set(added.filter((a) => a.kind === 'file').map((a) => (a as { name: string }).name));
  const compute = (current: WorkbookSnapshot): Computed =>
    computeRefresh(current, outcomes, { report, register, now, texts, addedFiles });
  const written = await deps.run((context) =>
    writeWorkbook(context, snapshot, compute, { notes: deps.notes }),
  );
  const { dataset, summary, problems } = written.result;
  deps.publish(dataset);
  const notices = [...problems];
  for (const r of written.renamed)
    notices.push(
      `Your sheet "${r.from}" is now called "${r.to}": OIC Tracker needs its name. Nothing in it was changed.`,
    );
  if (written.notesLeftOut)
    notices.push(
      `This version of Excel cannot add notes, so the ${written.notesLeftOut} notes that quote the evidence were left out; the Evidence sheet has it all.`,
    );
  return { finishedAt: now.toISOString(), summary, notices };
}

/**
 * The pure middle: what the analyst typed (read from the sheets now), the sources' outcomes and the stored
 * dataset make the new dataset; the dataset makes the plan. Run again if the analyst types meanwhile.
 */
export function computeRefresh(
  snapshot: WorkbookSnapshot,
  outcomes: readonly SourceOutcome[],
  ctx: {
    report: ReportDefinition;
    register: ForceRegister;
    now: Date;
    texts: ReadonlyMap<string, string>;
    addedFiles: ReadonlySet<string>;
  },
): Computed {
  const problems: string[] = [];
  let previous = snapshot.dataset;
  let edits: Parameters<typeof refreshDataset>[0]['edits'] = [];
  if (previous) {
    const values = workbookValues(snapshot.typed);
    if (values) {
      const input = readSheetInput(previous, values, { register: ctx.register });
      previous = input.previous;
      edits = input.edits;
      problems.push(...input.problems);
    } else {
      problems.push(
        `The "${MATRIX_SHEET}" sheet or its named ranges could not be found, so statuses typed there were not read; overrides already made are kept.`,
      );
    }
  }
  const { dataset, summary } = refreshDataset({
    previous,
    outcomes,
    edits,
    report: ctx.report,
    register: ctx.register,
    now: ctx.now.toISOString(),
  });
  // Files the analyst added keep their text in the workbook, so a later refresh reads them without the file.
  for (const s of dataset.sources) {
    const text = ctx.texts.get(s.location);
    if (text !== undefined && ctx.addedFiles.has(s.location)) s.text = text;
  }
  for (const r of summary.rejectedEdits) {
    const force = ctx.register.byId(r.forceId)?.name ?? r.forceId;
    problems.push(`${MATRIX_SHEET}, ${force}, Rec ${r.recommendation}: ${r.message}`);
  }
  const plan = planWorkbook(dataset, {
    report: ctx.report,
    register: ctx.register,
    asOf: localIsoDate(ctx.now),
  });
  return { plan, dataset, summary, problems };
}
