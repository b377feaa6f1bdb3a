import type { ForceRegister } from '../../report/forces';
import type { AddedSource } from './added';
import { escapeHtml } from './escape';
import type { RefreshResult, RefreshSummary, SourceItem, SourceOutcomeKind } from './refresh';
import { isBusy, type PaneState } from './state';

/** Everything the pane shows, worked out without a browser; dom.ts only puts it on the page. */
export interface PaneView {
  buttonLabel: string;
  buttonDisabled: boolean;
  progress: { visible: boolean; value: number | null; max: number; text: string };
  /** Markup for the summary section, every piece of text escaped; null hides the section. */
  summaryHtml: string | null;
  /** Said by screen readers when it changes (the live region). */
  announcement: string;
}

export function buttonLabel(hasData: boolean, state: PaneState): string {
  if (isBusy(state)) return hasData ? 'Refreshing…' : 'Building…';
  return hasData ? 'Refresh from source' : 'Build the matrix';
}

function sourceName(source: string): string {
  return source.replace(/^bundled:/, '');
}

export function progressOf(state: PaneState): PaneView['progress'] {
  switch (state.kind) {
    case 'reading':
      if (state.total === 0) return { visible: true, value: null, max: 1, text: 'Finding the sources…' };
      return {
        visible: true,
        value: state.done,
        max: state.total,
        text: `Reading ${Math.min(state.done + 1, state.total)} of ${state.total}: ${sourceName(state.source)}`,
      };
    case 'writing':
      return { visible: true, value: null, max: 1, text: 'Writing the matrix to the workbook…' };
    default:
      return { visible: false, value: null, max: 1, text: '' };
  }
}

/** The four counts the analyst always sees, in this order; letters with no force only when there are some. */
const OUTCOME_WORDS: ReadonlyArray<SourceOutcomeKind> = ['new', 'changed', 'unchanged', 'failed'];

export function countOutcomes(summary: RefreshSummary): Record<SourceOutcomeKind, number> {
  const counts: Record<SourceOutcomeKind, number> = {
    new: 0,
    changed: 0,
    unchanged: 0,
    failed: 0,
    unassigned: 0,
  };
  for (const s of summary.sources) counts[s.state] += 1;
  return counts;
}

/** "3 new, 1 changed, 0 unchanged, 1 failed", and ", 1 with no force" when a letter could not be placed. */
export function countsLine(summary: RefreshSummary): string {
  const counts = countOutcomes(summary);
  const parts = OUTCOME_WORDS.map((k) => `${counts[k]} ${k}`);
  if (counts.unassigned) parts.push(`${counts.unassigned} with no force`);
  return parts.join(', ');
}

/** "3 September 2025 at 14:05", by the analyst's clock. */
export function ukDateTime(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  return `${date} at ${time}`;
}

function list(heading: string, className: string, items: string[]): string {
  if (!items.length) return '';
  return `<h3>${escapeHtml(heading)}</h3><ul class="${className}">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

export function summaryHtml(result: RefreshResult, register: ForceRegister, timeZone?: string): string {
  const { summary } = result;
  const forceName = (id: string | null) => (id ? (register.byId(id)?.name ?? id) : null);
  const source = (location: string, forceId: string | null) => {
    const who = forceName(forceId);
    const name = sourceName(location);
    return `<span class="oic-source">${escapeHtml(who ? `${who} (${name})` : name)}</span>`;
  };
  const parts: string[] = [];
  parts.push(
    `<p class="oic-summary-when">Finished ${escapeHtml(ukDateTime(result.finishedAt, timeZone))}.</p>`,
  );
  parts.push(`<p class="oic-summary-counts">Sources: ${escapeHtml(countsLine(summary))}.</p>`);
  parts.push(
    list(
      'Could not be read',
      'oic-failed',
      summary.sources
        .filter((s) => s.state === 'failed')
        .map((s) => `${source(s.location, s.forceId)}: ${escapeHtml(s.message ?? 'no reason given')}`),
    ),
  );
  parts.push(
    list(
      'Letters with no force',
      'oic-unassigned',
      summary.sources
        .filter((s) => s.state === 'unassigned')
        .map((s) => `${source(s.location, null)}: ${escapeHtml(s.message ?? '')}`),
    ),
  );
  if (summary.changes.length) {
    parts.push(
      list(
        'Statuses that changed',
        'oic-changes',
        summary.changes.map(
          (c) =>
            `${escapeHtml(forceName(c.forceId))}, recommendation ${escapeHtml(c.recommendation)}: ` +
            `${escapeHtml(c.from ?? 'none')} → ${escapeHtml(c.to)}${c.by === 'override' ? ' (your override)' : ''}`,
        ),
      ),
    );
  } else {
    parts.push('<p>No status changed.</p>');
  }
  parts.push(
    list(
      'Overrides to look at again',
      'oic-review',
      summary.review.map(
        (r) =>
          `${escapeHtml(forceName(r.forceId))}, recommendation ${escapeHtml(r.recommendation)}: ` +
          `your override says ${escapeHtml(r.override)}; the letter now reads ${escapeHtml(r.parser)}.`,
      ),
    ),
  );
  parts.push(
    list(
      'To note',
      'oic-notices',
      result.notices.map((n) => escapeHtml(n)),
    ),
  );
  return parts.join('');
}

/** Sources added in the pane and not yet read, as the list shows them. */
export function addedItems(added: readonly AddedSource[]): SourceItem[] {
  return added.map((a) =>
    a.kind === 'file'
      ? {
          label: a.name,
          detail: `File you added, read at the next refresh: ${a.name}`,
          state: 'not read',
          message: null,
        }
      : {
          label: a.url,
          detail: `Web page you added, read at the next refresh: ${a.url}`,
          state: 'not read',
          message: null,
        },
  );
}

const STATE_TEXT: Record<SourceItem['state'], string> = {
  read: 'Read',
  failed: 'Failed',
  'not read': 'Not read yet',
};

export function sourcesHtml(items: readonly SourceItem[]): string {
  if (!items.length) return '<li class="oic-empty">No sources yet.</li>';
  return items
    .map(
      (s) =>
        `<li class="oic-source-item oic-${s.state.replace(' ', '-')}">` +
        `<span class="oic-source-label">${escapeHtml(s.label)}</span> ` +
        `<span class="oic-source-state">${escapeHtml(STATE_TEXT[s.state])}</span>` +
        `<span class="oic-source-detail">${escapeHtml(s.detail)}</span>` +
        (s.message ? `<span class="oic-source-message">${escapeHtml(s.message)}</span>` : '') +
        '</li>',
    )
    .join('');
}

export function paneView(
  state: PaneState,
  hasData: boolean,
  register: ForceRegister,
  timeZone?: string,
): PaneView {
  const progress = progressOf(state);
  let announcement = progress.text;
  let html: string | null = null;
  if (state.kind === 'summary') {
    html = summaryHtml(state.result, register, timeZone);
    announcement = `Finished. Sources: ${countsLine(state.result.summary)}.`;
  } else if (state.kind === 'failed') {
    html = `<p class="oic-error" role="alert">${escapeHtml(state.message)}</p>`;
    announcement = state.message;
  }
  return {
    buttonLabel: buttonLabel(hasData, state),
    buttonDisabled: isBusy(state),
    progress,
    summaryHtml: html,
    announcement,
  };
}
