import { readFileSync } from "fs";
import { join } from "path";
import { parseXml, walk } from "../manifest/xmlTree";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest, addinBase } = require("../../scripts/addinUrl.js");

const MANIFEST = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
const DEV_ID = /<Id>([^<]*)<\/Id>/.exec(MANIFEST)![1];

/** Every URL the manifest points Office at (DefaultValue/Value attributes), and its AppDomains. */
function manifestUrls(xml: string): { urls: string[]; domains: string[]; id: string } {
  const urls: string[] = [];
  const domains: string[] = [];
  let id = "";
  for (const element of walk(parseXml(xml))) {
    for (const name of ["DefaultValue", "Value"]) {
      const value = element.attributes[name];
      if (value && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    }
    if (element.name === "AppDomain") domains.push(element.text.trim());
    if (element.name === "Id") id = element.text.trim();
  }
  return { urls, domains, id };
}

describe("rewriteManifest: the manifest for the host that serves dist/", () => {
  it("without ADDIN_URL keeps the development manifest as it is", () => {
    expect(rewriteManifest(MANIFEST, {})).toBe(MANIFEST);
  });

  it("puts every URL (source, icons, functions, help) under ADDIN_URL and the AppDomain on its origin", () => {
    const xml = rewriteManifest(MANIFEST, {
      addinUrl: "https://intranet.dinsos.go.id/apps/lkjip/",
    });
    const { urls, domains } = manifestUrls(xml);
    expect(urls.length).toBeGreaterThanOrEqual(12);
    for (const url of urls)
      expect(url).toMatch(
        /^https:\/\/intranet\.dinsos\.go\.id\/apps\/lkjip\/[\w-]+(\/[\w-]+)?\.\w+$/
      );
    expect(urls).toEqual(
      expect.arrayContaining([
        "https://intranet.dinsos.go.id/apps/lkjip/taskpane.html",
        "https://intranet.dinsos.go.id/apps/lkjip/functions.js",
        "https://intranet.dinsos.go.id/apps/lkjip/functions-id.json",
        "https://intranet.dinsos.go.id/apps/lkjip/assets/icon-80.png",
      ])
    );
    expect(domains).toEqual(["https://intranet.dinsos.go.id"]);
    expect(xml.replace(/<!--[\s\S]*?-->/g, "")).not.toContain("localhost");
  });

  it("adds the missing final slash, and a folder without one means the same", () => {
    const withSlash = rewriteManifest(MANIFEST, { addinUrl: "https://example.github.io/lkjip/" });
    expect(rewriteManifest(MANIFEST, { addinUrl: "https://example.github.io/lkjip" })).toBe(
      withSlash
    );
  });

  it("gives a hosted build a stable Id of its own: same host, same Id; another host, another Id", () => {
    const a = manifestUrls(rewriteManifest(MANIFEST, { addinUrl: "https://a.go.id/lkjip/" })).id;
    const again = manifestUrls(
      rewriteManifest(MANIFEST, { addinUrl: "https://a.go.id/lkjip/" })
    ).id;
    const b = manifestUrls(rewriteManifest(MANIFEST, { addinUrl: "https://b.go.id/lkjip/" })).id;
    expect(a).toBe(again);
    expect(a).not.toBe(b);
    expect(a).not.toBe(DEV_ID);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("keeps the Id an agency chooses with ADDIN_ID", () => {
    const id = "0B6A2E4C-1D2E-4F00-8A11-123456789ABC";
    const xml = rewriteManifest(MANIFEST, { addinUrl: "https://a.go.id/", addinId: id });
    expect(manifestUrls(xml).id).toBe(id.toLowerCase());
    expect(() =>
      rewriteManifest(MANIFEST, { addinUrl: "https://a.go.id/", addinId: "abc" })
    ).toThrow(/ADDIN_ID "abc" is not a GUID/);
  });

  it("escapes a URL that holds an ampersand", () => {
    const xml = rewriteManifest(MANIFEST, { addinUrl: "https://a.go.id/r&d/" });
    expect(xml).toContain("https://a.go.id/r&amp;d/taskpane.html");
    expect(manifestUrls(xml).urls).toContain("https://a.go.id/r&d/taskpane.html");
  });

  it.each([
    ["http://intranet/lkjip/", /must start with https/],
    ["intranet/lkjip", /is not a URL/],
    ["https://a.go.id/lkjip/?v=2", /without \?query/],
  ])("refuses ADDIN_URL %s with a message saying why", (addinUrl, message) => {
    expect(() => addinBase(addinUrl)).toThrow(message);
  });

  it("follows the dev-server port from package.json's config in development", () => {
    const xml = rewriteManifest(MANIFEST, { devPort: 3100 });
    expect(xml).toContain("https://localhost:3100/taskpane.html");
    expect(manifestUrls(xml).domains).toEqual(["https://localhost:3100"]);
    expect(manifestUrls(xml).id).toBe(DEV_ID);
  });
});
