// What the explanation section needs after the first render, loaded with the engine (loadExplain.ts):
// finding the unit of a selected row, explaining it, and the explanation's words.
export { explanationPlain, explanationText } from '../../engine/index';
export { explainUnit } from './explainUnit';
export { readSelectedUnit, sheetTarget } from './resultRow';
