import { buildSync } from "esbuild";
import { join } from "path";
import type { PageSetup } from "./browser";

let bundle: string | undefined;

/**
 * An init script for a Chromium page: the same strict fake the jest tests use, bundled once, then
 * installed with the given workbook and settings before the add-in's own scripts run.
 */
export function strictExcelPageScript(setup: PageSetup): string {
  bundle ??= buildSync({
    entryPoints: [join(__dirname, "browser.ts")],
    bundle: true,
    format: "iife",
    globalName: "StrictExcelFake",
    target: "es2020",
    write: false,
  }).outputFiles[0].text;
  return `${bundle}\nStrictExcelFake.install(${JSON.stringify(setup)});`;
}
