// pdf.js's legacy build (the one that runs on Node) carries core-js, which replaces
// JavaScript's built-ins process-wide wherever it finds them off the standard in some edge
// case: Array.prototype.push past 2^32 items, JSON.stringify and JSON.parse for raw JSON.
// Its replacements are written in JavaScript: once a first PDF was read, every push in the
// process ran about 8× slower and JSON 3.5× slower, the engine's lints of every later file
// included (and the language server's, after it read last year's report as a PDF). The
// built-ins Node has are put back once such a module is loaded; polyfills for what Node
// lacks (Promise.try, Set.prototype.union, Uint8Array.prototype.toHex on Node 20) stay,
// because the module may use them.

/** The objects whose own properties a polyfill may replace. */
const HOLDERS: readonly object[] = [
  Array,
  Array.prototype,
  Object,
  Object.prototype,
  String,
  String.prototype,
  Number,
  Number.prototype,
  Function.prototype,
  RegExp.prototype,
  Promise,
  Promise.prototype,
  Map,
  Map.prototype,
  Set,
  Set.prototype,
  WeakMap.prototype,
  Symbol,
  JSON,
  Math,
  Reflect,
  ArrayBuffer.prototype,
  Object.getPrototypeOf(Uint8Array) as object,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Uint8Array,
  Uint8Array.prototype,
];

type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

function snapshot(): Snapshot {
  const taken: Snapshot = new Map();
  for (const holder of HOLDERS) {
    const properties = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(holder)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(holder, key);
      if (descriptor) properties.set(key, descriptor);
    }
    taken.set(holder, properties);
  }
  return taken;
}

/** Puts back every built-in that existed in `before` and was replaced since; returns their
 *  names (for the tests). */
export function restoreBuiltIns(before: Snapshot): string[] {
  const restored: string[] = [];
  for (const [holder, properties] of before) {
    for (const [key, was] of properties) {
      const now = Reflect.getOwnPropertyDescriptor(holder, key);
      const same = now !== undefined && now.value === was.value && now.get === was.get && now.set === was.set;
      if (same || !was.configurable) continue;
      Reflect.defineProperty(holder, key, was);
      restored.push(String(key));
    }
  }
  return restored;
}

/** Loads a module with the built-ins it replaced put back afterwards. */
export async function loadKeepingBuiltIns<T>(load: () => Promise<T>): Promise<T> {
  const before = snapshot();
  try {
    return await load();
  } finally {
    restoreBuiltIns(before);
  }
}

export { snapshot as snapshotBuiltIns };
