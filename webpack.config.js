/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, module, process, __dirname, console */
// Shared runtime (Microsoft's "Excel Custom Functions using a Shared Runtime" layout): one page,
// taskpane.html, loads the task pane, the ribbon commands and the custom functions.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { BundleSizeReportPlugin } = require("./scripts/bundleSizeReport");
const { sources, Compilation } = require("webpack");

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

/** A dev certificate for https://localhost:3000 when office-addin-dev-certs is installed. */
async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch {
    console.warn("office-addin-dev-certs not found: run `npx office-addin-dev-certs install`.");
    return { type: "https" };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const entries = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    functions: FUNCTIONS_SOURCE,
  };
  // `--env only=functions,commands` builds a subset, e.g. to iterate on the functions quickly.
  const only = env && env.only ? String(env.only).split(",") : Object.keys(entries);
  return {
    devtool: "source-map",
    entry: Object.fromEntries(Object.entries(entries).filter(([name]) => only.includes(name))),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
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
        },
      ],
    },
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
          { from: "manifest.xml", to: "manifest.xml" },
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
    stats: {
      preset: "errors-warnings",
      assets: true,
      assetsSort: "!size",
      excludeAssets: /\.map$/,
    },
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsServer(),
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};
