/* global globalThis */
/**
 * functions.js is also loaded by the web tool in a plain browser, where no custom functions runtime
 * exists. There the registrations the build appends to functions.ts (CustomFunctions.associate)
 * have nothing to register with: they become no-ops instead of page errors. Inside Excel the
 * runtime is always present and this does nothing.
 */
const scope = globalThis as { CustomFunctions?: { associate(id: string, fn: unknown): void } };
if (typeof scope.CustomFunctions === "undefined") {
  scope.CustomFunctions = { associate: () => undefined };
}

export {};
