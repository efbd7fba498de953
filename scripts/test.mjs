// `npm test`: the one command that says green. CI runs exactly this (through .ci/run) on a clean clone.
// Plain Node built-ins only: it runs before `npm install`.
// `npm test -- --keep-going` runs every step even after one fails, to see all problems at once.
import { mkdirSync } from 'node:fs';
import { ensureNpmDependencies } from './lib/npm-deps.mjs';
import { localBin, repoPath } from './lib/paths.mjs';
import { banner, formatDuration, run, step } from './lib/run.mjs';
import { ensureDebianPackages } from './lib/system-packages.mjs';
import { addTotals, clearReport, readReport, reportPath, summaryLine } from './lib/vitest-report.mjs';
import { buildWebApp } from './lib/web-build.mjs';

let totals = { passed: 0, failed: 0, skipped: 0 };

function vitest(name, projects) {
  return async () => {
    clearReport(name);
    const code = await run(localBin('vitest'), [
      'run',
      ...projects.flatMap((project) => ['--project', project]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportPath(name)}`,
    ]);
    totals = addTotals(totals, readReport(name));
    return code;
  };
}

const steps = [
  { name: 'npm dependencies', action: ensureNpmDependencies },
  { name: 'Debian packages (chromium, postgresql)', action: ensureDebianPackages },
  {
    name: 'typecheck: tsc --noEmit',
    action: () => run(localBin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  },
  { name: 'lint: biome check', action: () => run(localBin('biome'), ['check', '--error-on-warnings', '.']) },
  { name: 'web build: vite build', action: buildWebApp },
  { name: 'tests: unit + integration', action: vitest('unit-integration', ['unit', 'integration']) },
  { name: 'tests: e2e', action: vitest('e2e', ['e2e']) },
];

const keepGoing = process.argv.includes('--keep-going');

async function main() {
  mkdirSync(repoPath('.tmp'), { recursive: true });
  const startedAt = performance.now();
  const results = [];
  for (const { name, action } of steps) {
    const result = await step(name, action);
    results.push(result);
    if (result.code !== 0 && !keepGoing) break;
  }
  const failed = results.filter((result) => result.code !== 0);
  banner(
    failed.length > 0
      ? `FAILED at step: ${failed.map((result) => result.name).join(', ')}`
      : 'All steps passed',
  );
  for (const result of results)
    console.log(`  ${result.code === 0 ? '✔' : '✘'} ${result.name}  ${result.elapsed}`);
  for (const skipped of steps.slice(results.length)) console.log(`  - ${skipped.name}  (not run)`);
  console.log(`  total ${formatDuration(performance.now() - startedAt)}\n`);
  console.log(summaryLine(totals));
  return failed.length > 0 || totals.failed > 0 ? 1 : 0;
}

process.exitCode = await main();
