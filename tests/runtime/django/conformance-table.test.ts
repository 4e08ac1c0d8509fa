// CONFORMANCE.md must agree with the ported suites: every "passing" row is a plain `it`, every
// "failing" row an `it.fails`, in the `describe` of its Django test class, and every `it` of a
// suite has its row. The counts at the top must add up too.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('.', import.meta.url));
const table = readFileSync(`${dir}CONFORMANCE.md`, 'utf8');

type Status = 'passing' | 'failing' | 'not applicable';
interface Row {
  module: string;
  cls: string;
  test: string;
  status: Status;
  note: string;
}

function parseTable(): Row[] {
  const rows: Row[] = [];
  let module = '';
  for (const line of table.split('\n')) {
    const heading = /^## (\w+)$/.exec(line);
    if (heading) module = heading[1]!;
    const cells = /^\| (\w+) \| (test\w+) \| (passing|failing|not applicable) \| (.*) \|$/.exec(line);
    if (cells && module) rows.push({ module, cls: cells[1]!, test: cells[2]!, status: cells[3] as Status, note: cells[4]! });
  }
  return rows;
}

/** The `it` / `it.fails` calls of a suite file, keyed by `Class.test`. */
function parseSuite(module: string): Map<string, 'passing' | 'failing'> {
  const found = new Map<string, 'passing' | 'failing'>();
  let cls = '';
  for (const line of readFileSync(`${dir}${module}.test.ts`, 'utf8').split('\n')) {
    const d = /^describe\('(\w+)'/.exec(line);
    if (d) cls = d[1]!;
    const t = /^\s*it(\.fails)?\('(test\w+)'/.exec(line);
    if (t) {
      const key = `${cls}.${t[2]}`;
      expect(found.has(key), `${module}: ${key} is defined twice`).toBe(false);
      found.set(key, t[1] ? 'failing' : 'passing');
    }
  }
  return found;
}

const rows = parseTable();
const modules = [...new Set(rows.map((r) => r.module))];

describe('CONFORMANCE.md', () => {
  it('has a table for every ported suite', () => {
    const suites = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && f !== 'conformance-table.test.ts')
      .map((f) => f.replace(/\.test\.ts$/, ''));
    expect(modules.sort()).toEqual(suites.sort());
  });

  for (const module of modules) {
    it(`${module}: rows and suite agree`, () => {
      const suite = parseSuite(module);
      for (const row of rows.filter((r) => r.module === module)) {
        const key = `${row.cls}.${row.test}`;
        if (row.status === 'not applicable') {
          expect(suite.has(key), `${module}: ${key} is "not applicable" but has a test`).toBe(false);
          expect(row.note, `${module}: ${key} needs a reason`).not.toBe('');
        } else {
          expect(suite.get(key), `${module}: ${key}`).toBe(row.status);
          if (row.status === 'failing') expect(row.note, `${module}: ${key} needs the bug`).not.toBe('');
        }
        suite.delete(key);
      }
      expect([...suite.keys()], `${module}: tests without a row`).toEqual([]);
    });

    it(`${module}: counts`, () => {
      const own = rows.filter((r) => r.module === module);
      const n = (s: Status) => own.filter((r) => r.status === s).length;
      const line = `${own.length} tests: ${n('passing')} passing, ${n('failing')} failing, ${n('not applicable')} not applicable.`;
      expect(table).toContain(line);
      expect(table).toContain(
        `| [${module}](#${module}) | ${own.length} | ${n('passing')} | ${n('failing')} | ${n('not applicable')} |`,
      );
    });
  }

  it('total', () => {
    const n = (s: Status) => rows.filter((r) => r.status === s).length;
    expect(table).toContain(
      `| **Total** | **${rows.length}** | **${n('passing')}** | **${n('failing')}** | **${n('not applicable')}** |`,
    );
  });
});
