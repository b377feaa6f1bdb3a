import type { ForceRegister } from '../../report/forces';
import { checkAddress, mergeAdded, type AddedFile, type AddedSource } from './added';
import type { RefreshService, SourceItem } from './refresh';
import { IDLE, isBusy, nextState, type PaneEvent, type PaneState } from './state';
import { addedItems, paneView, sourcesHtml, type PaneView } from './view';

export interface PaneOutput {
  show(view: PaneView): void;
  showSources(html: string): void;
  /** What went wrong adding a source (a web address that is not one); null clears it. */
  showAddProblem(text: string | null): void;
}

function messageOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text || 'The refresh stopped without saying why.';
}

/**
 * The pane's behaviour, with no DOM: a press of the button runs one refresh at a time through the service,
 * every progress report moves the state machine, and the output is told what to show after each step.
 * Sources the analyst adds wait here until the next refresh reads them.
 */
export class PaneController {
  private state: PaneState = IDLE;
  private hasData = false;
  private sources: SourceItem[] = [];
  private added: AddedSource[] = [];

  constructor(
    private readonly service: RefreshService,
    private readonly output: PaneOutput,
    private readonly register: ForceRegister,
    private readonly timeZone?: string,
  ) {}

  get current(): PaneState {
    return this.state;
  }

  get sourceItems(): readonly SourceItem[] {
    return this.sources;
  }

  get pending(): readonly AddedSource[] {
    return this.added;
  }

  /** Reads what the workbook holds (whether built, which sources) and shows it. */
  async open(): Promise<void> {
    this.render();
    await this.reloadSources();
  }

  /** The button's action. A press while a refresh is running does nothing. */
  async refresh(): Promise<void> {
    if (isBusy(this.state)) return;
    this.dispatch({ type: 'start' });
    const reading = [...this.added];
    try {
      const result = await this.service.refresh(
        (progress) => this.dispatch({ type: 'progress', progress }),
        reading,
      );
      // Read now, and kept by the workbook from here on (files as text, addresses in the source list).
      this.added = this.added.filter((a) => !reading.includes(a));
      this.dispatch({ type: 'done', result });
    } catch (err) {
      this.dispatch({ type: 'failed', message: messageOf(err) });
    }
    await this.reloadSources();
  }

  /** Files picked in the pane: listed at once, read at the next refresh. */
  addFiles(files: readonly AddedFile[]): void {
    if (!files.length) return;
    this.added = mergeAdded(this.added, files);
    this.output.showAddProblem(null);
    this.showSources();
  }

  /** A web address typed in the pane. Returns false (and says why) when it is not one. */
  addAddress(typed: string): boolean {
    const checked = checkAddress(typed);
    if ('problem' in checked) {
      this.output.showAddProblem(checked.problem);
      return false;
    }
    this.added = mergeAdded(this.added, [{ kind: 'url', url: checked.url }]);
    this.output.showAddProblem(null);
    this.showSources();
    return true;
  }

  private async reloadSources(): Promise<void> {
    try {
      [this.hasData, this.sources] = await Promise.all([this.service.hasData(), this.service.listSources()]);
    } catch (err) {
      // The list is a convenience; failing to read it must not hide the refresh result.
      this.sources = [
        { label: 'Sources could not be listed', detail: messageOf(err), state: 'failed', message: null },
      ];
    }
    this.showSources();
    this.render();
  }

  private showSources(): void {
    this.output.showSources(sourcesHtml([...this.sources, ...addedItems(this.added)]));
  }

  private dispatch(event: PaneEvent): void {
    const next = nextState(this.state, event);
    if (next === this.state) return;
    this.state = next;
    this.render();
  }

  private render(): void {
    this.output.show(paneView(this.state, this.hasData, this.register, this.timeZone));
  }
}
