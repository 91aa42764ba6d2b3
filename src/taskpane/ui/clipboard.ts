// Copying text for a message. The asynchronous clipboard first; a task pane's frame may refuse it
// (the host's permissions policy, or the pane without focus), so then the text goes into a
// read-only textarea, selected, and the older copy command copies the selection. When that
// fails too, the text stays selected there for Ctrl+C.

export type CopyOutcome = 'copied' | 'copiedBySelection' | 'selected';

export async function writeClipboard(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : (navigator.clipboard as Clipboard | undefined);
  if (clipboard === undefined || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    // Refused (NotAllowedError): fall back to copying a selection.
    return false;
  }
}

/** Selects all of a textarea already holding the text and copies the selection; false when the browser would not. */
export function copySelection(area: HTMLTextAreaElement): boolean {
  area.focus();
  area.select();
  area.setSelectionRange(0, area.value.length);
  try {
    // Deprecated but still the only synchronous way to copy a selection where the clipboard API is refused.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
