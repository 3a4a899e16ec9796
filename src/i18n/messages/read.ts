import type { MessageTable } from "../messageTable";

/**
 * Why a file could not be read as a workbook, each saying what to do. Shown by the command line
 * ("Cannot read the workbook …: {message}") and the web page alike. {limit} is "50 MB" or "300,000".
 */
export const readMessages = {
  "read.error.xls": {
    id: "Berkas ini berformat Excel 97-2003 (.xls). Buka di Excel, lalu simpan sebagai Excel Workbook (.xlsx).",
    en: "This file is in the Excel 97-2003 format (.xls). Open it in Excel, then save it as Excel Workbook (.xlsx).",
  },
  "read.error.encrypted": {
    id: "Berkas ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > Proteksi Buku Kerja > Enkripsi dengan Kata Sandi), lalu simpan sebagai Excel Workbook (.xlsx).",
    en: "This file is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), then save it as Excel Workbook (.xlsx).",
  },
  "read.error.ods": {
    id: "Berkas ini lembar kerja OpenDocument (.ods). Buka di LibreOffice atau Excel, lalu simpan sebagai Excel Workbook (.xlsx).",
    en: "This file is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel, then save it as Excel Workbook (.xlsx).",
  },
  "read.error.xlsb": {
    id: "Berkas ini buku kerja biner Excel (.xlsb). Buka di Excel, lalu simpan sebagai Excel Workbook (.xlsx).",
    en: "This file is an Excel binary workbook (.xlsb). Open it in Excel, then save it as Excel Workbook (.xlsx).",
  },
  "read.error.notWorkbook": {
    id: "Berkas ini bukan buku kerja Excel. Pilih berkas .xlsx, atau buka berkas di Excel lalu simpan sebagai Excel Workbook (.xlsx).",
    en: "This file is not an Excel workbook. Choose an .xlsx file, or open the file in Excel and save it as Excel Workbook (.xlsx).",
  },
  "read.error.truncated": {
    id: "Berkas ini terpotong atau rusak (salinan atau unduhan yang belum selesai?). Salin ulang berkas aslinya, atau buka di Excel lalu simpan sebagai Excel Workbook (.xlsx).",
    en: "This file is cut short or damaged (an unfinished copy or download?). Copy the original again, or open it in Excel and save it as Excel Workbook (.xlsx).",
  },
  "read.error.damaged": {
    id: "Isi berkas ini rusak sehingga tidak dapat dibaca. Buka di Excel (Excel dapat memperbaikinya), lalu simpan sebagai Excel Workbook (.xlsx).",
    en: "The contents of this file are damaged and cannot be read. Open it in Excel (Excel can repair it), then save it as Excel Workbook (.xlsx).",
  },
  "read.error.empty": {
    id: "Berkas ini kosong (0 byte). Pilih buku kerja .xlsx yang berisi data.",
    en: "This file is empty (0 bytes). Choose an .xlsx workbook that holds data.",
  },
  "read.error.tooLarge": {
    id: "Berkas ini melebihi ukuran yang didukung ({limit}). Simpan lembar anggaran dan indikator saja di buku kerja tersendiri, lalu coba lagi.",
    en: "This file is larger than supported ({limit}). Save only the budget and indicator sheets in a workbook of their own, then try again.",
  },
  "read.error.tooManyCells": {
    id: "Buku kerja ini berisi lebih dari {limit} sel terisi, batas yang didukung. Simpan lembar anggaran dan indikator saja di buku kerja tersendiri, lalu coba lagi.",
    en: "This workbook holds more than {limit} filled cells, the supported limit. Save only the budget and indicator sheets in a workbook of their own, then try again.",
  },
  "read.error.hugeMerge": {
    id: 'Lembar "{sheet}" memiliki sel gabungan {range} yang mencakup lebih dari {limit} sel, batas yang didukung. Pisahkan (Unmerge) sel itu atau batasi ke tabelnya, lalu simpan dan coba lagi.',
    en: 'Sheet "{sheet}" has a merged area {range} covering more than {limit} cells, the supported limit. Unmerge it or limit it to its table, then save and try again.',
  },
  "read.error.notAFile": {
    id: '"{file}" bukan berkas biasa (folder, perangkat atau pipa). Sebutkan berkas .xlsx.',
    en: '"{file}" is not a regular file (a folder, device or pipe). Name an .xlsx file.',
  },
  "read.error.notFound": {
    id: 'Berkas "{file}" tidak ditemukan. Periksa nama dan foldernya.',
    en: 'The file "{file}" does not exist. Check its name and folder.',
  },
  "read.error.cannotOpen": {
    id: 'Berkas "{file}" tidak dapat dibuka ({reason}). Periksa izin aksesnya.',
    en: 'The file "{file}" cannot be opened ({reason}). Check its permissions.',
  },
} satisfies MessageTable;
