/// <reference types="office-js" />
import { fluentButton, fluentProgress, provideFluentDesignSystem } from '@fluentui/web-components';
import { defaultRegister } from '../../report/forces';
import { missingSets } from '../requirements';
import { PaneController } from './controller';
import { FILE_TYPES } from './added';
import { domOutput, findElements, pickedFiles } from './dom';
import { setPane } from './pane-instance';
import { workbookRefreshService } from './workbook-service';

// Only the components the pane uses are registered, which keeps the bundle small.
provideFluentDesignSystem().register(fluentButton(), fluentProgress());

declare const OIC_BUNDLED_LETTERS: string[];

/** @param notes whether this Excel can add notes to cells (ExcelApi 1.18), asked once Office is ready. */
function mount(notes: boolean): void {
  const elements = findElements(document);
  const controller = new PaneController(
    workbookRefreshService(OIC_BUNDLED_LETTERS, { notes }),
    domOutput(elements),
    defaultRegister(),
  );
  elements.button.addEventListener('click', () => void controller.refresh());
  elements.fileInput.accept = FILE_TYPES;
  elements.addFiles.addEventListener('click', () => elements.fileInput.click());
  elements.fileInput.addEventListener('change', () => {
    controller.addFiles(pickedFiles(elements.fileInput));
    // Picking the same file again must fire change again.
    elements.fileInput.value = '';
  });
  const addAddress = (event: Event) => {
    event.preventDefault();
    if (controller.addAddress(elements.urlInput.value)) elements.urlInput.value = '';
  };
  elements.urlForm.addEventListener('submit', addAddress);
  elements.addUrl.addEventListener('click', addAddress);
  setPane(controller);
  void controller.open();
}

function tooOld(): string | null {
  const missing = missingSets((name, version) => Office.context.requirements.isSetSupported(name, version));
  if (!missing.length) return null;
  const names = missing.map((s) => `${s.name} ${s.minVersion}`).join(', ');
  return `This version of Excel lacks ${names}, which OIC Tracker needs. Update Excel, or use Excel on the web.`;
}

Office.onReady((info) => {
  let notes = false;
  if (info.host === Office.HostType.Excel) {
    const problem = tooOld();
    if (problem) {
      const elements = findElements(document);
      elements.button.toggleAttribute('disabled', true);
      elements.summary.hidden = false;
      elements.summaryBody.textContent = problem;
      elements.announcer.textContent = problem;
      return;
    }
    // Keep the shared runtime (and so the OIC functions' data) loaded whenever this workbook opens.
    Office.addin.setStartupBehavior(Office.StartupBehavior.load).catch(() => undefined);
    notes = Office.context.requirements.isSetSupported('ExcelApi', '1.18');
  }
  mount(notes);
});
