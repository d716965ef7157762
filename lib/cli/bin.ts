/** Process wiring for the `nianbao-audit` command. */
import { run } from './main';

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  tty: !!process.stderr.isTTY,
  // NIANBAO_TIMING=1: each stage's time on stderr, and the process's from its start (npm run bench)
  timing: process.env.NIANBAO_TIMING ? (stage, ms) => process.stderr.write(`nianbao-audit: timing ${stage} ${ms.toFixed(1)} ms at ${performance.now().toFixed(1)} ms\n`) : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`nianbao-audit: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);
