// Preloaded (node --require) into the server that tests/bench/patches.ts starts: when Node reads one
// of the files named in BENCH_MODULE_OVERRIDES ({ "<absolute path>": "<file to read instead>" }), it
// gets the other file's text. So a variant of node_modules can be measured without changing
// node_modules, which other processes on the machine may be using at the same time.
const fs = require("node:fs");

const overrides = JSON.parse(process.env.BENCH_MODULE_OVERRIDES || "{}");
const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (typeof file === "string" && Object.prototype.hasOwnProperty.call(overrides, file)) return readFileSync.call(this, overrides[file], ...rest);
  return readFileSync.call(this, file, ...rest);
};
