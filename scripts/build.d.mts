// What scripts/build.mjs gives when imported (scripts/bench-cli.ts --floor).
import type { BuildOptions } from 'esbuild';

/** The options every bundle of the build shares. */
export declare const bundleOptions: BuildOptions;
/** The CLI's bundle (dist/cli-main.js, or `outfile`), the one its code cache is made for. */
export declare function cliMainEntry(outfile?: string): BuildOptions;
/** The CLI's code cache, made by running the CLI (`cli`, its start file) over the examples. */
export declare function makeCodeCache(cli?: string): void;
