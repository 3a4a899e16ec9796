import { PaneError } from "./paneError";

/**
 * In the shared runtime the ribbon button and the pane run in one page: two generations at once
 * would delete and write the same sheets from two batches. The second one is refused with a
 * message instead (`generation.busy`).
 */
let running = false;

export async function oneGenerationAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (running) throw new PaneError("generation.busy");
  running = true;
  try {
    return await work();
  } finally {
    running = false;
  }
}

export function isGenerationBusy(error: unknown): boolean {
  return error instanceof PaneError && error.messageKey === "generation.busy";
}
