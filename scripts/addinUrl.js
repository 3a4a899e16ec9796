/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
/* global require, module */
// Where the built add-in is served from. manifest.xml is written for development
// (https://localhost:3000/); the build moves every URL under ADDIN_URL when an agency hosts dist/.
const { createHash } = require("crypto");

/** The origin manifest.xml is written for: `npm run dev-server`. */
const DEV_BASE = "https://localhost:3000/";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A mistake in the build's settings: the build stops with this message instead of a broken manifest. */
class AddinUrlError extends Error {}

/**
 * The base URL every file of dist/ is served under, ending in "/". Office loads add-ins only over
 * HTTPS, and a query or fragment would be glued into every file name, so both are refused.
 */
function addinBase(addinUrl, devPort) {
  if (!addinUrl) return `https://localhost:${devPort ?? 3000}/`;
  let url;
  try {
    url = new URL(addinUrl);
  } catch {
    throw new AddinUrlError(
      `ADDIN_URL "${addinUrl}" is not a URL (e.g. https://intranet.example.go.id/lkjip/)`
    );
  }
  if (url.protocol !== "https:")
    throw new AddinUrlError(
      `ADDIN_URL "${addinUrl}" must start with https:// (Office loads add-ins only over HTTPS)`
    );
  if (url.search || url.hash || url.username || url.password)
    throw new AddinUrlError(
      `ADDIN_URL "${addinUrl}" must be a plain folder address, without ?query, #fragment or credentials`
    );
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The add-in Id. Development keeps manifest.xml's. A hosted build gets ADDIN_ID when given, else an
 * Id derived from its URL (name-based, like a UUID v5): the same host always gets the same Id, so an
 * update replaces the add-in staff already have, and it never clashes with a developer's sideload.
 */
function addinId(hostedBase, devId, explicitId) {
  if (explicitId) {
    if (!GUID.test(explicitId))
      throw new AddinUrlError(`ADDIN_ID "${explicitId}" is not a GUID (e.g. ${devId})`);
    return explicitId.toLowerCase();
  }
  if (!hostedBase) return devId;
  const hash = createHash("sha1").update(`lkjip-addin:${hostedBase}`).digest("hex");
  const variant = ((parseInt(hash[16], 16) & 0x3) | 0x8).toString(16);
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${variant}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

const escapeXml = (text) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * manifest.xml with every development URL under `base` and the Id chosen above. AppDomains hold an
 * origin, not a folder: the development origin becomes the host's origin.
 */
function rewriteManifest(manifestXml, { addinUrl, addinId: explicitId, devPort } = {}) {
  const base = addinBase(addinUrl, devPort);
  const devOrigin = DEV_BASE.slice(0, -1);
  const idMatch = /<Id>([^<]*)<\/Id>/.exec(manifestXml);
  if (!idMatch) throw new AddinUrlError("manifest.xml has no <Id>");
  const id = addinId(addinUrl ? base : undefined, idMatch[1], explicitId);
  const rewritten = manifestXml
    .split(DEV_BASE)
    .join(escapeXml(base))
    .replace(/<AppDomain>([^<]*)<\/AppDomain>/g, (whole, domain) =>
      domain === devOrigin ? `<AppDomain>${escapeXml(new URL(base).origin)}</AppDomain>` : whole
    )
    .replace(idMatch[0], `<Id>${id}</Id>`);
  return rewritten;
}

module.exports = { AddinUrlError, DEV_BASE, addinBase, addinId, rewriteManifest };
