// The pane builds DOM from text only and never evaluates strings: checked over the source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../src/taskpane');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('task pane source', () => {
  it.each(files(root).map((f) => [f.slice(root.length + 1), f]))('%s uses no markup sinks and no eval', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
  });

  it('has a CSP that allows scripts only from itself and Office\'s CDN', () => {
    const html = readFileSync(join(root, 'taskpane.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
  });
});
