import { readFile, writeFile } from "fs/promises";
import { ExcelJsWorkbook } from "./ExcelJsWorkbook";

/** Node only (command line, tests): kept apart so the browser bundle never pulls in fs. */
export async function openWorkbookFile(path: string): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.fromBuffer(await readFile(path));
}

export async function saveWorkbookFile(workbook: ExcelJsWorkbook, path: string): Promise<void> {
  await writeFile(path, await workbook.toBuffer());
}
