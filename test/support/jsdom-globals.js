// jsdom leaves out TextEncoder, which every browser Office runs in (and Node) provides.
if (typeof globalThis.TextEncoder === "undefined") {
  globalThis.TextEncoder = require("util").TextEncoder;
}
