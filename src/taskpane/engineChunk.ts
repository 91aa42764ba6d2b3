// Everything the pane needs only after its first render, loaded as one chunk of its own
// (loadEngine.ts): the engine's checks and scoring with their zod schemas, the run, and the Office
// adapter. Building the schemas and compiling this code took most of the time before the first
// render; the first render itself only needs the templates, ranges and periods (small, pure).
// zod must be jitless before any schema is built (the page's CSP forbids eval): first import.
import './zodJitless';

export { evaluate, parseRuleSetJson, validateRuleSet } from '../engine/index';
export { runRanking } from '../workbook/run';
export { writeHistory } from '../workbook/writeHistory';
export { officePort } from './excel/port';
