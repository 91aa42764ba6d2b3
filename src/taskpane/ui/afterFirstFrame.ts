// Work that must not delay the pane's first paint: run it after the next frame, or after
// `fallbackMs` when no frame comes (a hidden pane gets no animation frames).
export function afterFirstFrame(then: () => void, fallbackMs: number): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackMs);
}
