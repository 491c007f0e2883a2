"""Words and numbers in the report's language: Indonesian (id) and English (en).

Indonesian writes 70,73% and 1.500.000; English writes 70.73% and 1,500,000. Every label
a report shows is in LABELS, in both languages (a test checks that the two agree).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

LANGUAGES = ("id", "en")
MISSING = "–"

MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

_SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (thousands, decimal)

STATUS = {
    "id": {"planned": "direncanakan", "running": "berjalan", "completed": "selesai",
           "delayed": "tertunda", "cancelled": "dibatalkan"},
    "en": {"planned": "planned", "running": "running", "completed": "completed",
           "delayed": "delayed", "cancelled": "cancelled"},
}  # fmt: skip

HORIZON = {
    "id": {"short": "jangka pendek", "medium": "jangka menengah", "long": "jangka panjang"},
    "en": {"short": "short term", "medium": "medium term", "long": "long term"},
}

KIND = {
    "id": {"kota": "Kota", "kabupaten": "Kabupaten", "provinsi": "Provinsi"},
    "en": {"kota": "City (kota)", "kabupaten": "Regency (kabupaten)", "provinsi": "Province"},
}

CLAIM_FIGURE = {
    "id": {"programs_total": "Jumlah program", "programs_running": "Program berjalan",
           "realization": "Realisasi program", "mean_progress": "Rata-rata kemajuan",
           "action_plans": "Realisasi rencana aksi", "category": "Rencana aksi: {name}"},
    "en": {"programs_total": "Programmes", "programs_running": "Programmes running",
           "realization": "Programme realisation", "mean_progress": "Mean progress",
           "action_plans": "Action-plan realisation", "category": "Action plan: {name}"},
}  # fmt: skip

LABELS: dict[str, dict[str, str]] = {
    "id": {
        "report_title": "Laporan Kemajuan Masterplan Smart City",
        "as_of": "Per tanggal",
        "revision": "Revisi",
        "updated": "diperbarui",
        "period": "Periode",
        "framework": "Kerangka",
        "province": "Provinsi",
        "kind": "Jenis daerah",
        "code": "Kode wilayah",
        "leader": "Kepala daerah",
        "headline": "Ringkasan",
        "realization": "Realisasi program",
        "realization_detail": "{running} dari {total} program berjalan atau selesai",
        "cancelled_excluded": "program dibatalkan tidak dihitung",
        "mean_progress": "Rata-rata kemajuan",
        "progress_missing": "{n} program tanpa data kemajuan tidak dihitung",
        "progress_all": "semua program punya data kemajuan",
        "action_plans": "Realisasi rencana aksi",
        "action_plans_detail": "{done} dari {items} aksi selesai; {how}",
        "mean_of_categories": "rata-rata per kategori",
        "pooled": "seluruh aksi digabung",
        "overdue": "Program melewati jadwal",
        "overdue_detail": "tahun akhir sebelum {year}, belum selesai",
        "by_pillar": "Per pilar",
        "by_horizon": "Per jangka waktu",
        "by_agency": "Per perangkat daerah (OPD)",
        "pillar": "Pilar",
        "horizon": "Jangka",
        "agency": "OPD",
        "programs": "Program",
        "running": "Berjalan",
        "mean_progress_short": "Kemajuan",
        "no_progress": "Tanpa data",
        "quick_wins": "Quick Win",
        "quick_wins_none": "Rencana ini tidak memiliki program Quick Win.",
        "categories": "Rencana aksi per kategori",
        "category": "Kategori",
        "done": "Selesai",
        "actions": "Aksi",
        "rate": "Realisasi",
        "overall": "Keseluruhan",
        "overdue_none": "Tidak ada program yang melewati jadwal.",
        "program": "Program",
        "status": "Status",
        "progress": "Kemajuan",
        "years": "Tahun",
        "claims": "Klaim evaluasi dan hasil hitung",
        "claims_none": "Rencana ini tidak mencatat klaim evaluasi.",
        "stage": "Evaluasi tahap {stage}",
        "assessor": "Penilai",
        "mode_online": "daring",
        "mode_onsite": "luring",
        "figure": "Angka",
        "value": "Nilai",
        "claimed": "Diklaim",
        "computed": "Dihitung",
        "difference": "Selisih",
        "reproduced": "sesuai",
        "not_reproduced": "TIDAK SESUAI",
        "claims_other_revision": "Klaim ini dihitung dari revisi {claimed}; berkas ini revisi {current}, "
        "jadi tidak dibandingkan.",
        "indicators": "Indikator",
        "indicator": "Indikator",
        "baseline": "Awal",
        "target": "Target",
        "actual": "Capaian",
        "achievement": "Ketercapaian",
        "status_chart": "Sebaran status program",
        "pillar_chart": "Realisasi per pilar",
        "governance": "Tata kelola",
        "council": "Dewan Smart City",
        "chair": "Ketua",
        "team": "Tim Pelaksana",
        "lead_agency": "OPD pemimpin",
        "sources": "Sumber",
        "generated": "Dibuat oleh smartcity {version} dari revisi {revision}, per {as_of}.",
        "quick_win_mark": "QW",
        "yes": "ya",
    },
    "en": {
        "report_title": "Smart City Masterplan Progress Report",
        "as_of": "As of",
        "revision": "Revision",
        "updated": "updated",
        "period": "Period",
        "framework": "Framework",
        "province": "Province",
        "kind": "Kind of region",
        "code": "Region code",
        "leader": "Head of region",
        "headline": "Summary",
        "realization": "Programme realisation",
        "realization_detail": "{running} of {total} programmes running or completed",
        "cancelled_excluded": "cancelled programmes not counted",
        "mean_progress": "Mean progress",
        "progress_missing": "{n} programmes without progress data left out",
        "progress_all": "every programme has progress data",
        "action_plans": "Action-plan realisation",
        "action_plans_detail": "{done} of {items} actions done; {how}",
        "mean_of_categories": "mean of category rates",
        "pooled": "all actions pooled",
        "overdue": "Overdue programmes",
        "overdue_detail": "last year before {year}, not completed",
        "by_pillar": "By pillar",
        "by_horizon": "By horizon",
        "by_agency": "By agency (OPD)",
        "pillar": "Pillar",
        "horizon": "Horizon",
        "agency": "Agency",
        "programs": "Programmes",
        "running": "Running",
        "mean_progress_short": "Progress",
        "no_progress": "No data",
        "quick_wins": "Quick wins",
        "quick_wins_none": "This plan has no Quick Win programmes.",
        "categories": "Action plans by category",
        "category": "Category",
        "done": "Done",
        "actions": "Actions",
        "rate": "Realisation",
        "overall": "Overall",
        "overdue_none": "No programme is overdue.",
        "program": "Programme",
        "status": "Status",
        "progress": "Progress",
        "years": "Years",
        "claims": "Evaluation claims and computed figures",
        "claims_none": "This plan records no evaluation claims.",
        "stage": "Evaluation stage {stage}",
        "assessor": "Assessor",
        "mode_online": "online",
        "mode_onsite": "on site",
        "figure": "Figure",
        "value": "Value",
        "claimed": "Claimed",
        "computed": "Computed",
        "difference": "Difference",
        "reproduced": "reproduced",
        "not_reproduced": "NOT REPRODUCED",
        "claims_other_revision": "These claims were computed from revision {claimed}; this file is "
        "revision {current}, so they are not compared.",
        "indicators": "Indicators",
        "indicator": "Indicator",
        "baseline": "Baseline",
        "target": "Target",
        "actual": "Actual",
        "achievement": "Achievement",
        "status_chart": "Programmes by status",
        "pillar_chart": "Realisation by pillar",
        "governance": "Governance",
        "council": "Smart City Council",
        "chair": "Chair",
        "team": "Implementation team",
        "lead_agency": "Lead agency",
        "sources": "Sources",
        "generated": "Made by smartcity {version} from revision {revision}, as of {as_of}.",
        "quick_win_mark": "QW",
        "yes": "yes",
    },
}


def group_digits(digits: str, lang: str) -> str:
    """'1500000' -> '1.500.000' (id) or '1,500,000' (en)."""
    sign = "-" if digits.startswith("-") else ""
    digits = digits.lstrip("-")
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sign + _SEPARATORS[lang][0].join(groups)


def format_decimal(value: Decimal, lang: str) -> str:
    """A decimal as written, with the language's separators: 70.73 -> '70,73' (id)."""
    text = format(value, "f")
    whole, _, fraction = text.partition(".")
    out = group_digits(whole, lang)
    return f"{out}{_SEPARATORS[lang][1]}{fraction}" if fraction else out


def format_percent(value: Decimal | None, lang: str) -> str:
    """A rounded percentage: Decimal('70.73') -> '70,73%' (id), '70.73%' (en)."""
    return MISSING if value is None else format_decimal(value, lang) + "%"


def format_count(value: int, lang: str) -> str:
    return group_digits(str(value), lang)


def format_number(value: float | int | None, lang: str) -> str:
    """A number from the plan as the user wrote it: 4.5 -> '4,5' (id); 1500000 -> '1.500.000'."""
    if value is None:
        return MISSING
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return format_decimal(
        Decimal(repr(value)) if isinstance(value, float) else Decimal(value), lang
    )


def format_date(value: dt.date, lang: str) -> str:
    """13 November 2024 / 13 Mei 2024: day, month name, year in both languages."""
    return f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"


def status_label(status: str, lang: str) -> str:
    return STATUS[lang][status]


def horizon_label(horizon: str, lang: str) -> str:
    return HORIZON[lang].get(horizon, horizon)
