"""Run summitnlp on the bundled DW article and print what it found.

    python examples/quickstart.py [ARTICLE.txt] [--published YYYY-MM-DD] [--json]
"""
import argparse
from pathlib import Path

import summitnlp
from summitnlp.display import summary_text

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=HERE / "dw-2019-04-25-kim-putin-vladivostok.txt")
    parser.add_argument("--published", default=None, help="the article's date; found in the text if omitted")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = parser.parse_args()
    result = summitnlp.extract(Path(args.article).read_text(encoding="utf-8"), published=args.published)
    print(result.to_json(indent=1) if args.json else summary_text(result))


if __name__ == "__main__":
    main()
