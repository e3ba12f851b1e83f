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
const body = (fn) => (typeof fn === 'function' ? () => fn() : undefined);
// node:test allows (name, options, fn) and (name, fn); mocha takes (name, fn).
const definer = (name) => (title, optionsOrFn, maybeFn) =>
  mochaGlobal(name)(title, body(typeof optionsOrFn === 'function' ? optionsOrFn : maybeFn));
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
