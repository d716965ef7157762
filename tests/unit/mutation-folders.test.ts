/**
 * The folders mutation testing covers are named once (scripts/mutation-folders.mjs) and written out once more as
 * a literal in the mutation run's setup, because `import.meta.glob` takes nothing else: the two must name the same
 * folders, or a folder's module level would be counted as its first test's coverage again (docs/testing.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUTATION_FOLDERS } from '../../scripts/mutation-folders.mjs';

describe('the mutation run’s folders', () => {
  it('the setup loads every folder the run mutates, and no other', () => {
    const setup = readFileSync(new URL('../helpers/mutation-preload.ts', import.meta.url), 'utf8');
    const glob = /import\.meta\.glob\('\.\.\/\.\.\/lib\/\{([^}]+)\}\/\*\*\/\*\.ts'/.exec(setup);
    expect(glob).not.toBeNull();
    expect(glob![1]!.split(',').map((f) => `lib/${f}`)).toEqual(MUTATION_FOLDERS);
  });
});
