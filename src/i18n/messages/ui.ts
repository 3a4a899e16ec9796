import type { MessageTable } from "../messageTable";

/** Messages of the ui area. Placeholders: {name}. */
export const uiMessages = {} satisfies MessageTable;
