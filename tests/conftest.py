from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
EXAMPLES = ROOT / "examples"
REFERENCE = CORPUS / "dazhong-2011-08-17.txt"


@pytest.fixture(scope="session")
def reference_kg():
    import govkg

    return govkg.build([REFERENCE])


@pytest.fixture(scope="session")
def examples_kg():
    import govkg

    return govkg.build([EXAMPLES])
