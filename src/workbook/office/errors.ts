// Failures of the Office host, one class per condition (style point 5). Office's own error stays
// as `cause`, and its `debugInfo.code` and `errorLocation` are kept as fields, because they are
// what Microsoft support and the logs need; the message says what the user can do.

/** The facts Office gives about a failed request. */
export interface OfficeFacts {
  /** `debugInfo.code`, else the error's `code` (e.g. `InvalidOperationInCellEditMode`). */
  code: string;
  /** `debugInfo.errorLocation`, e.g. `Range.values`; null when Office gives none. */
  errorLocation: string | null;
  /** Office's own message. */
  officeMessage: string;
}

/** Whether the workbook is as it was before the call: true, false (leftovers remain), or null for reads. */
export type Restored = boolean | null;

abstract class OfficeHostError extends Error implements OfficeFacts {
  readonly code: string;
  readonly errorLocation: string | null;
  readonly officeMessage: string;

  protected constructor(
    message: string,
    facts: OfficeFacts,
    readonly restored: Restored,
    cause: unknown,
  ) {
    super(`${message}${restoredNote(restored)} (Office: ${facts.code}${facts.errorLocation === null ? '' : ` at ${facts.errorLocation}`})`, { cause });
    this.code = facts.code;
    this.errorLocation = facts.errorLocation;
    this.officeMessage = facts.officeMessage;
  }
}

function restoredNote(restored: Restored): string {
  if (restored === true) return '; the workbook was left as it was';
  if (restored === false) return '; part of the run could not be undone (anything left is removed before the next call when possible)';
  return '';
}

/** Excel refuses API calls while the user is typing in a cell. */
export class CellEditModeError extends OfficeHostError {
  override readonly name = 'CellEditModeError';
  constructor(facts: OfficeFacts, restored: Restored, cause: unknown) {
    super('Excel is editing a cell: press Enter or Esc to finish, then run again', facts, restored, cause);
  }
}

/** The connection to Excel (an Office Online session) is gone. */
export class SessionLostError extends OfficeHostError {
  override readonly name = 'SessionLostError';
  constructor(facts: OfficeFacts, restored: Restored, cause: unknown) {
    super('the connection to Excel was lost: reload the add-in (or the page), then run again', facts, restored, cause);
  }
}

/** Any other refusal by Excel. */
export class OfficeRequestError extends OfficeHostError {
  override readonly name = 'OfficeRequestError';
  constructor(facts: OfficeFacts, restored: Restored, cause: unknown) {
    super(`Excel refused the request: ${facts.officeMessage}`, facts, restored, cause);
  }
}

/** A second run was started while one is writing. */
export class RunInProgressError extends Error {
  override readonly name = 'RunInProgressError';
  constructor() {
    super('a run is already writing to this workbook; wait for it to finish');
  }
}

/** The host lacks a requirement set the adapter needs. */
export class UnsupportedHostError extends Error {
  override readonly name = 'UnsupportedHostError';
  constructor(
    readonly requirementSet: string,
    readonly version: string,
  ) {
    super(`this version of Excel lacks ${requirementSet} ${version}; update Office or use Excel on the web`);
  }
}

/** A range address the adapter cannot read (it needs `Sheet!A1:F20`). */
export class RangeAddressError extends Error {
  override readonly name = 'RangeAddressError';
  constructor(readonly address: string) {
    super(`not a range address with a sheet name: "${address}" (expected e.g. 目标!A1:E20)`);
  }
}

/** The sheets to write are not a valid set (repeated names, or the store's own name). */
export class InvalidPlanError extends Error {
  override readonly name = 'InvalidPlanError';
  constructor(readonly sheets: readonly string[]) {
    super(`cannot write these result sheets: ${sheets.join(', ')} (names repeat or are reserved)`);
  }
}

/** Office's error facts, or null when `error` did not come from Office. */
export function officeFacts(error: unknown): OfficeFacts | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { code?: unknown; message?: unknown; debugInfo?: { code?: unknown; errorLocation?: unknown } };
  if (typeof e.code !== 'string' || typeof e.debugInfo !== 'object' || e.debugInfo === null) return null;
  return {
    code: typeof e.debugInfo.code === 'string' ? e.debugInfo.code : e.code,
    errorLocation: typeof e.debugInfo.errorLocation === 'string' ? e.debugInfo.errorLocation : null,
    officeMessage: typeof e.message === 'string' ? e.message : '',
  };
}

const SESSION_CODES = new Set(['ConnectionFailure', 'InvalidRequestContext']);

/**
 * The typed error for an Office failure; other errors come back unchanged. Office reports a lost
 * Office Online session as a GeneralException whose message speaks of the session, so the message
 * is what tells it apart from other general failures.
 */
export function toHostError(error: unknown, restored: Restored): unknown {
  const facts = officeFacts(error);
  if (facts === null) return error;
  if (facts.code === 'InvalidOperationInCellEditMode') return new CellEditModeError(facts, restored, error);
  if (SESSION_CODES.has(facts.code) || (facts.code === 'GeneralException' && /session/i.test(facts.officeMessage))) {
    return new SessionLostError(facts, restored, error);
  }
  return new OfficeRequestError(facts, restored, error);
}
