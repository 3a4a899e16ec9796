import { PENANDATANGAN_FIELDS, type Penandatangan, type Signatures } from "../model/signature";

/**
 * Signature flags: --ttd-<field> for the agency head who signs every table (--ttd-nama,
 * --ttd-jabatan, --ttd-nip, …), --pihak-kedua-<field> for the regional head who countersigns the
 * Perjanjian Kinerja, and --perjanjian-kinerja to write next year's agreement.
 */
const PREFIXES = { pihakPertama: "ttd", pihakKedua: "pihak-kedua" } as const;

export const SIGNATURE_OPTIONS: Record<string, { type: "string" | "boolean" }> = {
  "perjanjian-kinerja": { type: "boolean" },
  ...Object.fromEntries(
    Object.values(PREFIXES).flatMap((prefix) =>
      PENANDATANGAN_FIELDS.map((field) => [`${prefix}-${field}`, { type: "string" as const }])
    )
  ),
};

/** The signers the flags give; undefined when none was typed. */
export function signaturesFromArgs(
  values: Record<string, string | boolean | undefined>
): Signatures | undefined {
  const signatures: Signatures = {};
  for (const [party, prefix] of Object.entries(PREFIXES) as [keyof Signatures, string][]) {
    const signer: Penandatangan = {};
    for (const field of PENANDATANGAN_FIELDS) {
      const value = values[`${prefix}-${field}`];
      if (typeof value === "string" && value.trim() !== "") signer[field] = value.trim();
    }
    if (Object.keys(signer).length > 0) signatures[party] = signer;
  }
  return Object.keys(signatures).length > 0 ? signatures : undefined;
}
