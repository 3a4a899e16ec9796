import type { SheetGrid } from "../workbook/grid";
import type { SheetInfo, WorkbookPort, WritePlan } from "../workbook/workbookPort";
import type { ProgressStep } from "./paneTypes";

/**
 * Reports the pipeline's progress without the pipeline knowing: reading starts with the first
 * port call, building once the sheets are read, writing when the tables go to the workbook.
 */
export function withProgress(
  port: WorkbookPort,
  onProgress: (step: ProgressStep) => void
): WorkbookPort {
  return {
    listSheets(): Promise<SheetInfo[]> {
      onProgress("reading");
      return port.listSheets();
    },
    async readSheets(names: string[]): Promise<SheetGrid[]> {
      onProgress("reading");
      const grids = await port.readSheets(names);
      onProgress("building");
      return grids;
    },
    writeSheets(plan: WritePlan): Promise<void> {
      onProgress("writing");
      return port.writeSheets(plan);
    },
  };
}
