"""The `citygraph` command line: extract, load, serve, and manage the embedded engine."""

from __future__ import annotations

import errno
import ipaddress
import json
import logging
import signal
import socket
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from citygraph.console import err, escape, out
from citygraph.errors import CitygraphError, PeriodError, UsageError
from citygraph.paths import SEED_REPORTS_DIR

if TYPE_CHECKING:
    from rich.progress import Progress

    from citygraph.settings import Settings
    from loaders.corrections import Applied
    from loaders.scoring import Score

app = typer.Typer(
    help="citygraph: a knowledge graph of a city's international relationships.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
db_app = typer.Typer(help="Manage the embedded graph engine (used when NEO4J_URI is unset).")
app.add_typer(db_app, name="db")

# The driver logs each retried transaction as a multi-line warning; the user gets
# our one clear line instead (GraphUnavailableError and friends).
logging.getLogger("neo4j").setLevel(logging.ERROR)

FilesArg = Annotated[list[Path], typer.Argument(help="Report chapter files or folders of them.")]
PeriodOpt = Annotated[
    str | None,
    typer.Option(help="Report period when the text lacks one, e.g. 104H2 or 2015-07..2015-12."),
]


def _debug() -> bool:
    """CITYGRAPH_DEBUG from the settings (false when the settings themselves are broken)."""
    from citygraph.settings import get_settings

    try:
        return get_settings().debug
    except CitygraphError:
        return False


def print_error(message: str, label: str = "error") -> None:
    """One line on stderr; the message is text, not markup (a file name or an option's
    value may hold [brackets], which rich would otherwise take for styles)."""
    err().print(f"[bold red]{label}:[/] {escape(message)}", highlight=False)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn citygraph's errors into one clear line on stderr: exit status 2 for a bad
    option (usage), 1 for everything else that is not a bug (70)."""
    try:
        yield
    except (typer.Exit, typer.Abort):  # a command's own exit: not an error to report
        raise
    except PeriodError as exc:
        print_error(f"--period: {exc}")
        raise typer.Exit(2) from None
    except UsageError as exc:
        print_error(str(exc))
        raise typer.Exit(2) from None
    except CitygraphError as exc:
        print_error(str(exc))
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err().print("interrupted")
        raise typer.Exit(130) from None
    except Exception as exc:  # a bug: say so in one line, the traceback only on request
        if _debug():
            raise
        print_error(
            f"{type(exc).__name__}: {exc} "
            "(please report it; CITYGRAPH_DEBUG=1 shows the traceback)",
            label="internal error",
        )
        raise typer.Exit(70) from None


def _settings() -> Settings:
    """The settings; an invalid variable is one line naming it, and exit status 1."""
    from citygraph.settings import get_settings  # imported late: `extract` needs no settings

    with user_errors():
        return get_settings()


def _files_in(paths: list[Path], what: str = "report") -> list[Path]:
    """The files named, with folders expanded to the files they hold (for reports,
    the reports' corrections files aside: each is read with its report)."""
    from citygraph.errors import ReportInputError
    from loaders.corrections import SUFFIX

    def wanted(file: Path) -> bool:
        aside = what == "report" and file.name.endswith(SUFFIX)
        return file.is_file() and not file.name.startswith(".") and not aside

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if wanted(p))
            if not found:
                raise ReportInputError(str(path), f"the folder holds no {what} files")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise ReportInputError(str(path), "no such file or folder")
    return files


def _progress() -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err(),
        transient=not err().is_terminal,
    )


# -- extraction and loading ------------------------------------------------------------
CorrectionsOpt = Annotated[
    bool,
    typer.Option(
        "--corrections/--no-corrections",
        help="Apply each report's corrections file (<report>.corrections.toml beside it), "
        "if it has one; --no-corrections takes what the rules alone read.",
    ),
]


