// eslint-disable-next-line @typescript-eslint/no-require-imports
const { missingMessage, run } = require("../../scripts/officeDebugging.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require("../../package.json");

describe("npm start / npm stop without the optional office-addin-debugging", () => {
  it("is pinned to one version, as an optionalDependency", () => {
    expect(pkg.optionalDependencies["office-addin-debugging"]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies["office-addin-debugging"]).toBeUndefined();
    expect(pkg.devDependencies["office-addin-dev-certs"]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts.start).toBe("node scripts/officeDebugging.js start");
    expect(pkg.scripts.stop).toBe("node scripts/officeDebugging.js stop");
  });

  it("fails with what to do: install the pinned version, or sideload by hand", () => {
    const errors: string[] = [];
    const spy = jest
      .spyOn(console, "error")
      .mockImplementation((text: string) => errors.push(text));
    try {
      const status = run("start", () => {
        throw new Error("Cannot find module");
      });
      expect(status).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errors).toEqual([missingMessage("start")]);
    expect(errors[0]).toContain(
      `npm install --no-save office-addin-debugging@${pkg.optionalDependencies["office-addin-debugging"]}`
    );
    expect(errors[0]).toContain("npm run dev-server");
  });
});
