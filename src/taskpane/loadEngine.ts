// Loads engineChunk.ts, once: after the first render, or at once when the user asks for
// something that needs it first. A failed load (network) is tried again on the next call.
export type Engine = typeof import('./engineChunk');

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ './engineChunk').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
