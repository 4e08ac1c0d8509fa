/**
 * The race lab's scenarios (src/components/RaceLab.astro). Each variant is one file here,
 * `<id>.<variant>.ts`, in the example format (one `// <lang>:` comment line per language): a module whose
 * default export is a Scheduler from sandbox/scheduler. `recorded.json` holds what the
 * build shows without JavaScript (each variant's interleaving count and failures, and the
 * first failing interleaving's timeline); `RECORD_RACE_LAB=1 npx vitest run tests/race-lab`
 * rewrites it, and the same test fails when it is out of date.
 */
export type VariantId = 'race' | 'partial' | 'fix';

export interface Scenario {
  id: string;
  /** The guide's section that explains the race. */
  section: string;
  /** Its versions of the code, in the order the lab offers them. */
  variants: VariantId[];
}

// The titles, descriptions and variant labels are data, one file per language:
// src/race-lab-scenarios/texts/<lang>.json (read through ./texts.ts).
export const SCENARIOS: Scenario[] = [
  { id: 'exists-get', section: 'exists-then-get', variants: ['race', 'fix'] },
  { id: 'stale-cache', section: 'stale-cache', variants: ['race', 'partial', 'fix'] },
  { id: 'background-job', section: 'background-jobs', variants: ['race', 'fix'] },
  { id: 'lost-update', section: 'f-expressions', variants: ['race', 'fix'] },
  { id: 'select-for-update', section: 'select-for-update', variants: ['race', 'fix'] },
];

/** Interleavings the lab enumerates at most; above this it runs a random sample. */
export const EXPLORE_LIMIT = 1_000;
export const SAMPLE_SIZE = 200;
