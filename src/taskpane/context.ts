// What every section gets: the state, the words, the workbook, and ways to change and redraw.
import type { WorkbookPort } from '../workbook/port';
import type { ExcelRun } from './excel/excelRun';
import type { Translate } from './i18n/index';
import type { Draft, Path } from './model/draft';
import type { State } from './state';

export type SlotId =
  | 'header'
  | 'ruleSet'
  | 'editor'
  | 'validation'
  | 'weightSum'
  | 'sources'
  | 'period'
  | 'progress'
  | 'check'
  | 'run'
  | 'history';

export interface Ctx {
  readonly state: State;
  readonly t: Translate;
  /** Null outside Excel (a plain browser): the pane then only edits rules. */
  readonly excel: ExcelRun | null;
  readonly port: WorkbookPort | null;
  /**
   * Loads the engine if need be (it comes after the first render) and settles once it has checked
   * the draft: true, or false when it could not be loaded (then shown as a failure).
   */
  checked(): Promise<boolean>;
  /** A container that `redraw(id)` fills again from the state. */
  slot(id: SlotId, render: () => HTMLElement): HTMLElement;
  redraw(...ids: SlotId[]): void;
  /** Replaces the whole draft (template, import, workbook) and redraws what depends on it. */
  replaceDraft(draft: Draft, note: string | null): void;
  /** Sets one field of the draft; `structural` redraws the editor (lists changed). */
  edit(path: Path, value: unknown, structural?: boolean): void;
  /** Applies a change to the draft, then redraws the editor. */
  change(mutate: (draft: Draft) => void): void;
  /** Says a result out loud to screen readers, through one live region that is never redrawn. */
  announce(text: string): void;
  /** Shows an unexpected failure (I/O, Office errors) without losing the pane. */
  fail(error: unknown): void;
}
