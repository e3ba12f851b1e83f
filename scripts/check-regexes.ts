// ReDoS check: every regular expression literal in the engine, the server and the CLI,
// run through recheck (https://makenowjust-labs.github.io/recheck/), which finds the
// patterns whose matching time grows polynomially or exponentially with the input and
// gives an attack string. Run: npm run check:regex (also part of npm test through
// test/unit/regex-safety.test.ts).

import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { checkSync, type Diagnostics } from 'recheck';

const ROOT = path.resolve(__dirname, '..');
export const SCANNED = ['server/src', 'client/src'];

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Every /regex/flags literal in the TypeScript sources under `SCANNED`. */
export function regexLiterals(): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  for (const file of SCANNED.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        out.push({
          file: path.relative(ROOT, file),
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          source: text.slice(1, slash),
          flags: text.slice(slash + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

export function check(literal: RegexLiteral): Diagnostics {
  const result = checkSync(literal.source, literal.flags, { timeout: 10_000 });
  // A check that ran out of time has proved nothing either way; on a machine busy with other
  // work that is the clock, not the pattern (GR501's pattern timed out once under load
  // 20): once more with more time before it counts as not proven safe.
  if (result.status === 'unknown' && result.error.kind === 'timeout') {
    return checkSync(literal.source, literal.flags, { timeout: 60_000 });
  }
  return result;
}

if (require.main === module) {
  let bad = 0;
  const literals = regexLiterals();
  for (const literal of literals) {
    const result = check(literal);
    if (result.status === 'safe') continue;
    bad++;
    const detail =
      result.status === 'vulnerable' ? `${result.complexity.summary}; attack ${JSON.stringify(result.attack.pattern)}` : result.status;
    console.log(`${literal.file}:${literal.line}  /${literal.source}/${literal.flags}  ${detail}`);
  }
  console.log(`${literals.length} regular expressions, ${bad} not proven safe`);
  process.exitCode = bad > 0 ? 1 : 0;
}
