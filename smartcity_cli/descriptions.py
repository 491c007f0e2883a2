"""Indonesian descriptions for the JSON Schema, and one description per enum value.

The English description of each key lives beside the key in spec.py; its Indonesian one
lives here, keyed by the key's path (``programs[].status``: ``[]`` for a list item, ``*``
for any key of a map; ``.`` is the document). A key added to spec.py adds its line here;
tests/test_schema_docs.py names any that is missing. Pure data, no imports.
"""

from __future__ import annotations

ID: dict[str, str] = {
    ".": "Masterplan Smart City suatu daerah, format 1.",
    "format": "Versi format berkas; saat ini 1.",
    "revision": "Revisi dokumen; naikkan satu setiap perubahan yang disetujui.",
    "updated": "Tanggal revisi ini.",
    "language": "Bahasa laporan bawaan: id (bawaan) atau en.",
    "region": "Daerah pemilik masterplan ini.",
    "region.slug": "Nama singkat yang diketik pengguna; sama dengan nama berkas tanpa .yaml.",
    "region.name": "Nama resmi, mis. Kota Padang Panjang.",
    "region.kind": "kota, kabupaten atau provinsi.",
    "region.province": "Provinsi; wajib kecuali kind bernilai provinsi.",
    "region.code": 'Kode wilayah Kemendagri, dalam tanda kutip: "13.74".',
    "region.leader": "Kepala daerah.",
    "region.leader.title": "Jabatan, mis. Wali Kota, Bupati, Pj Wali Kota.",
    "region.leader.name": "Nama kepala daerah.",
    "masterplan": "Dokumen rencana: judul, periode, kerangka dan horizon.",
    "masterplan.title": "Judul dokumen masterplan.",
    "masterplan.period": "Tahun-tahun yang dicakup rencana.",
    "masterplan.period.start": "Tahun pertama rentang.",
    "masterplan.period.end": "Tahun terakhir rentang (termasuk).",
    "masterplan.framework": "Kumpulan pilar: kominfo (bawaan), giffinger atau custom.",
    "masterplan.horizons": "Panjang horizon dalam tahun sejak period.start; bawaan pendek 1, "
    "menengah 5, panjang 10.",
    "governance": "Dewan dan tim pelaksana.",
    "governance.council": "Dewan Smart City.",
    "governance.council.name": "Nama Dewan Smart City.",
    "governance.council.chair": "Ketua dewan.",
    "governance.council.members": "Anggota dewan.",
    "governance.team": "Tim Pelaksana Smart City.",
    "governance.team.name": "Nama Tim Pelaksana.",
    "governance.team.lead_agency": "Id perangkat daerah yang memimpin tim.",
    "governance.team.members": "Anggota tim.",
    "pillars": "Pilar; wajib untuk kerangka custom.",
    "pillars[].id": "Id pilar; pada kominfo/giffinger, id dari kerangka tersebut.",
    "pillars[].name": "Nama pilar, mis. Smart Governance.",
    "pillars[].name_en": "Nama dalam bahasa Inggris.",
    "pillars[].description": "Cakupan pilar.",
    "pillars[].elements": "Elemen (subdimensi) pilar.",
    "pillars[].elements[].id": "Id elemen, unik dalam pilarnya.",
    "pillars[].elements[].name": "Nama elemen.",
    "pillars[].elements[].name_en": "Nama dalam bahasa Inggris.",
    "agencies": "Perangkat daerah (OPD) pengampu program.",
    "agencies[].id": "Id perangkat daerah yang dipakai program, mis. diskominfo.",
    "agencies[].name": "Nama lengkap OPD.",
    "agencies[].short": "Nama singkat, mis. Diskominfo.",
    "agencies[].head": "Kepala perangkat daerah.",
    "targets": "Sasaran, biasanya dari RPJMD.",
    "targets[].id": "Id sasaran, mis. S01.",
    "targets[].name": "Sasaran.",
    "targets[].rpjmd": "Letaknya dalam RPJMD, mis. Misi 2, Sasaran 2.1.",
    "programs": "Program-program rencana.",
    "programs[].id": "Id program, unik dalam rencana, mis. GOV-01.",
    "programs[].name": "Nama program.",
    "programs[].description": "Apa yang dikerjakan program.",
    "programs[].pillar": "Id pilar.",
    "programs[].element": "Id elemen dalam pilar.",
    "programs[].agency": "Id OPD pengampu.",
    "programs[].partners": "Mitra.",
    "programs[].horizon": "Kunci horizon: short, medium, long atau salah satu masterplan.horizons.",
    "programs[].quick_win": "Program Quick Win (bawaan false).",
    "programs[].years": "Tahun-tahun program berjalan.",
    "programs[].years.start": "Tahun pertama rentang.",
    "programs[].years.end": "Tahun terakhir rentang (termasuk).",
    "programs[].budget": "Anggaran program.",
    "programs[].budget.amount": "Jumlah.",
    "programs[].budget.currency": "Kode mata uang (bawaan IDR).",
    "programs[].budget.source": "Sumber dana, mis. APBD.",
    "programs[].status": "planned, running, completed, delayed atau cancelled.",
    "programs[].progress": "Persentase kemajuan, 0..100.",
    "programs[].targets": "Id sasaran yang dilayani program.",
    "programs[].depends_on": "Id program yang harus lebih dahulu.",
    "programs[].indicators": "Ukuran hasil program.",
    "programs[].indicators[].name": "Apa yang diukur.",
    "programs[].indicators[].unit": "Satuan ukuran.",
    "programs[].indicators[].baseline": "Nilai awal.",
    "programs[].indicators[].target": "Nilai yang dituju.",
    "programs[].indicators[].actual": "Nilai terukur terakhir.",
    "programs[].note": "Catatan, mis. kabar status terakhir.",
    "programs[].status_override": "Menggantikan status jadwal hasil hitungan; alasannya tampil di "
    "setiap laporan.",
    "programs[].status_override.status": "on_track, at_risk atau off_track.",
    "programs[].status_override.reason": "Mengapa status jadwal hasil hitungan tidak berlaku.",
    "action_plans": "Rencana aksi per kategori.",
    "action_plans[].id": "Id kategori, mis. policy.",
    "action_plans[].name": "Nama kategori.",
    "action_plans[].items": "Aksi-aksi dalam kategori ini.",
    "action_plans[].items[].id": "Id butir, unik di semua rencana aksi.",
    "action_plans[].items[].name": "Aksinya.",
    "action_plans[].items[].done": "Apakah aksi sudah selesai.",
    "action_plans[].items[].note": "Catatan.",
    "evaluations": "Evaluasi eksternal dan klaimnya.",
    "evaluations[].stage": "Nomor tahap, unik.",
    "evaluations[].date": "Tanggal evaluasi.",
    "evaluations[].assessor": "Penilai.",
    "evaluations[].mode": "online atau onsite (daring atau luring).",
    "evaluations[].revision": "Revisi rencana asal angka yang diklaim.",
    "evaluations[].note": "Catatan.",
    "evaluations[].claimed": "Angka yang diklaim daerah pada evaluasi ini.",
    "evaluations[].claimed.programs_total": "Jumlah program yang dilaporkan daerah.",
    "evaluations[].claimed.programs_running": "Program yang dilaporkan berjalan baik.",
    "evaluations[].claimed.realization": "Realisasi program yang dilaporkan, persen.",
    "evaluations[].claimed.mean_progress": "Rata-rata kemajuan yang dilaporkan, persen.",
    "evaluations[].claimed.action_plans": "Realisasi rencana aksi yang dilaporkan, persen.",
    "evaluations[].claimed.action_plan_categories": "Realisasi yang dilaporkan per id kategori "
    "rencana aksi, persen.",
    "evaluations[].claimed.index": "Indeks Pencapaian yang dilaporkan, 0..100.",
    "evaluations[].scores": "Nilai komponen daerah untuk indeks evaluasi.",
    "evaluations[].scores.baseline": "Nilai komponen baseline, 0..100.",
    "evaluations[].scores.output": "Nilai komponen output, 0..100.",
    "evaluations[].scores.outcome": "Nilai komponen outcome, 0..100.",
    "evaluations[].scores.impact": "Nilai komponen dampak (impact), 0..100.",
    "evaluations[].scores.quick_win": "Nilai komponen quick win, 0..100.",
    "scoring": "Cara angka daerah ini dihitung.",
    "scoring.running_statuses": "Status yang dihitung berjalan dalam realisasi (bawaan running, "
    "completed).",
    "scoring.exclude_cancelled": "Keluarkan program yang dibatalkan dari realisasi.",
    "scoring.action_plan_aggregate": "Cara menggabungkan tingkat per kategori: "
    "mean_of_categories (bawaan) atau pooled.",
    "scoring.schedule": "Ambang status jadwal.",
    "scoring.schedule.on_track": "Sesuai jadwal pada bagian kemajuan yang diharapkan ini "
    "(bawaan 90).",
    "scoring.schedule.at_risk": "Berisiko dari bagian ini hingga on_track (bawaan 70).",
    "scoring.index": "Cara indeks evaluasi membobot komponennya.",
    "scoring.index.scheme": "Skema bobot: sleman-2019 (bawaan), jambi atau custom.",
    "scoring.index.weights": "Bobot komponen berjumlah 100; wajib untuk custom.",
    "scoring.index.weights.baseline": "Bobot komponen baseline.",
    "scoring.index.weights.output": "Bobot komponen output.",
    "scoring.index.weights.outcome": "Bobot komponen outcome.",
    "scoring.index.weights.impact": "Bobot komponen dampak (impact).",
    "scoring.index.weights.quick_win": "Bobot komponen quick win.",
    "targets[].rpjmd_ref": "Rujukan RPJMD sebagai kode (misi, tujuan, sasaran, ...).",
    "targets[].rpjmd_ref.mission": "Misi RPJMD, mis. 2.",
    "targets[].rpjmd_ref.goal": "Kode tujuan RPJMD, mis. 2.1.",
    "targets[].rpjmd_ref.target": "Kode sasaran RPJMD, mis. 2.1.1.",
    "targets[].rpjmd_ref.indicator": "Kode indikator RPJMD.",
    "targets[].rpjmd_ref.program_code": "Kode program Permendagri 90/2019, mis. 2.16.02.",
    "targets[].rpjmd_ref.activity_code": "Kode kegiatan Permendagri 90/2019, mis. 2.16.02.2.02.",
    "targets[].unit": "Satuan nilai tahunan sasaran.",
    "targets[].direction": "up (bawaan) atau down.",
    "targets[].series": "Nilai sasaran RPJMD per tahun.",
    "targets[].series.*.target": "Nilai target tahun itu.",
    "targets[].series.*.actual": "Nilai terukur tahun itu.",
    "programs[].budget[].year": "Tahun anggaran.",
    "programs[].budget[].source": "Sumber dana: APBD, APBN, DAK, DID, CSR, KPBU, swasta, hibah "
    "atau lainnya.",
    "programs[].budget[].allocated": "Pagu tahun itu, dalam rupiah.",
    "programs[].budget[].realised": "Realisasi belanja tahun itu, dalam rupiah.",
    "programs[].budget[].note": "Catatan, mis. nomor DPA.",
    "programs[].indicators[].direction": "up (bawaan): makin tinggi makin baik; down: makin "
    "rendah makin baik.",
    "programs[].indicators[].series": "Target dan capaian per tahun: {2022: {target: 20, "
    "actual: 18}}.",
    "programs[].indicators[].series.*.target": "Nilai target tahun itu.",
    "programs[].indicators[].series.*.actual": "Nilai terukur tahun itu.",
    "programs[].spbe": "Indikator SPBE yang dilayani program.",
    "programs[].spbe[].indicator": "Nomor indikator SPBE, 1..47 (PermenPANRB 59/2020).",
    "programs[].spbe[].domain": "Domain SPBE, sebagaimana daerah menamainya, mis. Tata Kelola SPBE.",
    "programs[].spbe[].aspect": "Aspek SPBE, sebagaimana daerah menamainya, mis. Perencanaan "
    "Strategis.",
    "programs[].spbe[].note": "Bagaimana program melayani indikator itu.",
    "spbe": "Hasil evaluasi SPBE (pemerintahan berbasis elektronik) per tahun.",
    "spbe.results": "Hasil evaluasi SPBE per tahun.",
    "spbe.results[].year": "Tahun evaluasi SPBE.",
    "spbe.results[].index": "Indeks SPBE daerah, 0..5.",
    "spbe.results[].predicate": "Predikat yang diberikan kepada daerah; diperiksa terhadap indeksnya.",
    "sources": "Sumber fakta.",
    "sources[].title": "Judul sumber.",
    "sources[].publisher": "Penerbit.",
    "sources[].date": "Tanggal terbit.",
    "sources[].url": "Alamat.",
}

