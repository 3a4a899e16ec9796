// eslint-disable-next-line @typescript-eslint/no-require-imports
const { inlinePage, withLicences } = require("../../scripts/inlineSingleFile.js");

describe("inlinePage: the web tool's page and its script as one file", () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

  it.each([
    ['<script src="app.js"></script>'],
    ["<script src=app.js></script>"],
    ['<script defer="defer" src="./app.js"></script>'],
  ])("puts the script inside the page: %s", (tag) => {
    const page = inlinePage(`<html><head></head><body>${tag}</body></html>`, {
      "app.js": "run(1);",
    });
    expect(page).toBe("<html><head></head><body><script>run(1);</script></body></html>");
  });

  it("keeps </script> inside the code from closing the tag, and $& from being a pattern", () => {
    const page = inlinePage('<body><script src="a.js"></script></body>', {
      "a.js": 'x("</script>");y.replace(/a/,"$&")',
    });
    expect(page).toBe('<body><script>x("<\\/script>");y.replace(/a/,"$&")</script></body>');
  });

  it("drops the pointer to a source map that is not shipped", () => {
    const page = inlinePage('<script src="a.js"></script>', {
      "a.js": "a();\n//# sourceMappingURL=a.js.map",
    });
    expect(page).toBe("<script>a();\n</script>");
  });

  it("puts the icon in the head as a data: URL", () => {
    const page = inlinePage("<head></head>", {}, png);
    expect(page).toContain(
      '<link rel="icon" type="image/png" href="data:image/png;base64,iVBORw==" />'
    );
  });

  it("refuses a page whose script it does not have", () => {
    expect(() => inlinePage('<script src="b.js"></script>', {})).toThrow(/no script b\.js/);
  });

  it("puts licence notices back into the script", () => {
    const code = "/*! For license information please see a.js.LICENSE.txt */\nrun();";
    const read = (name: string) =>
      name === "a.js.LICENSE.txt" ? "/** @license React */" : undefined;
    expect(withLicences(code, read)).toBe("/*!\n/** @license React * /\n*/\nrun();");
  });
});
