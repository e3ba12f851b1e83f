// The version printed by --version: the extension's own package.json, found by walking
// up from this file (dist/cli.js when bundled, server/src/cli/ when run from source).

import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const PACKAGE_NAME = 'gov-report-lint';

export function cliVersion(start: string = __dirname): string {
  let folder = start;
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // no (readable) package.json here: keep walking up
    }
    const parent = path.dirname(folder);
    if (parent === folder) return 'unknown';
    folder = parent;
  }
}
