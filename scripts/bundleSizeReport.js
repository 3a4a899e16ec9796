/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, module, console */
// Prints the gzipped size of the JavaScript the add-in loads (task pane, commands, functions) against
// the 300 KB budget, and apart from it the chunks only the web tool fetches on demand (ExcelJS).
const { gzipSync } = require("zlib");

const BUDGET_BYTES = 300 * 1024;

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

class BundleSizeReportPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizeReport", (compilation) => {
      compilation.hooks.afterProcessAssets.tap("BundleSizeReport", () => {
        const initial = [];
        const onDemand = [];
        for (const chunk of compilation.chunks) {
          for (const file of chunk.files) {
            if (!file.endsWith(".js")) continue;
            const asset = compilation.getAsset(file);
            if (!asset) continue;
            const entry = { file, gzip: gzipSync(asset.source.buffer(), { level: 9 }).length };
            (chunk.canBeInitial() ? initial : onDemand).push(entry);
          }
        }
        const total = initial.reduce((sum, entry) => sum + entry.gzip, 0);
        const list = (entries) =>
          entries.map((entry) => `${entry.file} ${kb(entry.gzip)}`).join(", ");
        console.log(
          `JavaScript loaded by the add-in (gzip): ${list(initial)} = ${kb(total)} of ${kb(BUDGET_BYTES)}`
        );
        if (onDemand.length > 0)
          console.log(`Loaded on demand by the web tool only (gzip): ${list(onDemand)}`);
        if (total > BUDGET_BYTES) {
          const { WebpackError } = compiler.webpack;
          compilation.warnings.push(
            new WebpackError(
              `Add-in JavaScript is ${kb(total)} gzipped, over the ${kb(BUDGET_BYTES)} budget`
            )
          );
        }
      });
    });
  }
}

module.exports = { BundleSizeReportPlugin, BUDGET_BYTES };
