// Benchmark: assess 100,000 random valid answer sets (seeded, so every run
// measures the same work) and print the median, p99 and total time.
//   npm run --silent bench:engine [-- --count 100000 --seed 42]

import { performance } from 'node:perf_hooks';
import { assess } from '../lib/assessment/assess';
import { RELATIONSHIP_TYPES } from '../lib/catalog/vocabulary';
import type { Answers, RelationshipAnswer } from '../lib/answers/types';
import { parseAnswers } from '../lib/answers/schema';

const AS_OF = '2025-06-15';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

/** mulberry32: tiny, seedable, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAnswers(random: () => number): Answers {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const count = random() < 0.6 ? 1 : int(2, random() < 0.95 ? 4 : 20);
  const relationships: RelationshipAnswer[] = [];
  for (let i = 0; i < count; i++) {
    const type = RELATIONSHIP_TYPES[int(0, RELATIONSHIP_TYPES.length - 1)] as RelationshipAnswer['type'];
    const fromYear = int(2000, 2025);
    const fromMonth = fromYear === 2025 ? int(1, 6) : int(1, 12);
    const p = random();
    const from = p < 0.6 ? `${fromYear}-${String(fromMonth).padStart(2, '0')}` : p < 0.9 ? String(fromYear) : 'unknown';
    const q = random();
    let to: string | undefined;
    if (q < 0.3) to = 'present';
    else if (q < 0.4) to = 'unknown';
    else if (q < 0.5) to = undefined;
    else {
      const toYear = int(from === 'unknown' ? 2000 : fromYear, 2025);
      to = random() < 0.5 ? String(toYear) : `${toYear}-${String(toYear === 2025 ? int(1, 6) : 12).padStart(2, '0')}`;
    }
    relationships.push(to === undefined ? { type, from } : { type, from, to });
  }
  return { relationships };
}

const COUNT = option('count', 100_000);
const random = prng(option('seed', 42));
const inputs: Answers[] = [];
while (inputs.length < COUNT) {
  const answers = randomAnswers(random);
  // Keep only valid sets (e.g. drop a "to" before its "from"): the figure is
  // the time of a real assessment, not of a rejection.
  if (parseAnswers(answers, AS_OF).ok) inputs.push(answers);
}

for (let i = 0; i < 2000; i++) assess(inputs[i % inputs.length] as Answers, { asOf: AS_OF }); // warm-up

const times = new Float64Array(COUNT);
let sink = 0;
const started = performance.now();
for (let i = 0; i < COUNT; i++) {
  const t0 = performance.now();
  const result = assess(inputs[i] as Answers, { asOf: AS_OF });
  times[i] = performance.now() - t0;
  sink += result.actions.length;
}
const total = performance.now() - started;
times.sort();
const at = (q: number) => times[Math.min(COUNT - 1, Math.floor(q * COUNT))] as number;
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
console.log(
  `assessed ${COUNT} random valid answer sets (seed ${option('seed', 42)}, as of ${AS_OF}, node ${process.version})`,
);
console.log(`median ${us(at(0.5))} per assessment · p99 ${us(at(0.99))} · max ${us(times[COUNT - 1] as number)}`);
console.log(
  `total ${(total / 1000).toFixed(2)} s (${Math.round(COUNT / (total / 1000))} assessments/s) · checksum ${sink}`,
);
