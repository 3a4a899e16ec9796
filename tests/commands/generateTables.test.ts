import { DEFAULT_CHOICES } from "../../src/taskpane/choices";
import { runGenerateTables } from "../../src/commands/generateTables";
import { oneGenerationAtATime } from "../../src/taskpane/oneGeneration";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { WorkbookPort } from "../../src/workbook/workbookPort";
import { seedInputWorkbook } from "../report/seedInputWorkbook";

describe("the ribbon command's message", () => {
  test.each([
    ["id", 'LKjIP 2018: 7 tabel dibuat, 5 dilewati, 2 temuan. Lihat lembar "Ringkasan".'],
    ["en", 'LKjIP 2018: 7 tables made, 5 skipped; findings: 2. See the "Ringkasan" sheet.'],
  ] as const)("%s: what was made, how many findings, where to look", async (language, message) => {
    const port = new ExcelJsWorkbook(seedInputWorkbook());
    expect(await runGenerateTables(port, language)).toBe(message);
    expect((await port.listSheets()).map((sheet) => sheet.name)).toContain("Ringkasan");
  });

  test("the choices saved from the task pane are the ones used", async () => {
    const port = new ExcelJsWorkbook(seedInputWorkbook());
    await runGenerateTables(port, "id", {
      ...DEFAULT_CHOICES,
      scale: "PERMENDAGRI86",
      efisiensi: "satu_minus",
      mode: "values",
    });
    const [grid] = await port.readSheets(["Tabel 3.1.1"]);
    const cells: unknown[] = grid.cells.map((cell) => cell.value);
    expect(grid.cells.some((cell) => cell.formula !== null)).toBe(false);
    // Values only (no formula anywhere, above); the Permendagri 86 scale's labels instead of the seed's.
    expect(cells).toContain("Sangat Tinggi");
    expect(cells).not.toContain("Sangat Baik");
  });

  test("a workbook without inputs: nothing made, and why", async () => {
    const empty = new ExcelJsWorkbook(new (await import("exceljs")).default.Workbook());
    expect(await runGenerateTables(empty, "en")).toMatch(/^No LKjIP table could be made: /);
  });

  test("a failure reaches the user as a message, never as an exception", async () => {
    const broken: WorkbookPort = {
      listSheets: async () => {
        throw new Error("workbook is busy");
      },
      readSheets: async () => [],
      writeSheets: async () => undefined,
    };
    expect(await runGenerateTables(broken, "id")).toBe(
      "Tabel LKjIP gagal dibuat: workbook is busy"
    );
  });

  test("while the pane generates, the ribbon says so instead of writing the same sheets", async () => {
    let finish!: () => void;
    const pane = oneGenerationAtATime(() => new Promise<void>((resolve) => (finish = resolve)));
    const workbook = seedInputWorkbook();
    expect(await runGenerateTables(new ExcelJsWorkbook(workbook), "en")).toBe(
      "The LKjIP tables are being made already (from the ribbon or the pane). Wait until it finishes, then try again."
    );
    expect(workbook.getWorksheet("Ringkasan")).toBeUndefined();
    finish();
    await pane;
    expect(await runGenerateTables(new ExcelJsWorkbook(workbook), "en")).toMatch(/^LKjIP 2018/);
  });
});
