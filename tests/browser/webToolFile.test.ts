import { existsSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import { chromiumAvailable, launchChromium, type Browser } from "./chromium";
import { chooseFile, generateAndDownload, seedFigures2017 } from "./webToolSteps";

/**
 * dist/lkjip-web.html is the web tool in one file, for an officer to pass on by e-mail or USB stick:
 * opened from disk with every network request refused, it must still make the tables.
 */
const ROOT = join(__dirname, "..", "..");
const DIST = process.env.LKJIP_DIST ?? join(ROOT, "dist");
const WEB_TOOL = join(DIST, "lkjip-web.html");
const SAMPLE = join(ROOT, "samples", "contoh-dinsos-probolinggo.xlsx");

const run = chromiumAvailable() ? describe : describe.skip;

describe("dist/lkjip-web.html as a file (npm test builds first)", () => {
  beforeAll(() => {
    if (!existsSync(WEB_TOOL)) throw new Error(`${WEB_TOOL} is missing: run npm run build first`);
  });

  it("holds its scripts and icon inside: no src or href to any other file, no office.js", () => {
    const html = readFileSync(WEB_TOOL, "utf8");
    // The page around the inlined code (the code itself may well hold "src=" in its strings).
    const page = html.replace(/<script>[\s\S]*?<\/script>/g, "<script></script>");
    expect(page).not.toMatch(/\s(src|href)=["']?(?!data:)[^"'\s>]/i);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toMatch(/<link rel="icon" type="image\/png" href="data:image\/png;base64,/);
    expect(html.includes("appsforoffice")).toBe(false);
    // ExcelJS is inside (it is the part that reads and writes the workbook).
    expect(html.includes("xl/workbook.xml")).toBe(true);
    expect(statSync(WEB_TOOL).size).toBeGreaterThan(500_000);
  });

  it("sits beside the add-in's files without being one of them", () => {
    expect(existsSync(join(DIST, "lkjip-web.js"))).toBe(false);
    expect(existsSync(join(DIST, "taskpane.html"))).toBe(true);
  });
});

run("dist/lkjip-web.html in real Chromium, from file://, with all network refused", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    // Every request that would leave the machine fails, as on a PC with no network.
    await browser.context.route("**/*", (route) =>
      route.request().url() === pathToFileURL(WEB_TOOL).href
        ? route.continue()
        : route.abort("internetdisconnected")
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("makes the tables of the sample for 2017, asking nothing of any server", async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const console: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") console.push(message.text());
    });
    const url = pathToFileURL(WEB_TOOL).href;
    await page.goto(url);
    await page.locator("#workbook-file").waitFor({ timeout: 10_000 });
    await expect(page.locator("main").innerText()).resolves.toContain("tidak diunggah ke mana pun");
    await chooseFile(page, SAMPLE);
    await page.selectOption("#report-year", "2017");
    const workbook = await generateAndDownload(page);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["Ringkasan", "Tabel 3.1.4", "Tabel 3.1.6", "Tabel 3.2"])
    );
    expect(seedFigures2017(workbook)).toEqual({ efisiensi: true, proporsi: true, tabel32: true });
    expect(requests.filter((request) => !/^(blob|data):/.test(request))).toEqual([url]);
    expect(pageErrors).toEqual([]);
    // The page's Content-Security-Policy would report anything it blocked.
    expect(console.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    await page.close();
  }, 120_000);
});
