#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so `npx lkjip` needs no build step.
require("tsx/cjs");
require("../src/cli/main.ts");
