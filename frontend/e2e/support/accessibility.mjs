import { AssertionError } from 'node:assert';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_AA_TAGS } from './config.mjs';

/** Fails with a readable list when axe finds WCAG 2.2 AA violations on the current page. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  if (results.violations.length === 0) {
    return;
  }
  const report = results.violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`).join('\n');
      return `- ${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
    })
    .join('\n');
  throw new AssertionError({
    message: `${results.violations.length} accessibility violation(s) on ${page.url()}:\n${report}`,
  });
}
