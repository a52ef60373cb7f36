// axe as the accessibility specs run it: its default rule set (WCAG 2.0 to
// 2.2 A and AA plus best practices) and the A/AA rules it leaves off unless
// asked.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * WCAG 2.1/2.2 A and AA rules that axe leaves off unless asked: 2.5.8 target
 * size, and the experimental ones for orientation, names that match their
 * visible label, bold paragraphs posing as headings, and data tables.
 */
export const OFF_BY_DEFAULT = ['target-size', 'css-orientation-lock', 'label-content-name-mismatch', 'p-as-heading', 'table-fake-caption', 'td-has-header'];
export const axeOptions = { rules: Object.fromEntries(OFF_BY_DEFAULT.map((id) => [id, { enabled: true }])) };

/** axe's violations on the page as it is, one line each; checks that axe ran its rules. */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options(axeOptions).analyze();
  const rules = results.passes.length + results.violations.length + results.incomplete.length + results.inapplicable.length;
  expect(rules, 'axe ran its rules').toBeGreaterThan(50);
  return results.violations.map((v) => `${label} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
