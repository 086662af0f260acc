// How many cases each property test (fast-check) tries. CI sets FUZZ_RUNS=10000
// (.ci/run), so every property meets 10,000 generated inputs before a merge;
// on one's own machine `npx jest` tries 200 unless FUZZ_RUNS says otherwise,
// so the suite stays quick while one works. A failure prints fast-check's seed
// and path, which replay it whatever the count.
const LOCAL_DEFAULT = 200;

function fuzzRuns(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return LOCAL_DEFAULT;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a whole number of cases above 0, not "${raw}".`);
  return runs;
}

export const FUZZ_RUNS = fuzzRuns(process.env.FUZZ_RUNS);
