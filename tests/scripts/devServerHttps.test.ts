// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devServerHttps } = require("../../scripts/devServerHttps.js");

function recorder() {
  const lines: string[] = [];
  return {
    lines,
    log: {
      warn: (text: string) => lines.push(`warn ${text}`),
      log: (text: string) => lines.push(`log ${text}`),
    },
  };
}

describe("devServerHttps: the dev server's certificate", () => {
  it("uses the installed, trusted localhost certificate", async () => {
    const { lines, log } = recorder();
    const devCerts = {
      verifyCertificates: () => true,
      getHttpsServerOptions: async () => ({ ca: "CA", key: "KEY", cert: "CERT" }),
    };
    await expect(devServerHttps(3000, () => devCerts, log)).resolves.toEqual({
      type: "https",
      options: { ca: "CA", key: "KEY", cert: "CERT" },
    });
    expect(lines).toEqual([
      "log Serving https://localhost:3000 with the trusted development certificate.",
    ]);
  });

  it("says clearly when the certificate is not installed, and how to install it", async () => {
    const { lines, log } = recorder();
    const devCerts = {
      verifyCertificates: () => false,
      getHttpsServerOptions: async () => {
        throw new Error("would install a certificate without asking");
      },
    };
    await expect(devServerHttps(3100, () => devCerts, log)).resolves.toEqual({ type: "https" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("npx office-addin-dev-certs install");
    expect(lines[0]).toContain("https://localhost:3100");
  });

  it("says so when the package itself is missing", async () => {
    const { lines, log } = recorder();
    const missing = () => {
      throw new Error("Cannot find module 'office-addin-dev-certs'");
    };
    await expect(devServerHttps(3000, missing, log)).resolves.toEqual({ type: "https" });
    expect(lines[0]).toMatch(/office-addin-dev-certs is not installed/);
  });
});
