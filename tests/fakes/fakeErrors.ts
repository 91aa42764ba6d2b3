// Errors shaped like OfficeExtension.Error: `code`, `message` and `debugInfo` with the failing
// statement's location, which is what Office hands to add-ins.

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly debugInfo: FakeDebugInfo;

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

// Messages as Excel words them (en-US), so tests see what users would.
export const MESSAGES = {
  PropertyNotLoaded: (prop: string) =>
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  ItemNotFound: 'The requested resource doesn\'t exist.',
  ItemAlreadyExists: 'The resource already exists.',
  InvalidOperation: 'The operation is invalid for the object or its current state.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  SessionLost: 'Your Office Online session has expired or is invalid. To continue, refresh the page.',
  GeneralException: 'There was an internal error while processing the request.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
} as const;

export function officeError(code: keyof typeof MESSAGES, errorLocation?: string): FakeOfficeError {
  const m = MESSAGES[code];
  return new FakeOfficeError(code, typeof m === 'string' ? m : code, errorLocation);
}

export function propertyNotLoaded(objectType: string, prop: string): FakeOfficeError {
  return new FakeOfficeError('PropertyNotLoaded', MESSAGES.PropertyNotLoaded(prop), `${objectType}.${prop}`);
}

/**
 * Thrown inside a sync by a command aimed at a null object (an `...OrNullObject` that found
 * nothing, or anything reached through one). Excel skips such commands instead of failing the
 * request: Microsoft's own samples clear a sheet with `getItemOrNullObject('Sample').delete()`.
 * The fake's sync catches it and goes on with the next command.
 */
export class NullObjectSkip extends Error {
  override readonly name = 'NullObjectSkip';
}