@app.command()
def extract(
    files: FilesArg,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            help="json, summary, or review (each sentence with the facts read from it; "
            "⚠ where it names something no fact joins)",
        ),
    ] = "json",
    period: PeriodOpt = None,
    corrections: CorrectionsOpt = True,
) -> None:
    """Extract entities and relations from report chapters, without any database."""
    from loaders.pipeline import extract_files

    if format not in ("json", "summary", "review"):
        print_error(f"--format must be json, summary or review, not {format!r}")
        raise typer.Exit(2)
    if format == "review":
        with user_errors():
            for path in _files_in(files):
                _print_review(path, period, corrections)
        return
    with user_errors():
        extraction = extract_files(_files_in(files), period, corrections, _say_corrected)
    for source in extraction.sources:
        _warn_if_period_unknown(source.path, source.period)
    if format == "json":
        json.dump(extraction.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    from rich.table import Table

    table = Table("source", "period", "entities", "relations")
    table.add_row(
        escape(", ".join(s.path for s in extraction.sources)),
        ", ".join(s.period for s in extraction.sources),
        str(len(extraction.entities)),
        str(len(extraction.relations)),
    )
    out().print(table)


@app.command()
def score(
    expected: Annotated[
        list[Path], typer.Argument(help="Expected-facts files (.toml) or folders of them.")
    ],
    show: Annotated[
        bool, typer.Option("--show", help="List the missed facts and the wrong extractions.")
    ] = False,
    causes: Annotated[
        bool,
        typer.Option(
            "--causes",
            help="Count the missed facts by the kind of miss and the wrong extractions "
            "by type (where an error analysis starts).",
        ),
    ] = False,
    min_recall: Annotated[float, typer.Option(help="Bar for every relation type.")] = 0.9,
    min_precision: Annotated[float, typer.Option(help="Bar for every relation type.")] = 0.95,
) -> None:
    """Score extraction against expected-facts files: recall and precision per type.

    Exits with status 1 when a relation type is under the bar.
    """
    from rich.table import Table

    from loaders.scoring import Score, score_file

    total = Score()
    with user_errors():
        named = _files_in(expected, "expected-facts")
        for path in [f for f in named if f.suffix == ".toml" or f in expected]:
            one = score_file(path)
            total.add(one)
            t = one.total()
            out().print(f"{escape(str(path))}: recall {t.recall:.3f}, precision {t.precision:.3f}")
    table = Table(
        "relation type", "expected", "found", "recall", "extracted", "correct", "precision"
    )
    for kind, c in [*total.by_type.items(), ("all", total.total())]:
        table.add_row(
            str(kind), str(c.expected), str(c.found), f"{c.recall:.3f}",
            str(c.extracted), str(c.correct), f"{c.precision:.3f}",
        )  # fmt: skip
    out().print(table)
    if show:
        for miss in total.missed:
            out().print(
                f"[yellow]missed[/] {escape(miss.fact.describe())}: {escape(miss.why)}",
                highlight=False,
            )
        for relation in total.wrong:
            props = ", ".join(f"{k}={v}" for k, v in relation.properties.items())
            out().print(
                "[red]wrong[/] "
                + escape(f"{relation.type} {relation.source} → {relation.target} ({props})"),
                highlight=False,
            )
    if causes:
        _print_causes(total)
    below = total.below(min_recall, min_precision)
    if below:
        err().print("under the bar: " + "; ".join(below), highlight=False, markup=False)
        raise typer.Exit(1)


def _print_review(path: Path, period: str | None, corrections: bool) -> None:
    """One report, sentence by sentence: the facts read from each, and ⚠ before those
    naming a city, body, person or event no fact read from them joins."""
    from loaders.review import review_file

    review = review_file(path, period, corrections)
    extraction, rows = review.extraction, review.sentences
    names = {e.id: e.name_zh or e.name_en or e.id for e in extraction.entities}
    source = extraction.sources[0]
    _warn_if_period_unknown(source.path, source.period)
    if review.corrected:
        _say_corrected(review.corrected)
    out().print(f"[bold]{escape(source.path)}[/] ({source.period})", highlight=False)
    for row in rows:
        if not row.facts and not row.to_check:
            continue
        mark = "[yellow]⚠[/]" if row.to_check else "·"
        out().print(f"{mark} {escape(row.sentence.text)}", highlight=False)
        for fact in row.facts:
            props = ", ".join(f"{k}={v}" for k, v in fact.properties.items())
            told = f"{fact.type} {names.get(fact.source)} → {names.get(fact.target)}"
            out().print(escape(f"    {told} ({props})"), highlight=False)
        if row.to_check:
            out().print(
                "    [yellow]named, in no fact of this sentence:[/] "
                + escape("、".join(row.unjoined)),
                highlight=False,
            )
    checked = sum(row.to_check for row in rows)
    stating = sum(bool(row.facts) for row in rows)
    out().print(
        f"{len(rows)} sentences, {stating} stating facts; {checked} marked ⚠ to read first",
        highlight=False,
    )


def _print_causes(total: Score) -> None:
    """The missed facts by the kind of miss, and the wrong extractions by type."""
    from rich.table import Table

    from loaders.scoring import MissCause

    by_cause = total.misses_by_cause()
    missed = Table("missed facts, by cause", "count")
    for cause in MissCause:
        missed.add_row(cause.value, str(by_cause[cause]))
    missed.add_row("all", str(len(total.missed)))
    out().print(missed)
    wrong_by_type = Counter(str(relation.type) for relation in total.wrong)
    wrong = Table("wrong extractions, by type", "count")
    for kind, count in wrong_by_type.most_common():
        wrong.add_row(kind, str(count))
    wrong.add_row("all", str(len(total.wrong)))
    out().print(wrong)


def _say_corrected(applied: Applied) -> None:
    """What a report's corrections file changed (on stderr: stdout is the extraction)."""
    err().print(applied.describe(), highlight=False, markup=False)


def _warn_if_period_unknown(path: str, period: str) -> None:
    """Say so when a report's text states no period and none was given: its undated
    facts (a visitor list with no days) then carry no year."""
    if period == "unknown":
        print_error(
            f"{path}: no report period found in the text (e.g. 104年7月至12月), so "
            "facts it does not date have no year; give one with --period, e.g. 104H2",
            label="warning",
        )


def _load(
    settings: Settings, files: list[Path], period: str | None, corrections: bool = True
) -> None:
    """Check every file, then open the graph and load them one by one, saying so as
    each report commits. A bad file stops the run before the graph (or the embedded
    engine) is even opened."""
    from loaders.pipeline import LoadResult, check_files, load_files

    check_files(files, period, corrections)
    from graph.driver import Graph
    from graph.writer import apply_schema

    with Graph.open(settings) as graph:
        graph.started_engine = False  # a loaded graph stays up for the next command
        apply_schema(graph)
        with _progress() as progress:
            task = progress.add_task("loading reports", total=len(files))

            def done(result: LoadResult) -> None:
                replaces = ""
                if result.replaces == result.path:
                    replaces = "; replaces its earlier load"
                elif result.replaces:
                    replaces = f"; replaces {result.replaces}"
                out().print(
                    f"loaded {result.path}: {result.entities} entities, {result.relations} "
                    f"relations, period {result.period} (source {result.source_id}){replaces}",
                    highlight=False,
                    markup=False,
                )
                if result.corrected:
                    out().print(f"  {result.corrected.describe()}", highlight=False, markup=False)
                _warn_if_period_unknown(str(result.path), result.period)
                progress.advance(task)

            load_files(graph, files, period, on_done=done, checked=True, corrections=corrections)


@app.command()
def load(files: FilesArg, period: PeriodOpt = None, corrections: CorrectionsOpt = True) -> None:
    """Extract report chapters and load them into the configured graph.

    Every file is checked first; then each report is loaded in one transaction,
    replacing what it (or an earlier report for the same period) said before. A file
    that fails is named and nothing of it is written.
    """
    with user_errors():
        _load(_settings(), _files_in(files), period, corrections)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    load_paths: Annotated[
        list[Path] | None,
        typer.Option("--load", help="Report files or folders to load before serving."),
    ] = None,
    seed: Annotated[bool, typer.Option(help="Load the sample reports in seed/reports.")] = False,
    allow_open_uploads: Annotated[
        bool,
        typer.Option(
            "--allow-open-uploads",
            help="Serve on a non-loopback --host although CITYGRAPH_API_KEY is unset "
            "(anyone who reaches the port can then upload reports).",
        ),
    ] = False,
) -> None:
    """Serve the HTTP API (starting the embedded engine when no Neo4j is configured).

    The port is taken before anything else, so a busy port fails at once; the URLs
    are printed once it is bound.
    """
    import uvicorn

    from api.app import create_app
    from graph.embedded import EmbeddedEngine

    with user_errors():
        settings = _settings()
        if not (settings.api_key or allow_open_uploads or _is_loopback(host)):
            raise UsageError(
                f"--host {host} is reachable from other machines and CITYGRAPH_API_KEY is "
                "unset, so anyone could upload reports: set CITYGRAPH_API_KEY, serve on "
                "127.0.0.1, or pass --allow-open-uploads"
            )
        paths = list(load_paths or []) + ([SEED_REPORTS_DIR] if seed else [])
        files = _files_in(paths) if paths else []
        sock = _listen(host, port)
        engine = EmbeddedEngine(settings) if settings.embedded else None
        already_running = engine is not None and engine.status().running
    try:
        with user_errors():
            if files:
                _load(settings, files, None)
            application = create_app(settings)
        base = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
        out().print(
            f"citygraph API   {base}/\nAPI docs        {base}/docs\n"
            f"explorer        {base}/explore\nhealth          {base}/health"
        )
        # uvicorn re-raises SIGTERM after its graceful shutdown; turning it into
        # SystemExit lets the `finally` below stop the engine this command started.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        config = uvicorn.Config(application, host=host, port=port, log_level="info")
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
        if engine is not None and not already_running:
            engine.stop()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return False


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port and listening (uvicorn serves on it); a taken port
    is one clear error naming --port."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as exc:
        raise UsageError(f"--host {host}: not an address of this machine ({exc})") from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        why = "the port is in use" if exc.errno == errno.EADDRINUSE else exc.strerror
        raise CitygraphError(
            f"cannot listen on {host}:{port}: {why}; choose another port with --port"
        ) from None
    return sock


