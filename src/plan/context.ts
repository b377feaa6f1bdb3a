import type { Dataset, ForceRecord } from '../dataset/types';
import type { ForceRegister } from '../report/forces';
import { chiefConstableRecommendations } from '../report/report';
import type { Force, Recommendation, ReportDefinition } from '../report/types';

/**
 * Below this confidence a reading is marked for an analyst to check against the letter. Confidence is the
 * fitted chance of agreement (see the parser's pipeline); at 0.8 about one cell in ten is marked, and in
 * the held-out letters those were wrong several times as often as the rest.
 */
export const LOW_CONFIDENCE = 0.6;

export interface PlanOptions {
  report: ReportDefinition;
  register: ForceRegister;
  /** ISO date the computed values (days left, overdue, past due) are as of. */
  asOf: string;
  lowConfidence?: number;
}

export interface ForceRow {
  force: Force;
  record: ForceRecord;
}

/** What every sheet's plan needs, worked out once. */
export interface PlanContext {
  dataset: Dataset;
  report: ReportDefinition;
  asOf: string;
  lowConfidence: number;
  recommendations: Recommendation[];
  /** Forces sorted by region, then name: the order of every per-force sheet. */
  rows: ForceRow[];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en-GB');

export function planContext(dataset: Dataset, options: PlanOptions): PlanContext {
  const rows: ForceRow[] = [];
  for (const record of dataset.forces) {
    const force = options.register.byId(record.forceId);
    // A dataset names only register forces (buildDataset sees to it); anything else is a bug upstream.
    if (!force) throw new Error(`The dataset names force "${record.forceId}", which is not in the register.`);
    rows.push({ force, record });
  }
  rows.sort((a, b) => byText(a.force.region, b.force.region) || byText(a.force.name, b.force.name));
  return {
    dataset,
    report: options.report,
    asOf: options.asOf,
    lowConfidence: options.lowConfidence ?? LOW_CONFIDENCE,
    recommendations: chiefConstableRecommendations(options.report),
    rows,
  };
}
