// Lets StrykerJS's mocha runner run the engine's `node:test` unit tests in its own
// process, which is what makes mutation testing affordable here: a fresh node + tsx
// process per mutant (the tap runner) costs seconds on this 2-core machine, running the
// covering tests in process costs milliseconds.
//
// `require('node:test')` in a test file gets mocha's BDD functions of the same names.
// Test bodies are called with no arguments and their result returned, so mocha never
// takes a one-parameter body for a `done` callback. Only `npm run test:mutation` loads
// this file; `npm test` runs the same files with node's own runner.

'use strict';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS hook file, loaded by mocha's --require
const Module = require('node:module');

const mochaGlobal = (name) => {
  const fn = globalThis[name];
  if (typeof fn !== 'function') throw new Error(`node:test → mocha: ${name} is not defined here`);
  return fn;
};
// Tests left out of the mutation run, each for its cost, never for its verdict (leaving a
// test out can only lower the score). A surviving mutant runs every test that reaches it,
// and every fixture test reaches nearly all of the engine: the fixture's fix-all round
// trip spends about 0.8 s a fixture in its own line-by-line comparison of the texts, and
// fix-all with figures re-lints each fixture several times, together most of a survivor's
// cost. The fixtures' exact findings (code, range, message, related cells, fix) stay in,
// and run first, as they are the fastest to fail. `npm test` runs everything as always.
const LEFT_OUT = [
  /: fix-all leaves nothing fixable, keeps line endings, and is idempotent$/,
  /: fix-all with figures converges and is idempotent$/,
];
const leftOut = (title) => LEFT_OUT.some((re) => re.test(title));

const body = (fn) => (typeof fn === 'function' ? () => fn() : undefined);
// node:test allows (name, options, fn) and (name, fn); mocha takes (name, fn).
const definer = (name) => (title, optionsOrFn, maybeFn) => {
  // node:test's `{ todo }` and `{ skip }` tests may fail without failing the run: mocha
  // skips them.
  const options = typeof optionsOrFn === 'object' && optionsOrFn !== null ? optionsOrFn : {};
  if (options.todo || options.skip) return mochaGlobal(name).skip(title, () => {});
  if (name === 'it' && leftOut(title)) return;
  mochaGlobal(name)(title, body(typeof optionsOrFn === 'function' ? optionsOrFn : maybeFn));
};
const hook = (name) => (fn) => mochaGlobal(name)(body(fn));

const shim = {
  test: definer('it'),
  it: definer('it'),
  describe: definer('describe'),
  suite: definer('describe'),
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
};
shim.default = shim.test;

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'node:test' || request === 'test') return shim;
  return load.call(this, request, ...rest);
};

// The engine's memos are emptied before each test (server/src/engine/memo.ts): a memo
// filled while no mutant, or another one, was switched on would answer in the place of
// the code under test, and its mutants would seem to survive.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded through tsx/cjs, required before this file
const { clearMemos } = require('../../server/src/engine/memo.ts');
exports.mochaHooks = {
  beforeEach() {
    clearMemos();
  },
};
