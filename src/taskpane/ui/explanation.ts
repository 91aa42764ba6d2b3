// An explanation as DOM: its title, then each section's heading and lines, all as text nodes
// (dom.ts), so unit names and labels such as `<img onerror>` or `=1+1` show as written.
import type { ExplanationText } from '../../engine/index';
import { h } from './dom';

export function explanationNode(text: ExplanationText, id: string): HTMLElement {
  const titleId = `${id}-title`;
  return h(
    'article',
    { id, class: 'explanation card', 'aria-labelledby': titleId },
    h('h3', { id: titleId }, text.title),
    ...text.sections.map((s) => h('section', { class: 'explanation-part' }, h('h4', {}, s.heading), h('ul', { class: 'issues' }, ...s.lines.map((line) => h('li', { class: 'issue' }, line))))),
  );
}
