import type { ForceRegister } from '../../report/forces';
import type { RefreshService, SourceItem } from './refresh';
import { IDLE, isBusy, nextState, type PaneEvent, type PaneState } from './state';
import { paneView, sourcesHtml, type PaneView } from './view';

export interface PaneOutput {
  show(view: PaneView): void;
  showSources(html: string): void;
}

function messageOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text || 'The refresh stopped without saying why.';
}

/**
 * The pane's behaviour, with no DOM: a press of the button runs one refresh at a time through the service,
 * every progress report moves the state machine, and the output is told what to show after each step.
 */
export class PaneController {
  private state: PaneState = IDLE;
  private hasData = false;
  private sources: SourceItem[] = [];

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

  /** Reads what the workbook holds (whether built, which sources) and shows it. */
  async open(): Promise<void> {
    this.render();
    await this.reloadSources();
  }

  /** The button's action. A press while a refresh is running does nothing. */
  async refresh(): Promise<void> {
    if (isBusy(this.state)) return;
    this.dispatch({ type: 'start' });
    try {
      const summary = await this.service.refresh((progress) => this.dispatch({ type: 'progress', progress }));
      this.dispatch({ type: 'done', summary });
    } catch (err) {
      this.dispatch({ type: 'failed', message: messageOf(err) });
    }
    await this.reloadSources();
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
    this.output.showSources(sourcesHtml(this.sources));
    this.render();
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
