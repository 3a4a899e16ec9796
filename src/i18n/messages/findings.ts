import type { MessageTable } from "../messageTable";

/**
 * Messages of the readers' findings and sheet detection. Placeholders: {name}. Amounts arrive
 * already formatted ("Rp 1.283.419.000", "94,19%"); {column} is "pagu" or "realisasi".
 */
export const findingsMessages = {
  "finding.notANumber": {
    id: 'Sel ini berisi teks "{text}", bukan angka; nilainya tidak dipakai.',
    en: 'This cell holds the text "{text}", not a number; its value is not used.',
  },
  "finding.dateInNumberCell": {
    id: "Sel ini berisi tanggal ({date}), bukan angka; nilainya tidak dipakai. Ubah format sel menjadi Angka dan periksa isinya.",
    en: "This cell holds a date ({date}), not a number; its value is not used. Format the cell as Number and check what it holds.",
  },
  "finding.repeatedHeader": {
    id: "Baris {row} mengulang judul kolom tabel (baris {header}); baris ini dilewati, bukan dibaca sebagai data.",
    en: "Row {row} repeats the table's column headers (row {header}); it is skipped, not read as data.",
  },
  "finding.hiddenRows": {
    id: "Baris tersembunyi tetap dibaca: {rows}. Tampilkan (Unhide) untuk memeriksa isinya.",
    en: "Hidden rows are read all the same: {rows}. Unhide them to check what they hold.",
  },
  "finding.hiddenColumns": {
    id: "Kolom tersembunyi tetap dibaca: {columns}. Tampilkan (Unhide) untuk memeriksa isinya.",
    en: "Hidden columns are read all the same: {columns}. Unhide them to check what they hold.",
  },
  "finding.textTooLong": {
    id: "Teks sel ini lebih dari 32.767 karakter, batas Excel; hanya 32.767 karakter pertama yang dibaca.",
    en: "This cell's text is longer than Excel's limit of 32,767 characters; only the first 32,767 are read.",
  },
  "finding.errorCell": {
    id: "Sel ini berisi galat {error}; perbaiki rumusnya di lembar sumber.",
    en: "This cell holds the error {error}; fix its formula in the source sheet.",
  },
  "finding.formulaWithoutValue": {
    id: "Rumus {formula} belum mempunyai nilai terhitung; buka dan simpan berkas ini di Excel terlebih dahulu.",
    en: "Formula {formula} has no calculated value; open and save the file in Excel first.",
  },
  "finding.negativeAmount": {
    id: 'Nilai {column} negatif untuk "{name}": {value}.',
    en: 'Negative {column} for "{name}": {value}.',
  },
  "finding.missingAmount": {
    id: '"{name}" tidak mempunyai pagu maupun realisasi.',
    en: '"{name}" has neither pagu nor realisasi.',
  },
  "finding.realisasiAbovePagu": {
    id: 'Realisasi "{name}" ({realisasi}) melebihi pagu ({pagu}).',
    en: 'Realisasi of "{name}" ({realisasi}) is above its pagu ({pagu}).',
  },
  "finding.percentMismatch": {
    id: 'Persentase "{name}" tertulis {stated}, padahal realisasi/pagu = {computed}.',
    en: 'The percentage of "{name}" says {stated}, but realisasi/pagu is {computed}.',
  },
  "finding.sumMismatch": {
    id: 'Jumlah {column} "{name}" tertulis {stated}, tetapi jumlah rinciannya {sum} (selisih {difference}).',
    en: 'The {column} of "{name}" says {stated}, but its items add up to {sum} (difference {difference}).',
  },
  "finding.totalMismatch": {
    id: "Baris jumlah {column} tertulis {stated}, tetapi jumlah program {sum} (selisih {difference}).",
    en: "The total row's {column} says {stated}, but the programs add up to {sum} (difference {difference}).",
  },
  "finding.duplicateRow": {
    id: '"{name}" muncul dua kali (pertama di {first}).',
    en: '"{name}" appears twice (first at {first}).',
  },
  "finding.orphanKegiatan": {
    id: 'Kegiatan "{name}" tidak berada di bawah program mana pun; baris ini dilewati.',
    en: 'Kegiatan "{name}" is not under any program; the row is skipped.',
  },
  "finding.levelsUnknown": {
    id: "Baris program dan kegiatan tidak dapat dibedakan (tidak ada kolom No, kode, huruf tebal, atau awalan PROGRAM); semua baris dianggap program.",
    en: "Program and kegiatan rows cannot be told apart (no No column, codes, bold or PROGRAM prefix); every row is taken as a program.",
  },
  "finding.budgetEmpty": {
    id: 'Lembar "{sheet}" mempunyai judul kolom anggaran tetapi tidak ada baris program.',
    en: 'Sheet "{sheet}" has budget headers but no program rows.',
  },
  "finding.yearConflict": {
    id: 'Nama lembar "{sheet}" menyebut tahun {sheetYear}, judulnya menyebut {titleYear}; dipakai {sheetYear}.',
    en: 'Sheet name "{sheet}" says {sheetYear} but its title says {titleYear}; {sheetYear} is used.',
  },
  "finding.yearMismatch": {
    id: 'Anggaran di "{budgetSheet}" tahun {budgetYear}, tetapi lembar indikator "{indicatorSheet}" hanya memuat tahun {indicatorYears}.',
    en: 'The budget in "{budgetSheet}" is for {budgetYear}, but indicator sheet "{indicatorSheet}" only has {indicatorYears}.',
  },
  "finding.budgetYearMissing": {
    id: "Tidak ada lembar realisasi anggaran tahun {year} (tersedia: {available}); anggaran tahun lain tidak disajikan sebagai tahun {year}.",
    en: "No budget realization sheet for {year} (available: {available}); another year's budget is not presented as {year}'s.",
  },
  "finding.duplicateBudgetYear": {
    id: 'Lembar "{sheet}" memuat anggaran tahun {year} yang sudah dibaca dari "{first}"; lembar ini diabaikan.',
    en: 'Sheet "{sheet}" holds the {year} budget already read from "{first}"; it is ignored.',
  },
  "finding.noBudgetSheet": {
    id: "Tidak ditemukan lembar realisasi anggaran (judul kolom Program/Kegiatan, Pagu/Anggaran, Realisasi).",
    en: "No budget realization sheet found (headers Program/Kegiatan, Pagu/Anggaran, Realisasi).",
  },
  "finding.noIndicatorSheet": {
    id: "Tidak ditemukan lembar indikator kinerja (judul kolom Indikator Kinerja, Target, Realisasi).",
    en: "No performance indicator sheet found (headers Indikator Kinerja, Target, Realisasi).",
  },
  "finding.headerNotUnderstood": {
    id: 'Judul kolom lembar "{sheet}" tidak dikenali; kolom yang tidak ditemukan: {missing}.',
    en: 'The headers of sheet "{sheet}" were not understood; columns not found: {missing}.',
  },
  "finding.sheetMissing": {
    id: 'Lembar "{sheet}" yang dipilih tidak ada di buku kerja.',
    en: 'The chosen sheet "{sheet}" is not in the workbook.',
  },
  "finding.sasaranWithoutIndikator": {
    id: 'Sasaran "{sasaran}" tidak mempunyai indikator kinerja.',
    en: 'Sasaran "{sasaran}" has no performance indicator.',
  },
  "finding.duplicateIndikator": {
    id: 'Indikator "{name}" muncul dua kali pada sasaran yang sama (pertama di {first}).',
    en: 'Indicator "{name}" appears twice under the same sasaran (first at {first}).',
  },
  "finding.indicatorsEmpty": {
    id: 'Lembar "{sheet}" mempunyai judul kolom indikator tetapi tidak ada baris indikator.',
    en: 'Sheet "{sheet}" has indicator headers but no indicator rows.',
  },
  "finding.yearUnknown": {
    id: 'Kolom "{label}" tidak menyebut tahun dan tahun laporan tidak diketahui; kolom ini dilewati.',
    en: 'Column "{label}" names no year and the report year is unknown; the column is skipped.',
  },
  "finding.missingTarget": {
    id: 'Target {year} indikator "{name}" kosong.',
    en: 'The {year} target of indicator "{name}" is empty.',
  },
  "finding.missingRealisasi": {
    id: 'Realisasi {year} indikator "{name}" kosong.',
    en: 'The {year} realisasi of indicator "{name}" is empty.',
  },
  "finding.arahUnknown": {
    id: 'Arah "{text}" tidak dikenali (gunakan naik atau turun); dianggap naik.',
    en: 'Direction "{text}" not recognised (use naik or turun); taken as naik.',
  },
  "finding.arahAmbiguous": {
    id: 'Arah "{text}" tidak jelas; dibaca menurut kata pertamanya sebagai {arah}. Tulis naik, turun atau turun_rasio saja.',
    en: 'Direction "{text}" is ambiguous; read by its leading word as {arah}. Write just naik, turun or turun_rasio.',
  },
  "finding.arahFromName": {
    id: 'Indikator "{name}" tidak mempunyai Arah; karena namanya memuat "{word}", dianggap {arah} (makin rendah makin baik). Bila keliru, isi Arah-nya di lembar indikator atau ubah di panel.',
    en: 'Indicator "{name}" has no direction; as its name contains "{word}", it is taken as {arah} (lower is better). If that is wrong, type its Arah in the indicator sheet or change it in the pane.',
  },
  "finding.arahFromNameNaik": {
    id: 'Indikator "{name}" tidak mempunyai Arah; menurut kata "{word}" pada Kamus Arah, dianggap {arah}.',
    en: 'Indicator "{name}" has no direction; by the word "{word}" of the Kamus Arah sheet, it is taken as {arah}.',
  },
  "finding.arahColumnMissing": {
    id: 'Lembar "{sheet}" tidak mempunyai kolom Arah: {count} indikator (mulai "{name}") dianggap naik (makin tinggi makin baik). Tambahkan kolom Arah atau ubah di panel bila ada yang makin rendah makin baik.',
    en: 'Sheet "{sheet}" has no Arah column: {count} indicators (from "{name}") are taken as naik (higher is better). Add an Arah column, or change in the pane any that is lower-is-better.',
  },
  "finding.arahDefaulted": {
    id: '{count} indikator tanpa Arah (mulai "{name}") dianggap naik (makin tinggi makin baik). Isi kolom Arah atau ubah di panel bila perlu.',
    en: '{count} indicators without a direction (from "{name}") are taken as naik (higher is better). Fill in the Arah column or change them in the pane.',
  },
  "finding.arahWordsRead": {
    id: 'Kamus Arah "{sheet}": {count} kata dipakai untuk indikator tanpa Arah, sebelum daftar bawaan.',
    en: 'Kamus Arah "{sheet}": {count} words are used for indicators without a direction, before the built-in list.',
  },
  "finding.renstraTargetByEvidence": {
    id: 'Kolom "{label}" adalah target untuk tahun sesudah {reportYear} tanpa realisasi, sehingga dipakai sebagai target akhir Renstra {year}. Bila keliru, tambahkan kolom "Target Akhir Renstra" atau pilih kolom lain di panel.',
    en: 'Column "{label}" is a target for a year after {reportYear} with no realisasi, so it is taken as the end-of-Renstra target ({year}). If that is wrong, add a "Target Akhir Renstra" column or choose another column in the pane.',
  },
  "finding.cascadingEmpty": {
    id: 'Lembar cascading "{sheet}" tidak memuat pasangan sasaran dan program.',
    en: 'Cascading sheet "{sheet}" holds no sasaran–program pairs.',
  },
  "finding.cascadingSasaranUnknown": {
    id: 'Sasaran "{sasaran}" di lembar cascading tidak ditemukan di lembar indikator.',
    en: 'Sasaran "{sasaran}" of the cascading sheet is not in the indicator sheet.',
  },
  "finding.cascadingIndikatorUnknown": {
    id: 'Indikator "{indikator}" (sasaran "{sasaran}") di lembar cascading tidak ditemukan di lembar indikator; programnya dihitung untuk seluruh sasaran.',
    en: 'Indicator "{indikator}" (sasaran "{sasaran}") of the cascading sheet is not in the indicator sheet; its program counts for the whole sasaran.',
  },
  "finding.attributionChoiceUnknown": {
    id: 'Program "{name}" Anda tetapkan ke sasaran "{sasaran}", yang tidak ada lagi di lembar indikator; program ini diatribusikan seperti biasa. Pilih sasarannya lagi di panel (bagian Atribusi program).',
    en: 'You set program "{name}" to sasaran "{sasaran}", which the indicator sheet no longer has; the program is attributed as usual. Choose its sasaran again in the pane (Program attributions).',
  },
  "finding.programNotInCascading": {
    id: 'Program "{name}" tidak ditemukan di lembar cascading; anggarannya tidak dialokasikan ke sasaran mana pun.',
    en: 'Program "{name}" is not in the cascading sheet; its budget goes to no sasaran.',
  },
  "finding.programPendukungAsCascading": {
    id: 'Tidak ada lembar cascading: program dialokasikan ke sasaran menurut kolom Program Pendukung di lembar "{sheet}".',
    en: 'No cascading sheet: programs are attributed to sasaran from the Program Pendukung column of sheet "{sheet}".',
  },
  "finding.fuzzyMatch": {
    id: '"{name}" dicocokkan dengan "{matched}" (kemiripan {score}%); periksa kecocokan ini.',
    en: '"{name}" was matched with "{matched}" ({score}% similar); please check it.',
  },
  "finding.needCascading": {
    id: "Ada {count} sasaran tetapi tidak ada lembar cascading (Matriks Renstra), sehingga {programs} program belum dapat dialokasikan. Tambahkan lembar dengan kolom Sasaran dan Program.",
    en: "There are {count} sasaran but no cascading sheet (Matriks Renstra), so {programs} programs cannot be attributed. Add a sheet with columns Sasaran and Program.",
  },
  "finding.attributionSummary": {
    id: "{programs} dari {total} program ({pagu}, tahun {year}) dialokasikan ke sasaran.",
    en: "{programs} of {total} programs ({pagu}, year {year}) are attributed to a sasaran.",
  },
  "finding.readerFailed": {
    id: "Buku kerja tidak dapat dibaca sepenuhnya: {message}",
    en: "The workbook could not be read completely: {message}",
  },
  "finding.detect.budget": {
    id: "Realisasi anggaran: judul kolom di baris {row}: {columns}.",
    en: "Budget realization: headers in row {row}: {columns}.",
  },
  "finding.detect.pagu": {
    id: "Pagu anggaran tanpa realisasi (Perjanjian Kinerja/DPA; untuk Tabel 2.2): judul kolom di baris {row}: {columns}.",
    en: "Budget (pagu) without realization (Perjanjian Kinerja/DPA; for Tabel 2.2): headers in row {row}: {columns}.",
  },
  "finding.detect.indicators": {
    id: "Indikator kinerja: judul kolom di baris {row}: {columns}.",
    en: "Performance indicators: headers in row {row}: {columns}.",
  },
  "finding.detect.cascading": {
    id: "Cascading (Matriks Renstra): judul kolom di baris {row}: {columns}.",
    en: "Cascading (Matriks Renstra): headers in row {row}: {columns}.",
  },
  "finding.detect.notUnderstood": {
    id: "Tampak seperti lembar masukan, tetapi kolom ini tidak ditemukan: {missing}.",
    en: "Looks like an input sheet, but these columns were not found: {missing}.",
  },
  "finding.detect.other": {
    id: "Bukan lembar masukan LKjIP.",
    en: "Not an LKjIP input sheet.",
  },
  "finding.attribution.cascading": {
    id: "menurut lembar cascading",
    en: "from the cascading sheet",
  },
  "finding.attribution.routine": {
    id: "program penunjang rutin, tidak ke sasaran",
    en: "routine support program, to no sasaran",
  },
  "finding.attribution.singleSasaran": {
    id: "satu-satunya sasaran",
    en: "the only sasaran",
  },
  "finding.attribution.unmatched": {
    id: "tidak ditemukan pasangannya",
    en: "no match found",
  },
  "finding.attribution.ambiguous": {
    id: "lebih dari satu sasaran mungkin; perlu lembar cascading",
    en: "several sasaran possible; a cascading sheet is needed",
  },
  "finding.sifatDefaulted": {
    id: 'Sifat indikator "{name}" tidak diisi; dianggap Akhir periode (nilai triwulan terakhir yang berlaku, tidak dijumlahkan). Isi kolom Sifat dengan Kumulatif bila capaian triwulan dijumlahkan.',
    en: 'No Sifat for indicator "{name}"; taken as Akhir periode (the latest quarter\'s value stands, quarters are not added). Type Kumulatif in the Sifat column if its quarters add up.',
  },
  "finding.sifatUnknown": {
    id: 'Sifat "{text}" untuk indikator "{name}" tidak dikenal; dianggap Akhir periode. Isi dengan Kumulatif, Akhir periode, atau Non kumulatif.',
    en: 'Sifat "{text}" of indicator "{name}" is not understood; taken as Akhir periode. Type Kumulatif, Akhir periode or Non kumulatif.',
  },
  "finding.quarterGap": {
    id: '"{name}": {quarter} kosong, padahal {filled} terisi. Isi triwulan ini (0 bila memang tidak ada) atau periksa apakah angkanya bergeser kolom.',
    en: '"{name}": {quarter} is empty while {filled} are filled. Fill this quarter (0 if there was none) or check whether a figure slipped into the next column.',
  },
  "finding.quarterSumAboveAnnual": {
    id: 'Jumlah realisasi triwulan "{name}" ({sum}) melebihi realisasi tahun {year} ({annual}), padahal indikatornya Kumulatif.',
    en: 'The quarters of "{name}" add up to {sum}, above its {year} realisasi ({annual}), yet the indicator is Kumulatif.',
  },
  "finding.quarterSumAboveRealisasi": {
    id: 'Realisasi triwulan "{name}" mencapai {sum}, melebihi realisasi tahunannya ({annual}).',
    en: 'The quarterly realisasi of "{name}" reaches {sum}, above its annual realisasi ({annual}).',
  },
  "finding.realisasiFromQuarters": {
    id: 'Lembar "{sheet}" tidak mempunyai kolom realisasi tahunan; realisasi tahunan diambil dari kolom triwulan ({columns}).',
    en: 'Sheet "{sheet}" has no annual realisasi column; the annual realisasi is taken from the quarterly columns ({columns}).',
  },
} satisfies MessageTable;
