/**
 * Prints one closing line for the whole suite, 'tests: N passed, N failed', from the JSON
 * reports that the unit and end-to-end runs write to test-results/.
 */
import { existsSync, readFileSync } from 'node:fs';

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

const reports = ['test-results/unit.json', 'test-results/e2e.json'].filter((file) => existsSync(file));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestJsonReport;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests;
}
// How many examples print and send exactly what their Python twin does on real Django
// (tests/playground/django-conformance.test.ts), and how many documented differences remain.
if (existsSync('test-results/django.json')) {
  const django = JSON.parse(readFileSync('test-results/django.json', 'utf8')) as {
    examples: number;
    matching: number;
    explained: number;
  };
  console.log(
    `examples against real Django: ${django.matching} of ${django.examples} match, ${django.explained} documented differences`,
  );
}
// A step that failed outside Vitest (type checks, the build, the oracle) counts as one failure.
failed += process.argv.filter((arg) => arg.startsWith('--failed-step=')).length;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
