/// <reference types="vite/client" />
/**
 * The mutation run's setup (vitest.mutation.config.ts): every module of the folders it mutates loaded before any
 * test. With one module graph for every file (`isolate: false`), a module first loaded after a test has run —
 * imported by a later file, or lazily by the pipeline (`lib/pipeline/files.ts`: the zip check, the .doc reader) —
 * had its top level (limits, tables, regular expressions, helpers bound to constants) counted as that test's
 * coverage, though no mutant of it could be switched on again: `lib/readers/pdf-lines.ts`' first run listed ~100
 * such "survivors" among its regular expressions and arrow constants. Loaded here, they are static mutants, which
 * Stryker leaves out (`ignoreStatic`), as a fresh module graph per file would have shown them. The folders are
 * scripts/mutation-folders.mjs', written out here because `import.meta.glob` takes only a literal
 * (tests/unit/mutation-folders.test.ts holds the two the same).
 */
import { beforeEach } from 'vitest';
import { forgetRelations } from '../../lib/template/relations';

import.meta.glob('../../lib/{template,rules,grid,readers,analysis,batch,text,store}/**/*.ts', { eager: true });

/**
 * The template's relations are kept by shape for the whole process (lib/template/relations.ts): in one module graph a
 * relation drawn under one mutant would be served to the next mutant's tests, and a mutant of drawRelations would
 * survive unseen (the first run after the cache came showed the 小计 column's relations "surviving" their removal).
 */
beforeEach(() => forgetRelations());
