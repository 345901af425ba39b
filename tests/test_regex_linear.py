"""No rule's regular expression backtracks catastrophically: time grows about linearly with input."""
import importlib
import pkgutil
import re
import time

import pytest

import summitnlp

WORST_CASES = {
    "quotes": lambda n: ('"\u201c\u201d\'' * n)[:n],
    "digits": lambda n: ("1234567890" * n)[:n],
    "digits and separators": lambda n: ("12-04.2019/" * n)[:n],
    "capitalised words": lambda n: ("Vladimir Putin " * n)[:n],
    "spaces": lambda n: " " * n,
    "letters": lambda n: "a" * n,
    "words and dots": lambda n: ("Mr. U.S. " * n)[:n],
}
SIZE = 5_000  # and four times that: linear time grows 4x, quadratic 16x


def rule_patterns():
    """Every compiled pattern at module level in summitnlp and its rules."""
    found = {}
    for info in pkgutil.walk_packages(summitnlp.__path__, "summitnlp."):
        if info.name.endswith((".spark", ".cli")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{info.name}.{name}"] = value
            elif isinstance(value, (list, tuple, dict)):
                items = value.values() if isinstance(value, dict) else value
                for i, item in enumerate(items):
                    if isinstance(item, re.Pattern):
                        found[f"{info.name}.{name}[{i}]"] = item
    return found


def cost(pattern, text):
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - start)
    return best


def test_there_are_patterns_to_check():
    assert len(rule_patterns()) >= 5


def grows_too_fast(pattern, make) -> str | None:
    """Linear time grows 4x with 4x the input, quadratic 16x; flag >8x three times running,
    so that a busy machine's hiccup is not taken for backtracking."""
    for _ in range(3):
        small, large = cost(pattern, make(SIZE)), cost(pattern, make(4 * SIZE))
        if large <= 8.0 * small + 0.002:
            return None
    return f"{small * 1000:.1f} ms -> {large * 1000:.1f} ms"


@pytest.mark.parametrize("case", sorted(WORST_CASES))
def test_every_pattern_scales_linearly(case):
    make = WORST_CASES[case]
    slow = [f"{name}: {growth}" for name, pattern in rule_patterns().items()
            if (growth := grows_too_fast(pattern, make))]
    assert not slow, "super-linear patterns: " + "; ".join(slow)
