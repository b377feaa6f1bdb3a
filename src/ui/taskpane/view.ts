import type { ForceRegister } from '../../report/forces';
import { escapeHtml } from './escape';
import type { RefreshSummary, SourceItem, SourceOutcomeKind } from './refresh';
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

const OUTCOME_WORDS: Record<SourceOutcomeKind, string> = {
  new: 'new',
  changed: 'changed',
  unchanged: 'unchanged',
  failed: 'failed',
};

export function countOutcomes(summary: RefreshSummary): Record<SourceOutcomeKind, number> {
  const counts: Record<SourceOutcomeKind, number> = { new: 0, changed: 0, unchanged: 0, failed: 0 };
  for (const o of summary.outcomes) counts[o.outcome] += 1;
  return counts;
}

/** "3 new, 1 changed, 0 unchanged, 1 failed" */
export function countsLine(summary: RefreshSummary): string {
  const counts = countOutcomes(summary);
  return (Object.keys(OUTCOME_WORDS) as SourceOutcomeKind[])
    .map((k) => `${counts[k]} ${OUTCOME_WORDS[k]}`)
    .join(', ');
}

/** "3 September 2025 at 14:05", by the analyst's clock. */
export function ukDateTime(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  return `${date} at ${time}`;
}

export function summaryHtml(summary: RefreshSummary, register: ForceRegister, timeZone?: string): string {
  const forceName = (id: string | null) => (id ? (register.byId(id)?.name ?? id) : null);
  const parts: string[] = [];
  parts.push(
    `<p class="oic-summary-when">Finished ${escapeHtml(ukDateTime(summary.finishedAt, timeZone))}.</p>`,
  );
  parts.push(`<p class="oic-summary-counts">Sources: ${escapeHtml(countsLine(summary))}.</p>`);
  const failed = summary.outcomes.filter((o) => o.outcome === 'failed');
  if (failed.length) {
    parts.push('<h3>Could not be read</h3><ul class="oic-failed">');
    for (const f of failed) {
      const who = forceName(f.forceId);
      parts.push(
        `<li><span class="oic-source">${escapeHtml(who ? `${who} (${sourceName(f.source)})` : sourceName(f.source))}</span>: ${escapeHtml(f.reason ?? 'no reason given')}</li>`,
      );
    }
    parts.push('</ul>');
  }
  if (summary.changes.length) {
    parts.push('<h3>Statuses that changed</h3><ul class="oic-changes">');
    for (const c of summary.changes) {
      parts.push(
        `<li>${escapeHtml(forceName(c.forceId))}, recommendation ${escapeHtml(c.recommendation)}: ${escapeHtml(c.from ?? 'none')} → ${escapeHtml(c.to)}</li>`,
      );
    }
    parts.push('</ul>');
  } else {
    parts.push('<p>No status changed.</p>');
  }
  return parts.join('');
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
    html = summaryHtml(state.summary, register, timeZone);
    announcement = `Finished. Sources: ${countsLine(state.summary)}.`;
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