# -- the embedded engine ----------------------------------------------------------------
def _engine_command(action: Callable[[Any], None]) -> None:
    from graph.embedded import EmbeddedEngine

    with user_errors():
        settings = _settings()
        if not settings.embedded:
            raise CitygraphError(
                f"NEO4J_URI is set ({settings.neo4j_uri}): the embedded engine is not in use"
            )
        action(EmbeddedEngine(settings))


@db_app.command("start")
def db_start() -> None:
    """Start the embedded engine (reuses one that already runs)."""

    def run(engine: Any) -> None:
        status, started = engine.start()
        verb = "started" if started else "already running"
        out().print(
            f"embedded engine {verb}: pid {status.pid}, {status.bolt_uri}, data {status.data_dir}",
            markup=False,
        )

    _engine_command(run)


@db_app.command("stop")
def db_stop() -> None:
    """Stop the embedded engine."""
    _engine_command(
        lambda engine: out().print(
            "stopped" if engine.stop() else "the embedded engine was not running"
        )
    )


@db_app.command("status")
def db_status() -> None:
    """Say whether the embedded engine runs and answers queries."""

    def run(engine: Any) -> None:
        status = engine.status()
        out().print(
            f"{status.detail}; bolt {status.bolt_uri}; data {status.data_dir}"
            + (f"; pid {status.pid}" if status.pid else ""),
            markup=False,
        )
        if not status.running:
            raise typer.Exit(3)

    _engine_command(run)


