import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'chai';
import type { Page } from 'playwright-core';

/** The rules we hold every page to: WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe-core's tags). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One axe violation as a person fixing it needs it: the rule, what it asks and where. */
export interface AxeFinding {
  rule: string;
  help: string;
  where: string[];
}

/** Runs axe-core (through `@axe-core/playwright`) on the page as it is now; returns its WCAG 2.2 AA violations. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  return result.violations.map((v) => ({
    rule: v.id,
    help: v.help,
    where: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
  }));
}

/** Fails with every finding spelt out when axe reports any violation on the page. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const findings = await axeFindings(page);
  const report = findings.map((f) => `- ${f.rule}: ${f.help}\n    ${f.where.join('\n    ')}`).join('\n');
  expect(findings, `axe on ${what}:\n${report}`).to.deep.equal([]);
}
