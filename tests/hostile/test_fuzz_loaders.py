"""Fuzzing the loaders: whatever the bytes, only user errors come out, never a crash."""

from __future__ import annotations

import contextlib
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from avn_aid.errors import UserError
from avn_aid.loading.validation import parse_located
from avn_aid.session import parse_session
from tests.hostile.cases import BASE, session

PATHWAY = BASE.read_bytes()
SESSION = session()
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that mean something to YAML or JSON, plus a few that should not be there.
SIGNIFICANT = st.sampled_from(
    [
        *"{}[]:,-?&*!|>'\"%@`#\n\t \\~.0123456789eExX_+",
        *(
            "<<",
            "!!int",
            "!!float",
            "!!python/name:os.system",
            "\u202e",
            "\x00",
            "\ufeff",
            "é",
            "😀",
        ),
    ]
)


def mutated(original: bytes) -> st.SearchStrategy[bytes]:
    """The original with a few bytes replaced, inserted or deleted at random places."""
    edit = st.tuples(
        st.sampled_from(["replace", "insert", "delete"]),
        st.floats(0, 1),
        st.one_of(st.binary(min_size=1, max_size=8), SIGNIFICANT.map(str.encode)),
    )

    def apply(edits: list[tuple[str, float, bytes]]) -> bytes:
        data = bytearray(original)
        for kind, where, chunk in edits:
            at = int(where * len(data))
            if kind == "replace":
                data[at : at + len(chunk)] = chunk
            elif kind == "insert":
                data[at:at] = chunk
            else:
                del data[at : at + len(chunk)]
        return bytes(data)

    return st.lists(edit, min_size=1, max_size=6).map(apply)


def assemblies() -> st.SearchStrategy[bytes]:
    return st.lists(SIGNIFICANT | st.text(max_size=4), max_size=60).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(raw=mutated(PATHWAY) | assemblies() | st.binary(max_size=300))
def test_pathway_loader_raises_only_user_errors(raw: bytes) -> None:
    with contextlib.suppress(UserError):  # anything else fails the test
        parse_located(raw, "fuzz.yaml")


@FUZZ
@given(
    raw=mutated(SESSION)
    | assemblies()
    | json_values.map(lambda v: json.dumps(v).encode())
    | st.binary(max_size=300)
)
def test_session_loader_raises_only_user_errors(raw: bytes) -> None:
    with contextlib.suppress(UserError):  # anything else fails the test
        parse_session(raw, "fuzz.json")