@db_app.command("reset")
def db_reset(yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False) -> None:
    """Delete every node and relationship of the configured graph."""
    from graph.driver import Graph
    from graph.writer import clear_graph

    if not yes:
        typer.confirm("Delete everything in the graph?", abort=True)
    with user_errors(), Graph.open(_settings()) as graph:
        graph.started_engine = False
        clear_graph(graph)
    out().print("the graph is empty")


# -- exports ----------------------------------------------------------------------------
@app.command("export")
def export_graph(
    format: Annotated[
        str, typer.Option("--format", help="graphml | nodes.csv | edges.csv | csv.zip | csv")
    ] = "graphml",
    output: Annotated[
        Path | None,
        typer.Option("--out", help="File to write (csv: a folder for nodes.csv and edges.csv)."),
    ] = None,
    entity_id: Annotated[
        str | None, typer.Option("--id", help="Export this entity's neighbourhood only.")
    ] = None,
    hops: Annotated[int, typer.Option(help="Neighbourhood size in relationships (1-3).")] = 1,
) -> None:
    """Export the whole graph, or a neighbourhood, as GraphML or CSV for other tools."""
    from graph.driver import Graph
    from graph.export_formats import ExportFormat, write_export
    from graph.exports import subgraph
    from graph.reads import UnknownEntity, closest

    known = [str(f) for f in ExportFormat]
    if format not in [*known, "csv"]:
        print_error(f"--format must be one of {', '.join(known)}, csv")
        raise typer.Exit(2)
    if format == "csv":
        folder = output or Path("citygraph-csv")
        targets = [(f, folder / str(f)) for f in (ExportFormat.NODES_CSV, ExportFormat.EDGES_CSV)]
    else:
        fmt = ExportFormat(format)
        targets = [(fmt, output or Path(fmt.filename))]
    with user_errors(), Graph.open(_settings()) as graph:
        graph.started_engine = False
        try:
            sub = subgraph(graph, entity_id, hops)
        except ValueError as exc:
            print_error(str(exc))
            raise typer.Exit(2) from None
        except UnknownEntity as exc:
            hits = closest(graph, exc.entity_id)
            near = ", ".join(f"{h.id} ({h.name_zh} {h.name_en})" for h in hits)
            print_error(f"{exc}" + (f"; closest: {near}" if near else ""))
            raise typer.Exit(1) from None
        for fmt, path in targets:
            write_export(fmt, sub, path)
            out().print(f"wrote {escape(str(path))}")


