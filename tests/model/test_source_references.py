"""A source's locators and addresses are checked when the pathway is loaded."""

from __future__ import annotations

import pytest

from avn_aid.errors import PathwayError
from avn_aid.loading import load_pathway


def test_locators_must_name_cited_sources(write_pathway):
    path = write_pathway(
        ("        locators: {min2008: Abstract}", "        locators: {s003: Abstract}")
    )
    with pytest.raises(
        PathwayError, match="locators name sources this statement does not cite: s003"
    ):
        load_pathway(path)


def test_a_source_with_an_address_needs_the_date_it_was_read(write_pathway):
    path = write_pathway(
        (
            "    url: https://pubmed.ncbi.nlm.nih.gov/8595753/\n    accessed: 2026-11-22\n",
            "    url: https://pubmed.ncbi.nlm.nih.gov/8595753/\n",
        )
    )
    with pytest.raises(PathwayError, match="needs the date it was read"):
        load_pathway(path)


def test_crutch_time_sources_must_exist(write_pathway):
    path = write_pathway(("    crutch_time_sources: [s004]\n", "    crutch_time_sources: [s999]\n"))
    with pytest.raises(PathwayError, match="unknown source 's999'"):
        load_pathway(path)
