/**
 * Who signs the printed tables: place and date, position ("Kepala Dinas Sosial Kota …"), name,
 * rank (pangkat/golongan) and NIP. Given once in the pane (saved in the workbook), by command-line
 * flags or in a "Penandatangan" block of the input workbook; nothing is printed when none is given.
 */
export const PENANDATANGAN_FIELDS = [
  "tempat",
  "tanggal",
  "jabatan",
  "nama",
  "pangkat",
  "nip",
] as const;
export type PenandatanganField = (typeof PENANDATANGAN_FIELDS)[number];
export type Penandatangan = Partial<Record<PenandatanganField, string>>;

export interface Signatures {
  /** The head of the agency: signs every table, and is Pihak Pertama of the Perjanjian Kinerja. */
  pihakPertama?: Penandatangan;
  /** The regional head (Bupati/Walikota) who countersigns the Perjanjian Kinerja: Pihak Kedua. */
  pihakKedua?: Penandatangan;
}

/** Field by field, `over` wins where it has text; null when nothing is left. */
export function mergePenandatangan(
  under: Penandatangan | undefined,
  over: Penandatangan | undefined
): Penandatangan | undefined {
  const merged: Penandatangan = {};
  for (const field of PENANDATANGAN_FIELDS) {
    const value = over?.[field]?.trim() || under?.[field]?.trim();
    if (value) merged[field] = value;
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
}

export function mergeSignatures(
  under: Signatures | undefined,
  over: Signatures | undefined
): Signatures {
  const pihakPertama = mergePenandatangan(under?.pihakPertama, over?.pihakPertama);
  const pihakKedua = mergePenandatangan(under?.pihakKedua, over?.pihakKedua);
  return { ...(pihakPertama ? { pihakPertama } : {}), ...(pihakKedua ? { pihakKedua } : {}) };
}

/** Signers stored by the pane (or typed by hand): anything that is not text is left out. */
export function parseSignatures(value: unknown): Signatures {
  const parsed: Signatures = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return parsed;
  for (const party of ["pihakPertama", "pihakKedua"] as const) {
    const stored = (value as Record<string, unknown>)[party];
    if (!stored || typeof stored !== "object") continue;
    const signer: Penandatangan = {};
    for (const field of PENANDATANGAN_FIELDS) {
      const text = (stored as Record<string, unknown>)[field];
      if (typeof text === "string" && text.trim() !== "") signer[field] = text.trim();
    }
    if (Object.keys(signer).length > 0) parsed[party] = signer;
  }
  return parsed;
}
