/** Process wiring for the `nianbao-audit` command. */
import { run } from './main';

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  tty: !!process.stderr.isTTY,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`nianbao-audit: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);
