// Jest shim: strip-bom is ESM only in its current version.
module.exports = (s) => (typeof s === "string" && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
module.exports.default = module.exports;
