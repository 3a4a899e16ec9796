import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { ARAH_VALUES } from "../../src/core/capaian";
import { hasMessage, translate } from "../../src/i18n/catalogue";
import { uiMessages } from "../../src/i18n/messages/ui";
import { EFISIENSI_CHOICES, FORMULA_MODES, SCALE_CHOICES } from "../../src/taskpane/choices";
import { describeError, PaneError } from "../../src/taskpane/paneError";
import { findingMessage, refText } from "../../src/taskpane/findingText";

const PANE = join(__dirname, "..", "..", "src", "taskpane");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("pane messages", () => {
  it("every literal key the pane uses is in the catalogue", () => {
    const keys = sources(PANE).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/["'`](ui\.[A-Za-z_.]+)["'`]/g)].map((m) => m[1])
    );
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((key) => !hasMessage(key))).toEqual([]);
  });

  it("every key made at run time exists: choices, severities, attribution reasons, progress", () => {
    const made = [
      ...SCALE_CHOICES.map((scale) => `ui.scale.${scale}`),
      ...EFISIENSI_CHOICES.map((method) => `ui.efisiensi.${method}`),
      ...FORMULA_MODES.map((mode) => `ui.mode.${mode}`),
      ...["error", "warning", "info"].map((severity) => `ui.severity.${severity}`),
      ...["cascading", "routine", "singleSasaran", "unmatched", "ambiguous"].map(
        (reason) => `ui.attribution.reason.${reason}`
      ),
      ...["reading", "building", "writing", "saving"].map((step) => `ui.progress.${step}`),
      ...["excel", "web"].map((host) => `ui.choices.kept.${host}`),
      ...ARAH_VALUES.map((arah) => `ui.arah.${arah}`),
    ];
    expect(made.filter((key) => !hasMessage(key))).toEqual([]);
  });

  it("Indonesian and English both filled, same placeholders", () => {
    for (const [key, message] of Object.entries(uiMessages)) {
      expect([key, message.id.trim() !== "", message.en.trim() !== ""]).toEqual([key, true, true]);
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([key, names(message.id)]).toEqual([key, names(message.en)]);
    }
  });

  it("the primary button says what the issue asks, in both languages", () => {
    expect(translate("ui.generate", "id")).toBe("Buat Tabel LKjIP");
    expect(translate("ui.generate", "en")).toBe("Generate LKjIP tables");
    expect(translate("ui.template", "id")).toBe("Buat lembar input");
  });
});

describe("describeError: every error reaches the user as text in their language", () => {
  it.each([
    [
      new PaneError("ui.error.notXlsx", { name: "a.txt" }),
      "id",
      'Berkas a.txt tidak dapat dibaca sebagai workbook .xlsx. Buka di Excel, simpan sebagai "Excel Workbook (*.xlsx)", lalu coba lagi.',
    ],
    [new PaneError("ui.error.noFile"), "en", "Choose an .xlsx file first."],
    [
      Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" }),
      "id",
      "The requested resource doesn't exist. (kode ItemNotFound)",
    ],
    [
      Object.assign(new Error("ItemNotFound: gone"), { code: "ItemNotFound" }),
      "en",
      "ItemNotFound: gone",
    ],
    [new Error("Refusing to replace sheets"), "en", "Refusing to replace sheets"],
    [{ code: 5001, message: "Internal error" }, "en", "Internal error"],
    ["plain text", "en", "plain text"],
    [undefined, "id", "Kesalahan tanpa keterangan."],
    [new Error(""), "en", "An error without a description."],
    [{ messageKey: "no.such.key", message: "fallback" }, "en", "fallback"],
  ] as const)("%p (%s)", (error, language, text) => {
    expect(describeError(error, language)).toBe(text);
  });
});

describe("findings as the pane shows them", () => {
  it.each([
    [{ sheet: "Realisasi", address: "C5" }, "Realisasi!C5"],
    [{ sheet: "Realisasi Anggaran 2017", address: "C5" }, "'Realisasi Anggaran 2017'!C5"],
    [{ sheet: "Dinas's", address: "A1" }, "'Dinas''s'!A1"],
  ])("%p -> %s", (ref, text) => expect(refText(ref)).toBe(text));

  it("a known code is rendered from the catalogue; an unknown one still shows, with its parameters", () => {
    const known = {
      severity: "error" as const,
      code: "finding.sheetMissing",
      params: { sheet: "X" },
    };
    expect(findingMessage(known, "id")).toBe(
      translate("finding.sheetMissing", "id", { sheet: "X" })
    );
    expect(
      findingMessage({ severity: "info", code: "finding.fromTheFuture", params: { a: 1 } }, "en")
    ).toBe("finding.fromTheFuture (a=1)");
  });
});
