import ExcelJS from "exceljs";
import type { Language } from "../i18n/language";
import { writeSheetsToWorkbook } from "../workbook/exceljs/writeSheets";
import type { SheetSpec } from "../workbook/sheetSpec";

/**
 * The input template's bytes, from the readers' area builder (src/template/buildInputTemplate),
 * whichever shape it hands back: file bytes, an ExcelJS workbook, or sheets to write. Null when
 * this build has no template builder. Loaded by path so the command line builds without it.
 */
export async function inputTemplateBytes(language: Language): Promise<Uint8Array | null> {
  const modulePath = "../template/buildInputTemplate";
  let build: ((language: Language) => unknown) | undefined;
  try {
    const loaded = (await import(modulePath)) as Record<string, unknown>;
    build = loaded.buildInputTemplate as typeof build;
  } catch {
    return null;
  }
  if (typeof build !== "function") return null;
  const built = await build(language);
  if (built instanceof Uint8Array) return built;
  if (built instanceof ArrayBuffer) return new Uint8Array(built);
  if (built instanceof ExcelJS.Workbook) return new Uint8Array(await built.xlsx.writeBuffer());
  if (Array.isArray(built)) {
    const workbook = new ExcelJS.Workbook();
    writeSheetsToWorkbook(workbook, built as SheetSpec[], []);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  throw new Error("buildInputTemplate returned an unknown shape");
}
