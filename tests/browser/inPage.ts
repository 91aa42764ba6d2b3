// Code run inside the page, kept as text: the tests compile without DOM types (Node only), so
// anything touching `document` goes through page.evaluate as a string.

export const TIMING = `({
  ready: performance.getEntriesByName('standings-ready')[0]?.startTime ?? -1,
  fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
})`;

export const ACTIVE_TEXT = 'document.activeElement?.textContent ?? null';
export const ACTIVE_PATH = 'document.activeElement?.dataset.path ?? null';
export const DOC_LANG = 'document.documentElement.lang';
export const FOCUS_IN_RULE_SET = "document.activeElement?.closest('#rule-set') !== null";

/** Form controls without a label, an aria-label or visible text. */
export const UNNAMED_CONTROLS = `[...document.querySelectorAll('input, select, textarea, button')]
  .filter((el) => (el.labels?.length ?? 0) === 0 && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim())
  .map((el) => el.outerHTML.slice(0, 80))`;

export const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
  window.__reportCsp(e.violatedDirective + ' ' + e.blockedURI);
});`;

/** Where an element starts, in page (not viewport) pixels. */
export const pageTop = (selector: string): string => `document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().top + window.scrollY`;
