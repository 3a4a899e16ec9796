/* global Office */
import { generateTables } from "./generateTables";

// The ribbon's ExecuteFunction buttons find their handlers by these names (manifest FunctionName).
// In a plain browser (the web tool) there is no Office, or Office without a host: no ribbon either.
if (typeof Office !== "undefined") {
  Office.onReady((info) => {
    if (info.host) Office.actions.associate("generateTables", generateTables);
  });
}
