/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, module, process, __dirname, console */
// Three builds from one source:
// - "addin": the shared runtime (Microsoft's "Excel Custom Functions using a Shared Runtime" layout):
//   one page, taskpane.html, loads the task pane, the ribbon commands and the custom functions; the
//   manifest's URLs are moved under ADDIN_URL when an agency hosts dist/ (scripts/addinUrl.js).
// - "webtool": dist/lkjip-web.html, the web tool as one self-contained file for use offline.
// - "cli": build/cli/lkjip.js, the command line as plain JavaScript (bin/lkjip.js runs it).
// `webpack --config-name cli` builds one of them (npm's `prepare` builds the command line).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { optimize, sources, Compilation } = require("webpack");
const { addinBase, rewriteManifest } = require("./scripts/addinUrl");
const { BundleSizeReportPlugin } = require("./scripts/bundleSizeReport");
const { devServerHttps } = require("./scripts/devServerHttps");
const { InlineSingleFilePlugin } = require("./scripts/inlineSingleFile");
const packageJson = require("./package.json");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** Writes functions-id.json (Indonesian descriptions) next to the generated functions.json. */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadata", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const english = compilation.getAsset("functions.json");
          if (!english) return; // the metadata plugin already reported why
          // The catalogue is TypeScript: tsx loads it without a separate build step.
          const { require: tsxRequire } = require("tsx/cjs/api");
          const { localizeMetadata } = tsxRequire(
            "./src/functions/localizeMetadata.ts",
            __filename
          );
          const json = localizeMetadata(english.source.source().toString(), "id");
          compilation.emitAsset("functions-id.json", new sources.RawSource(json));
        }
      );
    });
  }
}

/** The ES5 check taskpane.html runs before the bundle (src/taskpane/oldBrowserGuard.ts). */
function oldBrowserGuardScript() {
  const { require: tsxRequire } = require("tsx/cjs/api");
  return tsxRequire("./src/taskpane/oldBrowserGuard.ts", __filename).oldBrowserGuardScript();
}

/** The dev server's port: package.json `config.dev_server_port` (npm_package_config_… under npm). */
const DEV_PORT = Number(
  process.env.npm_package_config_dev_server_port || packageJson.config.dev_server_port
);

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    // Types are checked by `npm run typecheck`; here ES modules go to webpack for tree shaking.
    options: {
      transpileOnly: true,
      compilerOptions: { noEmit: false, module: "es2020", sourceMap: true },
    },
  },
};

const quietStats = {
  preset: "errors-warnings",
  assets: true,
  assetsSort: "!size",
  excludeAssets: /\.map$/,
};

/** dist/lkjip-web.html: one chunk, inlined into the page with the icon; nothing else is written. */
function webToolConfig(outDir) {
  return {
    name: "webtool",
    mode: "production",
    devtool: false,
    entry: { "lkjip-web": "./src/taskpane/webTool.tsx" },
    output: { path: outDir, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule] },
    plugins: [
      new optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        filename: "lkjip-web.html",
        template: "./src/taskpane/webTool.html",
        scriptLoading: "blocking",
        inject: "body",
      }),
      new InlineSingleFilePlugin({
        html: "lkjip-web.html",
        iconPath: path.resolve(__dirname, "assets/icon-32.png"),
      }),
    ],
    performance: { hints: false },
    stats: quietStats,
  };
}

/**
 * build/cli/lkjip.js: the command line as one CommonJS file. Packages stay in node_modules
 * (required at run time: they are `dependencies`); only our TypeScript is compiled in.
 */
function cliConfig(dev) {
  return {
    name: "cli",
    mode: dev ? "development" : "production",
    target: "node20",
    devtool: "source-map",
    entry: { lkjip: "./src/cli/main.ts" },
    output: {
      path: path.resolve(__dirname, "build", "cli"),
      filename: "[name].js",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [typescriptRule] },
    externalsPresets: { node: true },
    externals: [
      ({ request }, callback) =>
        /^[@a-z]/i.test(request) ? callback(null, `commonjs ${request}`) : callback(),
    ],
    // Readable stack traces for bug reports; the file stays small enough to load fast.
    optimization: { minimize: false },
    stats: quietStats,
  };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  // A wrong ADDIN_URL stops the build here, with its reason, before anything is written.
  addinBase(process.env.ADDIN_URL, DEV_PORT);
  const outDir = path.resolve(__dirname, env.outDir || "dist");
  const entries = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    functions: FUNCTIONS_SOURCE,
  };
  // `--env only=functions,commands` builds a subset, e.g. to iterate on the functions quickly.
  const only = env.only ? String(env.only).split(",") : Object.keys(entries);
  const addin = {
    name: "addin",
    devtool: "source-map",
    entry: Object.fromEntries(Object.entries(entries).filter(([name]) => only.includes(name))),
    output: {
      path: outDir,
      filename: "[name].js",
      // The web tool's page is written by its own build into the same folder.
      clean: { keep: /^lkjip-web\.html$/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule] },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new LocalizedFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { oldBrowserGuard: oldBrowserGuardScript() },
        chunks: ["taskpane", "commands", "functions"].filter((name) => only.includes(name)),
      }),
      new BundleSizeReportPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              rewriteManifest(content.toString(), {
                addinUrl: process.env.ADDIN_URL,
                addinId: process.env.ADDIN_ID,
                devPort: DEV_PORT,
              }),
          },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          { from: "src/commands/notice.html", to: "notice.html" },
        ],
      }),
    ],
    optimization: {
      // ExcelJS stays in the web tool's own on-demand chunk (webtool-exceljs.js) instead of an
      // anonymous vendors chunk: Excel never downloads it.
      splitChunks: { cacheGroups: { defaultVendors: false } },
    },
    performance: {
      hints: dev ? false : "warning",
      maxAssetSize: 1_500_000,
      maxEntrypointSize: 1_500_000,
    },
    stats: quietStats,
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerHttps(DEV_PORT),
          port: DEV_PORT,
        }
      : undefined,
  };
  // The dev server serves the add-in only; `npm run build` makes all three.
  // `--env only=…` is for iterating on the add-in's bundles alone.
  if (serving || env.only) return addin;
  return [addin, webToolConfig(outDir), cliConfig(dev)];
};
