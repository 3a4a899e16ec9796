#!/usr/bin/env node
/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, process, __dirname */
// Runs the command line as built JavaScript (build/cli/lkjip.js): `npm ci` builds it through
// `prepare`, `npm run build` too. No TypeScript compiler at start-up.
const { existsSync } = require("fs");
const { join } = require("path");

const built = join(__dirname, "..", "build", "cli", "lkjip.js");
if (!existsSync(built)) {
  process.stderr.write(
    "lkjip: the command line is not built yet; run `npm run build:cli` (npm ci does it) / " +
      "baris perintah belum dibangun; jalankan `npm run build:cli` (npm ci melakukannya).\n"
  );
  process.exitCode = 2;
} else {
  require(built).runCommandLine(process.argv.slice(2));
}
