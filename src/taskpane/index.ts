// Entry of the task pane. Starts in Excel (office.js present and the host is Excel), and also
// in a plain browser or when office.js could not load, with the workbook features switched off.
// The engine, the run and the Office adapter come in a second chunk after the first render
// (loadEngine.ts): this chunk holds only what the first render needs.
import type { WorkbookPort } from '../workbook/port';
import { startApp } from './app';
import type { ExcelRun } from './excel/excelRun';
import { langOf } from './i18n/index';
import { loadEngine } from './loadEngine';
import { applyTheme } from './theme';
import { storedLang } from './ui/langPreference';

interface Started {
  excel: ExcelRun | null;
  displayLanguage: string | undefined;
  isSetSupported?: (name: string, version: string) => boolean;
}

async function officeHost(): Promise<Started> {
  if (typeof Office === 'undefined') return { excel: null, displayLanguage: navigator.language };
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel && typeof Excel !== 'undefined';
  applyTheme(document.documentElement, Office.context?.officeTheme);
  const requirements = Office.context?.requirements;
  return {
    excel: inExcel ? (batch) => Excel.run(batch) : null,
    displayLanguage: Office.context?.displayLanguage ?? navigator.language,
    ...(requirements ? { isSetSupported: (name: string, version: string) => requirements.isSetSupported(name, version) } : {}),
  };
}

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const host = await officeHost();
  const lang = storedLang() ?? langOf(host.displayLanguage);
  document.documentElement.lang = lang;
  startApp(root, { lang, excel: host.excel, port: host.excel ? lazyOfficePort(host.excel, host.isSetSupported) : null, today: new Date() });
  document.documentElement.dataset.ready = 'true';
  // Time to first usable render, read by the browser tests.
  performance.mark('standings-ready');
}

void main();

/** The Office adapter behind the same port, its code loaded with the engine on first use. */
function lazyOfficePort(run: ExcelRun, isSetSupported?: (name: string, version: string) => boolean): WorkbookPort {
  let port: Promise<WorkbookPort> | null = null;
  const office = (): Promise<WorkbookPort> => {
    port ??= loadEngine().then(
      (engine) => engine.officePort(run, isSetSupported),
      (error: unknown) => {
        port = null;
        throw error;
      },
    );
    return port;
  };
  return {
    listSheets: async () => (await office()).listSheets(),
    readRanges: async (addresses) => (await office()).readRanges(addresses),
    readStore: async () => (await office()).readStore(),
    readInputs: async (addresses) => {
      const p = await office();
      if (p.readInputs === undefined) throw new Error('the Office adapter has no readInputs');
      return p.readInputs(addresses);
    },
    findDates: async (dates, scope) => {
      const p = await office();
      if (p.findDates === undefined) throw new Error('the Office adapter has no findDates');
      return p.findDates(dates, scope);
    },
    writeRun: async (sheets, store, options) => (await office()).writeRun(sheets, store, options),
  };
}
