import type { MessageTable } from "../messageTable";

/** Messages of the functions area. Placeholders: {name}. */
export const functionsMessages = {} satisfies MessageTable;
