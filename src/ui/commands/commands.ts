/// <reference types="office-js" />
import { requestRefresh } from '../taskpane/pane-instance';

/**
 * Ribbon commands. They run in the shared runtime, the same page as the task pane, so "Refresh" can show
 * the pane and run the refresh there, where its progress and summary are visible.
 */
async function refreshFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
    // The command is done once the refresh has started; the pane reports the rest. Excel would otherwise
    // wait on a refresh that can take a while.
    void requestRefresh();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('oicRefresh', refreshFromRibbon);
});
