import { OfficeError } from "./strictExcel/errors";
import { addGrid, createOffice, excelGlobal, StrictExcel, type FakeContext } from "./strictExcel";
import { gridFromRange, type GridValue, type SheetGrid } from "../../../src/workbook/grid";

/** Each rule of the strict fake, shown rejecting a violation (and accepting the lawful call). */

function grid(name: string, values: GridValue[][], formulas?: (string | null)[][]): SheetGrid {
  return gridFromRange(name, { origin: { row: 1, col: 1 }, values, formulas }, []);
}

function setup(
  options: ConstructorParameters<typeof StrictExcel>[0] = { declared: { ExcelApi: "1.19" } }
) {
  const host = new StrictExcel(options);
  addGrid(
    host,
    grid("Data", [
      [1, 2],
      [3, 4],
    ])
  );
  const run = <T>(fn: (context: FakeContext) => Promise<T>) => excelGlobal(host).run(fn);
  return { host, run };
}

async function rejects(promise: Promise<unknown>, code: string | RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).not.toBeNull();
  if (typeof code === "string") expect((error as OfficeError).code).toBe(code);
  else expect(String((error as Error).message)).toMatch(code);
}

describe("payload limits (5 MB per request and response, Excel on the web)", () => {
  test("a request over 5 MB is refused and applies nothing", async () => {
    const { host, run } = setup();
    const big = Array.from({ length: 60_000 }, (_, r) => [`'row ${r} ${"x".repeat(80)}`]);
    await rejects(
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 5, big.length, 1).values =
          big;
        await context.sync();
      }),
      "RequestPayloadSizeLimitExceeded"
    );
    expect(host.value("Data", "F1")).toBeNull();
  });

  test("a response over 5 MB is refused", async () => {
    const { host, run } = setup();
    const sheet = host.sheet("Data")!;
    for (let r = 0; r < 60_000; r++)
      sheet.cells.set(r * 16_384 + 2, { value: `text ${r} ${"y".repeat(80)}` });
    await rejects(
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").getUsedRange(true).load("values");
        await context.sync();
      }),
      "ResponsePayloadSizeLimitExceeded"
    );
    // The same in two halves fits.
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      const a = s.getRangeByIndexes(0, 0, 30_000, 3);
      a.load("values");
      await context.sync();
      expect(a.values).toHaveLength(30_000);
    });
    expect(host.largestResponse).toBeLessThanOrEqual(5_000_000);
  });
});

describe("cell and sheet limits (Excel specifications and limits)", () => {
  test.each([
    [
      "row height 410 pt",
      (c: FakeContext) =>
        (c.workbook.worksheets.getItem("Data").getRange("A1").format.rowHeight = 410),
    ],
    [
      "column width 256 characters",
      (c: FakeContext) =>
        (c.workbook.worksheets.getItem("Data").getRange("A1").format.columnWidth =
          (256 * 7 + 5) * 0.75),
    ],
    [
      "formula of 8193 characters",
      (c: FakeContext) =>
        (c.workbook.worksheets.getItem("Data").getRange("A1").formulas = [
          ["=" + "1+".repeat(4096) + "1"],
        ]),
    ],
    [
      "text of 32768 characters",
      (c: FakeContext) =>
        (c.workbook.worksheets.getItem("Data").getRange("A1").values = [["x".repeat(32_768)]]),
    ],
    [
      "a 1x1 array into 2x2 cells",
      (c: FakeContext) => (c.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1]]),
    ],
    [
      "formats 2x1 into 1x2",
      (c: FakeContext) =>
        (c.workbook.worksheets.getItem("Data").getRange("A1:B1").numberFormat = [["0"], ["0"]]),
    ],
    [
      "an indent of 251 levels",
      (c: FakeContext) =>
        (c.workbook.worksheets.getItem("Data").getRange("A1").format.indentLevel = 251),
    ],
    [
      "a sheet name of 32 characters",
      (c: FakeContext) => c.workbook.worksheets.add("x".repeat(32)),
    ],
    ["a sheet name with /", (c: FakeContext) => c.workbook.worksheets.add("Tabel 3/1")],
    ["a sheet name with [", (c: FakeContext) => c.workbook.worksheets.add("Tabel [1]")],
    ["a sheet name taken, other case", (c: FakeContext) => c.workbook.worksheets.add("DATA")],
  ])("%s is refused", async (_what, act) => {
    const { host, run } = setup();
    const before = JSON.stringify([...host.sheet("Data")!.cells]);
    await rejects(
      run(async (context) => {
        act(context);
        await context.sync();
      }),
      /InvalidArgument|ItemAlreadyExists|over|match|31|contains|exists/
    );
    expect(JSON.stringify([...host.sheet("Data")!.cells])).toBe(before);
    expect(host.state.sheets).toHaveLength(1);
  });

  test("within the limits the same calls pass", async () => {
    const { host, run } = setup();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").format.rowHeight = 409;
      sheet.getRange("A1").format.columnWidth = (255 * 7 + 5) * 0.75;
      sheet.getRange("A1:B1").values = [["x".repeat(32_767), 2]];
      context.workbook.worksheets.add("x".repeat(31));
      await context.sync();
    });
    expect(host.state.sheets).toHaveLength(2);
  });
});

