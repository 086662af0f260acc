export const OUT: string;
export const BUDGETS: { contentJsKb: number; formJsKb: number; htmlKb: number };
export const MEASURED_PAGES: { path: string; kind: 'content' | 'form' }[];
export function htmlFileFor(path: string): string;
export function budgetFor(kind: string): number;
export function pageWeight(path: string): {
  path: string;
  scripts: number;
  jsRaw: number;
  jsGzip: number;
  jsBrotli: number;
  htmlRaw: number;
  htmlGzip: number;
};
