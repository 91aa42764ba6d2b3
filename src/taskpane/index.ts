// Entry of the task pane. Starts in Excel (office.js present and the host is Excel), and also
// in a plain browser or when office.js could not load, with the workbook features switched off.
import './zodJitless';
import { startApp } from './app';
import type { ExcelRun } from './excel/excelRun';
import { officePort } from './excel/port';
import { langOf } from './i18n/index';
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
  startApp(root, { lang, excel: host.excel, port: host.excel ? officePort(host.excel, host.isSetSupported) : null, today: new Date() });
  document.documentElement.dataset.ready = 'true';
  // Time to first usable render, read by the browser tests.
  performance.mark('standings-ready');
}

void main();
