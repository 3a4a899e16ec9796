/* global Office */
import { generateTables } from "./generateTables";

// The ribbon's ExecuteFunction buttons find their handlers by these names (manifest FunctionName).
Office.onReady(() => {
  Office.actions.associate("generateTables", generateTables);
});
