"""A seeded generator of valid synthetic masterplans, for benchmarks and scale tests."""

from __future__ import annotations

import random
from pathlib import Path

PILLARS = {
    "governance": ["public-service", "bureaucracy", "public-policy"],
    "branding": ["tourism", "business-ecosystem", "city-appearance"],
    "economy": ["industry", "welfare", "financial-ecosystem"],
    "living": ["harmonious-living", "health", "mobility"],
    "society": ["community", "learning-ecosystem", "security"],
    "environment": ["environmental-protection", "waste-management", "energy-management"],
}
AGENCIES = ["diskominfo", "bappeda", "dinkes", "disdik", "dishub", "dlh", "dpmptsp", "dinsos"]
HORIZONS = {"short": (2019, 2019), "medium": (2019, 2023), "long": (2019, 2028)}


def synthetic_plan(programs: int, *, seed: int = 1, slug: str = "sintetis") -> str:
    """YAML text of a valid kominfo plan with ``programs`` programs, the same for a seed."""
    rng = random.Random(seed)
    out = [
        "format: 1", "revision: 1", "updated: 2024-11-13", "region:", f"  slug: {slug}",
        f"  name: Kota {slug.title()}", "  kind: kota", "  province: Sumatera Barat",
        "masterplan:", "  title: Masterplan Sintetis 2019-2028",
        "  period: {start: 2019, end: 2028}", "agencies:",
    ]  # fmt: skip
    out += [f"  - {{id: {a}, name: Dinas {a.title()}}}" for a in AGENCIES]
    out += ["targets:"] + [f"  - {{id: S{i:02}, name: Sasaran {i}}}" for i in range(1, 11)]
    out.append("programs:")
    for i in range(programs):
        pillar = rng.choice(list(PILLARS))
        horizon = rng.choice(list(HORIZONS))
        start, end = HORIZONS[horizon]
        status = rng.choice(["planned", "running", "running", "completed", "delayed", "cancelled"])
        progress = {"planned": 0, "completed": 100}.get(status, rng.randrange(0, 100))
        out += [
            f"  - id: P-{i:05}",
            f"    name: Program sintetis nomor {i} untuk layanan kota",
            "    description: Program contoh untuk pengukuran kinerja alat.",
            f"    pillar: {pillar}",
            f"    element: {rng.choice(PILLARS[pillar])}",
            f"    agency: {rng.choice(AGENCIES)}",
            f"    horizon: {horizon}",
            f"    quick_win: {'true' if horizon == 'short' and rng.random() < 0.3 else 'false'}",
            f"    years: {{start: {start}, end: {end}}}",
            f"    budget: {{amount: {rng.randrange(1, 500) * 10_000_000}, currency: IDR, source: APBD}}",
            f"    status: {status}",
            f"    progress: {progress}",
            f"    targets: [S{rng.randrange(1, 11):02}]",
            "    indicators:",
            f"      - {{name: Indikator {i}, unit: layanan, baseline: 5, target: 40, actual: {rng.randrange(0, 50)}}}",
        ]
        if i and rng.random() < 0.2:
            out.append(f"    depends_on: [P-{rng.randrange(0, i):05}]")  # only earlier: no cycle
    out += ["action_plans:"]
    for c, category in enumerate(["policy", "infrastructure", "hr", "services"]):
        out += [f"  - id: {category}", f"    name: Kategori {category}", "    items:"]
        out += [
            f"      - {{id: A{c}-{i}, name: Aksi {i}, done: {'true' if (i + c) % 4 else 'false'}}}"
            for i in range(rng.randrange(5, 16))
        ]
    out += [
        "evaluations:",
        f"  - {{stage: 1, date: 2023-11-01, assessor: Kementerian, claimed: {{programs_total: {programs}}}}}",
        "  - {stage: 2, date: 2024-11-13, scores: {baseline: 4.00, output: 3.50, outcome: 3.00, "
        "impact: 2.50, quick_win: 4.50}}",
    ]
    return "\n".join(out) + "\n"


def national_corpus(directory: Path, *, plans: int = 514, seed: int = 2026) -> list[Path]:
    """A seeded corpus: one plan a kabupaten/kota (514), of 50 to 300 programs each."""
    rng = random.Random(seed)
    paths = []
    for i in range(plans):
        slug = f"daerah-{i:03}"
        path = directory / f"{slug}.yaml"
        text = synthetic_plan(rng.randrange(50, 301), seed=seed + i, slug=slug)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
