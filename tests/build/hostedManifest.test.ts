import { execFileSync } from "child_process";
import { existsSync, readFileSync, rmSync } from "fs";
import { join } from "path";

/**
 * `ADDIN_URL=https://host/path/ npm run build` as an agency runs it: webpack's own manifest step
 * writes dist/manifest.xml with every URL under that address (only the small ribbon bundle is built
 * here, into a folder of its own, to keep the test quick).
 */
const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "tests", ".tmp", "hosted-build");

function build(env: Record<string, string>): string {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync(
    "npx",
    ["webpack", "--mode", "production", "--env", "only=commands", "--env", `outDir=${OUT}`],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: "pipe" }
  );
  return readFileSync(join(OUT, "manifest.xml"), "utf8");
}

describe("the build writes the manifest for the agency's host", () => {
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it("puts every URL under ADDIN_URL, with an Id of the host's own", () => {
    const manifest = build({ ADDIN_URL: "https://intranet.dinsos.go.id/lkjip/" });
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map(
      (m) => m[1]
    );
    expect(urls.length).toBeGreaterThanOrEqual(12);
    for (const url of urls)
      expect(url.startsWith("https://intranet.dinsos.go.id/lkjip/")).toBe(true);
    expect(manifest).toContain("<AppDomain>https://intranet.dinsos.go.id</AppDomain>");
    expect(manifest.replace(/<!--[\s\S]*?-->/g, "")).not.toContain("localhost");
    const id = /<Id>([^<]+)<\/Id>/.exec(manifest)![1];
    expect(id).not.toBe(
      /<Id>([^<]+)<\/Id>/.exec(readFileSync(join(ROOT, "manifest.xml"), "utf8"))![1]
    );
    expect(existsSync(join(OUT, "commands.js"))).toBe(true);
  }, 120_000);

  it("stops with the reason when ADDIN_URL is not https", () => {
    let message = "";
    try {
      build({ ADDIN_URL: "http://intranet/lkjip/" });
    } catch (error) {
      const failure = error as { stdout?: Buffer; stderr?: Buffer };
      message = `${failure.stdout ?? ""}${failure.stderr ?? ""}`;
    }
    expect(message).toContain("must start with https://");
    expect(existsSync(join(OUT, "manifest.xml"))).toBe(false);
  }, 120_000);
});
