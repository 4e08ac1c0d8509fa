/**
 * Every example, in every language, runs through the browser's code path (transpile, module
 * loader, runner) and must print exactly its recorded output. `npm run examples:record`
 * (RECORD_EXAMPLES=1) writes the recordings instead; review the diff before committing.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { commentPairProblems } from '../../src/playground/example-source.ts';
import { strayComments, sucraseSubsetViolations } from '../../src/sandbox/sucrase-subset.ts';
import { listExampleFiles } from './example-files.ts';
import { runExample } from './run-example.ts';

const recording = process.env.RECORD_EXAMPLES === '1';
const examples = listExampleFiles();

describe('the example set', () => {
  it('is not empty', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
});

describe.each(examples)('example $id', ({ id, path, outputPath, sqlPath }) => {
  const fileSource = readFileSync(path, 'utf8');

  it('uses only TypeScript that Sucrase compiles like tsc', () => {
    expect(sucraseSubsetViolations(fileSource, path)).toEqual([]);
  });

  it('localizes every comment, one line per language', () => {
    expect(strayComments(fileSource)).toEqual([]);
    expect(commentPairProblems(fileSource)).toEqual([]);
  });

  it.each(LANGS)('prints its recorded output (%s)', async (lang) => {
    const run = await runExample(id, fileSource, lang);
    if (recording && lang === LANGS[0]) {
      writeFileSync(outputPath, run.transcript);
      if (run.sql) writeFileSync(sqlPath, run.sql);
      else rmSync(sqlPath, { force: true });
    }
    expect(existsSync(outputPath), `${outputPath} is missing: run npm run examples:record`).toBe(true);
    expect(run.transcript).toBe(readFileSync(outputPath, 'utf8'));
    expect(run.sql).toBe(existsSync(sqlPath) ? readFileSync(sqlPath, 'utf8') : '');
  });
});
