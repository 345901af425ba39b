"""Run summitnlp on the bundled DW article and print what it found.

    python examples/quickstart.py [ARTICLE.txt] [--published YYYY-MM-DD] [--json]
"""
import argparse
from pathlib import Path

import summitnlp

HERE = Path(__file__).resolve().parent


def summary(result: summitnlp.Extraction) -> str:
    lines = [f"published: {result.published}", "", "leaders:"]
    lines += [f"  {x.name} ({x.title}, {x.country}) x{len(x.mentions)}" for x in result.leaders]
    lines += ["locations:"]
    lines += [f"  {x.name} [{x.kind}, {x.country_code}] {x.latitude},{x.longitude}" for x in result.locations]
    lines += ["dates:"] + [f"  {x.text!r} -> {x.value} ({x.type})" for x in result.dates]
    lines += ["quotes:"] + [f"  [{x.kind}] {x.speaker}: {x.text[:70]!r}" for x in result.quotes]
    lines += ["meetings:"]
    lines += [f"  {' & '.join(x.participants)} in {x.location} on {x.date} ({x.kind}, {x.status})"
              for x in result.meetings]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=HERE / "dw-2019-04-25-kim-putin-vladivostok.txt")
    parser.add_argument("--published", default=None, help="the article's date; found in the text if omitted")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = parser.parse_args()
    result = summitnlp.extract(Path(args.article).read_text(encoding="utf-8"), published=args.published)
    print(result.to_json(indent=1) if args.json else summary(result))


if __name__ == "__main__":
    main()
