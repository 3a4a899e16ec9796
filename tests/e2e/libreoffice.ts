import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** LibreOffice Calc, headless, with a profile of its own that always recalculates OOXML files on load. */
export function findSoffice(): string | null {
  const result = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

const RECALC_ITEMS = `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>`;

/** The locale numbers are shown in ("id-ID": Rp1.283.419.000 and 94,19%), as on a planner's PC. */
const localeItem = (locale: string) =>
  `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>`;

function registry(locale?: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${RECALC_ITEMS}
${locale ? localeItem(locale) : ""}
</oor:items>
`;
}

export function makeProfile(locale?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), registry(locale));
  return dir;
}

/** Sheet name -> rows of cells, as LibreOffice computed them (raw values, not as shown). */
export type RecalculatedSheets = Map<string, string[][]>;

// Field separator 44 (,), text delimiter 34 ("), UTF-8, from line 1, no column formats, language 0,
// quote all text false, detect special numbers true, save as shown FALSE (full precision), export
// formulas false, remove spaces false, -1 = every sheet to its own file.
const CSV_FILTER =
  "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";

export function convert(
  soffice: string,
  profile: string,
  file: string,
  filter: string,
  outDir: string
): void {
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: 180_000 }
  );
}

export function recalculate(
  soffice: string,
  profile: string,
  file: string,
  sheetNames: string[]
): RecalculatedSheets {
  const outDir = mkdtempSync(join(tmpdir(), "lkjip-lo-csv-"));
  convert(soffice, profile, file, CSV_FILTER, outDir);
  const base = file.replace(/^.*\//, "").replace(/\.xlsx$/, "");
  const files = readdirSync(outDir);
  const sheets: RecalculatedSheets = new Map();
  for (const name of sheetNames) {
    const csv = files.find((candidate) => candidate === `${base}-${name}.csv`);
    if (csv) sheets.set(name, parseCsv(readFileSync(join(outDir, csv), "utf8")));
  }
  return sheets;
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
