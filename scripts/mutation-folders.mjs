// The engine folders mutation testing covers: stryker.config.mjs' default targets and the folders
// scripts/mutation-scores.mjs sums. tests/helpers/mutation-preload.ts writes them out again as a literal
// (`import.meta.glob` takes nothing else); tests/unit/mutation-folders.test.ts holds the two the same.
export const MUTATION_FOLDERS = ['lib/template', 'lib/rules', 'lib/grid', 'lib/readers', 'lib/analysis', 'lib/batch', 'lib/text', 'lib/store'];
