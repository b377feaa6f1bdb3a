import type { ParseError, ParsedResponse, RecommendationReading, Status } from '../parse/types';
import { chiefConstableRecommendations } from '../report/report';
import type { ForceRegister } from '../report/forces';
import type { ReportDefinition } from '../report/types';
import {
  DATASET_VERSION,
  type CellRecord,
  type Dataset,
  type ForceRecord,
  type SourceKind,
  type SourceRecord,
} from './types';

export interface BuildInput {
  /** Letters read, in the order they were read. */
  responses: ReadonlyArray<ParsedResponse>;
  /** Sources that could not be read at all. */
  errors: ReadonlyArray<ParseError>;
  report: ReportDefinition;
  register: ForceRegister;
  /** ISO date-time of this read; stamped on every letter and source. */
  readAt: string;
  /** Content hash per source, where the caller computed one (hashing is I/O-side work). */
  contentHashes?: Readonly<Record<string, string>>;
}

/** Bundled letters are named "bundled:<file>"; anything with a web scheme is a URL; the rest are files. */
export function sourceKind(source: string): SourceKind {
  if (source.startsWith('bundled:')) return 'bundled';
  if (/^https?:\/\//i.test(source)) return 'url';
  return 'file';
}

/** The analyst's override, where there is one, wins over the parser's reading. */
export function effectiveStatus(cell: CellRecord): Status {
  return cell.override?.status ?? cell.status;
}

function noResponseCell(): CellRecord {
  return {
    status: 'No response',
    confidence: 1,
    evidence: [],
    commitments: [],
    source: null,
    override: null,
  };
}

function cellFrom(reading: RecommendationReading | undefined, source: string): CellRecord {
  // The parser always answers every recommendation; a missing one means the letter gave nothing to read.
  if (!reading) {
    return { status: 'Not mentioned', confidence: 1, evidence: [], commitments: [], source, override: null };
  }
  return {
    status: reading.status,
    confidence: reading.confidence,
    evidence: [...reading.evidence],
    commitments: reading.commitments.map((c) => ({ ...c })),
    source,
    override: null,
  };
}

/** Undated letters count as older than any dated one; among equals, the one read later wins. */
function isLater(candidate: ParsedResponse, current: ParsedResponse): boolean {
  const a = candidate.letterDate ?? '';
  const b = current.letterDate ?? '';
  return a >= b;
}

/**
 * One record per force in the register (all 43, in register order), one cell per chief-constable
 * recommendation, and one source record per source read. Pure: the caller supplies the clock and hashes.
 */
export function buildDataset(input: BuildInput): Dataset {
  const { responses, errors, report, register, readAt } = input;
  const hashes = input.contentHashes ?? {};
  const recs = chiefConstableRecommendations(report).map((r) => String(r.number));

  const chosen = new Map<string, ParsedResponse>();
  const sourceRecords: SourceRecord[] = [];
  const recordFor = new Map<ParsedResponse, SourceRecord>();

  for (const response of responses) {
    const force = response.forceId ? register.byId(response.forceId) : undefined;
    const record: SourceRecord = {
      kind: sourceKind(response.source),
      location: response.source,
      forceId: force ? force.id : null,
      notes: response.notes.length ? response.notes.join('\n') : null,
      readAt,
      contentHash: hashes[response.source] ?? null,
      result: 'ok',
      message: null,
    };
    sourceRecords.push(record);
    recordFor.set(response, record);
    if (!force) {
      record.result = 'error';
      record.message = response.forceId
        ? `The letter names force "${response.forceId}", which is not one of the 43 forces.`
        : 'Could not tell which force this letter is from.';
      continue;
    }
    const current = chosen.get(force.id);
    if (!current || isLater(response, current)) chosen.set(force.id, response);
  }

  for (const [response, record] of recordFor) {
    const used = record.forceId ? chosen.get(record.forceId) : undefined;
    if (used && used !== response) {
      record.message = `Not used: ${used.source} is a later letter from the same force.`;
    }
  }

  for (const error of errors) {
    sourceRecords.push({
      kind: sourceKind(error.source),
      location: error.source,
      forceId: null,
      notes: null,
      readAt,
      contentHash: hashes[error.source] ?? null,
      result: 'error',
      message: error.message,
    });
  }

  const forces: ForceRecord[] = register.forces.map((force) => {
    const response = chosen.get(force.id);
    const cells: Record<string, CellRecord> = {};
    for (const rec of recs) {
      cells[rec] = response ? cellFrom(response.recommendations[rec], response.source) : noResponseCell();
    }
    return {
      forceId: force.id,
      letter: response
        ? {
            source: response.source,
            letterDate: response.letterDate,
            onTime: response.onTime,
            commissioner: response.commissioner,
            readAt,
            contentHash: hashes[response.source] ?? null,
          }
        : null,
      cells,
    };
  });

  return {
    version: DATASET_VERSION,
    reportId: report.id,
    updatedAt: readAt,
    forces,
    sources: sourceRecords,
    history: [],
  };
}
