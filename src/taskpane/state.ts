// Everything the pane shows, in one plain object; sections read it and ask the app to redraw.
import type { Issue, Lang, RunResult } from '../engine/index';
import type { StoredRun } from '../workbook/store';
import type { Draft } from './model/draft';
import type { PeriodChoice } from './model/period';

export type HeaderState = { status: 'loading' } | { status: 'ok'; headers: unknown[] } | { status: 'error'; message: string };

export type RunState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'confirm'; sheets: readonly string[] }
  | { status: 'cancelled' }
  | { status: 'failed'; errors: number }
  | { status: 'done'; result: RunResult; sheet: string }
  | { status: 'crashed'; message: string };

export interface State {
  lang: Lang;
  templateId: string;
  draft: Draft;
  /** The engine's verdict on the draft, in `lang`; empty until the engine has come (after the first render). */
  draftIssues: Issue[];
  /** The editor is folded away until the user opens it. */
  editorOpen: boolean;
  /** A one-line note under the rule-set section (loaded, import failed, ...). */
  ruleSetNote: string | null;
  sources: string[];
  headers: Map<string, HeaderState>;
  period: PeriodChoice;
  /** Custom time progress in percent as typed; blank uses the period's own. */
  elapsedText: string;
  /** Write the explanation sheet with the run (on by default; large runs take longer). */
  explainSheet: boolean;
  checkIssues: Issue[] | null;
  checking: boolean;
  run: RunState;
  history: StoredRun[] | null;
  error: string | null;
}