describe("sheets: the last visible one stays, hidden ones are not shown", () => {
  test("deleting or hiding the last visible sheet is refused", async () => {
    const { host, run } = setup();
    addGrid(host, grid("Secret", [[1]]), "Hidden");
    await rejects(
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").delete();
        await context.sync();
      }),
      "InvalidOperation"
    );
    await rejects(
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").visibility = "Hidden" as never;
        await context.sync();
      }),
      "InvalidOperation"
    );
    expect(host.sheet("Data")!.visibility).toBe("Visible");
  });

  test("a very hidden sheet cannot be deleted", async () => {
    const { host, run } = setup();
    addGrid(host, grid("Marker", [[1]]), "VeryHidden");
    await rejects(
      run(async (context) => {
        context.workbook.worksheets.getItem("Marker").delete();
        await context.sync();
      }),
      "InvalidOperation"
    );
  });

  test("activate() and select() on a hidden sheet are refused", async () => {
    const { host, run } = setup();
    addGrid(host, grid("Secret", [[1]]), "Hidden");
    await rejects(
      run(async (context) => {
        context.workbook.worksheets.getItem("Secret").activate();
        await context.sync();
      }),
      "InvalidOperation"
    );
    await rejects(
      run(async (context) => {
        context.workbook.worksheets.getItem("Secret").getRange("A1").select();
        await context.sync();
      }),
      "InvalidOperation"
    );
  });

  test("deleting a sheet turns references to it into #REF!", async () => {
    const { host, run } = setup();
    addGrid(host, grid("Bab III", [[null]], [["='Tabel 3.1.1'!F8"]]));
    addGrid(host, grid("Tabel 3.1.1", [[1]]));
    host.sheet("Tabel 3.1.1")!.cells.set(7 * 16_384 + 5, { value: 42 });
    host.recalculate();
    expect(host.value("Bab III", "A1")).toBe(42);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Tabel 3.1.1").delete();
      await context.sync();
    });
    expect(host.sheet("Bab III")!.cells.get(0)!.formula).toBe("=#REF!");
    expect(host.value("Bab III", "A1")).toEqual({ error: "#REF!" });
  });
});

describe("requirement sets", () => {
  test("a member above the host's sets throws ApiNotFound", async () => {
    const { run } = setup({ supported: { ExcelApi: "1.12" }, declared: { ExcelApi: "1.9" } });
    await rejects(
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").getUsedRange(true).getMergedAreasOrNullObject();
        await context.sync();
      }),
      "ApiNotFound"
    );
  });

  test("an indent needs ExcelApi 1.9", async () => {
    const { run } = setup({ supported: { ExcelApi: "1.8" }, declared: { ExcelApi: "1.8" } });
    await rejects(
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").format.indentLevel = 1;
        await context.sync();
      }),
      "ApiNotFound"
    );
  });

  test("a member above the manifest's sets needs an isSetSupported check first", async () => {
    const host = new StrictExcel({
      supported: { ExcelApi: "1.19" },
      declared: { ExcelApi: "1.9" },
    });
    addGrid(host, grid("Data", [[1]]));
    const excel = excelGlobal(host);
    const merged = (context: FakeContext) => {
      context.workbook.worksheets.getItem("Data").getUsedRange(true).getMergedAreasOrNullObject();
      return context.sync();
    };
    await rejects(excel.run(merged), "UndeclaredRequirementSet");
    expect(createOffice(host).context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    await expect(excel.run(merged)).resolves.toBeUndefined();
  });

  test("more than 512 merged areas: getMergedAreasOrNullObject fails", async () => {
    const { host, run } = setup();
    const sheet = host.sheet("Data")!;
    for (let r = 0; r < 513; r++) sheet.merges.push({ row: r, column: 4, rows: 1, columns: 2 });
    await rejects(
      run(async (context) => {
        context.workbook.worksheets
          .getItem("Data")
          .getRange("A:F")
          .getMergedAreasOrNullObject()
          .load("address");
        await context.sync();
      }),
      "GeneralException"
    );
  });
});

