import oic2025 from './reports/oic-2025.json';
import type { Recommendation, ReportDefinition } from './types';

const reports: Record<string, ReportDefinition> = {
  [oic2025.id]: oic2025 as ReportDefinition,
};

export const DEFAULT_REPORT_ID = oic2025.id;

export function getReport(id: string = DEFAULT_REPORT_ID): ReportDefinition {
  const report = reports[id];
  if (!report) throw new Error(`Unknown report "${id}". Known: ${Object.keys(reports).join(', ')}`);
  return report;
}

/** The recommendations a force's letter answers, in report order. */
export function chiefConstableRecommendations(report: ReportDefinition): Recommendation[] {
  return report.recommendations.filter((r) => r.forChiefConstables);
}

/** The last day a response counts as on time, as an ISO date. */
export function responseDueDate(report: ReportDefinition): string {
  return addDaysIso(report.published, report.responseWindowDays);
}

export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
