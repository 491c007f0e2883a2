"""The rule reference in Indonesian: each rule's summary and explanation.

The examples (``Passing:`` / ``Failing:`` YAML) are the English docstring's own, so the
YAML is the same in both languages; rules.py puts them under ``Lolos:`` and ``Gagal:``.
A rule added to the registry adds its entry here (tests/test_rule_docs_id.py names any
that is missing). FIXABLE says in Indonesian what ``validate --fix`` corrects of a rule.
"""

RULE_DOCS: dict[str, str] = {
    "empty-file": "Berkas tidak memuat dokumen YAML (kosong atau hanya berisi komentar).",
    "file-encoding": """Berkas bukan teks UTF-8 yang sah.

Simpan berkas sebagai UTF-8 (tanda urutan bita/BOM diterima). Temuan ini menunjuk bita
pertama yang bukan UTF-8, yang sering berupa karakter yang ditempel dari dokumen yang
disimpan dengan pengodean lain.""",
    "file-too-large": """Berkas lebih besar dari batas ukuran (10 MB kecuali `--max-bytes` menyatakan lain).

Masterplan dengan seribu program jauh di bawah 1 MB; berkas yang melewati batas ditolak
sebelum dibaca, sehingga berkas yang keliru atau berbahaya tidak dapat menghabiskan memori.""",
    "file-unreadable": """Berkas tidak dapat dibaca (tidak ada, berupa direktori, atau tidak diizinkan).

Periksa jalurnya dan izin berkasnya.""",
    "yaml-alias-budget": """Alias (`*nama`) berkembang menjadi lebih banyak simpul daripada yang diizinkan.

Anchor dan alias boleh mengulang potongan kecil YAML, tetapi dokumen yang aliasnya
berkembang menjadi lebih dari 10.000 simpul (`--alias-budget`) ditolak: inilah serangan
"billion laughs", yang jika dibiarkan akan menghabiskan memori.""",
    "yaml-ambiguous-boolean": """Nilai `yes`, `no`, `on` atau `off` ditulis tanpa tanda kutip.

YAML lama (1.1, dibaca PyYAML dan banyak alat) mengubah kata-kata ini menjadi true atau
false; YAML baru (1.2, dibaca editor) mempertahankannya sebagai teks. Tulis `true` atau
`false` untuk nilai ya/tidak, dan beri tanda kutip jika yang dimaksud adalah teks.""",
    "yaml-ambiguous-number": """Angka ditulis dalam bentuk yang ditafsirkan berbeda oleh pembaca YAML.

`010` bernilai delapan bagi sebagian pembaca dan sepuluh bagi yang lain; `1_000` dan
`1:30` hanya angka dalam YAML lama. Tulis angka desimal biasa (`1000`), atau beri tanda
kutip jika nilainya teks (`"010"`).""",
    "yaml-duplicate-key": """Sebuah kunci muncul dua kali dalam pemetaan yang sama.

Kebanyakan pembaca YAML diam-diam menyimpan nilai terakhir, sehingga salah satunya
hilang. Hapus atau ganti nama salah satunya.""",
    "yaml-invalid-date": "Nilai tampak seperti tanggal (`YYYY-MM-DD`) tetapi bukan hari yang ada di kalender.",
    "yaml-syntax": """Berkas bukan YAML yang tersusun dengan benar.

Pesannya memuat alasan dari YAML sendiri. Penyebab umum: tab dipakai untuk indentasi
(YAML memakai spasi), tanda kutip yang tidak ditutup, titik dua di dalam nilai tanpa
tanda kutip, atau dokumen kedua setelah `---`.""",
    "yaml-tag": """Tag YAML selain `!!str` dipakai.

Tag seperti `!!python/object` meminta pembaca membangun objek program; alat ini tidak
pernah melakukannya, dan menolak berkasnya agar alat lain tidak terkecoh.""",
    "yaml-too-deep": """Koleksi bersarang lebih dari 64 tingkat.

Masterplan bersarang paling banyak sekitar enam tingkat; sarang yang jauh lebih dalam
ditolak sebelum dapat menghabiskan pengurai.""",
    "yaml-too-many-values": """Berkas memuat lebih banyak nilai daripada yang diizinkan.

Masterplan 300 program memuat sekitar 15.000 nilai, yang 10.000 program sekitar 516.500;
berkas dengan lebih dari 750.000 nilai (`--max-values`), atau daftar atau pemetaan
dengan lebih dari 50.000 butir, termasuk kunci berulang (`--max-items`), ditolak
begitu batasnya terlewati.""",
    "control-character": """Teks rencana memuat karakter kendali atau penimpa arah teks (bidi).

Kunci dan nilai teks boleh memuat tab dan baris baru, tetapi tidak karakter kendali lain
(ESC, BEL, NUL, kendali C1 U+0080 sampai U+009F) maupun karakter yang mengubah urutan
teks (U+202A sampai U+202E, U+2066 sampai U+2069, U+200E, U+200F, U+061C). Karakter ini
tidak terlihat di editor; di terminal dapat menghapus atau menimpa baris, dan di laporan
dapat menampilkan nama terbalik. Alat ini menuliskannya secara kasatmata (`\\x1b`,
`\\u202e`) di mana pun teks rencana ditampilkan; hapus dari berkasnya. Temuan menyebut
titik kodenya dan letak karakter di dalam nilai.""",
    "format-version": """`format` menyebut versi format berkas yang tidak dibaca alat ini.

Alat ini membaca format 1. Berkas yang lebih baru memerlukan smartcity yang lebih baru;
berkas yang lebih lama ditingkatkan dengan `smartcity migrate`.""",
    "invalid-value": "Nilai bukan salah satu pilihan yang diperbolehkan, atau tidak berbentuk yang disyaratkan.",
    "missing-key": """Kunci wajib tidak ada.

Setiap pemetaan memiliki kunci yang harus ada (program memerlukan `id`, `name`,
`pillar`, `agency`, `horizon` dan `status`); lihat docs/format.md.""",
    "out-of-range": "Angka di luar rentang yang diperbolehkan (progress 0..100, tahun, jumlah >= 0).",
    "unknown-key": """Kunci bukan bagian dari format (sering salah ketik).

Kunci yang tidak dikenal adalah kesalahan agar kunci yang salah eja tidak diabaikan
diam-diam; sarannya menyebut kunci yang kemungkinan dimaksud.""",
    "unquoted-text": """Teks yang dibaca YAML sebagai angka, tanggal, atau true/false karena tidak diberi tanda kutip.

Kode wilayah `13.70` tanpa tanda kutip menjadi angka 13.7 dan kehilangan nol-nya; id
`2019` menjadi angka; nama `2024-01-01` menjadi tanggal. Beri tanda kutip pada teks
seperti itu.""",
    "wrong-type": "Nilai bertipe salah (teks di tempat angka, daftar di tempat pemetaan).",
    "agency-without-program": "OPD tercantum tetapi tidak memiliki program (peringatan).",
    "budget-line-repeated": """Dua baris anggaran sebuah program memiliki tahun dan sumber yang sama (peringatan).

Angka-angka menjumlahkan keduanya, yang benar hanya jika keduanya memang dimaksudkan;
biasanya salah satunya salinan yang seharusnya disunting.""",
    "budget-overspent": """Baris anggaran melaporkan realisasi lebih besar dari alokasi (peringatan).

Belanja di atas alokasi bisa terjadi (revisi anggaran, APBD-P) tetapi lebih sering
salah ketik: kelebihan satu nol.""",
    "budget-year-outside": """Tahun baris anggaran di luar tahun-tahun program (atau periode rencana).

Dana untuk tahun ketika program tidak berjalan adalah salah ketik, atau `years`
program perlu diperluas. Tanpa `years`, periode rencana menjadi batasnya.""",
    "claim-mismatch": """Angka yang diklaim pada evaluasi tidak sama dengan hasil data rencana (peringatan).

Alat ini menghitung ulang setiap angka yang diklaim (program, realisasi, rata-rata
kemajuan, rencana aksi dan kategorinya) dari program dan rencana aksi di berkas.
Persentase cocok jika nilai hitungan, dibulatkan setengah ke atas sampai jumlah desimal
klaimnya, sama dengan klaim. Indeks evaluasi dihitung dari nilai komponen yang juga
diumumkan dalam pembulatan dua desimal, sehingga indeks yang diklaim cocok jika ada nilai
dalam rentang yang dimungkinkan pembulatan itu yang dibulatkan menjadi klaimnya. Klaim
evaluasi yang menyebut `revision` selain revisi berkas tidak diperiksa di sini: klaim itu
menggambarkan keadaan rencana sebelumnya. Laporan menampilkan klaim dan hasil hitungan
berdampingan.""",
    "custom-pillars-required": """Kerangka `custom` dipilih tetapi `pillars` tidak diberikan.

`kominfo` dan `giffinger` membawa pilarnya sendiri; kerangka custom harus menuliskan
pilarnya.""",
    "dependency-cycle": "Program-program saling bergantung melingkar, sehingga tidak satu pun dapat dimulai lebih dulu.",
    "dropped-without-reason": """Rekomendasi ditandai dropped tanpa alasan (kesalahan).

Asesor menanyakan pada tahap berikutnya bagaimana kelanjutan setiap rekomendasi;
"dropped" hanya menjadi jawaban jika disertai alasannya. Id rekomendasi unik di dalam
rencana (`duplicate-id`) dan `agency` menyebut OPD (`unknown-reference`).""",
    "duplicate-id": """Dua entri dalam satu daftar memakai id yang sama.

Id harus unik di dalam daftarnya: pilar, elemen sebuah pilar, OPD, sasaran, program,
kategori rencana aksi, butir rencana aksi (di semua kategori) dan tahap evaluasi. Jika
tidak, rujukan menjadi ambigu.""",
    "evidence-missing": """Program yang berjalan, butir aksi yang selesai, atau nilai capaian tidak memiliki bukti dukung (peringatan).

Asesor memeriksa penilaian mandiri terhadap data dukung; jawaban tanpa data dukung
bernilai rendah. Aturan ini aktif jika rencana menetapkan
`scoring.require_evidence: true`, agar daerah mulai mengumpulkan bukti tanpa dibanjiri
peringatan; `smartcity evaluate SLUG --stage N --check` tetap menampilkan apa yang belum
berbukti. Program dihitung berjalan menurut `scoring.running_statuses`; nilai capaian
adalah `actual` sebuah indikator.""",
    "evidence-path": """`path` bukti dukung tidak menunjuk berkas di repositori rencana (kesalahan).

Bukti dukung berupa `url` (http atau https, ditampilkan dan tidak pernah diunduh) atau
`path`, relatif terhadap folder yang memuat `masterplans/`, yang harus ada di sana dan
tidak boleh keluar darinya dengan `..`. Rencana yang dibaca dari revisi git tidak
diperiksa jalurnya.""",
    "forum-stale": """Rapat forum Smart City terakhir lebih dari setahun sebelum `updated` (peringatan).

Asesor menurunkan nilai daerah yang tidak mengadakan forum secara teratur. Hanya
rencana yang mencatat rapat forum yang diperiksa.""",
    "horizon-overrun": """Program berjalan melewati akhir horizonnya (peringatan).

Horizon `H` mencakup tahun `period.start` sampai `period.start + horizons[H] - 1`
(dengan nilai bawaan dan awal 2019: pendek 2019, menengah 2019-2023, panjang 2019-2028).
Program horizon pendek yang berjalan sampai 2021 kemungkinan berada di horizon yang salah.""",
    "index-scale": """Nilai, indeks dimensi, atau indeks yang diklaim berada di luar skala evaluasinya (kesalahan).

Hasil evaluasi nasional yang diumumkan berupa indeks 0 sampai 5 dengan dua desimal
(3,31), demikian pula setiap nilai komponen dan indeks dimensi. Sebuah evaluasi memakai
skala itu kecuali menyatakan `scale: 100`, yang mempertahankan nilai persen yang ditulis
sebelum indeks 0-5 didukung. Nilai di atas 5 pada skala 0-5 adalah kesalahan, tidak
pernah dibaca diam-diam sebagai persen; `scale` sendiri bernilai 5 atau 100.""",
    "index-weights": """Jumlah bobot indeks evaluasi bukan 100.

Bobot yang berlaku adalah bobot skemanya (`scoring.index.scheme`, bawaan `sleman-2019`:
baseline 10, output 20, outcome 30, impact 30, quick win 10) ditimpa
`scoring.index.weights` milik berkas. Skema `custom` memberikan semuanya.""",
    "indicator-target-missing": "Indikator tidak memiliki `target` maupun `series` dengan target tahunan.",
    "legal-basis-missing": """Rencana tidak mencatat peraturan yang menetapkan masterplan (peringatan).

Komponen output evaluasi mencari Perwal/Perbup yang menetapkan masterplan; asesor
mencatat ketiadaannya sebagai kelemahan. Catat di `governance.legal_basis`.""",
    "off-track-not-delayed": """Program yang berjalan tertinggal pada tanggal `updated` rencana (peringatan).

Kemajuannya di bawah `scoring.schedule.at_risk` (bawaan 70) persen dari kemajuan yang
diharapkan pada saat itu (linear sepanjang tahun-tahunnya). Tandai `delayed`, atau catat
mengapa jadwal itu tidak berlaku dengan `status_override: {status, reason}`.""",
    "period-order": "Periode rencana berakhir sebelum dimulai.",
    "pillar-not-in-framework": """Pilar yang dicantumkan di bawah kerangka bawaan bukan salah satu pilar kerangka itu.

Di bawah `kominfo` atau `giffinger`, `pillars` boleh mengganti nama atau menambah elemen
pilar bawaan, tetapi tidak menambah pilar baru; gunakan `framework: custom` untuk itu.""",
    "pillar-without-program": """Sebuah pilar (dimensi) rencana tidak memiliki program (peringatan).

Panduan nasional mengharapkan setiap dimensi digarap; pilar tanpa program biasanya
celah dalam rencana, atau program yang dicatat di bawah pilar yang salah.""",
    "pillar-without-quick-win": """Pilar yang memiliki program tidak memiliki Quick Win di antaranya (peringatan).

Setiap dimensi diharapkan menunjukkan hasil awal: sedikitnya satu program dengan
`quick_win: true` pada horizon pendek.""",
    "program-without-target": """Program tidak menyebut sasaran, pada rencana yang mencantumkan sasaran (peringatan).

Jika rencana mengambil sasarannya dari RPJMD, setiap program sebaiknya menyebut sasaran
yang dilayaninya, agar rencana dapat dibaca berdampingan dengan RPJMD.""",
    "progress-status": """Kemajuan program bertentangan dengan statusnya.

Program `completed` berkemajuan 100 dan program `planned` berkemajuan 0, jika kemajuan
diisi.""",
    "province-required": "Kota atau kabupaten tidak menyebut provinsinya.",
    "quick-win-not-short": """Quick Win tidak berada pada horizon pendek (peringatan).

Quick Win adalah hasil tahun pertama; Quick Win pada horizon menengah atau panjang
kemungkinan bukan Quick Win.""",
    "recommendation-overdue": """Rekomendasi melewati tanggal jatuh temponya dan masih terbuka (peringatan).

Diperiksa pada tanggal `updated` rencana, sehingga berkas yang sama selalu memberi temuan
yang sama. Rekomendasi yang open dan in-progress dihitung terbuka.""",
    "series-future-actual": """Tahun seri setelah tanggal `updated` rencana memiliki nilai capaian (peringatan).

Pengukuran dari masa depan: biasanya tahunnya salah, atau `updated` tidak dinaikkan
bersama suntingannya.""",
    "series-year-outside": """Tahun seri berada di luar periode rencana (peringatan).

Target tahunan termasuk tahun-tahun yang dicakup rencana; tahun di luarnya biasanya
salah ketik (2204 untuk 2024).""",
    "slug-mismatch": """`region.slug` berbeda dari nama berkas.

Pengguna menemukan rencana melalui slug-nya (`smartcity report padang-panjang` membaca
`masterplans/padang-panjang.yaml`), sehingga keduanya harus sama.""",
    "spbe-predicate-mismatch": """`predicate` hasil SPBE bukan predikat yang sesuai dengan indeksnya (peringatan).

Predikat mengikuti indeks: di bawah 1,8 Kurang, di bawah 2,6 Cukup, di bawah 3,5 Baik,
di bawah 4,2 Sangat Baik, mulai 4,2 Memuaskan.""",
    "suppression-invalid": """Komentar penonaktifan tidak memiliki alasan, atau tidak menyebut aturan, atau menyebut aturan yang tidak dikenal.

`# smartcity: disable=RULE -- alasan` menonaktifkan temuan RULE pada barisnya sendiri.
Alasannya wajib: peninjau harus melihat mengapa aturan itu tidak berlaku. Komentar yang
tidak sah tidak menonaktifkan apa pun.""",
    "suppression-unused": """Komentar penonaktifan tidak menonaktifkan apa pun di barisnya (peringatan).

Temuan yang menjadi alasannya sudah diperbaiki, atau komentarnya berada di baris lain
dari temuannya. Hapus komentarnya, agar temuan berikutnya tidak tersembunyi oleh
komentar yang usang.""",
    "unknown-reference": """Rujukan menyebut sesuatu yang tidak ada.

`pillar`, `element` (elemen pilar itu), `agency`, `horizon`, `targets` dan `depends_on`
sebuah program, `lead_agency` tim, dan id kategori pada angka rencana aksi yang diklaim
semuanya harus menyebut entri rencana.""",
    "years-order": "Tahun-tahun program berakhir sebelum dimulai.",
    "years-outside-period": "Tahun-tahun program berada di luar periode rencana.",
    "format-changed": """Versi `format` berubah dalam suntingan tanpa migrasi ke versi itu.

Versi format hanya berubah melalui `smartcity migrate FILE --to N`, yang tahu cara
memindahkan setiap kunci.""",
    "program-removed": """Program hilang dari rencana tanpa dibatalkan terlebih dahulu (peringatan).

Menghapus program diam-diam mengubah setiap angka. Ubah statusnya menjadi `cancelled`
dalam satu revisi (laporan lalu menampilkannya), dan hapus pada revisi berikutnya bila
perlu.""",
    "revision-not-raised": """Suntingan mengubah rencana tetapi tidak menaikkan `revision` tepat satu.

Setiap suntingan yang disetujui adalah satu revisi: klaim evaluasi, riwayat, dan
peninjau semuanya bergantung padanya. Suntingan yang hanya mengubah komentar tidak
dihitung sebagai perubahan.""",
    "updated-went-back": "Tanggal `updated` sebuah suntingan lebih awal daripada revisi sebelumnya.",
}

FIXABLE: dict[str, str] = {
    "yaml-ambiguous-boolean": "di kolom teks nilainya diberi tanda kutip; di kolom ya/tidak "
    "ditulis true atau false",
    "yaml-ambiguous-number": "di kolom teks nilainya diberi tanda kutip; kolom angka dibiarkan "
    "(maknanya tidak pasti)",
    "invalid-value": "status atau horizon yang ditulis dalam bahasa Indonesia (berjalan -> "
    "running, jangka panjang -> long)",
    "unquoted-text": 'nilainya diberi tanda kutip, agar tetap teks seperti yang ditulis ("13.70")',
    "wrong-type": "ya/tidak di kolom ya/tidak, 70% atau 70,5 di kolom angka, 2026-2028 untuk "
    "rentang tahun",
    "unknown-reference": "horizon yang ditulis dalam bahasa Indonesia (pendek -> short); rujukan "
    "lain tidak",
}
