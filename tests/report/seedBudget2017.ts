/** Seed budget table (LKjIP 2018 Dinas Sosial Kota Probolinggo, section 3.2), as extracted: No, Program/Kegiatan, Pagu, Realisasi, %. */
export const SEED_BUDGET_2017_TSV = `1	PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN	Rp 1.283.419.000	Rp 1.208.788.704	94,19%
	Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik	Rp 126.000.000	Rp 106.988.882	84,91%
	Rapat-Rapat Koordinasi dan Konsultasi ke Luar Daerah	Rp 581.910.000	Rp 565.581.844	97,19%
	Penunjang Administrasi dan Operasional Rutin Kantor/Kedinasan	Rp 575.509.000	Rp 536.217.978	93,17%
2	PROGRAM PENINGKATAN ANSARAN DAN PRASARANA APARATUR	Rp 1.292.095.000	Rp 1.250.997.289	96,82%
	Pembangunan Gedung Kantor	Rp 230.000.000	Rp 228.951.000	99,54%
	Pengadaan Kendaraan Dinas/Operasional	Rp 340.000.000	Rp 327.333.000	96,27%
	Pengadaan Mebelur	Rp 96.000.000	Rp 95.040.000	99,00%
	Pengadaan Alat Kantor, Alat Rumah Tangga, Alat Studio dan Alat Komunikasi	Rp 278.000.000	Rp 261.649.489	94,12%
	Pemeliharaan Rutin/Berkala Gedung Kantor	Rp 180.095.000	Rp 179.428.000	99,63%
	Pemeliharaan Rutin/Berkala Mobil Jabatan	Rp 29.000.000	Rp 28.315.000	97,64%
	Pemeliharaan Rutin/Berkala Kendaraan Dinas/Operasional	Rp 66.000.000	Rp 59.885.800	90,74%
	Pemeliharaan Rutin/Berkala Alat Kantor, Alat Rumah Tangga, Alat Studio dan Alat Komunikasi	Rp 65.000.000	Rp 62.395.000	95,99%
	Pemeliharaan Rutin/Berkala Tamandan Penjagaan, Gerbang dan Pagar, Pavingisasi dll)	Rp 8.000.000	Rp 8.000.000	100,00%
3	PROGRAM PENINGKATAN DISIPLIN APARATUR	Rp 126.037.150	Rp 123.724.000	98,16%
	Pengadaan Pakaian Kerja Lapangan, Pakaian KORPRI, Pakaian Khusus Hari-hari Tertentu, Pakaian Olah Raga dll	Rp 28.000.000	Rp 27.895.000	99,63%
	Penyelenggaraan Peringatan dan Upacara Hari-hari Besar Nasional	Rp 1.500.000	Rp 1.315.000	87,67%
	Penyelenggaraan Peringatan dan Upacara Hari Jadi Kota Probolinggo	Rp 30.000.000	Rp 29.414.000	98,05%
	Pembinaan Kepegawaian	Rp 66.537.150	Rp 65.100.000	97,84%
4	PROGRAM PENINGKATAN PENGEMBANGAN SISTEM LAPORAN CAPAIAN KINERJADAN KEUANGAN	Rp 391.440.000	Rp 378.160.500	96,61%
	Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD	Rp 5.000.000	Rp 4.998.000	99,96%
	Penyusunan Laporan Keuangan Semesteran	Rp 6.000.000	Rp 5.988.000	99,80%
	Penyusunan Pelaporan Keuangan Akhir Tahun	Rp 3.000.000	Rp 2.920.000	97,33%
	Penyusunan Rencana Kerja Anggaran (RKA) dan RAPBDSKPD	Rp 10.000.000	Rp 9.998.000	99,98%
	Penyusunan Rencana Strategi (Renstra), Rencana Kerja Pemerintah Daerah (RKPD) dan Dokumen Perencanaan Lainnya	Rp 3.500.000	Rp 3.483.000	99,51%
	Penyusunan Indeks Kepuasan Masyarakat (IKM)	Rp 5.900.000	Rp 5.884.000	99,73%
	Monitoring, Evaluasi dan Pelaporan	Rp 50.000.000	Rp 49.480.000	98,96%
	Fasilitasi Hasil Pembinaan Kepada Penyandang Masalah Kesejahteraan Sosial (PMKS)	Rp 60.000.000	Rp 58.887.500	98,15%
	Verifikasi dan Validasi Data Kemiskinan (PMKS dan PBI)	Rp 248.040.000	Rp 236.522.000	95,36%
5	PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL	Rp 1.342.217.500	Rp 1.055.179.415	78,61%
	Pelayanan dan Rehabilitasi Bebas Warga Binaan Lembaga Masyarakat (B WBLP)	Rp 40.000.000	Rp 12.209.000	30,52%
	Pelayanan dan Rehabilitasi Sosial Korban HIV/AIDS (ODHA)	Rp 15.000.000	Rp 7.635.500	50,90%
	Pelayanan dan Rehabilitasi Sosial Tuna Sosial (Gepeng, Eks Psikotik, Narapidana, NAPZA dan Tuna Susila)	Rp 170.000.000	Rp 72.957.240	42,92%
	Penunjang Operasional Shelter	Rp 75.000.000	Rp 61.450.000	81,93%
	Rehabilitasi dan Penyantunan Sosial Bagi Lanjut Usia	Rp 22.032.500	Rp 15.567.500	70,66%
	Pelayanan dan Rehabilitasi Sosial Penyandang Disabilitas	Rp 374.140.000	Rp 302.741.300	80,92%
	Pelayanan dan Rehabilitasi Sosial Anak Berkebutuhan Khusus	Rp 55.380.000	Rp 50.931.300	91,97%
	Deteksi Dini Penyandang Disabilitas Rehabilitasi Berbasis Masyarakat (RBM)	Rp 10.555.000	Rp 6.275.000	59,45%
	Optimalisasi Penanganan PMKS Oleh Komite PMKS	Rp 50.000.000	Rp 47.812.500	95,63%
	Bantuan Peralatan Usahadan Alat Bantu Lanjut Usia	Rp 88.110.000	Rp 79.056.000	89,72%
	Fasilitasi Pembinaan Lingkungan Sosial	Rp 30.000.000	Rp 26.250.000	87,50%
	Pembinaan dan Pelatihan Ketrampilan Bagi Pemulung	Rp 100.000.000	Rp 81.903.500	81,90%
	Pelatihan Wirausaha Mandiri bagi Penyandang Disabilitas	Rp 100.000.000	Rp 95.574.000	95,57%
	Pelatihan Wirausaha Mandiri bagi Penyandang Masalah Kesejahteraan Sosial	Rp 212.000.000	Rp 194.816.575	91,89%
6	PROGRAM PEMBERDAYAAN KELEMBAGAAN	Rp 255.467.500	Rp 217.752.500	85,24%
	Pembinaan Organisasi Sosial (Karang Taruna, Karang Werda)	Rp 95.467.500	Rp 73.951.500	77,46%
	Peningkatan Kinerja Tenaga Kesejahteraan Sosial Kecamatan (TKSK) dan Pekerja Sosial Masyarakat (PSM)	Rp 50.000.000	Rp 47.012.500	94,03%
	Pembinaan dan Sosialisasi Lembaga Kesejahteraan Sosial	Rp 110.000.000	Rp 96.788.500	87,99%
7	PROGRAM PENINGKATAN KEBERDAYAAN MASYARAKAT	Rp 504.960.000	Rp 356.314.791	70,56%
	Pelestarian Nilai-Nilai Kepahlawanan	Rp 100.000.000	Rp 85.789.791	85,79%
	Peringatan Hari Kesetiakawanan Sosial Nasional (HKSNS)	Rp 30.000.000	Rp 24.625.000	82,08%
	Operasional dan Pemeliharaan Taman Makam Pahlawan (TMP)	Rp 75.000.000	Rp 72.935.000	97,25%
	Bulan Bhakti Gotong Royong Masyarakat (BBGRM)	Rp 250.460.000	Rp 138.465.000	55,28%
	Pemberdayaan Kepala Rumah Tangga Perempuan/Janda	Rp 49.500.000	Rp 34.500.000	69,70%
8	PROGRAM PENGEMBANGAN KAPASITAS DALAM RANGKAPENGENTASAN KEMISKINAN	Rp 1.204.577.622	Rp 1.133.856.330	94,13%
	Fasilitasi Manajemen Usaha Bagi Keluarga Miskin	Rp 50.000.000	Rp 46.487.500	92,98%
	Pemberdayaan Sosial Melalui Kelompok Usaha Bersama (KUBE)	Rp 75.000.000	Rp 73.237.500	97,65%
	Kemandirian Usaha Bagi Fakir Miskin	Rp 55.000.000	Rp 45.437.500	82,61%
	Pengadaan Saran dan Prasarana Pendukung Usaha Bagi Keluarga Miskin	Rp 100.000.000	Rp 92.229.160	92,23%
	Bantuan Peralatan Bagi Fakir Miskin	Rp 300.000.000	Rp 279.911.500	93,30%
	Pembinaan dan Pelatihan Keterampilan Kerja bagi Tenaga Kerja dan Masyarakat melalui	Rp 233.170.000	Rp 216.275.850	92,75%
	Bantuan Raskin	Rp 198.000.000	Rp 197.459.820	99,73%
	Operasional Penyaluran Raskin	Rp 193.407.622	Rp 182.817.500	94,52%
9	PROGRAM PEMENUHAN PELAYANAN DASAR DAN JAMINAN SOSIAL	Rp 695.301.450	Rp 544.129.480	78,26%
	Program Keluarga Harapan	Rp 92.320.000	Rp 32.723.000	35,45%
	Jaminan dan Perlindungan Sosial Bagi Lanjut Usia	Rp 90.000.000	Rp 60.663.780	67,40%
	Jaminan dan Perlindungan Sosial Bagi Anak Terlantar dan Anak Yatim (Termasuk PKSA)	Rp 93.582.450	Rp 93.582.450	100,00%
	Advokasi dan Perlindungan Sosial Bagi Anak Bermasalah dengan Hukum	Rp 20.000.000	Rp 16.269.000	81,35%
	Peningkatan Kompetensi Bagi Pendamping PKH	Rp 45.000.000	Rp 34.271.250	76,16%
	Pemantapan Wawasan dan Keterampilan Bagi Taruna Siaga Bencana (TAGANA)	Rp 55.337.500	Rp 51.561.000	93,18%
	Bimbingan Teknis Penanggulangan Bencana	Rp 48.861.500	Rp 43.061.500	88,13%
	Lembaga Konsultasi Kesejahteraan Keluarga (LK3)	Rp 136.975.000	Rp 115.187.500	84,09%
	Isbat Nikah Massal	Rp 113.225.000	Rp 96.810.000	85,50%
		Rp 7.095.515.222	Rp 6.268.903.009	88,35%`;
