// Normalises the typography of messages/en.json and messages/fr.json by rule
// (lib/typography.ts): the brand never breaks, French no-break spaces, dates
// and figures that do not split, lower case after a French colon.
//
//   npx tsx scripts/typography.ts              fix every namespace
//   npx tsx scripts/typography.ts Home Check   fix only these namespaces
//   npx tsx scripts/typography.ts --check      list what breaks a rule, exit 1 if anything does
//
// Idempotent: a second run changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixMessages, listProblems, type Locale } from '../lib/typography';

const args = process.argv.slice(2);
const check = args.includes('--check');
const namespaces = args.filter((a) => !a.startsWith('--'));
let problems = 0;

for (const locale of ['en', 'fr'] as const satisfies readonly Locale[]) {
  const file = join(__dirname, '..', 'messages', `${locale}.json`);
  const source = readFileSync(file, 'utf8');
  const messages = JSON.parse(source);
  if (check) {
    for (const line of listProblems(locale, messages)) {
      console.log(`${locale} ${line}`);
      problems += 1;
    }
    continue;
  }
  const unknown = namespaces.filter((ns) => !(ns in messages));
  if (unknown.length > 0) throw new Error(`No such namespace in ${locale}.json: ${unknown.join(', ')}`);
  const fixed = `${JSON.stringify(fixMessages(locale, messages, namespaces), null, 2)}\n`;
  if (fixed !== source) writeFileSync(file, fixed);
  console.log(`${locale}.json: ${fixed === source ? 'unchanged' : 'fixed'}`);
}
if (check && problems > 0) process.exit(1);
