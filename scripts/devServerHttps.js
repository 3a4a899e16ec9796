/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, module, console */
// HTTPS for `npm run dev-server`: the localhost certificate office-addin-dev-certs installs, which
// Office trusts. Without it the server still starts, with a certificate Office refuses: say so.

function loadDevCerts() {
  return require("office-addin-dev-certs");
}

/**
 * webpack-dev-server's `server` option. `load` and `log` are parameters for the tests; by default
 * the real package and the console.
 */
async function devServerHttps(port, load = loadDevCerts, log = console) {
  let devCerts;
  try {
    devCerts = load();
  } catch {
    log.warn(
      "office-addin-dev-certs is not installed (run `npm ci`): serving with a self-signed certificate that Office will not trust."
    );
    return { type: "https" };
  }
  let trusted = false;
  try {
    trusted = Boolean(await devCerts.verifyCertificates());
  } catch {
    trusted = false;
  }
  if (!trusted) {
    log.warn(
      `The localhost development certificate is not installed or not trusted: run \`npx office-addin-dev-certs install\` once, then restart. Until then Office refuses https://localhost:${port}.`
    );
    return { type: "https" };
  }
  const options = await devCerts.getHttpsServerOptions();
  log.log(`Serving https://localhost:${port} with the trusted development certificate.`);
  return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
}

module.exports = { devServerHttps };
