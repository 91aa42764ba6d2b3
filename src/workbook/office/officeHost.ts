// Compile-time proof, under this folder's tsconfig (office-js types), that the real `Excel.run`
// fits the adapter's structural XlRun. Nothing imports it; the task pane does the wiring
// (src/taskpane/excel/port.ts) with `Office.context.requirements.isSetSupported`.
import type { XlRun } from './excelApi';

export const excelRunFitsXlRun = (run: typeof Excel.run): XlRun => run;
