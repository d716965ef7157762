/** Process wiring for the `nianbao-audit` command. */
import { run } from './main';

// a reader that stops reading (`nianbao-audit … | head`) does not want the rest: the command ends, without a trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  tty: !!process.stderr.isTTY,
  // NIANBAO_TIMING=1: each stage's time on stderr, and the process's from its start (npm run bench)
  timing: process.env.NIANBAO_TIMING ? (stage, ms) => process.stderr.write(`nianbao-audit: timing ${stage} ${ms.toFixed(1)} ms at ${performance.now().toFixed(1)} ms\n`) : undefined,
}).then(
  (code) => {
    process.exitCode = code;
    // ended here once both streams have written what they were given (a pipe on Windows writes behind): left to end by
    // itself, the process first takes down a heap of a region's results page by page (15 ms of a folder's run)
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  },
  (e) => {
    process.stderr.write(`nianbao-audit: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);
