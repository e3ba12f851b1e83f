// .govreportrc.json in the language server: each document's nearest configuration file
// merged under the editor's settings (VS Code settings override the file), and the
// file's own problems published as diagnostics on it, with one clear message; a broken
// entry is dropped and everything else keeps working.

import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { ConfigLoader, optionsFor, type LoadedConfig } from '../config/load';
import { pick } from '../engine/i18n';
import type { Locale } from '../engine';
import type { Settings } from './settings';

export interface ConfigSink {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  warn(message: string): void;
}

export class DocumentConfigs {
  private readonly loader = new ConfigLoader();
  private readonly merged = new WeakMap<Settings, WeakMap<LoadedConfig, Settings>>();
  /** The loaded state last published per configuration file. */
  private readonly published = new Map<string, LoadedConfig>();

  constructor(
    private readonly locale: Locale,
    private readonly sink: ConfigSink,
  ) {}

  /** `settings` with the document's configuration file under them (same object while unchanged). */
  settingsFor(uri: string, settings: Settings): Settings {
    const file = fileOf(uri);
    if (!file) return settings;
    const loaded = this.loader.forFile(file);
    if (!loaded.file) return settings;
    this.publish(loaded);
    let byConfig = this.merged.get(settings);
    if (!byConfig) this.merged.set(settings, (byConfig = new WeakMap()));
    let merged = byConfig.get(loaded);
    if (!merged) {
      const fromFile = optionsFor(loaded, file);
      merged = { ...settings, rules: { ...fromFile.rules, ...settings.rules }, lint: fromFile };
      byConfig.set(loaded, merged);
    }
    return merged;
  }

  /** A configuration file changed on disk: read it again on next use. */
  clear(): void {
    this.loader.clear();
  }

  private publish(loaded: LoadedConfig): void {
    const file = loaded.file!;
    const before = this.published.get(file);
    if (before === loaded) return;
    this.published.set(file, loaded);
    if (loaded.problems.length === 0 && (!before || before.problems.length === 0)) return;
    const text = loaded.text ?? '';
    const position = (offset: number) => {
      const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
      return { line: lines.length - 1, character: lines[lines.length - 1].length };
    };
    const diagnostics: Diagnostic[] = loaded.problems.map((p) => ({
      range: { start: position(p.start), end: position(p.end) },
      severity: 1,
      source: 'gov-report-lint',
      message: pick(this.locale, p.message),
    }));
    this.sink.publish(pathToFileURL(file).toString(), diagnostics);
    if (diagnostics.length > 0) {
      this.sink.warn(
        this.locale === 'zh'
          ? `gov-report-lint：配置文件 ${file} 有 ${diagnostics.length} 处错误，已忽略出错的设置，其余照常生效。`
          : `gov-report-lint: ${file} has ${diagnostics.length} problem(s); the broken settings are ignored, the rest apply.`,
      );
    }
  }
}

function fileOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
