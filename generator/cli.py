"""The `briefings` command line: parses arguments and calls generator.commands."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from generator import commands
from generator.problems import UsageError
from generator.project import find_project

EXAMPLES = {
    "ingest": "briefings ingest                 # every seed in seeds/\n"
    "  briefings ingest seeds/new.txt  # one seed\n"
    "  briefings ingest https://example.org/news/story.html  # fetched into seeds/web/",
    "extract": "briefings extract seeds/000_ab3d3fa886c43d66.txt --format json",
    "render": "briefings render --out /tmp/pages",
    "check": "briefings check",
    "build": "briefings build --strict --production",
    "serve": "briefings serve --dev-addr 127.0.0.1:8000",
    "new": 'briefings new "Iraq and Syria agree border patrols"',
    "schema": "briefings schema > generator/schema/briefing.schema.json",
    "resolve": "briefings resolve iraq-and-syria-agree-border-patrols --keep-mine",
    "entities": "briefings entities --kind person --suspects",
    "merge": 'briefings merge "Okafor" "Ann Okafor"',
    "rename-briefing": "briefings rename-briefing iraq-syria-talks iraq-and-syria-agree-patrols",
}


#: Kinds of entity (generator.entities_file.KINDS), spelt here to keep the parser light.
KIND_NAMES = ("person", "organization", "place", "group")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see 'briefings {self.prog.split()[-1]} --help')")


def _command(sub: argparse._SubParsersAction[_Parser], name: str, help_text: str) -> _Parser:
    parser: _Parser = sub.add_parser(
        name,
        help=help_text,
        description=help_text,
        epilog=f"example:\n  {EXAMPLES[name]}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def build_parser() -> _Parser:
    parser = _Parser(
        prog="briefings",
        description="Turn news articles into a searchable briefing site.",
        epilog="Each command works on the project around the current folder "
        "(the nearest folder upwards holding mkdocs.yml).",
    )
    parser.add_argument("--root", type=Path, help="the project folder (default: found upwards)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _command(sub, "ingest", "turn seeds into records in briefings/ (never overwrites edits)")
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH_OR_URL",
        help="seed files or folders; http(s) URLs of pages or feeds are fetched into seeds/web/",
    )
    p.add_argument("--force", action="store_true", help="regenerate records even if edited")

    p = _command(sub, "extract", "print the records that ingest would write; write nothing")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--format", choices=("yaml", "json"), default="yaml", dest="output_format")

    p = _command(sub, "render", "write the Markdown pages, feeds and JSON of the site")
    p.add_argument("--out", type=Path, help="folder for the pages (default: build/docs)")
    p.add_argument("--production", action="store_true", help="leave drafts out")

    _command(sub, "check", "validate every record; print path:line: field: message")

    p = _command(sub, "build", "check, render, then build site/ with MkDocs")
    p.add_argument("--strict", action="store_true", help="fail on MkDocs warnings")
    p.add_argument("--production", action="store_true", help="leave drafts out")

    p = _command(
        sub, "serve", "live preview; editing a record, template, overrides/ or mkdocs.yml reloads"
    )
    p.add_argument("--production", action="store_true", help="preview without drafts")
    p.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on")

    p = _command(sub, "new", "scaffold an empty record for a briefing written by hand")
    p.add_argument("title", help="the headline")
    p.add_argument("--id", dest="record_id", help="the id (default: slug of the title)")

    _command(sub, "schema", "print the record JSON Schema")

    p = _command(
        sub, "resolve", "settle an ingest conflict (a seed changed under an edited record)"
    )
    p.add_argument("record_id", metavar="ID", help="the record's id")
    side = p.add_mutually_exclusive_group(required=True)
    side.add_argument(
        "--keep-mine", action="store_true", help="your record stands for the changed seed"
    )
    side.add_argument(
        "--take-theirs", action="store_true", help="the proposed record replaces yours"
    )
    p = _command(sub, "entities", "the desk's entities with their briefing counts")
    p.add_argument("--kind", choices=KIND_NAMES, help="only entities of this kind")
    p.add_argument(
        "--suspects", action="store_true", help="likely duplicates and likely non-entities"
    )

    p = _command(
        sub, "merge", "merge one entity into another in every record; recorded in entities.yaml"
    )
    p.add_argument("source", metavar="FROM", help="the name to merge away (kept as an alias)")
    p.add_argument("target", metavar="INTO", help="the name it becomes")
    p.add_argument("--kind", choices=KIND_NAMES, help="needed when FROM names two kinds")

    p = _command(
        sub, "rename-briefing", "give a briefing a new id; its old URL redirects to the new one"
    )
    p.add_argument("old_id", metavar="OLD", help="the briefing's id now")
    p.add_argument("new_id", metavar="NEW", help="its new id")
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the command that ``args`` (parsed by build_parser) names."""
    if args.command == "schema":
        return commands.cmd_schema()
    project = find_project(Path.cwd(), args.root)
    match args.command:
        case "ingest":
            return commands.cmd_ingest(project, args.paths, force=args.force)
        case "extract":
            return commands.cmd_extract(project, args.paths, output_format=args.output_format)
        case "render":
            return commands.cmd_render(project, args.out, production=args.production)
        case "check":
            return commands.cmd_check(project)
        case "build":
            return commands.cmd_build(project, strict=args.strict, production=args.production)
        case "serve":
            return commands.cmd_serve(project, production=args.production, dev_addr=args.dev_addr)
        case "new":
            return commands.cmd_new(project, args.title, record_id=args.record_id, today=None)
        case "resolve":
            return commands.cmd_resolve(project, args.record_id, keep_mine=args.keep_mine)
        case "entities":
            return commands.cmd_entities(project, kind=args.kind, suspects=args.suspects)
        case "merge":
            return commands.cmd_merge(project, args.source, args.target, kind=args.kind)
        case "rename-briefing":
            return commands.cmd_rename_briefing(project, args.old_id, args.new_id)
    raise AssertionError(args.command)  # pragma: no cover


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: messages, never tracebacks (unless --debug)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | None = None
    try:
        args = build_parser().parse_args(argv)
        return run(args)
    except UsageError as error:
        print(f"briefings: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("briefings: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (briefings entities | head): no error of ours. Output
        # still buffered goes nowhere, so that exiting does not raise the error again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:
        if args is not None and args.debug:
            traceback.print_exc()
        print(f"briefings: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
