/**
 * README's layout table names every folder of src/ and every top-level folder of the project,
 * so a newcomer finds each part from it; a folder added without a row fails here.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('\n## ', readme.indexOf('## Layout') + 1));
const folders = (dir: string) =>
  readdirSync(dir).filter((name) => !name.startsWith('.') && statSync(`${dir}/${name}`).isDirectory());

describe("README's layout table", () => {
  it('names every folder of src/', () => {
    expect(folders('src').filter((name) => !layout.includes(`\`src/${name}/\``))).toEqual([]);
  });

  it('names every top-level folder the project keeps', () => {
    const kept = ['public', 'scripts', 'bench', 'oracle', 'research', 'tests'];
    expect(kept.filter((name) => !folders('.').includes(name))).toEqual([]);
    expect(kept.filter((name) => !layout.includes(`\`${name}/\``))).toEqual([]);
  });
});