# -- benchmark --------------------------------------------------------------------------
@app.command()
def bench(
    sizes: Annotated[
        str, typer.Option(help="Graph sizes in entities, comma-separated (50 to 1000000).")
    ] = "1000,10000,100000",
    quick: Annotated[
        bool, typer.Option("--quick", help="A tiny smoke run: one small size, few samples.")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--out", help="Write the results as JSON to this file.")
    ] = None,
    plot: Annotated[
        Path | None, typer.Option(help="Draw latency and throughput to this image (matplotlib).")
    ] = None,
    engine: Annotated[
        str,
        typer.Option(help="auto (NEO4J_URI if set), embedded (a private instance) or neo4j."),
    ] = "auto",
    wipe: Annotated[
        bool, typer.Option("--wipe", help="Allow clearing the graph at NEO4J_URI.")
    ] = False,
    seed: Annotated[int, typer.Option(help="Seed of the synthetic reports.")] = 1,
    samples: Annotated[int, typer.Option(help="Timed calls per read (1-1000).")] = 30,
    api_seconds: Annotated[
        float, typer.Option(help="Duration of the API load per size, s (0 skips it; max 300).")
    ] = 10.0,
    api_threads: Annotated[int, typer.Option(help="Concurrent API clients (1-64).")] = 4,
) -> None:
    """Benchmark extraction, loading and reads on synthetic reports (see BENCHMARKS.md).

    Runs on a private embedded engine in a temporary folder (never the user's graph),
    or on NEO4J_URI with --wipe, which deletes everything in that graph.
    """
    from citygraph.bench.engine import BenchOptionError, choose_settings
    from citygraph.bench.report import markdown
    from citygraph.bench.report import plot as draw
    from citygraph.bench.run import BenchOptions, parse_sizes, run

    def bad(message: str) -> None:
        print_error(message)
        raise typer.Exit(2)

    try:
        wanted = parse_sizes("300" if quick else sizes)
        external = choose_settings(engine, _settings(), wipe)
    except BenchOptionError as exc:
        bad(str(exc))
    if seed < 0:
        bad(f"--seed must be 0 or more, not {seed}")
    if not 1 <= samples <= 1000:
        bad(f"--samples must be between 1 and 1000, not {samples}")
    if not 0 <= api_seconds <= 300:
        bad(f"--api-seconds must be between 0 and 300, not {api_seconds:g}")
    if not 1 <= api_threads <= 64:
        bad(f"--api-threads must be between 1 and 64, not {api_threads}")
    if plot is not None:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            bad("--plot needs matplotlib: pip install -e '.[bench]' (the optional bench extra)")
    options = BenchOptions(
        sizes=wanted,
        seed=seed,
        samples=3 if quick else samples,
        api_seconds=min(api_seconds, 1.0) if quick else api_seconds,
        api_threads=2 if quick else api_threads,
        heap="1g" if quick else "2g",
    )
    with user_errors():
        result = run(
            external, options, lambda line: err().print(line, highlight=False, markup=False)
        )
        out().print(markdown(result), highlight=False, markup=False)
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    for option, path, write in (
        ("--out", output, lambda p: p.write_text(text, encoding="utf-8")),
        ("--plot", plot, lambda p: draw(result, p)),
    ):
        if path is None:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write(path)
        except OSError as exc:
            bad(f"{option}: cannot write {path}: {exc.strerror or exc}")
        out().print(f"wrote {escape(str(path))}")


if __name__ == "__main__":  # pragma: no cover
    app()
