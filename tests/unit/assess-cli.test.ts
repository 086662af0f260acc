import { spawnSync } from 'node:child_process';

const run = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'scripts/assess.ts', ...args], {
    encoding: 'utf8',
    input,
    cwd: process.cwd(),
    timeout: 60_000,
  });

describe('scripts/assess.ts', () => {
  it('valid answers as an argument: assessment JSON, exit 0', () => {
    const out = run(['{"relationships":[{"type":"applicant","from":"2014-05"}]}', '--as-of', '2025-01-01']);
    expect(out.status).toBe(0);
    const assessment = JSON.parse(out.stdout);
    expect(assessment.asOf).toBe('2025-01-01');
    expect(assessment.incidents.find((i: { id: string }) => i.id === '2015-09-experian').status).toBe('likely');
  }, 60_000);

  it('invalid answers on standard input: errors JSON, exit 2', () => {
    const out = run(['--as-of', '2025-01-01'], '{"relationships":[{"type":"postpaid","from":"2019-13"}]}');
    expect(out.status).toBe(2);
    expect(JSON.parse(out.stdout)).toEqual({
      errors: [{ path: ['relationships', 0, 'from'], code: 'month-out-of-range' }],
    });
  }, 60_000);

  it('text that is not JSON: exit 2', () => {
    const out = run(['not json']);
    expect(out.status).toBe(2);
    expect(JSON.parse(out.stdout)).toEqual({ errors: [{ path: [], code: 'answers-invalid' }] });
  }, 60_000);
});