_STATUS = {
    "planned": ("Planned: not started yet.", "Direncanakan: belum dimulai."),
    "running": ("Running: under way.", "Berjalan: sedang dikerjakan."),
    "completed": ("Completed: finished (progress 100).", "Selesai (kemajuan 100)."),
    "delayed": ("Delayed: behind its schedule.", "Tertunda: terlambat dari jadwalnya."),
    "cancelled": ("Cancelled: will not be carried out.", "Dibatalkan: tidak akan dikerjakan."),
}

_DIRECTION = {
    "up": ("Higher is better.", "Makin tinggi makin baik."),
    "down": ("Lower is better.", "Makin rendah makin baik."),
}

# Each enum value's description, English then Indonesian, by the path of its key.
ENUMS: dict[str, dict[str, tuple[str, str]]] = {
    "targets[].direction": _DIRECTION,
    "programs[].indicators[].direction": _DIRECTION,
    "programs[].budget[].source": {
        "APBD": ("The region's own budget.", "Anggaran Pendapatan dan Belanja Daerah."),
        "APBN": ("The state budget.", "Anggaran Pendapatan dan Belanja Negara."),
        "DAK": ("Special allocation fund from the state.", "Dana Alokasi Khusus."),
        "DID": ("Regional incentive fund from the state.", "Dana Insentif Daerah."),
        "CSR": (
            "Companies' social responsibility funds.",
            "Dana tanggung jawab sosial perusahaan.",
        ),
        "KPBU": ("A public-private partnership.", "Kerja sama pemerintah dan badan usaha."),
        "swasta": ("Private funds.", "Dana swasta."),
        "hibah": ("A grant.", "Hibah."),
        "lainnya": ("Another source.", "Sumber lainnya."),
    },
    "spbe.results[].predicate": {
        "Kurang": ("Poor (the lowest predicate).", "Kurang (predikat terendah)."),
        "Cukup": ("Fair.", "Cukup."),
        "Baik": ("Good.", "Baik."),
        "Sangat Baik": ("Very good.", "Sangat Baik."),
        "Memuaskan": ("Excellent (the highest predicate).", "Memuaskan (predikat tertinggi)."),
    },
    "language": {
        "id": ("Indonesian.", "Bahasa Indonesia."),
        "en": ("English.", "Bahasa Inggris."),
    },
    "region.kind": {
        "kota": ("A city.", "Kota."),
        "kabupaten": ("A regency.", "Kabupaten."),
        "provinsi": ("A province.", "Provinsi."),
    },
    "masterplan.framework": {
        "kominfo": (
            "The six pillars of Kominfo's Gerakan Menuju 100 Smart City guide.",
            "Enam pilar panduan Gerakan Menuju 100 Smart City Kominfo.",
        ),
        "giffinger": (
            "The six characteristics of Giffinger et al. (2007).",
            "Enam karakteristik Giffinger dkk. (2007).",
        ),
        "custom": (
            "Pillars of the plan's own, listed under pillars:.",
            "Pilar milik rencana sendiri, didaftar di pillars:.",
        ),
    },
    "programs[].status": _STATUS,
    "scoring.running_statuses[]": _STATUS,
    "programs[].status_override.status": {
        "on_track": ("On track: progress as scheduled.", "Sesuai jadwal."),
        "at_risk": ("At risk: somewhat behind schedule.", "Berisiko: agak tertinggal dari jadwal."),
        "off_track": ("Off track: well behind schedule.", "Tidak sesuai jadwal: jauh tertinggal."),
    },
    "evaluations[].mode": {
        "online": ("Evaluated online.", "Dievaluasi secara daring."),
        "onsite": ("Evaluated on site.", "Dievaluasi di lokasi (luring)."),
    },
    "scoring.action_plan_aggregate": {
        "mean_of_categories": (
            "The mean of each category's rate.",
            "Rata-rata tingkat realisasi tiap kategori.",
        ),
        "pooled": (
            "All items together: done items over all items.",
            "Semua butir bersama: butir selesai dibagi semua butir.",
        ),
    },
    "scoring.index.scheme": {
        "sleman-2019": (
            "Baseline 10, output 20, outcome 30, impact 30, quick win 10.",
            "Baseline 10, output 20, outcome 30, dampak 30, quick win 10.",
        ),
        "jambi": (
            "Baseline 10, output 20, outcome 30, impact 20, quick win 20.",
            "Baseline 10, output 20, outcome 30, dampak 20, quick win 20.",
        ),
        "custom": ("The weights given under weights:.", "Bobot yang diberikan di weights:."),
    },
}


