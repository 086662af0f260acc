import '@testing-library/jest-dom';
import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

// A component test fails on any console.error (a missing message, a bad ICU
// argument, a React warning): the page must render cleanly, not just render.
let errors: unknown[][] = [];
const original = console.error;
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
  };
});
afterEach(() => {
  console.error = original;
  if (errors.length) {
    const first = errors.map((a) => a.map(String).join(' ')).slice(0, 3).join('\n');
    throw new Error(`console.error was called ${errors.length} time(s):\n${first}`);
  }
});
