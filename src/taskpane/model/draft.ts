// The rule set being edited, kept as plain JSON so that half-finished or invalid input survives
// editing; validateRuleSet judges it. These helpers change it by JSON path. DOM-free.
import { fieldShown, methodSpec } from './methodFields';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Draft = { [key: string]: Json };
export type PathPart = string | number;
export type Path = readonly PathPart[];

const isRecord = (v: unknown): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The same text the engine uses for issue paths: `indicators[1].method.bands[0].min`. */
export function pathText(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '$' : out;
}

export function getAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (typeof key === 'number') node = Array.isArray(node) ? node[key] : undefined;
    else node = isRecord(node) ? node[key] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/** Sets (or, with `undefined`, deletes) the value at a path, creating objects on the way. */
export function setAt(root: Draft, path: Path, value: Json | undefined): void {
  let node: Json = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const next: Json | undefined = typeof key === 'number' ? (Array.isArray(node) ? node[key] : undefined) : isRecord(node) ? node[key] : undefined;
    if (next === undefined || next === null || typeof next !== 'object') {
      const created: Json = typeof path[i + 1] === 'number' ? [] : {};
      assign(node, key, created);
      node = created;
    } else node = next;
  }
  const last = path[path.length - 1];
  if (last === undefined) return;
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else if (isRecord(node) && typeof last === 'string') delete node[last];
  } else assign(node, last, value);
}

function assign(node: Json, key: PathPart, value: Json): void {
  if (Array.isArray(node) && typeof key === 'number') node[key] = value;
  else if (isRecord(node) && typeof key === 'string') node[key] = value;
}

export function listAt(root: Draft, path: Path): Json[] {
  const list = getAt(root, path);
  if (Array.isArray(list)) return list;
  const fresh: Json[] = [];
  setAt(root, path, fresh);
  return fresh;
}

export function addItem(root: Draft, path: Path, item: Json): void {
  listAt(root, path).push(item);
}

export function removeItem(root: Draft, path: Path, index: number): void {
  const list = listAt(root, path);
  list.splice(index, 1);
  // An empty optional list is dropped so the JSON stays tidy.
  if (list.length === 0 && path[0] !== 'indicators') setAt(root, path, undefined);
}

/** Moves an item by `delta` (−1 up, +1 down); out-of-range moves are ignored. */
export function moveItem(root: Draft, path: Path, index: number, delta: number): void {
  const list = listAt(root, path);
  const to = index + delta;
  if (to < 0 || to >= list.length) return;
  const [item] = list.splice(index, 1);
  if (item !== undefined) list.splice(to, 0, item);
}

export function weightSum(root: Draft): number {
  const list = getAt(root, ['indicators']);
  if (!Array.isArray(list)) return 0;
  const sum = list.reduce<number>((acc, ind) => acc + (isRecord(ind) && typeof ind.weight === 'number' ? ind.weight : 0), 0);
  return Math.round(sum * 1e6) / 1e6;
}

/** A new indicator with an id not yet taken. */
export function newIndicator(root: Draft): Json {
  const list = getAt(root, ['indicators']);
  const taken = new Set(Array.isArray(list) ? list.map((i) => (isRecord(i) ? i.id : null)) : []);
  let n = (Array.isArray(list) ? list.length : 0) + 1;
  while (taken.has(`indicator${n}`)) n++;
  return { id: `indicator${n}`, label: '', weight: 10, target: '', actual: '', method: methodSpec('ratio')!.initial() as Json };
}

/** Switches an indicator's method, starting from that method's defaults. */
export function setMethodType(root: Draft, indicator: number, type: string): void {
  const spec = methodSpec(type);
  if (spec) setAt(root, ['indicators', indicator, 'method'], spec.initial() as Json);
}

/** Sets a choice field of a method and drops the settings the new choice does not use. */
export function setMethodChoice(root: Draft, indicator: number, key: string, value: string, omitDefault: string): void {
  const path = ['indicators', indicator, 'method'];
  const method = getAt(root, path);
  if (!isRecord(method)) return;
  if (value === omitDefault) delete method[key];
  else method[key] = value;
  for (const field of methodSpec(method.type)?.fields ?? []) {
    if (field.kind !== 'number') continue;
    if (!fieldShown(field, method)) delete method[field.key];
    else if (field.required && method[field.key] === undefined) method[field.key] = field.initial ?? 0;
  }
}

/** Text typed into a number field: blank removes an optional setting, anything else is kept as typed when not a number so validation can name it. */
export function numberInput(text: string): Json | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

/** Text typed into a text field: blank removes an optional setting. */
export function textInput(text: string): Json | undefined {
  return text.trim() === '' ? undefined : text;
}

export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
