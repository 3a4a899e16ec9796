/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, process */
// Preloaded into each measured process (node --require): at exit it writes the process's own
// CPU time (user + system, every thread, from the start of the process) and peak memory (max RSS)
// as JSON to the file named by BENCH_REPORT. The parent times the wall clock around the process.
const { writeFileSync } = require("fs");

process.on("exit", () => {
  const cpu = process.cpuUsage();
  writeFileSync(
    process.env.BENCH_REPORT,
    JSON.stringify({
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    })
  );
});
