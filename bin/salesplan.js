#!/usr/bin/env node
// The SalesPlan command line; the code is compiled from src/cli by `npm run build:node`.
const path = require("path");
const fs = require("fs");
const os = require("os");
const v8 = require("v8");
const { spawnSync } = require("child_process");

// A run holds a company's inputs and results in memory: at 50,000 reps more than Node's default
// heap (about 4 GB). So Node starts again with room for it (three quarters of the machine's
// memory) and a larger young generation (fewer collections: a quarter less CPU at 10,000 reps).
// A heap already as large (the user's own --max-old-space-size) is left alone.
const heapMB = Math.floor((os.totalmem() / 1048576) * 0.75);
if (!process.env.SALESPLAN_RESTARTED && v8.getHeapStatistics().heap_size_limit / 1048576 < heapMB) {
  const flags = [`--max-old-space-size=${heapMB}`, "--max-semi-space-size=64", ...process.execArgv];
  const child = spawnSync(process.execPath, [...flags, __filename, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, SALESPLAN_RESTARTED: "1" },
  });
  if (child.error) console.error(`salesplan: ${child.error.message}`);
  process.exit(child.status ?? 1);
}

const entry = path.join(__dirname, "..", "build", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  console.error("salesplan: not built yet; run `npm run build:node` first");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error && error.stack ? error.stack : error);
    process.exit(1);
  });
