"""Words of the money and measures sections (budget, series, RPJMD, SPBE) in id and en.

Kept beside ``labels.py`` so that these sections stay one unit; a test checks that both
languages have the same keys. Templates read them as ``m.key``.
"""

from __future__ import annotations

MONEY_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "budget": "Anggaran",
        "budget_allocated": "Pagu",
        "budget_line": (
            "Anggaran: pagu {allocated}, realisasi {realised} ({rate}), di luar APBD {outside}"
        ),
        "budget_realised": "Realisasi",
        "budget_rate": "Serapan",
        "budget_rate_detail": "realisasi dibanding pagu, pada baris yang melaporkan realisasi",
        "outside_apbd": "Di luar APBD",
        "outside_apbd_detail": "bagian pagu dari sumber selain APBD",
        "by_year": "Anggaran per tahun",
        "by_source": "Anggaran per sumber dana",
        "by_pillar": "Anggaran per dimensi",
        "by_agency": "Anggaran per perangkat daerah",
        "year": "Tahun",
        "source": "Sumber dana",
        "pillar": "Dimensi",
        "agency": "Perangkat daerah",
        "total": "Jumlah",
        "source_unstated": "tidak disebut",
        "other_currency": "Tidak dihitung (anggaran dalam mata uang lain): {ids}",
        "series": "Indikator per tahun",
        "target": "Target",
        "actual": "Realisasi",
        "achievement": "Capaian",
        "latest": "Capaian terakhir",
        "direction_up": "makin tinggi makin baik",
        "direction_down": "makin rendah makin baik",
        "chart_label": "Target dan realisasi per tahun: {name}",
        "legend_target": "target (garis putus)",
        "legend_actual": "realisasi (garis penuh)",
        "rpjmd": "Keterkaitan dengan RPJMD",
        "rpjmd_none": "Belum ada program yang mendukung sasaran ini.",
        "ref_mission": "Misi",
        "ref_goal": "Tujuan",
        "ref_target": "Sasaran",
        "ref_indicator": "Indikator",
        "ref_program_code": "Program",
        "ref_activity_code": "Kegiatan",
        "program": "Program",
        "status": "Status",
        "progress": "Progres",
        "schedule": "Jadwal",
        "note": "Keterangan",
        "spbe": "Keterkaitan dengan SPBE",
        "spbe_title": "Ekstrak SPBE: dukungan masterplan Smart City",
        "spbe_intro": (
            "Masterplan Smart City sebagai data dukung indikator Arsitektur SPBE: hasil "
            "evaluasi SPBE per tahun dan program masterplan per indikator SPBE."
        ),
        "spbe_results": "Hasil evaluasi SPBE",
        "spbe_index": "Indeks",
        "spbe_predicate": "Predikat",
        "spbe_claimed": "Predikat yang dinyatakan",
        "spbe_thresholds": (
            "Predikat dari indeks: < 1,8 Kurang; < 2,6 Cukup; < 3,5 Baik; < 4,2 Sangat Baik; "
            "≥ 4,2 Memuaskan."
        ),
        "spbe_indicator": "Indikator SPBE",
        "spbe_domain": "Domain",
        "spbe_aspect": "Aspek",
        "spbe_none": "Belum ada program yang ditandai dengan indikator SPBE.",
        "matches": "cocok dengan indeks",
        "differs": "tidak cocok dengan indeks",
    },
    "en": {
        "budget": "Budget",
        "budget_allocated": "Allocated",
        "budget_line": (
            "Budget: allocated {allocated}, realised {realised} ({rate}), outside the APBD {outside}"
        ),
        "budget_realised": "Realised",
        "budget_rate": "Realisation rate",
        "budget_rate_detail": "realised against allocated, over the lines that report it",
        "outside_apbd": "Outside the APBD",
        "outside_apbd_detail": "share of allocations from sources other than the APBD",
        "by_year": "Budget by year",
        "by_source": "Budget by funding source",
        "by_pillar": "Budget by dimension",
        "by_agency": "Budget by agency",
        "year": "Year",
        "source": "Funding source",
        "pillar": "Dimension",
        "agency": "Agency",
        "total": "Total",
        "source_unstated": "not stated",
        "other_currency": "Not counted (budget in another currency): {ids}",
        "series": "Indicators by year",
        "target": "Target",
        "actual": "Actual",
        "achievement": "Achievement",
        "latest": "Latest achievement",
        "direction_up": "higher is better",
        "direction_down": "lower is better",
        "chart_label": "Target and actual by year: {name}",
        "legend_target": "target (dashed)",
        "legend_actual": "actual (solid)",
        "rpjmd": "Links to the RPJMD",
        "rpjmd_none": "No program serves this target yet.",
        "ref_mission": "Mission",
        "ref_goal": "Goal",
        "ref_target": "Target",
        "ref_indicator": "Indicator",
        "ref_program_code": "Program",
        "ref_activity_code": "Activity",
        "program": "Program",
        "status": "Status",
        "progress": "Progress",
        "schedule": "Schedule",
        "note": "Note",
        "spbe": "Links to SPBE",
        "spbe_title": "SPBE extract: support from the Smart City masterplan",
        "spbe_intro": (
            "The Smart City masterplan as supporting evidence for the SPBE architecture "
            "indicator: SPBE results by year and the masterplan's programs per SPBE indicator."
        ),
        "spbe_results": "SPBE evaluation results",
        "spbe_index": "Index",
        "spbe_predicate": "Predicate",
        "spbe_claimed": "Predicate stated",
        "spbe_thresholds": (
            "Predicate from the index: < 1.8 Kurang; < 2.6 Cukup; < 3.5 Baik; "
            "< 4.2 Sangat Baik; ≥ 4.2 Memuaskan."
        ),
        "spbe_indicator": "SPBE indicator",
        "spbe_domain": "Domain",
        "spbe_aspect": "Aspect",
        "spbe_none": "No program is tagged with an SPBE indicator yet.",
        "matches": "matches the index",
        "differs": "differs from the index",
    },
}
