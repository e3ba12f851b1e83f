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
  // No time limits and a fixed seed: the verdict depends on the pattern alone, never on the
  // clock. With the overall limit (10 s, then 60 s) a busy machine (load 10–15) made a safe
  // pattern time out now and then, GR501's among them; with the fuzzer's own time limits
  // (incubation, seeding, attack) a load of 13 once cut its run short enough to call
  // text/years.ts's pattern cubic, which V8 runs in linear time. Its bounds in steps and
  // sizes end every check (the slowest takes about 0.6 s at rest).
  return checkSync(literal.source, literal.flags, {
    timeout: null,
    attackTimeout: null,
    incubationTimeout: null,
    seedingTimeout: null,
    randomSeed: 0,
  });
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