# -- the national evaluation (issue 13): evidence, legal basis, findings -------------------

_EVIDENCE_ID = {
    "": "Data dukung: dokumen, SK, foto, tautan atau dataset yang membuktikan isian ini.",
    "[].title": "Judul data dukung.",
    "[].kind": "Jenis: document, decree, photo, link atau dataset.",
    "[].date": "Tanggal data dukung.",
    "[].url": "Alamat http(s); ditampilkan, tidak pernah diunduh.",
    "[].path": "Berkas di dalam repositori rencana, relatif terhadap folder induk masterplans/.",
}
_EVIDENCE_KIND = {
    "document": ("A document or report.", "Dokumen atau laporan."),
    "decree": ("A decree or regulation.", "Surat keputusan atau peraturan."),
    "photo": ("A photograph.", "Foto."),
    "link": ("A web page.", "Halaman web."),
    "dataset": ("A data set.", "Kumpulan data."),
}
_DECREE_ID = {
    "": "Surat keputusan pembentukannya.",
    ".number": "Nomor SK.",
    ".year": "Tahun SK.",
    ".date": "Tanggal SK.",
    ".title": "Judul SK.",
}
_EVIDENCE_AT = (
    "programs[]",
    "programs[].indicators[]",
    "action_plans[].items[]",
    "evaluations[].findings.recommendations[]",
    "evaluations[].letter",
    "governance.legal_basis",
    "governance.council.decree",
    "governance.team.decree",
    "governance.forum[]",
)
for _where in _EVIDENCE_AT:
    ID.update({f"{_where}.evidence{tail}": text for tail, text in _EVIDENCE_ID.items()})
    ENUMS[f"{_where}.evidence[].kind"] = _EVIDENCE_KIND
