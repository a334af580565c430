"""Alias resolution: real surface forms to canonical names."""

import pytest

from graph.names import agency_name, canonical_name, country_name, firm_name, material_name

COUNTRY_FORMS = [
    ("U.S.", "United States"), ("US", "United States"), ("USA", "United States"),
    ("the United States", "United States"), ("America", "United States"),
    ("Washington", "United States"), ("American", "United States"),
    ("Beijing", "China"), ("Chinese", "China"), ("People's Republic of China", "China"),
    ("China’s", "China"),
    ("Dutch", "Netherlands"), ("The Netherlands", "Netherlands"), ("Netherlands", "Netherlands"),
    ("Tokyo", "Japan"), ("Japanese", "Japan"),
    ("Korea, Republic of", "South Korea"), ("South Korea", "South Korea"), ("Seoul", "South Korea"),
    ("Burma", "Myanmar"), ("Myanmar", "Myanmar"),
    ("Congo (Kinshasa)", "Democratic Republic of the Congo"), ("DRC", "Democratic Republic of the Congo"),
    ("Russian Federation", "Russia"), ("Viet Nam", "Vietnam"), ("Türkiye", "Turkey"),
    ("UK", "United Kingdom"), ("British", "United Kingdom"),
    ("EU", "European Union"), ("European Union", "European Union"),
    ("Australian", "Australia"), ("Canberra", "Australia"), ("Belgian", "Belgium"),
    ("Estonia", "Estonia"), ("Kazakhstan", "Kazakhstan"),
]


@pytest.mark.parametrize("form,canonical", COUNTRY_FORMS)
def test_country_forms(form, canonical):
    assert country_name(form) == canonical


@pytest.mark.parametrize("form", ["us", "Atlantis", "", "rare earths", "Element Six"])
def test_non_countries_are_not_resolved(form):
    # "us" the pronoun must not become the United States.
    assert country_name(form) is None


@pytest.mark.parametrize("form,canonical", [
    ("rare earths", "rare earths"), ("Rare Earth Elements", "rare earths"), ("REEs", "rare earths"),
    ("rare-earth", "rare earths"), ("artificial diamonds", "synthetic diamond"),
    ("Synthetic Diamonds", "synthetic diamond"), ("lab-grown diamond", "synthetic diamond"),
    ("Gallium", "gallium"), ("dysprosium", "dysprosium"), ("Aluminum", "aluminium"),
    ("NdFeB magnets", "neodymium magnets"), ("heavy rare earth elements", "heavy rare earths"),
    ("lithium-ion battery", "lithium-ion batteries"), ("cobalt", "cobalt"),
    ("anode materials", "graphite anode material"),
])
def test_material_forms(form, canonical):
    assert material_name(form) == canonical


@pytest.mark.parametrize("form,canonical", [
    ("Lynas Rare Earths Ltd", "Lynas Rare Earths"), ("Lynas", "Lynas Rare Earths"),
    ("MP Materials Corp.", "MP Materials"), ("De Beers Group", "De Beers Group"),
    ("Sumitomo Electric Industries, Ltd.", "Sumitomo Electric Industries"),
    ("Element Six", "Element Six"), ("Shin-Etsu Chemical Co., Ltd.", "Shin-Etsu Chemical"),
    ("Iluka Resources Limited", "Iluka Resources"), ("Solvay SA", "Solvay"),
])
def test_firm_forms(form, canonical):
    assert firm_name(form) == canonical


@pytest.mark.parametrize("form,canonical", [
    ("MOFCOM", "Ministry of Commerce (China)"), ("Pentagon", "Department of Defense"),
    ("DoD", "Department of Defense"), ("JBIC", "Japan Bank for International Cooperation"),
])
def test_agency_forms(form, canonical):
    assert agency_name(form) == canonical


def test_canonical_name_keeps_acronyms_in_industries():
    assert canonical_name("Industry", "LEDs") == "LEDs"
    assert canonical_name("Industry", "Electric Vehicles") == "electric vehicles"
