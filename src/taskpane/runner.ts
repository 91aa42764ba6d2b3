// The pane's one door to a run: the same runRanking the CLI uses, over the Office port.
import type { Issue } from '../engine/index';
import type { RunOutcome } from '../workbook/run';
import type { WorkbookPort } from '../workbook/port';
import { loadEngine } from './loadEngine';
import { customElapsed, periodLabel } from './model/period';
import type { State } from './state';

export interface RunInput {
  ruleSet: unknown;
  sources: string[];
  period: string;
  elapsed?: number;
}

/** What the state asks for: blank source rows dropped, custom time progress when typed. */
export function runInput(state: State): RunInput {
  const elapsed = customElapsed(state.elapsedText);
  return {
    ruleSet: state.draft,
    sources: state.sources.map((s) => s.trim()).filter((s) => s !== ''),
    period: periodLabel(state.period),
    ...(elapsed === null ? {} : { elapsed }),
  };
}

export async function rank(port: WorkbookPort, input: RunInput, state: State, replace: boolean): Promise<RunOutcome> {
  const { runRanking } = await loadEngine();
  // The explanation sheet beside the result lets a reader without the add-in see the same words.
  return runRanking(port, { ...input, lang: state.lang, replace, now: new Date(), explain: state.explainSheet });
}

/** The whole run without writing: every issue the run would report. */
export async function dryRun(port: WorkbookPort, input: RunInput, state: State): Promise<Issue[]> {
  const readOnly: WorkbookPort = {
    listSheets: () => port.listSheets(),
    readRanges: (a) => port.readRanges(a),
    readStore: () => port.readStore(),
    writeRun: () => Promise.resolve(),
  };
  const { result } = await rank(readOnly, input, state, false);
  return result.issues;
}
