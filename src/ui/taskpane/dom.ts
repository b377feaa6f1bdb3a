import type { AddedFile } from './added';
import type { PaneOutput } from './controller';
import type { PaneView } from './view';

/** The elements the pane fills in; ids from taskpane.html. */
export interface PaneElements {
  button: HTMLElement & { disabled?: boolean };
  buttonText: HTMLElement;
  progress: HTMLElement;
  progressBar: HTMLElement;
  progressText: HTMLElement;
  summary: HTMLElement;
  summaryBody: HTMLElement;
  sources: HTMLElement;
  announcer: HTMLElement;
  addFiles: HTMLElement;
  fileInput: HTMLInputElement;
  urlForm: HTMLFormElement;
  urlInput: HTMLInputElement;
  addUrl: HTMLElement;
  addProblem: HTMLElement;
}

function byId(doc: Document, id: string): HTMLElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`taskpane.html has no element #${id}`);
  return el;
}

export function findElements(doc: Document): PaneElements {
  return {
    button: byId(doc, 'oic-refresh'),
    buttonText: byId(doc, 'oic-refresh-text'),
    progress: byId(doc, 'oic-progress'),
    progressBar: byId(doc, 'oic-progress-bar'),
    progressText: byId(doc, 'oic-progress-text'),
    summary: byId(doc, 'oic-summary'),
    summaryBody: byId(doc, 'oic-summary-body'),
    sources: byId(doc, 'oic-sources'),
    announcer: byId(doc, 'oic-announcer'),
    addFiles: byId(doc, 'oic-add-files'),
    fileInput: byId(doc, 'oic-file-input') as HTMLInputElement,
    urlForm: byId(doc, 'oic-add-url-form') as HTMLFormElement,
    urlInput: byId(doc, 'oic-url') as HTMLInputElement,
    addUrl: byId(doc, 'oic-add-url'),
    addProblem: byId(doc, 'oic-add-problem'),
  };
}

/** Puts a view on the page. All text arrives escaped from view.ts or goes in as textContent. */
export function domOutput(el: PaneElements): PaneOutput {
  let lastAnnouncement = '';
  return {
    show(view: PaneView) {
      el.buttonText.textContent = view.buttonLabel;
      el.button.toggleAttribute('disabled', view.buttonDisabled);
      el.button.setAttribute('aria-busy', String(view.buttonDisabled));
      el.progress.hidden = !view.progress.visible;
      if (view.progress.value === null) el.progressBar.removeAttribute('value');
      else el.progressBar.setAttribute('value', String(view.progress.value));
      el.progressBar.setAttribute('max', String(view.progress.max));
      el.progressBar.setAttribute('aria-valuetext', view.progress.text);
      el.progressText.textContent = view.progress.text;
      el.summary.hidden = view.summaryHtml === null;
      el.summaryBody.innerHTML = view.summaryHtml ?? '';
      // Screen readers repeat a live region on every change; only real news goes in.
      if (view.announcement && view.announcement !== lastAnnouncement)
        el.announcer.textContent = view.announcement;
      lastAnnouncement = view.announcement;
    },
    showSources(html: string) {
      el.sources.innerHTML = html;
    },
    showAddProblem(text: string | null) {
      el.addProblem.hidden = text === null;
      el.addProblem.textContent = text ?? '';
    },
  };
}

/** Files picked in the file input, as sources the pane can read later. */
export function pickedFiles(input: HTMLInputElement): AddedFile[] {
  return Array.from(input.files ?? [], (file) => ({
    kind: 'file' as const,
    name: file.name,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  }));
}
