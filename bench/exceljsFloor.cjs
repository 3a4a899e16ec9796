/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, process */
// The floor: ExcelJS merely reading a workbook and writing it back (node bench/exceljsFloor.cjs
// INPUT OUTPUT), as plain JavaScript like the command line it is compared with.
const ExcelJS = require("exceljs");

const [input, output] = process.argv.slice(2);
const workbook = new ExcelJS.Workbook();
workbook.xlsx
  .readFile(input)
  .then(() => workbook.xlsx.writeFile(output))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
