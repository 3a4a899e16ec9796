import type { MessageTable } from "../messageTable";

/** Messages of the findings area. Placeholders: {name}. */
export const findingsMessages = {} satisfies MessageTable;
