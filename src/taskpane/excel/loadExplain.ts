// Loads explainParts.ts into the engine's own chunk: it needs the engine's scoring and zod
// schemas, which must not come before the first render, nor before zod is made jitless (the
// engine chunk's first import). So the engine chunk is loaded first; the same chunk name makes
// webpack put these modules in it, and the import below then only runs them.
import { loadEngine } from '../loadEngine';

export type ExplainParts = typeof import('./explainParts');

let loading: Promise<ExplainParts> | null = null;

export function loadExplain(): Promise<ExplainParts> {
  loading ??= loadEngine()
    .then(() => import(/* webpackChunkName: "engine" */ './explainParts'))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
