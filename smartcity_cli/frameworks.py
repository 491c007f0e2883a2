"""Built-in pillar sets as data: the national guide's six dimensions and Giffinger's six.

Sources: public descriptions of Kemenkominfo's "Panduan Penyusunan Masterplan Smart City"
(dimension and element names vary slightly between them; ids are what stays stable) and
Giffinger et al. (2007), "Smart cities: Ranking of European medium-sized cities".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BuiltinElement:
    id: str
    name_id: str
    name_en: str


@dataclass(frozen=True)
class BuiltinPillar:
    id: str
    name: str
    name_id: str
    name_en: str
    elements: tuple[BuiltinElement, ...] = ()


def _e(id_: str, name_id: str, name_en: str) -> BuiltinElement:
    return BuiltinElement(id_, name_id, name_en)


KOMINFO = (
    BuiltinPillar("governance", "Smart Governance", "Tata Kelola Cerdas", "Smart Governance", (
        _e("public-service", "Pelayanan Publik", "Public service"),
        _e("bureaucracy", "Manajemen Birokrasi", "Bureaucracy management"),
        _e("public-policy", "Kebijakan Publik", "Public policy"),
    )),
    BuiltinPillar("branding", "Smart Branding", "Pemasaran Daerah Cerdas", "Smart Branding", (
        _e("tourism", "Pariwisata", "Tourism"),
        _e("business-ecosystem", "Ekosistem Bisnis", "Business ecosystem"),
        _e("city-appearance", "Wajah Kota", "City appearance"),
    )),
    BuiltinPillar("economy", "Smart Economy", "Ekonomi Cerdas", "Smart Economy", (
        _e("industry", "Industri", "Industry"),
        _e("welfare", "Kesejahteraan Rakyat", "Public welfare"),
        _e("financial-ecosystem", "Ekosistem Transaksi Keuangan", "Financial transaction ecosystem"),
    )),
    BuiltinPillar("living", "Smart Living", "Lingkungan Hidup Cerdas", "Smart Living", (
        _e("harmonious-living", "Harmonisasi Kawasan", "Harmonious living"),
        _e("health", "Kesehatan", "Health"),
        _e("mobility", "Mobilitas", "Mobility and transport"),
    )),
    BuiltinPillar("society", "Smart Society", "Masyarakat Cerdas", "Smart Society", (
        _e("community", "Komunitas", "Community"),
        _e("learning-ecosystem", "Ekosistem Belajar", "Learning ecosystem"),
        _e("security", "Keamanan", "Security and safety"),
    )),
    BuiltinPillar("environment", "Smart Environment", "Lingkungan Cerdas", "Smart Environment", (
        _e("environmental-protection", "Proteksi Lingkungan", "Environmental protection"),
        _e("waste-management", "Tata Kelola Sampah dan Limbah", "Waste management"),
        _e("energy-management", "Tata Kelola Energi", "Energy management"),
    )),
)  # fmt: skip

GIFFINGER = (
    BuiltinPillar("economy", "Smart Economy", "Ekonomi Cerdas", "Smart Economy (competitiveness)"),
    BuiltinPillar("people", "Smart People", "Masyarakat Cerdas", "Smart People (social and human capital)"),
    BuiltinPillar("governance", "Smart Governance", "Tata Kelola Cerdas", "Smart Governance (participation)"),
    BuiltinPillar("mobility", "Smart Mobility", "Mobilitas Cerdas", "Smart Mobility (transport and ICT)"),
    BuiltinPillar("environment", "Smart Environment", "Lingkungan Cerdas", "Smart Environment (natural resources)"),
    BuiltinPillar("living", "Smart Living", "Kehidupan Cerdas", "Smart Living (quality of life)"),
)  # fmt: skip

FRAMEWORKS: dict[str, tuple[BuiltinPillar, ...]] = {
    "kominfo": KOMINFO,
    "giffinger": GIFFINGER,
    "custom": (),
}


def pillars_of(framework: str) -> tuple[BuiltinPillar, ...]:
    """The built-in pillars of a framework; none for ``custom``."""
    return FRAMEWORKS.get(framework, ())