for _body in ("council", "team"):
    ID.update({f"governance.{_body}.decree{tail}": t for tail, t in _DECREE_ID.items()})

ID.update(
    {
        "governance.legal_basis": "Peraturan yang menetapkan masterplan (Perwal/Perbup/Pergub/"
        "Perda).",
        "governance.legal_basis.kind": "Jenis peraturan: Perwal, Perbup, Pergub atau Perda.",
        "governance.legal_basis.number": "Nomor peraturan.",
        "governance.legal_basis.year": "Tahun peraturan.",
        "governance.legal_basis.date": "Tanggal penetapan.",
        "governance.legal_basis.title": "Judul peraturan.",
        "governance.forum": "Pertemuan forum Smart City, dengan tanggal dan data dukung.",
        "governance.forum[].date": "Tanggal pertemuan.",
        "governance.forum[].title": "Nama atau agenda pertemuan.",
        "evaluations[].scale": "Skala nilai: 5 (indeks nasional 0-5, bawaan) atau 100 (persen, "
        "berkas lama).",
        "evaluations[].dimensions": "Indeks per dimensi (governance, branding, economy, living, "
        "society, environment), skala 0-5.",
        "evaluations[].rank": "Peringkat nasional, bila diumumkan.",
        "evaluations[].rank.position": "Urutan peringkat.",
        "evaluations[].rank.of": "Jumlah daerah yang diperingkat.",
        "evaluations[].rank.scope": "Cakupan peringkat, mis. nasional atau kabupaten.",
        "evaluations[].letter": "Surat yang mengumumkan hasil: nomor, tanggal, judul.",
        "evaluations[].letter.number": "Nomor surat.",
        "evaluations[].letter.date": "Tanggal surat.",
        "evaluations[].letter.title": "Perihal surat.",
        "evaluations[].findings": "Temuan asesor: kelemahan, kekuatan dan rekomendasi.",
        "evaluations[].findings.weaknesses": "Kelemahan yang dicatat asesor.",
        "evaluations[].findings.strengths": "Kekuatan yang dicatat asesor.",
        "evaluations[].findings.recommendations": "Rekomendasi asesor dan tindak lanjutnya.",
        "evaluations[].findings.recommendations[].id": "Id rekomendasi, unik, mis. R1-01.",
        "evaluations[].findings.recommendations[].text": "Isi rekomendasi.",
        "evaluations[].findings.recommendations[].agency": "Id OPD yang menindaklanjuti.",
        "evaluations[].findings.recommendations[].due": "Batas waktu tindak lanjut.",
        "evaluations[].findings.recommendations[].status": "Status: open, in_progress, done "
        "atau dropped.",
        "evaluations[].findings.recommendations[].reason": "Alasan bila dropped (wajib).",
        "evaluations[].findings.recommendations[].note": "Catatan tindak lanjut.",
        "programs[].quick_win_attributes": "Atribut quick win pada formulir evaluasi.",
        "programs[].quick_win_attributes.innovation": "Inovasi.",
        "programs[].quick_win_attributes.benefit": "Manfaat.",
        "programs[].quick_win_attributes.partnership": "Kemitraan.",
        "programs[].quick_win_attributes.sustainability": "Keberlanjutan.",
        "programs[].quick_win_attributes.risk": "Manajemen risiko.",
        "scoring.require_evidence": "true: program berjalan, aksi selesai dan nilai terukur "
        "tanpa data dukung diberi peringatan.",
    }
)
ENUMS["governance.legal_basis.kind"] = {
    "Perwal": ("A mayor's regulation (kota).", "Peraturan Wali Kota."),
    "Perbup": ("A regent's regulation (kabupaten).", "Peraturan Bupati."),
    "Pergub": ("A governor's regulation (provinsi).", "Peraturan Gubernur."),
    "Perda": ("A regional by-law.", "Peraturan Daerah."),
}
ENUMS["evaluations[].findings.recommendations[].status"] = {
    "open": ("Not yet acted on.", "Belum ditindaklanjuti."),
    "in_progress": ("Being acted on.", "Sedang ditindaklanjuti."),
    "done": ("Done.", "Selesai."),
    "dropped": ("Dropped, with a reason.", "Tidak dilanjutkan, dengan alasan."),
}
