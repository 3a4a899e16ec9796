import type { CellRef } from "./cellRef";

export type Severity = "error" | "warning" | "info";

/**
 * Something a careful reviewer would tell the user about their input. Messages are not stored here:
 * `code` + `params` are rendered in Indonesian or English by the message catalogue (src/i18n).
 */
export interface Finding {
  severity: Severity;
  code: string;
  ref?: CellRef;
  params?: Record<string, string | number>;
}
