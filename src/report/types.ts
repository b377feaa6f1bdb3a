/** One HMICFRS report, as data. A second report is a second JSON file beside oic-2025.json. */
export interface ReportDefinition {
  id: string;
  title: string;
  shortTitle: string;
  publisher: string;
  /** ISO date (YYYY-MM-DD). */
  published: string;
  /** Days a commissioner has to publish a response (Police Act 1996, s.55). */
  responseWindowDays: number;
  url: string;
  recommendations: Recommendation[];
}

export interface Recommendation {
  number: number;
  addressee: string;
  forChiefConstables: boolean;
  /** ISO date, or null where the report's deadline is not known. */
  deadline: string | null;
  /** A short title for headers. */
  title: string;
  /** Full wording where known. */
  text: string | null;
  summary: string;
  /** Words that name the recommendation's subject, for letters that answer it without a heading or quote. */
  keywords: string[];
}

export interface Force {
  id: string;
  name: string;
  region: string;
  country: 'England' | 'Wales';
  /** Who holds the PCC functions: PCC, PFCC, PCVC, Mayor, Police Authority. */
  oversight: string;
  aliases: string[];
  domains: string[];
}
