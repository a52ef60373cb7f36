// Per-engine counts from Playwright's JSON report, for the summary of
// scripts/test.sh:
//
//   node scripts/e2e-summary.mjs target/e2e-report.json
//
// Prints one line per test skipped (engine, title, the reason the test gives),
// then a last line `chromium 96 ran, 0 skipped; firefox 94 ran, 2 skipped`.
// A skip without a reason is an error: every skip must say why.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'target/e2e-report.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`e2e-summary: cannot read the Playwright report ${file}: ${err.message}`);
  process.exit(1);
}

const engines = new Map(report.config.projects.map((p) => [p.name, { ran: 0, skipped: 0 }]));
const skips = [];
let unexplained = 0;

function walk(suite, titles) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      const counts = engines.get(test.projectName);
      if (test.status === 'skipped') {
        counts.skipped++;
        const reason = test.annotations.find((a) => a.type === 'skip' || a.type === 'fixme')?.description;
        if (!reason) unexplained++;
        skips.push(`skipped in ${test.projectName}: ${[...titles, spec.title].join(' > ')}: ${reason ?? 'NO REASON GIVEN'}`);
      } else {
        counts.ran++;
      }
    }
  }
  for (const child of suite.suites ?? []) walk(child, child.file === child.title ? [child.title] : [...titles, child.title]);
}
for (const suite of report.suites) walk(suite, [suite.title]);

for (const line of skips) console.log(line);
console.log([...engines].map(([name, c]) => `${name} ${c.ran} ran, ${c.skipped} skipped`).join('; '));
if (unexplained) {
  console.error(`e2e-summary: ${unexplained} test(s) skipped without a reason; give one in test.skip().`);
  process.exit(1);
}
