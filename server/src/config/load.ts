// The configuration for a report file: the nearest `.govreportrc.json` in its folder or
// a parent folder (nearest wins, like markdownlint's), read once per change, and turned
// into lint options for that file (overrides matched by glob, relative to the
// configuration file's folder). Used by the CLI and the language server alike.

import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import type { LintOptions, RuleSettings } from '../engine';
import { emptyConfig, parseConfig, type Config, type ConfigProblem } from './parse';
import { CONFIG_FILE } from './schema';

export interface LoadedConfig {
  /** The configuration file, when one was found. */
  file?: string;
  /** Its text (for ranges of problems). */
  text?: string;
  config: Config;
  problems: ConfigProblem[];
}

interface Cached {
  mtimeMs: number;
  loaded: LoadedConfig;
}

export class ConfigLoader {
  private readonly files = new Map<string, Cached | null>();

  /** The nearest configuration for a file (by absolute path), or an empty one. */
  forFile(file: string): LoadedConfig {
    let dir = path.dirname(path.resolve(file));
    for (;;) {
      const candidate = path.join(dir, CONFIG_FILE);
      const loaded = this.read(candidate);
      if (loaded) return loaded;
      const parent = path.dirname(dir);
      if (parent === dir) return { config: emptyConfig(), problems: [] };
      dir = parent;
    }
  }

  /** Forget cached files (a configuration changed on disk). */
  clear(): void {
    this.files.clear();
  }

  private read(file: string): LoadedConfig | undefined {
    let mtimeMs: number;
    try {
      // Most folders have no configuration: no exception (with its stack) per folder and file.
      const stat = statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) return undefined;
      mtimeMs = stat.mtimeMs;
    } catch {
      return undefined;
    }
    const cached = this.files.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.loaded;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const loaded = {
        file,
        config: emptyConfig(),
        problems: [{ start: 0, end: 0, message: { zh: `无法读取：${String(error)}`, en: `Cannot read it: ${String(error)}` } }],
      };
      this.files.set(file, { mtimeMs, loaded });
      return loaded;
    }
    const loaded = { file, text, ...parseConfig(text) };
    this.files.set(file, { mtimeMs, loaded });
    return loaded;
  }
}

/** Lint options for `file` under a loaded configuration (rules, overrides, deadline, profile). */
export function optionsFor(loaded: LoadedConfig, file: string): LintOptions {
  const { config } = loaded;
  const rules: RuleSettings = { ...config.rules };
  if (loaded.file) {
    const relative = path.relative(path.dirname(loaded.file), path.resolve(file)).split(path.sep).join('/');
    for (const override of config.overrides) {
      if (override.files.some((glob) => minimatch(relative, glob, { dot: true, matchBase: !glob.includes('/') })))
        Object.assign(rules, override.rules);
    }
  }
  return {
    rules,
    ...(config.deadline && { deadline: config.deadline }),
    ...(config.profile && { profile: config.profile }),
    ...(config.localSections && { localSections: config.localSections }),
    ...(config.omitSections && { omitSections: config.omitSections }),
  };
}

/** Line and column (1-based) of an offset, for messages about the configuration file. */
export function lineColumn(text: string | undefined, offset: number): { line: number; column: number } {
  if (text === undefined) return { line: 1, column: 1 };
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
