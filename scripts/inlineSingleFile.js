/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, module */
// Turns an HTML page and its one script into a single self-contained file: the script goes inside
// the page, the icon becomes a data: URL, and the separate .js (and its map) are not written.
const { Compilation, sources } = require("webpack");

/** `</script` inside the code would end the inline script early; `<\/script` means the same to JS. */
function inlineScript(code) {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
}

/**
 * The minimizer moves licence comments to NAME.LICENSE.txt and leaves a pointer to it; with no second
 * file to point at, the notices go back inside the script.
 */
function withLicences(code, readAsset) {
  return code.replace(/\/\*! For license information please see (\S+) \*\//, (pointer, file) => {
    const licences = readAsset(file);
    return licences === undefined ? pointer : `/*!\n${licences.replace(/\*\//g, "* /")}\n*/`;
  });
}

/**
 * Replaces `<script ... src="NAME.js"></script>` by the script's text, and puts `icon` (a PNG's
 * bytes) as the page's icon. Used by webpack for dist/lkjip-web.html; pure for the tests.
 */
function inlinePage(html, scripts, iconPng) {
  let page = html.replace(
    /<script\b[^>]*\bsrc=["']?([^"'\s>]+)["']?[^>]*><\/script>/g,
    (whole, src) => {
      const code = scripts[src.replace(/^\.?\//, "")];
      if (code === undefined) throw new Error(`inlineSingleFile: no script ${src} to inline`);
      // A function, so that "$&" and friends in the code are not read as replacement patterns.
      return `<script>${inlineScript(code)}</script>`;
    }
  );
  if (/<script\b[^>]*\bsrc=/i.test(page))
    throw new Error("inlineSingleFile: a script was left outside");
  if (iconPng) {
    const icon = `<link rel="icon" type="image/png" href="data:image/png;base64,${iconPng.toString("base64")}" />`;
    page = page.replace("</head>", () => `${icon}\n</head>`);
  }
  return page;
}

class InlineSingleFilePlugin {
  /** @param {{ html: string, iconPath?: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { html, iconPath } = this.options;
    compiler.hooks.thisCompilation.tap("InlineSingleFile", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        // After minification and after HtmlWebpackPlugin wrote the page.
        { name: "InlineSingleFile", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        async () => {
          const page = compilation.getAsset(html);
          if (!page) return;
          const text = (name) => compilation.getAsset(name)?.source.source().toString();
          const scripts = {};
          for (const asset of compilation.getAssets())
            if (asset.name.endsWith(".js"))
              scripts[asset.name] = withLicences(text(asset.name), text);
          const icon = iconPath
            ? await new Promise((resolve, reject) =>
                compiler.inputFileSystem.readFile(iconPath, (error, data) =>
                  error ? reject(error) : resolve(data)
                )
              )
            : undefined;
          if (iconPath) compilation.fileDependencies.add(iconPath);
          const inlined = inlinePage(page.source.source().toString(), scripts, icon);
          compilation.updateAsset(html, new sources.RawSource(inlined));
          for (const asset of compilation.getAssets())
            if (/\.js(\.map)?$/.test(asset.name) || /\.LICENSE\.txt$/.test(asset.name))
              compilation.deleteAsset(asset.name);
        }
      );
    });
  }
}

module.exports = { InlineSingleFilePlugin, inlinePage, inlineScript, withLicences };
