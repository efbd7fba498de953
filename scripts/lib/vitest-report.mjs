// Reads the JSON reports vitest writes (--reporter=json) and sums them into one line.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { repoPath } from './paths.mjs';

/** Relative path of the JSON report of one named vitest run. */
export function reportPath(name) {
  return `.tmp/vitest-${name}.json`;
}

/** Deletes a previous report so a crashed run is never summed with stale numbers. */
export function clearReport(name) {
  rmSync(repoPath(reportPath(name)), { force: true });
}

/** Counts from one report; zeros when vitest wrote none (it crashed before running tests). */
export function readReport(name) {
  const file = repoPath(reportPath(name));
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** `12 passed, 1 failed` plus `, 3 skipped` when any were skipped. */
export function summaryLine(totals) {
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  return `${totals.passed} passed, ${totals.failed} failed${skipped}`;
}

export function addTotals(a, b) {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}