describe("the object model is Office.js's, nothing more", () => {
  test("unknown members throw, reading and writing", async () => {
    const { run } = setup();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => (range as unknown as { autoFill: unknown }).autoFill).toThrow(TypeError);
      expect(() => ((range.format as unknown as { rowHeigth: number }).rowHeigth = 20)).toThrow(
        TypeError
      );
      await context.sync();
    });
  });

  test("a property is readable only after load and sync", async () => {
    const { run } = setup();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(/PropertyNotLoaded|not loaded/);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([
        [1, 2],
        [3, 4],
      ]);
    });
  });

  test("a failed sync applies nothing, not even the operations before the failing one", async () => {
    const { host, run } = setup();
    await rejects(
      run(async (context) => {
        context.workbook.worksheets.add("Tabel 3.2");
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [[99]];
        context.workbook.worksheets.getItem("Missing").activate();
        await context.sync();
      }),
      "ItemNotFound"
    );
    expect(host.sheet("Tabel 3.2")).toBeUndefined();
    expect(host.value("Data", "A1")).toBe(1);
  });
});

describe("calculation", () => {
  test("formulas are evaluated: SUM, arithmetic, IF, ROUND, IFERROR, cross-sheet references", async () => {
    const { host, run } = setup();
    await run(async (context) => {
      context.workbook.worksheets.add("Calc").getRange("A1:F1").formulas = [
        [
          "=SUM(Data!A1:B2)",
          "=(Data!B2-Data!A1)*2/4",
          '=IF(Data!A1>=1,"Baik","Kurang")',
          "=ROUND(2.675,2)",
          '=IFERROR(1/0,"-")',
          "=ROUND(-0.5,0)",
        ],
      ];
      await context.sync();
    });
    expect(["A1", "B1", "C1", "D1", "E1", "F1"].map((a) => host.value("Calc", a))).toEqual([
      10,
      1.5,
      "Baik",
      2.68,
      "-",
      -1,
    ]);
  });

  test("with calculation suspended a written formula keeps a stale value until calculate()", async () => {
    const { host, run } = setup();
    await run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Data").getRange("C1").formulas = [["=A1+B1"]];
      await context.sync();
    });
    expect(host.value("Data", "C1")).toBe(0);
    await run(async (context) => {
      context.application.calculate("Recalculate");
      await context.sync();
    });
    expect(host.value("Data", "C1")).toBe(3);
  });
});

describe("the Office global", () => {
  test("a second dialog while one is open fails with 12007", () => {
    const office = createOffice(new StrictExcel());
    const results: { status: string; error?: { code: number } }[] = [];
    office.context.ui.displayDialogAsync("https://localhost:3000/notice.html", {}, (r) =>
      results.push(r as never)
    );
    office.context.ui.displayDialogAsync("https://localhost:3000/notice.html", {}, (r) =>
      results.push(r as never)
    );
    expect(results.map((r) => r.status)).toEqual(["succeeded", "failed"]);
    expect(results[1].error!.code).toBe(12007);
  });

  test("onReady can be late, as office.js allows itself 5 s", async () => {
    jest.useFakeTimers();
    const office = createOffice(new StrictExcel(), { onReadyDelayMs: 6000 });
    let ready = false;
    void office.onReady().then(() => (ready = true));
    await jest.advanceTimersByTimeAsync(5999);
    expect(ready).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(ready).toBe(true);
    jest.useRealTimers();
  });
});
