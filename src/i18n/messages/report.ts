import type { MessageTable } from "../messageTable";

/** Messages of the report area. Placeholders: {name}. */
export const reportMessages = {} satisfies MessageTable;
