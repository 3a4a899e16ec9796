// Jest shim: office-addin-mock imports uuid, whose current versions ship ESM only.
const { randomUUID } = require("crypto");
module.exports = { v4: () => randomUUID() };
