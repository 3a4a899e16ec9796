import type { MessageTable } from "../messageTable";

/** Messages of the task pane and the web tool. Placeholders: {name}. */
export const uiMessages = {
  "ui.title": { id: "Tabel LKjIP", en: "LKjIP tables" },
  "ui.intro.excel": {
    id: "Menyusun tabel kinerja LKjIP dari lembar realisasi anggaran dan indikator kinerja di workbook ini.",
    en: "Builds the LKjIP performance tables from the budget realization and indicator sheets in this workbook.",
  },
  "ui.intro.web": {
    id: "Halaman ini bekerja tanpa add-in, untuk Excel yang tidak dapat menjalankannya (mis. Excel 2016 dan 2019). Pilih berkas .xlsx Anda: berkas diolah di peramban ini saja dan tidak diunggah ke mana pun. Setelah tabel dibuat, unduh workbook yang sudah berisi tabel.",
    en: "This page works without the add-in, for Excel versions that cannot run it (e.g. Excel 2016 and 2019). Choose your .xlsx file: it is processed in this browser only and is not uploaded anywhere. Once the tables are made, download the workbook with the tables.",
  },
  "ui.web.chooseFile": { id: "Berkas workbook (.xlsx)", en: "Workbook file (.xlsx)" },
  "ui.web.fileLoaded": { id: "Berkas terbuka: {name}", en: "Open file: {name}" },
  "ui.web.loadingFile": { id: "Membuka berkas…", en: "Opening the file…" },
  "ui.web.download": { id: "Unduh {name}", en: "Download {name}" },
  "ui.web.downloadHint": {
    id: "Berkas asli Anda tidak diubah: hasilnya berkas baru berisi lembar Anda ditambah tabel LKjIP.",
    en: "Your original file is not changed: the result is a new file with your sheets plus the LKjIP tables.",
  },
  "ui.section.detected": { id: "Yang terbaca", en: "What was detected" },
  "ui.field.budgetSheet": { id: "Lembar realisasi anggaran", en: "Budget realization sheet" },
  "ui.field.indicatorSheet": { id: "Lembar indikator kinerja", en: "Indicator sheet" },
  "ui.field.year": { id: "Tahun laporan", en: "Report year" },
  "ui.field.year.hint": {
    id: "Bawaan: tahun terakhir yang berisi data.",
    en: "Default: the latest year with data.",
  },
  "ui.option.none": { id: "(tidak ditemukan)", en: "(not found)" },
  "ui.detected.cascading": { id: "Cascading: {sheet}", en: "Cascading: {sheet}" },
  "ui.detected.noCascading": {
    id: "Tidak ada lembar cascading; program dikaitkan ke sasaran dengan aturan bawaan.",
    en: "No cascading sheet; programs are attributed to sasaran by the default rules.",
  },
  "ui.detected.agency": { id: "Instansi: {agency}", en: "Agency: {agency}" },
  "ui.analyze": { id: "Baca ulang workbook", en: "Read the workbook again" },
  "ui.analyzing": { id: "Membaca workbook…", en: "Reading the workbook…" },
  "ui.section.attributions": { id: "Program dan sasarannya", en: "Programs and their sasaran" },
  "ui.attribution.none": { id: "tidak ke sasaran mana pun", en: "no sasaran" },
  "ui.attribution.empty": { id: "Belum ada program yang terbaca.", en: "No programs were read." },
  "ui.attribution.reason.cascading": { id: "menurut cascading", en: "from the cascading sheet" },
  "ui.attribution.reason.routine": {
    id: "program penunjang rutin",
    en: "routine supporting program",
  },
  "ui.attribution.reason.singleSasaran": { id: "satu-satunya sasaran", en: "the only sasaran" },
  "ui.attribution.reason.unmatched": {
    id: "tidak ditemukan di cascading",
    en: "not found in the cascading sheet",
  },
  "ui.attribution.reason.ambiguous": {
    id: "cocok dengan lebih dari satu sasaran",
    en: "matches more than one sasaran",
  },
  "ui.attribution.reason.user": { id: "ditetapkan oleh Anda", en: "set by you" },
  "ui.attribution.choice": {
    id: "Sasaran program {name}",
    en: "Sasaran of program {name}",
  },
  "ui.attribution.choice.auto": { id: "Otomatis: {label}", en: "Automatic: {label}" },
  "ui.attribution.choice.pendukung": {
    id: "Program pendukung (tanpa sasaran)",
    en: "Supporting program (no sasaran)",
  },
  "ui.attribution.matched": { id: 'dicocokkan dengan "{name}"', en: 'matched with "{name}"' },
  "ui.section.indicatorChoices": {
    id: "Arah indikator dan target Renstra",
    en: "Indicator directions and Renstra target",
  },
  "ui.field.renstra": { id: "Target akhir Renstra", en: "End-of-Renstra target" },
  "ui.field.renstra.hint": {
    id: "Lembar indikator tidak mempunyai kolom Target Akhir Renstra; kolom target untuk tahun sesudah tahun laporan tanpa realisasi dapat dipakai.",
    en: "The indicator sheet has no Target Akhir Renstra column; a target column for a year after the report year, with no realisasi, can be used.",
  },
  "ui.renstra.auto": { id: "Otomatis: {label}", en: "Automatic: {label}" },
  "ui.renstra.candidate": { id: "{label} (sel {cell})", en: "{label} (cell {cell})" },
  "ui.renstra.none": {
    id: "Tidak ada (Tabel 3.1.3 dilewati)",
    en: "None (Tabel 3.1.3 is skipped)",
  },
  "ui.arah.title": {
    id: "Indikator tanpa Arah ({count})",
    en: "Indicators without a direction ({count})",
  },
  "ui.arah.hint": {
    id: "Arah ini tidak diketik di lembar indikator. Periksa masing-masing; pilihan Anda dipakai setiap kali tabel dibuat.",
    en: "These directions are not typed in the indicator sheet. Check each one; your choice is used every time the tables are made.",
  },
  "ui.arah.reason.name": {
    id: 'Dari nama indikator ("{word}")',
    en: 'From the indicator\'s name ("{word}")',
  },
  "ui.arah.reason.default": {
    id: "Bawaan: naik (makin tinggi makin baik)",
    en: "Default: naik (higher is better)",
  },
  "ui.arah.select": { id: "Arah {name}", en: "Direction of {name}" },
  "ui.arah.naik": { id: "naik (makin tinggi makin baik)", en: "naik (higher is better)" },
  "ui.arah.turun": {
    id: "turun (makin rendah makin baik)",
    en: "turun (lower is better)",
  },
  "ui.arah.turun_rasio": {
    id: "turun_rasio (target ÷ realisasi)",
    en: "turun_rasio (target ÷ realisasi)",
  },
  "ui.section.choices": { id: "Pilihan", en: "Choices" },
  "ui.section.signature": { id: "Penandatangan", en: "Signatures" },
  "ui.signature.hint": {
    id: 'Blok tanda tangan di bawah setiap tabel. Kosongkan bila tidak perlu; blok "Penandatangan" di buku kerja juga dibaca.',
    en: 'Signature block under every table. Leave empty for none; a "Penandatangan" block in the workbook is read too.',
  },
  "ui.signature.tempat": { id: "Tempat", en: "Place" },
  "ui.signature.tanggal": { id: "Tanggal", en: "Date" },
  "ui.signature.jabatan": { id: "Jabatan", en: "Position" },
  "ui.signature.nama": { id: "Nama", en: "Name" },
  "ui.signature.pangkat": { id: "Pangkat/Golongan", en: "Rank" },
  "ui.signature.nip": { id: "NIP", en: "NIP (civil servant number)" },
  "ui.signature.perjanjianKinerja": {
    id: "Buat juga Perjanjian Kinerja tahun berikutnya",
    en: "Also write next year's Perjanjian Kinerja (performance agreement)",
  },
  "ui.signature.pihakKedua": {
    id: "Pihak Kedua (Kepala Daerah):",
    en: "Second party (regional head):",
  },
  "ui.field.scale": { id: "Skala predikat", en: "Predikat scale" },
  "ui.scale.LKJIP": { id: "LKjIP: >89% Sangat Baik …", en: "LKjIP: >89% Sangat Baik …" },
  "ui.scale.PERMENDAGRI86": {
    id: "Permendagri 86/2017: ≥91% Sangat Tinggi …",
    en: "Permendagri 86/2017: ≥91% Sangat Tinggi …",
  },
  "ui.scale.AKIP": { id: "PermenPAN-RB 88/2021: AA … D", en: "PermenPAN-RB 88/2021: AA … D" },
  "ui.field.efisiensi": { id: "Metode efisiensi", en: "Efisiensi method" },
  "ui.efisiensi.serapan_per_capaian": {
    id: "Serapan ÷ capaian (seperti LKjIP 2018)",
    en: "Absorption ÷ achievement (as in the 2018 LKjIP)",
  },
  "ui.efisiensi.satu_minus": { id: "1 − serapan ÷ capaian", en: "1 − absorption ÷ achievement" },
  "ui.efisiensi.selisih": {
    id: "Capaian − serapan (poin)",
    en: "Achievement − absorption (points)",
  },
  "ui.efisiensi.capaian_per_serapan": { id: "Capaian ÷ serapan", en: "Achievement ÷ absorption" },
  "ui.field.mode": { id: "Isi sel tabel", en: "Table cells hold" },
  "ui.field.rincian": {
    id: "Rincian Tabel 3.2 dan Lampiran",
    en: "Detail of Tabel 3.2 and the Lampiran",
  },
  "ui.field.namaProgram": { id: "Nama program di tabel", en: "Program names in the tables" },
  "ui.namaProgram.renstra": {
    id: "Nama Renstra bila cocok (bawaan)",
    en: "The Renstra's name when matched (default)",
  },
  "ui.namaProgram.anggaran": {
    id: "Nama seperti di lembar anggaran",
    en: "As written in the budget sheet",
  },
  "ui.rincian.auto": {
    id: "Sedalam anggaran (bawaan)",
    en: "As deep as the budget goes (default)",
  },
  "ui.rincian.program": { id: "Program", en: "Programs" },
  "ui.rincian.kegiatan": { id: "Program dan kegiatan", en: "Programs and activities" },
  "ui.rincian.sub_kegiatan": {
    id: "Sampai sub kegiatan",
    en: "Down to sub-activities",
  },
  "ui.mode.formulas": { id: "Rumus Excel ke sel sumber", en: "Excel formulas to the source cells" },
  "ui.mode.values": { id: "Nilai saja", en: "Values only" },
  "ui.mode.functions": {
    id: "Fungsi LKJIP.* (perlu add-in)",
    en: "LKJIP.* functions (need the add-in)",
  },
  "ui.choices.kept.excel": {
    id: "Pilihan disimpan di workbook ini.",
    en: "Choices are kept in this workbook.",
  },
  "ui.choices.kept.web": {
    id: "Pilihan disimpan di peramban ini.",
    en: "Choices are kept in this browser.",
  },
  "ui.section.findings": { id: "Temuan ({count})", en: "Findings ({count})" },
  "ui.findings.none": { id: "Tidak ada temuan.", en: "No findings." },
  "ui.findings.hint.excel": {
    id: "Klik temuan untuk memilih selnya di lembar kerja.",
    en: "Click a finding to select its cell in the sheet.",
  },
  "ui.findings.goTo": { id: "Pilih sel {ref}", en: "Select cell {ref}" },
  "ui.severity.error": { id: "Galat", en: "Error" },
  "ui.severity.warning": { id: "Peringatan", en: "Warning" },
  "ui.severity.info": { id: "Info", en: "Info" },
  "ui.generate": { id: "Buat Tabel LKjIP", en: "Generate LKjIP tables" },
  "ui.progress.reading": { id: "Membaca lembar kerja…", en: "Reading the worksheets…" },
  "ui.progress.building": { id: "Menyusun tabel…", en: "Building the tables…" },
  "ui.progress.writing": { id: "Menulis lembar tabel…", en: "Writing the table sheets…" },
  "ui.progress.saving": { id: "Menyiapkan berkas unduhan…", en: "Preparing the download…" },
  "ui.result.made": { id: "Lembar dibuat ({count})", en: "Sheets made ({count})" },
  "ui.result.skipped": { id: "Dilewati ({count})", en: "Skipped ({count})" },
  "ui.result.goTo": { id: "Buka lembar {sheet}", en: "Go to sheet {sheet}" },
  "ui.result.renamed": {
    id: "Nama {wanted} sudah dipakai lembar Anda; tabel ditulis ke {sheet}.",
    en: "{wanted} is the name of one of your sheets; the table went to {sheet}.",
  },
  "ui.result.nothingMade": {
    id: "Tidak ada tabel yang dapat dibuat. Lihat temuan dan alasan di bawah.",
    en: "No table could be made. See the findings and reasons below.",
  },
  "ui.template": { id: "Buat lembar input", en: "Create input sheets" },
  "ui.template.hint": {
    id: "Untuk instansi yang mulai dari nol: lembar kosong berformat untuk realisasi anggaran dan indikator kinerja.",
    en: "For an agency starting from nothing: empty, formatted sheets for budget realization and indicators.",
  },
  "ui.template.done": {
    id: "Lembar input dibuat: {sheets}.",
    en: "Input sheets created: {sheets}.",
  },
  "ui.section.functions": { id: "Fungsi LKJIP", en: "LKJIP functions" },
  "ui.functions.hint.excel": {
    id: "Pilih sebuah sel, lalu klik Sisipkan pada contoh.",
    en: "Select a cell, then click Insert on an example.",
  },
  "ui.functions.hint.web": {
    id: "Fungsi ini tersedia di Excel 2021, Microsoft 365 dan Excel di web setelah add-in dipasang.",
    en: "These functions work in Excel 2021, Microsoft 365 and Excel on the web once the add-in is installed.",
  },
  "ui.functions.insert": { id: "Sisipkan", en: "Insert" },
  "ui.functions.insertLabel": {
    id: "Sisipkan {formula} ke sel terpilih",
    en: "Insert {formula} into the selected cell",
  },
  "ui.functions.inserted": { id: "{formula} disisipkan.", en: "{formula} inserted." },
  "ui.functions.result": { id: "hasil: {result}", en: "gives {result}" },
  "ui.functions.CAPAIAN": {
    id: 'Capaian kinerja: realisasi ÷ target; arah "turun": (2T − R) ÷ T.',
    en: 'Performance achievement: realisasi ÷ target; arah "turun": (2T − R) ÷ T.',
  },
  "ui.functions.EFISIENSI": {
    id: "Tingkat efisiensi dari capaian kinerja dan serapan anggaran.",
    en: "Efficiency from the achievement and the budget absorption.",
  },
  "ui.functions.PREDIKAT": {
    id: "Predikat sebuah nilai capaian menurut skala.",
    en: "The predikat of an achievement on a scale.",
  },
  "ui.functions.SERAPAN": {
    id: "Serapan anggaran: realisasi ÷ pagu.",
    en: "Budget absorption: realisasi ÷ pagu.",
  },
  "ui.functions.KEMAJUAN": {
    id: "Tingkat kemajuan: realisasi ÷ target akhir Renstra.",
    en: "Progress: realisasi ÷ end-of-Renstra target.",
  },
  "ui.error.title": { id: "Terjadi kesalahan", en: "Something went wrong" },
  "ui.error.hiddenSheet": {
    id: 'Lembar "{sheet}" disembunyikan, jadi sel {cell} tidak dapat ditampilkan. Tampilkan lembarnya dulu (klik kanan tab lembar > Tampilkan).',
    en: 'Sheet "{sheet}" is hidden, so cell {cell} cannot be shown. Unhide the sheet first (right-click a sheet tab > Unhide).',
  },
  "ui.oldBrowser": {
    id: "Panel LKjIP memerlukan Excel dengan Microsoft Edge WebView2; Excel ini membuka add-in dengan Internet Explorer, yang tidak dapat menjalankannya. Gunakan alat web LKjIP (buka taskpane.html di Microsoft Edge, Chrome atau Firefox) atau baris perintah: npx lkjip generate workbook.xlsx.",
    en: "The LKjIP pane needs Excel with Microsoft Edge WebView2; this Excel opens add-ins in Internet Explorer, which cannot run it. Use the LKjIP web tool (open taskpane.html in Microsoft Edge, Chrome or Firefox) or the command line: npx lkjip generate workbook.xlsx.",
  },
  "ui.error.dismiss": { id: "Tutup", en: "Dismiss" },
  "ui.error.withCode": { id: "{message} (kode {code})", en: "{message} (code {code})" },
  "ui.error.unknown": {
    id: "Kesalahan tanpa keterangan.",
    en: "An error without a description.",
  },
  "ui.error.notXlsx": {
    id: 'Berkas {name} tidak dapat dibaca sebagai workbook .xlsx. Buka di Excel, simpan sebagai "Excel Workbook (*.xlsx)", lalu coba lagi.',
    en: '{name} cannot be read as an .xlsx workbook. Open it in Excel, save it as "Excel Workbook (*.xlsx)", then try again.',
  },
  "ui.error.unreadable": {
    id: "{name}: {reason}",
    en: "{name}: {reason}",
  },
  "ui.error.noFile": {
    id: "Pilih berkas .xlsx terlebih dahulu.",
    en: "Choose an .xlsx file first.",
  },
} satisfies MessageTable;
