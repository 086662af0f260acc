import { spawnSync } from 'node:child_process';
import { assessCommand } from '@/scripts/assess-cli';

// The command's behaviour is tested on its function (no process per case);
// one real run checks the wiring to argv, stdin, stdout and the exit code.
const noInput = () => Promise.reject(new Error('standard input read although answers were given as arguments'));
const input = (text: string) => () => Promise.resolve(text);

describe('scripts/assess.ts', () => {
  it('valid answers as an argument: assessment JSON, exit 0', async () => {
    const out = await assessCommand(['{"relationships":[{"type":"applicant","from":"2014-05"}]}', '--as-of', '2025-01-01'], noInput);
    expect(out.code).toBe(0);
    const assessment = JSON.parse(out.output);
    expect(assessment.asOf).toBe('2025-01-01');
    expect(assessment.incidents.find((i: { id: string }) => i.id === '2015-09-experian').status).toBe('likely');
  });

  it('invalid answers on standard input: errors JSON, exit 2', async () => {
    const out = await assessCommand(['--as-of', '2025-01-01'], input('{"relationships":[{"type":"postpaid","from":"2019-13"}]}'));
    expect(out.code).toBe(2);
    expect(JSON.parse(out.output)).toEqual({
      errors: [{ path: ['relationships', 0, 'from'], code: 'month-out-of-range' }],
    });
  });

  it('text that is not JSON: exit 2', async () => {
    const out = await assessCommand(['not json'], noInput);
    expect(out.code).toBe(2);
    expect(JSON.parse(out.output)).toEqual({ errors: [{ path: [], code: 'answers-invalid' }] });
  });

  it('--as-of=YYYY-MM-DD works like --as-of YYYY-MM-DD', async () => {
    const out = await assessCommand(['--as-of=2024-03-31'], input('{"relationships":[{"type":"applicant","from":"2014-05"}]}'));
    expect(out.code).toBe(0);
    expect(JSON.parse(out.output).asOf).toBe('2024-03-31');
  });

  it('--as-of without a date: errors JSON, exit 2', async () => {
    const out = await assessCommand(['{"relationships":[{"type":"applicant","from":"2014-05"}]}', '--as-of'], noInput);
    expect(out.code).toBe(2);
    expect(JSON.parse(out.output)).toEqual({ errors: [{ path: ['asOf'], code: 'as-of-invalid' }] });
  });

  it('as a real command: reads standard input, takes --as-of from its arguments, prints JSON and exits 0', () => {
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/assess.ts', '--as-of', '2025-01-01'], {
      encoding: 'utf8',
      input: '{"relationships":[{"type":"applicant","from":"2014-05"}]}',
      cwd: process.cwd(),
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const assessment = JSON.parse(run.stdout);
    expect(assessment.asOf).toBe('2025-01-01');
    expect(assessment.incidents.find((i: { id: string }) => i.id === '2015-09-experian').status).toBe('likely');
  }, 60_000);
});
