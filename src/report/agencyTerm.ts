/**
 * What the agency is called in the report of a given year. PP 41/2007 named a regional agency
 * "Satuan Kerja Perangkat Daerah" (SKPD); PP 18/2016 on Perangkat Daerah replaced it, and the new
 * organisations took effect from 1 January 2017 (their regional regulations were due by the end of
 * 2016). Reports of 2017 and later say "Perangkat Daerah"; earlier years keep "SKPD".
 */
export const PERANGKAT_DAERAH_FROM = 2017;

export function agencyTerm(tahun: number): "SKPD" | "Perangkat Daerah" {
  return tahun >= PERANGKAT_DAERAH_FROM ? "Perangkat Daerah" : "SKPD";
}
