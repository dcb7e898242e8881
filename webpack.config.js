const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizeFunctionsPlugin } = require("./scripts/localize-functions");

/** Where the add-in is served from. Development: the dev server. Production: set SALESPLAN_URL at build time. */
const urlDev = "https://localhost:3000/";
const urlProd = process.env.SALESPLAN_URL || urlDev;

/** Every file whose JSDoc declares SALES.* functions. */
const functionFiles = ["targets", "incentives", "scorecards", "tracking"]
  .map((area) => `./src/functions/${area}.ts`)
  .filter((file) => fs.existsSync(path.resolve(__dirname, file)));

/**
 * HTTPS for the dev server: the office-addin-dev-certs files when they exist (trusted by
 * `npx office-addin-dev-certs install` on the user's machine), else webpack-dev-server's own
 * self-signed certificate. Calling the dev-certs API from here re-runs its installer, so read files.
 */
function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return undefined;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  const publicUrl = dev ? urlDev : urlProd.endsWith("/") ? urlProd : `${urlProd}/`;
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      // The jobs' compute off the pane's thread (src/taskpane/compute.ts); not in taskpane.html.
      "jobs.worker": "./src/taskpane/jobs.worker.ts",
    },
    output: {
      path: path.resolve(process.env.SALESPLAN_DIST ?? path.resolve(__dirname, "dist")),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type-checking is `npm run typecheck`; the bundle only needs transpiling.
          // ES modules let webpack tree-shake Fluent (CommonJS pulls in every icon).
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } },
          },
        },
      ],
    },
    performance: { maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new LocalizeFunctionsPlugin({ localesDir: path.resolve(__dirname, "src/functions/locales") }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The shared runtime: one page hosts the task pane and the custom functions.
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().replaceAll(urlDev, publicUrl),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      // Screenshots and reports written under the project must not trigger rebuilds.
      watchFiles: { paths: ["src/**/*"], options: { ignored: ["**/test-results/**", "**/node_modules/**"] } },
    },
    watchOptions: { ignored: ["**/node_modules/**", "**/test-results/**", "**/dist/**", "**/build/**"] },
  };
};
