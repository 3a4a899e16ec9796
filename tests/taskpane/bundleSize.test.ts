import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

const DIST = process.env.LKJIP_DIST ?? join(__dirname, "..", "..", "dist");
const BUDGET = 300 * 1024;

/** Scripts taskpane.html loads from our own origin (office.js comes from Microsoft's CDN). */
function pageScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((match) => match[1])
    .filter((src) => !/^https?:/.test(src));
}

describe("bundle budget of the built add-in (npm test builds first)", () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error(`${DIST} is not built: run npm run build`);
  });

  it("task pane, commands and functions are loaded and together stay within 300 KB gzipped", () => {
    const scripts = pageScripts();
    expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "commands.js", "functions.js"]));
    const sizes = scripts.map(
      (src) => gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length
    );
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(BUDGET);
  });

  it("ExcelJS is not among them: only the web tool fetches it, as a chunk of its own", () => {
    const exceljsMarker = "xl/workbook.xml";
    for (const src of pageScripts())
      expect(readFileSync(join(DIST, src), "utf8")).not.toContain(exceljsMarker);
    expect(readFileSync(join(DIST, "webtool-exceljs.js"), "utf8")).toContain(exceljsMarker);
  });
});
