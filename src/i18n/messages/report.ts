import type { MessageTable } from "../messageTable";

/**
 * Messages of the report area: the generated tables (always rendered in Indonesian, the language
 * of the LKjIP document), the Ringkasan sheet, the draft BAB III sentences, the command line and
 * the ribbon command. Placeholders: {name}.
 */
export const reportMessages = {
  // Title block
  "report.title.number": { id: "TABEL {number}", en: "TABLE {number}" },
  "report.title.lampiran": { id: "LAMPIRAN", en: "APPENDIX" },
  "report.title.year": { id: "TAHUN {tahun}", en: "YEAR {tahun}" },
  "report.title.budgetYear": { id: "TAHUN ANGGARAN {tahun}", en: "BUDGET YEAR {tahun}" },
  "report.title.2.2": { id: "PERJANJIAN KINERJA", en: "PERFORMANCE AGREEMENT" },
  "report.title.3.1.1": {
    id: "PERBANDINGAN ANTARA TARGET DAN REALISASI KINERJA",
    en: "PERFORMANCE TARGETS AGAINST RESULTS",
  },
  "report.title.3.1.2": {
    id: "PERBANDINGAN REALISASI KINERJA TAHUN {prev} DAN TAHUN {tahun}",
    en: "PERFORMANCE RESULTS {prev} AND {tahun}",
  },
  "report.title.3.1.2.series": {
    id: "PERBANDINGAN REALISASI KINERJA TAHUN {first} SAMPAI DENGAN TAHUN {tahun}",
    en: "PERFORMANCE RESULTS {first} TO {tahun}",
  },
  "report.title.3.1.9": {
    id: "PERBANDINGAN REALISASI KINERJA DENGAN STANDAR",
    en: "PERFORMANCE RESULTS AGAINST STANDARDS",
  },
  "report.title.pk": {
    id: "LAMPIRAN PERJANJIAN KINERJA TAHUN {tahun}",
    en: "APPENDIX: PERFORMANCE AGREEMENT {tahun}",
  },
  "report.sheet.pk": { id: "Perjanjian Kinerja {tahun}", en: "Perjanjian Kinerja {tahun}" },
  "report.title.3.1.3": {
    id: "PERBANDINGAN REALISASI KINERJA TAHUN {tahun} DENGAN TARGET AKHIR RENSTRA",
    en: "PERFORMANCE RESULTS {tahun} AGAINST THE END-OF-PLAN TARGET",
  },
  "report.title.3.1.4": {
    id: "ALOKASI ANGGARAN PER SASARAN PEMBANGUNAN",
    en: "BUDGET ALLOCATION PER OBJECTIVE",
  },
  "report.title.3.1.5": {
    id: "PERBANDINGAN PENCAPAIAN KINERJA DAN ANGGARAN",
    en: "PERFORMANCE AGAINST BUDGET",
  },
  "report.title.3.1.6": {
    id: "EFISIENSI PENGGUNAAN SUMBER DAYA",
    en: "EFFICIENCY OF RESOURCE USE",
  },
  "report.title.3.1.7": {
    id: "ANALISIS PENYEBAB KEBERHASILAN/PENINGKATAN DAN KEGAGALAN/PENURUNAN KINERJA SERTA SOLUSI",
    en: "CAUSES OF SUCCESS AND FAILURE, AND SOLUTIONS",
  },
  "report.title.3.1.8": {
    id: "ANALISIS PROGRAM DAN KEGIATAN YANG MENUNJANG KEBERHASILAN ATAU KEGAGALAN PENCAPAIAN KINERJA",
    en: "PROGRAMS AND ACTIVITIES BEHIND THE RESULTS",
  },
  "report.title.3.2": { id: "REALISASI ANGGARAN", en: "BUDGET REALIZATION" },
  "report.title.lampiran.pk": { id: "PENGUKURAN KINERJA", en: "PERFORMANCE MEASUREMENT" },

  // Column headers
  "report.col.no": { id: "No", en: "No" },
  "report.col.tujuan": { id: "Tujuan", en: "Goal" },
  "report.col.sasaran": { id: "Sasaran Strategis", en: "Strategic objective" },
  "report.col.indikator": { id: "Indikator Kinerja", en: "Performance indicator" },
  "report.col.target": { id: "Target", en: "Target" },
  "report.col.satuan": { id: "Satuan", en: "Unit" },
  "report.col.realisasi": { id: "Realisasi", en: "Result" },
  "report.col.capaian": { id: "Capaian (%)", en: "Achievement (%)" },
  "report.col.predikat": { id: "Predikat Capaian", en: "Achievement rating" },
  "report.col.ketercapaian": { id: "Keterangan", en: "Target met" },
  "report.col.targetTahun": { id: "Target Tahun {tahun}", en: "Target {tahun}" },
  "report.col.realisasiTahun": { id: "Realisasi Tahun {tahun}", en: "Result {tahun}" },
  "report.col.capaianTahun": { id: "Capaian Tahun {tahun} (%)", en: "Achievement {tahun} (%)" },
  "report.col.perkembangan": {
    id: "Kinerja terhadap Tahun {prev}",
    en: "Performance against {prev}",
  },
  "report.col.selisihStandar": { id: "Selisih", en: "Gap" },
  "report.col.memenuhiStandar": { id: "Keterangan", en: "Meets the standard" },
  "report.col.targetRenstra": {
    id: "Target Akhir Renstra {tahun}",
    en: "End-of-plan target {tahun}",
  },
  "report.col.kemajuan": { id: "Tingkat Kemajuan (%)", en: "Progress (%)" },
  "report.col.anggaranTahun": { id: "Anggaran Tahun {tahun}", en: "Budget {tahun}" },
  "report.col.proporsi": {
    id: "Persentase Anggaran terhadap Anggaran {perangkatDaerah}",
    en: "Share of the {perangkatDaerah} budget",
  },
  "report.group.kinerja": { id: "Kinerja Tahun {tahun}", en: "Performance {tahun}" },
  "report.group.anggaran": { id: "Anggaran Tahun {tahun}", en: "Budget {tahun}" },
  "report.col.alokasi": { id: "Alokasi", en: "Allocation" },
  "report.col.capaianKinerja": { id: "Persentase Capaian Kinerja", en: "Performance achievement" },
  "report.col.serapan": { id: "Persentase Penyerapan Anggaran", en: "Budget absorption" },
  "report.col.efisiensi": { id: "Tingkat Efisiensi", en: "Efficiency" },
  "report.col.analisa": { id: "Analisa Penyebab", en: "Causes" },
  "report.col.solusi": { id: "Solusi", en: "Solutions" },
  "report.col.programKegiatan": { id: "Program/Kegiatan", en: "Program/Activity" },
  "report.col.programKegiatanSub": {
    id: "Program/Kegiatan/Sub Kegiatan",
    en: "Program/Activity/Sub-activity",
  },
  "report.col.kode": { id: "Kode", en: "Code" },
  "report.col.sisa": { id: "Sisa", en: "Unspent" },
  "report.col.program": { id: "Program", en: "Program" },
  "report.col.anggaran": { id: "Anggaran", en: "Budget" },
  "report.col.keterangan": { id: "Keterangan", en: "Remarks" },
  "report.col.pagu": { id: "Pagu", en: "Ceiling" },
  "report.col.persen": { id: "%", en: "%" },
  "report.cell.apbd": { id: "APBD", en: "APBD" },
  "report.cell.total": { id: "JUMLAH", en: "TOTAL" },
  // Pengukuran Kinerja (Lampiran): the period under the title, the block of supporting programs
  "report.period.triwulan": { id: "TRIWULAN {triwulan}", en: "QUARTER {triwulan}" },
  "report.period.tahunAnggaran": { id: "Tahun Anggaran {tahun}", en: "Budget year {tahun}" },
  "report.cell.programPendukung": {
    id: "Program pendukung (tidak diatribusikan ke sasaran)",
    en: "Supporting programs (attributed to no sasaran)",
  },
  "report.cell.programSasaran": {
    id: "Program untuk seluruh indikator sasaran ini",
    en: "Programs serving every indicator of this sasaran",
  },
  "report.note.indicatorWithoutProgram": {
    id: "Indikator tanpa program di Matriks Renstra tidak diberi anggaran (kolom anggaran kosong).",
    en: "An indicator the Matriks Renstra gives no program has no budget (budget cells left empty).",
  },
  "report.note.programRepeated": {
    id: "Program yang mendukung beberapa indikator dicantumkan pada tiap indikator; JUMLAH menghitungnya satu kali.",
    en: "A program serving several indicators is listed under each of them; TOTAL counts it once.",
  },

  // Notes under tables
  "report.note.perkembangan": {
    id: "Naik/Turun/Tetap: kinerja dibandingkan tahun sebelumnya menurut arah indikator; untuk indikator yang makin rendah makin baik (arah turun), nilai yang lebih rendah berarti kinerja naik.",
    en: "Naik/Turun/Tetap (up/down/same): performance against the year before by the indicator's direction; for an indicator where lower is better (arah turun) a lower value means performance went up.",
  },
  "report.note.standar": {
    id: "Selisih = realisasi − {label}. Memenuhi: realisasi sama dengan atau lebih baik dari {label} menurut arah indikator.",
    en: "Gap = result − {label}. Memenuhi (meets): the result equals or beats {label} by the indicator's direction.",
  },
  "report.note.budgetMissing": {
    id: "Realisasi anggaran tahun {tahun} tidak ada di buku kerja; anggaran tahun lain tidak dipakai.",
    en: "The workbook has no budget realization for {tahun}; another year's budget is not used.",
  },
  "report.note.paguMissing": {
    id: 'Pagu anggaran tahun {tahun} tidak ada di buku kerja, sehingga program dan anggarannya tidak dicantumkan. Tambahkan lembar "Perjanjian Kinerja {tahun}" atau "DPA {tahun}" berkolom Program dan Anggaran (pagu), lalu buat tabel lagi.',
    en: 'The workbook has no pagu (budget allocation) for {tahun}, so the programs and their budget are left out. Add a sheet "Perjanjian Kinerja {tahun}" or "DPA {tahun}" with columns Program and Anggaran (pagu), then make the tables again.',
  },
  "report.note.rincian": {
    id: 'Rincian {count} baris di bawahnya ada di lembar "{sheet}" (pilihan rincian).',
    en: 'The {count} lines below them are detailed in the sheet "{sheet}" (detail option).',
  },
  "report.note.efisiensi": {
    id: "Tingkat efisiensi = {method}.",
    en: "Efficiency = {method}.",
  },
  "report.method.serapanPerCapaian": {
    id: "% penyerapan anggaran ÷ % capaian kinerja",
    en: "% budget absorbed ÷ % achievement",
  },
  "report.method.satuMinus": {
    id: "1 − (% penyerapan anggaran ÷ % capaian kinerja)",
    en: "1 − (% budget absorbed ÷ % achievement)",
  },
  "report.method.selisih": {
    id: "% capaian kinerja − % penyerapan anggaran (poin)",
    en: "% achievement − % budget absorbed (points)",
  },
  "report.method.capaianPerSerapan": {
    id: "% capaian kinerja ÷ % penyerapan anggaran",
    en: "% achievement ÷ % budget absorbed",
  },
  "report.note.attribution": {
    id: "Anggaran sasaran = jumlah pagu program yang diatribusikan ke sasaran (lihat Ringkasan).",
    en: "Objective budget = sum of the programs attributed to it (see Ringkasan).",
  },

  // Signature blocks under the tables
  "report.signature.nip": { id: "NIP. {nip}", en: "NIP. {nip}" },
  "report.signature.pihakPertama": { id: "PIHAK PERTAMA,", en: "FIRST PARTY," },
  "report.signature.pihakKedua": { id: "PIHAK KEDUA,", en: "SECOND PARTY," },

  // Why a table was skipped
  "report.skip.noIndicators": {
    id: "Tidak ditemukan lembar indikator kinerja.",
    en: "No performance indicator sheet was found.",
  },
  "report.skip.noIndicatorYear": {
    id: "Tidak ada target maupun realisasi indikator untuk tahun {tahun}.",
    en: "No indicator has a target or result for {tahun}.",
  },
  "report.skip.noPreviousYear": {
    id: "Tidak ada realisasi indikator tahun {prev} sebagai pembanding.",
    en: "No indicator result for {prev} to compare with.",
  },
  "report.skip.noStandardColumn": {
    id: 'Lembar indikator tidak memiliki kolom standar ("Target Nasional", "Standar Nasional", "SPM" atau "Target Provinsi").',
    en: 'The indicator sheet has no standard column ("Target Nasional", "Standar Nasional", "SPM" or "Target Provinsi").',
  },
  "report.skip.noStandardValues": {
    id: 'Kolom "{label}" tidak berisi angka untuk indikator mana pun.',
    en: 'The "{label}" column holds no figure for any indicator.',
  },
  "report.skip.noRenstraTarget": {
    id: "Tidak ada target akhir Renstra pada indikator.",
    en: "No indicator has an end-of-plan (Renstra) target.",
  },
  "report.skip.noBudgetYear": {
    id: "Tidak ada realisasi anggaran tahun {tahun} (tersedia: {available}); anggaran tahun lain tidak disajikan sebagai tahun {tahun}.",
    en: "No budget realization for {tahun} (available: {available}); another year's budget is not presented as {tahun}'s.",
  },
  "report.note.paguPlan": {
    id: 'Anggaran dari lembar "{sheet}" (pagu; realisasi anggaran tahun {tahun} belum ada).',
    en: 'Budget from sheet "{sheet}" (pagu; no budget realization for {tahun} yet).',
  },
  "report.note.analisaUndated": {
    id: 'Analisa di {cell} tidak bertahun dan dianggap ditulis untuk tahun {year}; untuk tahun {tahun} tulis kolom "Analisa Penyebab {tahun}" dan "Solusi {tahun}" pada lembar indikator.',
    en: 'The causes in {cell} have no year and are taken as written for {year}; for {tahun} add columns "Analisa Penyebab {tahun}" and "Solusi {tahun}" to the indicator sheet.',
  },
  "report.note.analisaEmpty": {
    id: 'Analisa penyebab dan solusi tahun {tahun} belum diisi: isi kolom di atas, atau kolom "Analisa Penyebab {tahun}" dan "Solusi {tahun}" pada lembar indikator lalu buat ulang tabel.',
    en: 'Causes and solutions for {tahun} are not filled in: fill the cells above, or columns "Analisa Penyebab {tahun}" and "Solusi {tahun}" in the indicator sheet and generate again.',
  },
  "report.skip.noPrograms": {
    id: "Tidak ada program pendukung: kolom Program Pendukung, cascading dan atribusi anggaran kosong.",
    en: "No supporting programs: no Program Pendukung column, cascading or budget attribution.",
  },
  "report.skip.notAttributed": {
    id: 'Tidak ada program yang dapat dikaitkan ke sasaran ({programs} program), sehingga anggaran tiap sasaran akan 0 dan #DIV/0!. Tambahkan lembar cascading (Matriks Renstra) berkolom Sasaran dan Program, atau isi kolom Program Pendukung di lembar indikator, atau tetapkan sasaran tiap program di panel (bagian "Program dan sasarannya"; pilihan itu disimpan di buku kerja dan dipakai juga oleh baris perintah).',
    en: "No program could be attributed to a sasaran ({programs} programs), so every sasaran's budget would be 0 and #DIV/0!. Add a cascading sheet (Matriks Renstra) with columns Sasaran and Program, or fill in the Program Pendukung column of the indicator sheet, or set each program's sasaran in the pane (section \"Programs and their sasaran\"; the choice is saved in the workbook and used by the command line too).",
  },
  "report.skip.allErrors": {
    id: "Setiap angka tabel ini akan bernilai {error}: periksa sel input yang ditunjuk temuan (target, realisasi, pagu), lalu buat tabel lagi.",
    en: "Every figure of this table would be {error}: check the input cells the findings point to (target, realisasi, pagu), then make the tables again.",
  },
  "report.skip.noYear": {
    id: "Buku kerja tidak memuat tahun data apa pun; pilih tahun laporan.",
    en: "The workbook has no year of data; choose the report year.",
  },
  "report.none": { id: "tidak ada", en: "none" },

  // Ringkasan sheet
  "report.ringkasan.sheet": { id: "Ringkasan", en: "Ringkasan" },
  "report.ringkasan.title": {
    id: "RINGKASAN LKjIP {agency} TAHUN {tahun}",
    en: "LKjIP SUMMARY {agency} {tahun}",
  },
  "report.outcome": {
    id: "Tahun {tahun}: {made} tabel dibuat, {skipped} dilewati, {findings} temuan.",
    en: "{tahun}: {made} tables made, {skipped} skipped; findings: {findings}.",
  },
  "report.ringkasan.settings": {
    id: "Tahun {tahun}; skala predikat {skala}; efisiensi: {efisiensi}; rumus: {mode}.",
    en: "Year {tahun}; rating scale {skala}; efficiency: {efisiensi}; formulas: {mode}.",
  },
  "report.ringkasan.mode.formulas": { id: "rumus Excel bawaan", en: "native Excel formulas" },
  "report.ringkasan.mode.values": { id: "nilai saja", en: "values only" },
  "report.ringkasan.mode.functions": { id: "fungsi LKJIP.*", en: "LKJIP.* functions" },
  "report.ringkasan.made": { id: "Tabel yang dibuat", en: "Tables made" },
  "report.ringkasan.skipped": { id: "Tabel yang dilewati", en: "Tables skipped" },
  "report.ringkasan.findings": { id: "Temuan", en: "Findings" },
  "report.ringkasan.noFindings": { id: "Tidak ada temuan.", en: "No findings." },
  "report.ringkasan.attributions": {
    id: "Atribusi program ke sasaran (periksa)",
    en: "Programs attributed to objectives (please check)",
  },
  "report.ringkasan.narrative": {
    id: "Draf kalimat BAB III (bahasa Indonesia)",
    en: "Draft BAB III sentences (Indonesian)",
  },
  "report.ringkasan.textSources": {
    id: "Angka yang ditulis sebagai nilai, bukan rumus",
    en: "Figures written as values, not formulas",
  },
  "report.ringkasan.textSource": {
    id: "{count} angka diketik sebagai teks ({cells}): tabel memakai nilainya sebagai angka tetap, sehingga tidak ikut berubah bila sel itu diubah. Agar menjadi rumus yang merujuk sel, ubah sel tersebut menjadi angka (mis. ketik ulang 1283419000 dengan format Rp) lalu buat ulang tabel.",
    en: "{count} figures typed as text ({cells}): the tables use their value as a constant, so they do not follow a change to those cells. To get formulas that refer to the cells, make them numbers (e.g. retype 1283419000 with a Rp format) and generate again.",
  },
  "report.ringkasan.col.table": { id: "Tabel", en: "Table" },
  "report.ringkasan.col.sheet": { id: "Lembar", en: "Sheet" },
  "report.ringkasan.col.reason": { id: "Alasan", en: "Reason" },
  "report.ringkasan.col.severity": { id: "Tingkat", en: "Severity" },
  "report.ringkasan.col.location": { id: "Lokasi", en: "Location" },
  "report.ringkasan.col.message": { id: "Pesan", en: "Message" },
  "report.ringkasan.col.program": { id: "Program", en: "Program" },
  "report.ringkasan.col.printedName": { id: "Nama dalam tabel", en: "Name in the tables" },
  "report.ringkasan.namaProgram.renstra": {
    id: "Program yang cocok dengan Matriks Renstra (atau nama baku program rutin) ditulis dengan nama itu di semua tabel; nama di lembar anggaran tetap di kolom Program. Pilihan Nama program (--nama-program anggaran) memakai nama anggaran.",
    en: "Programs matched to the Renstra matrix (or to a standard routine program name) are printed under that name in every table; the budget sheet's name stays in the Program column. The Program names choice (--nama-program anggaran) keeps the budget's names.",
  },
  "report.ringkasan.namaProgram.anggaran": {
    id: "Semua tabel memakai nama program seperti tertulis di lembar anggaran (pilihan Nama program: anggaran).",
    en: "Every table uses the program names as written in the budget sheet (Program names choice: budget).",
  },
  "report.ringkasan.col.sasaran": { id: "Sasaran", en: "Objective" },
  "report.ringkasan.col.basis": { id: "Dasar", en: "Basis" },
  "report.severity.error": { id: "Galat", en: "Error" },
  "report.severity.warning": { id: "Peringatan", en: "Warning" },
  "report.severity.info": { id: "Info", en: "Info" },
  "report.attribution.user": {
    id: "ditetapkan pengguna di panel",
    en: "set by hand in the pane",
  },
  "report.attribution.pendukung": { id: "program pendukung", en: "supporting program" },
  "report.attribution.cascading": { id: "tabel cascading", en: "cascading table" },
  "report.attribution.routine": {
    id: "program penunjang rutin (tidak ke sasaran)",
    en: "routine support program (no objective)",
  },
  "report.attribution.singleSasaran": { id: "satu-satunya sasaran", en: "the only objective" },
  "report.attribution.unmatched": {
    id: "tidak cocok dengan sasaran mana pun",
    en: "matched no objective",
  },
  "report.attribution.ambiguous": { id: "ambigu, perlu diperiksa", en: "ambiguous, please check" },
  "report.renamed": {
    id: 'Lembar "{wanted}" milik Anda tidak diubah; tabel ditulis ke "{sheet}".',
    en: 'Your sheet "{wanted}" was left alone; the table went to "{sheet}".',
  },
  "report.kept": {
    id: 'Lembar "{sheet}" telah Anda ubah sejak dibuat, jadi tidak ditimpa: disimpan sebagai "{to}" dan tabel baru ditulis ke "{sheet}".',
    en: 'You had edited sheet "{sheet}" since it was generated, so it was not overwritten: it is kept as "{to}" and the new table went to "{sheet}".',
  },
  "report.keptInPlace": {
    id: 'Lembar "{sheet}" telah Anda ubah sejak dibuat: lembar itu kini milik Anda dan tidak akan diubah lagi.',
    en: 'You had edited sheet "{sheet}" since it was generated: it is yours now and will not be changed again.',
  },
  "report.unknownFinding": { id: "{code}", en: "{code}" },

  // Draft BAB III sentences (rendered in Indonesian)
  "report.narrative.sasaran": {
    id: 'Sasaran {no}: "{sasaran}".',
    en: 'Objective {no}: "{sasaran}".',
  },
  "report.narrative.capaian": {
    id: 'Indikator "{indikator}" tahun {tahun}: realisasi {realisasi} dari target {target}, capaian {capaian} dengan predikat {predikat}; target {tercapai}.',
    en: 'Indicator "{indikator}" in {tahun}: result {realisasi} against target {target}, achievement {capaian} rated {predikat}; target {tercapai}.',
  },
  "report.narrative.capaianError": {
    id: 'Capaian kinerja indikator "{indikator}" tahun {tahun} belum dapat dihitung ({error}).',
    en: 'The achievement of indicator "{indikator}" in {tahun} cannot be computed ({error}).',
  },
  "report.narrative.perbandingan": {
    id: "Dibandingkan tahun {prev} sebesar {realisasiPrev}, realisasi tahun {tahun} {perubahan} menjadi {realisasi}; kinerja {kinerja}.",
    en: "Against {realisasiPrev} in {prev}, the {tahun} result went {perubahan} to {realisasi}; performance {kinerja}.",
  },
  "report.narrative.deret": {
    id: "Realisasi tahun {first} sampai dengan tahun {tahun} berturut-turut {deret}; dibandingkan tahun {first}, kinerja tahun {tahun} {kinerja}.",
    en: "Results from {first} to {tahun} were {deret}; against {first}, performance in {tahun} is {kinerja}.",
  },
  "report.narrative.perbandinganSama": {
    id: "Realisasi sama dengan tahun {prev}, yaitu {realisasi}.",
    en: "The result is the same as in {prev}: {realisasi}.",
  },
  "report.narrative.kemajuan": {
    id: "Terhadap target akhir Renstra tahun {renstra} sebesar {target}, tingkat kemajuan mencapai {kemajuan}.",
    en: "Against the end-of-plan target for {renstra} of {target}, progress is {kemajuan}.",
  },
  "report.narrative.anggaran": {
    id: "Total anggaran tahun {tahun} sebesar {pagu} dengan realisasi {realisasi} atau {serapan}, melalui {programs} program dan {kegiatan} kegiatan.",
    en: "The {tahun} budget of {pagu} was realized at {realisasi} ({serapan}), through {programs} programs and {kegiatan} activities.",
  },
  "report.narrative.sasaranAnggaran": {
    id: "Anggaran yang mendukung sasaran ini sebesar {anggaran} ({proporsi} dari anggaran {perangkatDaerah}) dengan realisasi {realisasi} atau {serapan}.",
    en: "The budget behind this objective is {anggaran} ({proporsi} of the {perangkatDaerah} budget), realized at {realisasi} ({serapan}).",
  },
  "report.narrative.efisiensi": {
    id: "Tingkat efisiensi sebesar {efisiensi} ({metode}): {makna}.",
    en: "Efficiency is {efisiensi} ({metode}): {makna}.",
  },
  "report.narrative.efisien": {
    id: "anggaran yang terserap lebih kecil daripada capaian kinerja, sumber daya digunakan secara efisien",
    en: "less budget was absorbed than performance achieved: resources were used efficiently",
  },
  "report.narrative.tidakEfisien": {
    id: "anggaran yang terserap tidak lebih kecil daripada capaian kinerja, penggunaan sumber daya belum efisien",
    en: "no less budget was absorbed than performance achieved: resources were not yet used efficiently",
  },
  "report.narrative.noBudget": {
    id: "Realisasi anggaran tahun {tahun} belum tersedia, sehingga analisis anggaran dan efisiensi tahun {tahun} belum dapat disusun.",
    en: "The {tahun} budget realization is not available yet, so the {tahun} budget and efficiency analysis cannot be written.",
  },
  // Command line
  "cli.usage": {
    id: "Pemakaian:\n  npx lkjip generate <masukan.xlsx> [--tahun YYYY] [--out <keluaran.xlsx>] [--skala LKJIP|PERMENDAGRI86|AKIP]\n                     [--efisiensi {methods}] [--mode formulas|values|functions] [--rincian program|kegiatan|sub_kegiatan] [--triwulan 1-4] [--json] [--lang id|en]\n                     [--nama-program renstra|anggaran] [--budget-sheet <lembar>] [--indicator-sheet <lembar>] [--ignore-saved-choices] [--debug]\n                     [--ttd-tempat <kota>] [--ttd-tanggal <tanggal>] [--ttd-jabatan <jabatan>] [--ttd-nama <nama>] [--ttd-pangkat <pangkat>] [--ttd-nip <NIP>]\n                     [--perjanjian-kinerja] [--pihak-kedua-jabatan <jabatan>] [--pihak-kedua-nama <nama>] [--pihak-kedua-nip <NIP>]\n  npx lkjip template <keluaran.xlsx> [--tahun YYYY] [--force]\nKeluaran bawaan: out/<nama-masukan>-lkjip.xlsx. Lembar masukan tidak diubah.\nPilihan yang disimpan panel di buku kerja (Arah, target Renstra, skala, …) dipakai kecuali --ignore-saved-choices; opsi yang Anda tulis didahulukan.",
    en: "Usage:\n  npx lkjip generate <input.xlsx> [--tahun YYYY] [--out <output.xlsx>] [--skala LKJIP|PERMENDAGRI86|AKIP]\n                     [--efisiensi {methods}] [--mode formulas|values|functions] [--rincian program|kegiatan|sub_kegiatan] [--triwulan 1-4] [--json] [--lang id|en]\n                     [--nama-program renstra|anggaran] [--budget-sheet <sheet>] [--indicator-sheet <sheet>] [--ignore-saved-choices] [--debug]\n                     [--ttd-tempat <city>] [--ttd-tanggal <date>] [--ttd-jabatan <position>] [--ttd-nama <name>] [--ttd-pangkat <rank>] [--ttd-nip <NIP>]\n                     [--perjanjian-kinerja] [--pihak-kedua-jabatan <position>] [--pihak-kedua-nama <name>] [--pihak-kedua-nip <NIP>]\n  npx lkjip template <output.xlsx> [--tahun YYYY] [--force]\nDefault output: out/<input-name>-lkjip.xlsx. Input sheets are never changed.\nChoices the pane saved in the workbook (Arah, Renstra target, scale, …) apply unless --ignore-saved-choices; options you type take precedence.",
  },
  "cli.error.arguments": {
    id: "Argumen tidak dikenali: {detail}",
    en: "Unrecognised arguments: {detail}",
  },
  "cli.error.value": {
    id: 'Nilai {option} tidak sah: "{value}" (pilihan: {allowed}).',
    en: 'Invalid value for {option}: "{value}" (allowed: {allowed}).',
  },
  "cli.error.command": {
    id: "Perintah tidak dikenal: {command}",
    en: "Unknown command: {command}",
  },
  "cli.error.missingFile": {
    id: "Perintah {command} memerlukan nama berkas.",
    en: "The {command} command needs a file name.",
  },
  "cli.error.unknownOption": {
    id: "Opsi {option} tidak dikenal; lihat daftar opsi di bawah.",
    en: "Unknown option {option}; see the options below.",
  },
  "cli.error.missingValue": {
    id: "Opsi {option} memerlukan nilai (misalnya {option} 2017).",
    en: "The option {option} needs a value (for instance {option} 2017).",
  },
  "cli.error.extra": {
    id: "Argumen berlebih: {extra}. Nama berkas yang memuat spasi perlu diapit tanda kutip.",
    en: "Unexpected arguments: {extra}. Quote a file name that contains spaces.",
  },
  "cli.error.forceTemplateOnly": {
    id: "--force hanya berlaku untuk perintah template.",
    en: "--force applies to the template command only.",
  },
  "cli.error.sameAsInput": {
    id: 'Berkas keluaran "{file}" adalah berkas masukan itu sendiri; berkas masukan tidak pernah ditimpa. Pilih nama lain dengan --out.',
    en: 'The output "{file}" is the input file itself; the input is never overwritten. Choose another name with --out.',
  },
  "cli.error.exists": {
    id: 'Berkas "{file}" sudah ada dan tidak ditimpa. Pilih nama lain, atau tambahkan --force untuk menggantinya.',
    en: 'The file "{file}" already exists and is not overwritten. Choose another name, or add --force to replace it.',
  },
  "cli.error.system": {
    id: "kesalahan sistem {code} (ruang disk penuh, izin, atau folder tidak ada?)",
    en: "system error {code} (disk full, permissions, or a missing folder?)",
  },
  "cli.error.unexpected": {
    id: "Terjadi kesalahan tak terduga di alat ini. Jalankan ulang dengan --debug dan kirimkan keluarannya kepada pengembang.",
    en: "An unexpected error occurred in this tool. Run again with --debug and send the output to the developers.",
  },
  "cli.error.read": {
    id: 'Tidak dapat membaca buku kerja "{file}": {detail}',
    en: 'Cannot read the workbook "{file}": {detail}',
  },
  "cli.error.write": {
    id: 'Tidak dapat menulis "{file}": {detail}',
    en: 'Cannot write "{file}": {detail}',
  },
  "cli.error.noYear": {
    id: 'Tidak ada tahun data di "{file}"; sebutkan dengan --tahun.',
    en: 'No year of data in "{file}"; give one with --tahun.',
  },
  "cli.error.noTables": {
    id: 'Tidak ada tabel yang dapat dibuat dari "{file}" untuk tahun {tahun}; lihat alasan di atas.',
    en: 'No table could be made from "{file}" for {tahun}; see the reasons above.',
  },
  "cli.heading": { id: 'LKjIP tahun {tahun} dari "{file}"', en: 'LKjIP {tahun} from "{file}"' },
  "cli.savedChoices": {
    id: "Memakai pilihan yang disimpan panel di buku kerja ini (skala {skala}, efisiensi {efisiensi}, mode {mode}, Arah {arah} indikator, target Renstra); opsi baris perintah didahulukan.",
    en: "Using the choices the pane saved in this workbook (scale {skala}, efisiensi {efisiensi}, mode {mode}, Arah of {arah} indicators, Renstra target); command-line options take precedence.",
  },
  "cli.made": { id: "Tabel dibuat ({count}):", en: "Tables made ({count}):" },
  "cli.madeLine": { id: '  {table} -> lembar "{sheet}"', en: '  {table} -> sheet "{sheet}"' },
  "cli.skipped": { id: "Tabel dilewati ({count}):", en: "Tables skipped ({count}):" },
  "cli.skippedLine": { id: "  {table}: {reason}", en: "  {table}: {reason}" },
  "cli.findings": { id: "Temuan ({count}):", en: "Findings ({count}):" },
  "cli.findingLine": {
    id: "  [{severity}] {location}{message}",
    en: "  [{severity}] {location}{message}",
  },
  "cli.written": {
    id: 'Ditulis: {file} (lembar masukan tidak diubah; lihat lembar "Ringkasan").',
    en: 'Written: {file} (input sheets unchanged; see the "Ringkasan" sheet).',
  },
  "cli.templateWritten": {
    id: "Templat masukan ditulis: {file}",
    en: "Input template written: {file}",
  },

  // Ribbon command
  "command.done": {
    id: 'LKjIP {tahun}: {made} tabel dibuat, {skipped} dilewati, {findings} temuan. Lihat lembar "{sheet}".',
    en: 'LKjIP {tahun}: {made} tables made, {skipped} skipped; findings: {findings}. See the "{sheet}" sheet.',
  },
  "command.nothing": {
    id: "Tidak ada tabel LKjIP yang dapat dibuat: {reason}",
    en: "No LKjIP table could be made: {reason}",
  },
  "command.failed": {
    id: "Tabel LKjIP gagal dibuat: {detail}",
    en: "The LKjIP tables could not be made: {detail}",
  },
  "generation.busy": {
    id: "Tabel LKjIP sedang dibuat (dari pita atau panel). Tunggu sampai selesai, lalu coba lagi.",
    en: "The LKjIP tables are being made already (from the ribbon or the pane). Wait until it finishes, then try again.",
  },
} satisfies MessageTable;
