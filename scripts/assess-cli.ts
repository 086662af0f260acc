// The command line of scripts/assess.ts as a function of its arguments and
// input, without touching the process: the tests call it directly, and
// scripts/assess.ts only wires it to argv, stdin, stdout and the exit code.

import { assessInput } from '../lib/assessment/assess';
import type { AnswerError } from '../lib/answers/types';

export type CommandResult = { code: 0 | 2; output: string };

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const failure = (errors: AnswerError[]): CommandResult => ({ code: 2, output: json({ errors }) });

/**
 * Answers JSON from the arguments (joined) or, when there are none, from
 * `readInput` (standard input); `--as-of YYYY-MM-DD` or `--as-of=…` sets the date.
 */
export async function assessCommand(args: readonly string[], readInput: () => Promise<string>): Promise<CommandResult> {
  let asOf: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--as-of') {
      const value = args[i + 1];
      if (value === undefined) return failure([{ path: ['asOf'], code: 'as-of-invalid' }]);
      asOf = value;
      i++;
    } else if (arg.startsWith('--as-of=')) {
      asOf = arg.slice('--as-of='.length);
    } else {
      positional.push(arg);
    }
  }
  const text = positional.length > 0 ? positional.join(' ') : await readInput();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return failure([{ path: [], code: 'answers-invalid' }]);
  }
  const result = assessInput(input, asOf === undefined ? {} : { asOf });
  return result.ok ? { code: 0, output: json(result.assessment) } : failure(result.errors);
}
