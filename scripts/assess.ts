// Command line for support staff, journalists and catalog reviewers:
//   npm run --silent assess -- '<answers JSON>' [--as-of YYYY-MM-DD]
//   echo '<answers JSON>' | npm run --silent assess -- [--as-of YYYY-MM-DD]
// Prints the assessment as JSON and exits 0; invalid input prints
// {"errors":[{"path":[...],"code":"..."}]} on stdout and exits 2.

import { assessInput } from '../lib/assessment/assess';
import type { AnswerError } from '../lib/answers/types';

function fail(errors: AnswerError[]): never {
  process.stdout.write(JSON.stringify({ errors }, null, 2) + '\n');
  process.exit(2);
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let asOf: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--as-of') {
      const value = args[i + 1];
      if (value === undefined) fail([{ path: ['asOf'], code: 'as-of-invalid' }]);
      asOf = value;
      i++;
    } else if (arg.startsWith('--as-of=')) {
      asOf = arg.slice('--as-of='.length);
    } else {
      positional.push(arg);
    }
  }
  const text = positional.length > 0 ? positional.join(' ') : await readStdin();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    fail([{ path: [], code: 'answers-invalid' }]);
  }
  const result = assessInput(input, asOf === undefined ? {} : { asOf });
  if (!result.ok) fail(result.errors);
  process.stdout.write(JSON.stringify(result.assessment, null, 2) + '\n');
}

void main();
