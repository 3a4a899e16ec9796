#!/usr/bin/env node
/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, process, console, module */
// `npm start` / `npm stop`: the pinned office-addin-debugging sideloads manifest.xml into Excel and
// runs `npm run dev-server` on package.json's config.dev_server_port. It is an optionalDependency
// (its keytar needs a native build some machines cannot make), so it may be missing: say what to do.
const { spawnSync } = require("child_process");

const PINNED = require("../package.json").optionalDependencies["office-addin-debugging"];

function missingMessage(command) {
  return [
    `office-addin-debugging is not installed, so \`npm ${command}\` cannot sideload the add-in.`,
    "It is optional because its keytar dependency builds a native module. Either:",
    `  - install it: npm install --no-save office-addin-debugging@${PINNED}`,
    "  - or sideload by hand: npm run build && npm run dev-server, then upload manifest.xml",
    "    (README: Sideloading the add-in).",
  ].join("\n");
}

function run(command, resolve = require.resolve) {
  let cli;
  try {
    cli = resolve("office-addin-debugging/cli.js");
  } catch {
    console.error(missingMessage(command));
    return 1;
  }
  const result = spawnSync(process.execPath, [cli, command, "manifest.xml"], { stdio: "inherit" });
  return result.status ?? 1;
}

if (require.main === module) {
  const command = process.argv[2];
  if (command !== "start" && command !== "stop") {
    console.error("usage: node scripts/officeDebugging.js start|stop");
    process.exitCode = 2;
  } else {
    process.exitCode = run(command);
  }
}

module.exports = { missingMessage, run };
