/** The example files on disk, for the tests and the recorder. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../src/examples/', import.meta.url));

export interface ExampleFile {
  id: string;
  path: string;
  outputPath: string;
  sqlPath: string;
  /** The Python twin and what it printed and sent on real Django (oracle/record.py). */
  twinPath: string;
  djangoOutputPath: string;
  djangoSqlPath: string;
}

export function listExampleFiles(dir = EXAMPLES_DIR): ExampleFile[] {
  const found: ExampleFile[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const base = path.slice(0, -'.ts'.length);
        found.push({
          id: relative(dir, base).split(sep).join('/'),
          path,
          outputPath: `${base}.out.txt`,
          sqlPath: `${base}.sql.txt`,
          twinPath: `${base}.py`,
          djangoOutputPath: `${base}.django.out.txt`,
          djangoSqlPath: `${base}.django.sql.txt`,
        });
      }
    }
  };
  visit(dir);
  return found.sort((a, b) => a.id.localeCompare(b.id));
}
