"""Runs the browser tests with pytest (kept as a script so scripts/test stays short)."""
import sys
from pathlib import Path

import pytest

sys.exit(pytest.main([str(Path(__file__).parent), "-q", "-p", "no:cacheprovider"]))
