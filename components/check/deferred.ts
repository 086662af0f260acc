// Everything of the questionnaire that needs the answers schema and zod, in one
// chunk imported on demand (lazy.ts): the checks run on Continue, the reader of
// saved answers, and the results link built from valid answers.
export { checkResolver } from './validation';
export { loadInitial } from './restore';
export { resultsHref } from '@/lib/answers/fragment';
