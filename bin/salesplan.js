#!/usr/bin/env node
// The SalesPlan command line; the code is compiled from src/cli by `npm run build:node`.
const path = require("path");
const fs = require("fs");

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
