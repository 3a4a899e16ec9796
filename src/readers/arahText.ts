import type { SourcedText } from "../model/cellRef";
import type { Finding } from "../model/finding";
import type { Arah } from "../model/indicators";

const UP =
  /^(?:naik|meningkat|peningkatan|positif|maksimal|maksimum|max|tinggi|lebih tinggi|semakin tinggi|↑|\+|up|higher)$/;
const DOWN =
  /^(?:turun|menurun|penurunan|negatif|minimal|minimum|min|rendah|lebih rendah|semakin rendah|↓|-|down|lower)$/;
/** Capaian as target/realisasi: the ratio form of "turun" (DOMAIN.md). */
const RATIO = /\brasio\b|\bt\s*\/\s*r\b|target\s*\/\s*realisasi|turun_rasio/;
/** Capaian as realisasi/target: says nothing beyond "naik". */
const PLAIN = /\br\s*\/\s*t\b|realisasi\s*\/\s*target/;

/** What many sheets put in a cell to say "nothing here": a dash, "n/a", "tidak ada". */
const PLACEHOLDER = /^(?:[-–—]+|n\s*\/\s*a|n\.a\.?|tidak ada|tdk ada)$/;

/** An Arah cell holding only a placeholder ("-", "—", "n/a", "tidak ada") is an empty Arah. */
export function isArahPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.toLowerCase().replace(/\s+/g, " ").trim());
}

/**
 * An Arah typed in a cell, read by its leading word: "Naik (target/realisasi)" is naik. What the
 * rest of the cell says against the leading word (another direction, the other formula) is
 * reported as ambiguous with the reading taken; a cell with no known leading word is reported and
 * taken as naik.
 */
export function parseArah(arah: SourcedText, findings: Finding[]): Arah {
  const value = arah.text.toLowerCase().replace(/\s+/g, " ").trim();
  if (value === "turun_rasio") return "turun_rasio";
  const lead = leadingWord(value);
  const rest = value.slice(lead.length);
  const mentions = (pattern: RegExp) => firstWords(rest).some((word) => pattern.test(word));
  const report = (code: string, taken: Arah): Arah => {
    findings.push({
      severity: "warning",
      code,
      ref: arah.ref,
      params: { text: arah.text, arah: taken },
    });
    return taken;
  };
  if (UP.test(lead)) {
    return mentions(DOWN) || RATIO.test(rest) ? report("finding.arahAmbiguous", "naik") : "naik";
  }
  if (DOWN.test(lead)) {
    const taken: Arah = RATIO.test(rest) ? "turun_rasio" : "turun";
    return mentions(UP) || PLAIN.test(rest) ? report("finding.arahAmbiguous", taken) : taken;
  }
  if (RATIO.test(value)) return report("finding.arahAmbiguous", "turun_rasio");
  return report("finding.arahUnknown", "naik");
}

/** The cell's first word, or a two-word phrase ("lebih tinggi"), or its leading arrow or sign. */
function leadingWord(value: string): string {
  const sign = /^[↑↓+-]/.exec(value);
  if (sign) return sign[0];
  const words = value.split(/[^a-z_]+/).filter(Boolean);
  if (words.length >= 2) {
    const pair = `${words[0]} ${words[1]}`;
    if (UP.test(pair) || DOWN.test(pair)) {
      return value.slice(0, value.indexOf(words[1]) + words[1].length);
    }
  }
  const first = /^[a-z_]+/.exec(value);
  return first ? first[0] : "";
}

function firstWords(text: string): string[] {
  const words = text.split(/[^a-z_↑↓]+/).filter(Boolean);
  const pairs = words.slice(1).map((word, index) => `${words[index]} ${word}`);
  return [...words, ...pairs, ...[...text].filter((c) => c === "↑" || c === "↓")];
}
