"""The patient's answers: ratings 1-5, keys checked against the pathway, SURE yes or no."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from avn_aid.errors import InputError
from avn_aid.model.values import Preferences, check_preferences, parse_rating, parse_sure


def test_parse_rating_and_sure():
    assert parse_rating("keep_own_hip=4") == ("keep_own_hip", 4)
    assert parse_sure("risk_benefit=No") == ("risk_benefit", False)


def test_ratings_outside_one_to_five_are_refused_by_the_model_too():
    with pytest.raises(ValidationError):
        Preferences(values={"cost": 6})


def test_check_names_the_valid_keys():
    with pytest.raises(InputError, match="this pathway asks about: a, b"):
        check_preferences(Preferences(values={"c": 2}), ("a", "b"), ("x",))
    check_preferences(Preferences(values={"a": 2}, leaning="x"), ("a", "b"), ("x",))


def test_default_pathway_defines_unique_value_items(default_document):
    ids = [v.id for v in default_document.pathway.values]
    assert len(ids) >= 5 and len(ids) == len(set(ids))


def test_repeated_value_ids_are_an_error(default_text):
    import yaml

    from avn_aid.model.pathway import Pathway

    data = yaml.safe_load(default_text)
    data["values"].append(dict(data["values"][0]))
    with pytest.raises(ValidationError, match="value item ids repeated: keep_own_hip"):
        Pathway.model_validate(data)


def test_the_command_line_names_the_same_sure_keys():
    """cli/preference_args.py keeps its own copy so that parsing imports no pydantic."""
    from avn_aid.cli.preference_args import SURE_KEYS as CLI_KEYS
    from avn_aid.model.values import SURE_KEYS

    assert CLI_KEYS == SURE_KEYS and len(SURE_KEYS) == 4


def test_unusual_answers_mean_what_the_format_model_says():
    """Spaces around ids are stripped as in a session file; the plain answers are equal."""
    assert Preferences(values={" keep_own_hip ": 4}, leaning=" core ") == Preferences(
        values={"keep_own_hip": 4}, leaning="core"
    )
    with pytest.raises(ValidationError):
        Preferences(values={"cost": True})  # a yes/no is not a rating
    with pytest.raises(ValidationError):
        Preferences(sure={"maybe": True})


def test_usual_answers_are_built_without_pydantic():
    """The wizard builds answers at every change; it starts without pydantic."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from avn_aid.model.values import Preferences\n"
        "p = Preferences(values={'keep_own_hip': 5}, leaning='core', sure={'sure': True})\n"
        "assert not p.empty and Preferences().empty\n"
        "print('pydantic' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
