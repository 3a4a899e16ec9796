import {
  arahFromName,
  HIGHER_IS_BETTER_WORDS,
  LOWER_IS_BETTER_WORDS,
} from "../../src/readers/arahWords";

describe("lower-is-better indicators recognised by name", () => {
  test.each([
    ["Angka Kematian Ibu (AKI)", "angka kematian"],
    ["Angka Kematian Bayi per 1.000 KH", "angka kematian"],
    ["Prevalensi Stunting pada Balita", "prevalensi"],
    ["Persentase Balita Gizi Buruk", "gizi buruk"],
    ["Angka Kesakitan DBD", "angka kesakitan"],
    ["Jumlah Kasus Malaria", "kasus"],
    ["Tingkat Pengangguran Terbuka", "tingkat pengangguran"],
    ["Persentase Penduduk Miskin", "persentase penduduk miskin"],
    ["Angka Putus Sekolah SD/MI", "angka putus sekolah"],
    ["Rasio Gini", "rasio gini"],
    ["Laju Inflasi", "inflasi"],
    ["Rata-rata Lama Pelayanan Perizinan (hari)", "lama pelayanan"],
    ["Waktu Pelayanan KTP-el", "waktu pelayanan"],
    ["Jumlah Temuan BPK", "jumlah temuan"],
    ["Indeks Kemahalan Konstruksi", "indeks kemahalan"],
    ["Luas Kawasan Kumuh (Ha)", "kawasan kumuh"],
    ["Persentase Jalan Kondisi Rusak Berat", "kondisi rusak"],
    ["Luas Genangan di Kawasan Perkotaan", "genangan"],
    ["Tingkat Kehilangan Air PDAM", "kehilangan air"],
  ])("%s -> turun (%s)", (name, word) => {
    expect(arahFromName(name)).toEqual({ arah: "turun", word, source: "vocabulary" });
  });

  test.each([
    "Persentase Penurunan Penduduk Miskin",
    "Cakupan Penemuan Kasus TB",
    "Persentase Kasus Kekerasan yang Ditangani",
    "Persentase Tindak Lanjut Temuan BPK",
    "Persentase Desa Bebas Kumuh",
    "Angka Partisipasi Murni SD",
    "Persentase Jalan Kondisi Mantap",
    "Indeks Kepuasan Masyarakat",
    // A word inside another word is not that word: "kasusnya" is not "kasus".
    "Persentase Kasusnya",
  ])("%s -> nothing said", (name) => {
    expect(arahFromName(name)).toBeNull();
  });

  test("the user's words come first, and may say naik", () => {
    const userWords = [
      { word: "kasus baru", arah: "naik" as const },
      { word: "Angka Rujukan", arah: "turun" as const },
    ];
    expect(arahFromName("Jumlah Kasus Baru TB yang Ditemukan", userWords)).toEqual({
      arah: "naik",
      word: "kasus baru",
      source: "user",
    });
    expect(arahFromName("Angka rujukan puskesmas", userWords)).toEqual({
      arah: "turun",
      word: "Angka Rujukan",
      source: "user",
    });
    expect(arahFromName("Jumlah Kasus DBD", userWords)?.source).toBe("vocabulary");
  });

  test("the lists are lower case words, each said once", () => {
    for (const list of [LOWER_IS_BETTER_WORDS, HIGHER_IS_BETTER_WORDS]) {
      for (const word of list) expect(word).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
      expect(new Set(list).size).toBe(list.length);
    }
  });
});
