import type { Penandatangan, Signatures } from "../model/signature";
import { tableText } from "./context";
import type { SignatureBlock } from "./tableSpec";

/** Blank lines between the position and the name: room for the signature and the stamp. */
const SIGNING_SPACE = 3;

/**
 * The lines of one signature block as LKjIP documents print them: place and date, a heading
 * (Pihak Pertama,) when given, the position, room to sign, the name in bold, the rank, the NIP.
 */
export function signatureLines(
  signer: Penandatangan,
  options: { dated?: boolean; heading?: string } = {}
): SignatureBlock["lines"] {
  const lines: SignatureBlock["lines"] = [];
  const dated = [signer.tempat, signer.tanggal].filter(Boolean).join(", ");
  if (options.dated !== false) lines.push({ text: dated });
  if (options.heading) lines.push({ text: options.heading });
  if (signer.jabatan) lines.push({ text: signer.jabatan });
  for (let i = 0; i < SIGNING_SPACE; i++) lines.push({ text: "" });
  if (signer.nama) lines.push({ text: signer.nama, bold: true });
  if (signer.pangkat) lines.push({ text: signer.pangkat });
  if (signer.nip) lines.push({ text: tableText("report.signature.nip", { nip: signer.nip }) });
  return lines;
}

/** Under every table: the agency head's block on the right; none when nobody is given. */
export function tableSignatures(signatures: Signatures | undefined): SignatureBlock[] {
  const signer = signatures?.pihakPertama;
  return signer ? [{ side: "right", lines: signatureLines(signer) }] : [];
}

/**
 * Under the Perjanjian Kinerja, as the seed prints it: Pihak Kedua (the regional head) on the
 * left, Pihak Pertama (the agency head, dated) on the right, their names on the same row.
 */
export function agreementSignatures(signatures: Signatures | undefined): SignatureBlock[] {
  const blocks: SignatureBlock[] = [];
  const kedua = signatures?.pihakKedua;
  const pertama = signatures?.pihakPertama;
  if (kedua) {
    // No date on the left: an empty first line keeps the two blocks' rows level.
    const lines = signatureLines(kedua, { heading: tableText("report.signature.pihakKedua") });
    lines[0] = { text: "" };
    blocks.push({ side: "left", lines });
  }
  if (pertama) {
    blocks.push({
      side: "right",
      lines: signatureLines(pertama, { heading: tableText("report.signature.pihakPertama") }),
    });
  }
  return blocks;
}
