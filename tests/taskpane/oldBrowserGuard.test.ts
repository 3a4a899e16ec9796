import { runInNewContext } from "vm";
import { oldBrowserGuardScript } from "../../src/taskpane/oldBrowserGuard";
import { translate } from "../../src/i18n/catalogue";

/** Runs the guard in a page-like context: Internet Explorer 11 has document.documentMode. */
function run(ie: boolean): { paragraphs: string[]; flagged: boolean } {
  const paragraphs: string[] = [];
  const window: Record<string, unknown> = { fetch: ie ? undefined : () => undefined };
  const document = {
    ...(ie ? { documentMode: 11 } : {}),
    getElementById: () => ({ appendChild: (p: { text: string }) => paragraphs.push(p.text) }),
    createElement: () => {
      const p = { text: "", appendChild: (node: string) => (p.text += node) };
      return p;
    },
    createTextNode: (text: string) => text,
  };
  runInNewContext(oldBrowserGuardScript(), { window, document });
  return { paragraphs, flagged: window.__lkjipOldBrowser === true };
}

describe("taskpane.html's guard for Excel without WebView2 (Internet Explorer 11)", () => {
  test("IE11: a plain message in Indonesian and English naming the web tool and the command line", () => {
    const { paragraphs, flagged } = run(true);
    expect(flagged).toBe(true);
    expect(paragraphs).toEqual([
      translate("ui.oldBrowser", "id"),
      translate("ui.oldBrowser", "en"),
    ]);
    expect(paragraphs[0]).toMatch(/alat web.*baris perintah/);
    expect(paragraphs[1]).toMatch(/web tool.*command line/);
  });

  test("a modern browser: the guard does nothing and the pane starts", () => {
    expect(run(false)).toEqual({ paragraphs: [], flagged: false });
  });

  test("the guard itself is ES5: no arrow functions, let/const or template literals outside its probe", () => {
    const script = oldBrowserGuardScript().replace(/new Function\("[^"]*"\)/, "");
    expect(script).not.toMatch(/=>|\blet\b|\bconst\b|`/);
  });
});
