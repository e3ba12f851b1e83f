// Runs shell commands side by side and prints each one's output whole, in the order given,
// once it ends: `npm test`'s type check and lint use both cores while neither blocks the
// other, and their messages don't interleave. Exits with the first failing command's code.
//
//   node scripts/parallel.mjs "npm run -s typecheck" "npm run -s lint"

import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node scripts/parallel.mjs "<command>" ...');
  process.exit(2);
}

const runs = commands.map(
  (command) =>
    new Promise((resolve) => {
      const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code, signal) => resolve({ command, code: code ?? (signal ? 1 : 0), output }));
    }),
);

let failed = 0;
for (const run of runs) {
  const { command, code, output } = await run;
  process.stdout.write(Buffer.concat(output));
  if (code !== 0) {
    console.error(`failed (exit ${code}): ${command}`);
    failed ||= code;
  }
}
process.exit(failed);
