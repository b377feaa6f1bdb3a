/**
 * The one task pane of the shared runtime, so the ribbon's Refresh command (commands.ts) can start a
 * refresh in the pane that shows its progress. A request made before the pane is mounted waits for it.
 */
export interface Refreshable {
  refresh(): Promise<void>;
}

let pane: Refreshable | null = null;
let waiting: Array<() => void> = [];

export function setPane(instance: Refreshable): void {
  pane = instance;
  const queued = waiting;
  waiting = [];
  for (const run of queued) run();
}

export function requestRefresh(): Promise<void> {
  if (pane) return pane.refresh();
  return new Promise((resolve, reject) => {
    waiting.push(() => pane!.refresh().then(resolve, reject));
  });
}
