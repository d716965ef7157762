/**
 * The mutation run's setup (vitest.mutation.config.ts): the engine's modules that the pipeline imports lazily
 * (`lib/pipeline/files.ts`: the zip check and the .doc reader), loaded before any test. With one module graph
 * for every file, a module first loaded inside a test has its module-level values (limits, tables, helpers)
 * counted as that test's coverage, though no mutant of them can ever be switched on again: loaded here, they are
 * static mutants, which Stryker leaves out (`ignoreStatic`), as it does for every other module's top level.
 */
import '../../lib/readers/zip';
import '../../lib/readers/doc';
