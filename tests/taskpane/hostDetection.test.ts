import { detectHost, OFFICE_READY_TIMEOUT_MS } from "../../src/taskpane/hostDetection";
import { createOffice, StrictExcel } from "../workbook/office/strictExcel";

const excelReady = (displayLanguage?: string) => ({
  onReady: async () => ({ host: "Excel", platform: "PC" }),
  HostType: { Excel: "Excel" },
  context: { displayLanguage },
});

describe("detectHost: inside Excel the pane, anywhere else the web tool", () => {
  it.each([
    ["no office.js (failed to load)", undefined, "id-ID", { host: "web", language: "id" }],
    ["no office.js, English browser", undefined, "en-GB", { host: "web", language: "en" }],
    ["no office.js, no language", undefined, undefined, { host: "web", language: "en" }],
    [
      "office.js in a plain browser",
      { onReady: async () => ({ host: null, platform: null }), HostType: { Excel: "Excel" } },
      "id",
      { host: "web", language: "id" },
    ],
    [
      "Word, not Excel",
      { onReady: async () => ({ host: "Word", platform: "PC" }), HostType: { Excel: "Excel" } },
      "id-ID",
      { host: "web", language: "id" },
    ],
    ["Excel in Indonesian", excelReady("id-ID"), "en-US", { host: "excel", language: "id" }],
    [
      "Excel in English, Indonesian browser",
      excelReady("en-US"),
      "id-ID",
      { host: "excel", language: "en" },
    ],
    [
      "Excel without a display language",
      excelReady(undefined),
      "id-ID",
      { host: "excel", language: "id" },
    ],
    [
      "office.js that throws",
      {
        onReady: async () => {
          throw new Error("boom");
        },
      },
      "id-ID",
      { host: "web", language: "id" },
    ],
    [
      "something that is not office.js",
      { onReady: "nope" },
      "en-US",
      { host: "web", language: "en" },
    ],
  ])("%s", async (_name, office, browserLanguage, expected) => {
    await expect(detectHost(office as never, browserLanguage)).resolves.toEqual(expected);
  });

  it("gives up waiting for an office.js that never answers", async () => {
    const started = Date.now();
    const result = await detectHost({ onReady: () => new Promise(() => undefined) }, "id-ID", 50);
    expect(result).toEqual({ host: "web", language: "id" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("waits for an Excel that answers after 6 s: office.js itself allows 5", async () => {
    expect(OFFICE_READY_TIMEOUT_MS).toBeGreaterThan(6000);
    jest.useFakeTimers();
    try {
      const office = createOffice(new StrictExcel(), {
        onReadyDelayMs: 6000,
        displayLanguage: "id-ID",
      });
      const detected = detectHost(office as never, "en-US");
      await jest.advanceTimersByTimeAsync(6000);
      await expect(detected).resolves.toEqual({ host: "excel", language: "id" });
    } finally {
      jest.useRealTimers();
    }
  });
});
