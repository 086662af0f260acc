// Command line for support staff, journalists and catalog reviewers:
//   npm run --silent assess -- '<answers JSON>' [--as-of YYYY-MM-DD]
//   echo '<answers JSON>' | npm run --silent assess -- [--as-of YYYY-MM-DD]
// Prints the assessment as JSON and exits 0; invalid input prints
// {"errors":[{"path":[...],"code":"..."}]} on stdout and exits 2.

import { assessCommand } from './assess-cli';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

void assessCommand(process.argv.slice(2), readStdin).then(({ code, output }) => {
  process.stdout.write(output);
  process.exitCode = code;
});
