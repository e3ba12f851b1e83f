// Rewrites fixtures' `.expected` files from the engine's own output and prints the diff
// of each file it changes, for the author to review before committing. Tests never write
// expectations; this is the one thing that does (format: test/unit/expected.ts).
//
// Usage: npm run fixtures:update [-- <fixture or glob>…] [--check]
//
//   no argument       every fixture under test/fixtures that has an `.expected` file
//   a path or glob    only those fixtures (`test/fixtures/rules/gr2*.txt`, `rules/gr103-*`,
//                     a `.expected` path); a fixture named this way without an `.expected`
//                     file gets one, so this is how a new fixture's file is first written
//   --check           write nothing; exit 1 when some file would change
//
// Hand-written comments (# lines) are kept: the header, and a comment just before a
// finding, which stays with the finding of the same code and start line.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { FIXTURES_DIR, expectedPathOf, lastYearOf, reportFixtures, unifiedDiff, updateExpected } from '../test/unit/expected';

const ROOT = resolve(__dirname, '..');

/** `*` matches within a path segment, `**` across segments, `?` one character. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** A fixture as written on the command line, relative to test/fixtures, without extension. */
function stem(arg: string): string {
  let p = resolve(arg).startsWith(FIXTURES_DIR) ? relative(FIXTURES_DIR, resolve(arg)) : arg;
  p = p
    .split('\\')
    .join('/')
    .replace(/^test\/fixtures\//, '');
  return p.replace(/\.(expected|fixed\.txt|txt)$/, '');
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const patterns = argv.filter((a) => a !== '--check').map((a) => globToRegExp(stem(a)));
  const all = reportFixtures();
  const chosen =
    patterns.length === 0
      ? all.filter((path) => existsSync(expectedPathOf(path)))
      : all.filter((path) => patterns.some((re) => re.test(stem(path))));
  if (chosen.length === 0) {
    console.error(`fixtures:update: no fixture matches ${argv.join(' ')}`);
    return 2;
  }
  let changed = 0;
  for (const path of chosen) {
    const expectedPath = expectedPathOf(path);
    const current = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : undefined;
    const next = updateExpected(current, readFileSync(path, 'utf8'), lastYearOf(path));
    if (next === current) continue;
    changed++;
    const name = relative(ROOT, expectedPath);
    process.stdout.write(
      unifiedDiff(name, current ?? '', next, [current === undefined ? 'new file' : 'committed', 'from the engine']) + '\n',
    );
    if (!check) writeFileSync(expectedPath, next);
  }
  const verb = check ? 'would change' : 'updated';
  console.log(
    `fixtures:update: ${verb} ${changed} of ${chosen.length} expected files` +
      (changed > 0 && !check ? '. Review the diff above: every change must be right by the format, not just new.' : ''),
  );
  return check && changed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
