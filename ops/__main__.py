"""`python -m ops <command>`: what the Makefile's targets run.

Each command is a row of one table (`commands()`): its handler, its help and its
arguments. Errors an operator must fix are one line on stderr and exit code 2. Handlers
import what they need when they run, so that a mistake is reported before the jsii kernel
starts.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from ops.checkout import OUT_DIR, QUIET_CLI, ROOT, OperatorError, shown
from ops.engines import ENGINES
from stacks.runtime import node_problem

Handler = Callable[[argparse.Namespace], int]
Argument = tuple[tuple[str, ...], dict[str, Any]]  # add_argument(*names, **options)


# -- Handlers -----------------------------------------------------------------------------------


def synth(args: argparse.Namespace) -> int:
    from ops.factory.synth import synth_site

    return synth_site()


def synth_all(args: argparse.Namespace) -> int:
    from ops.factory.synth import synth_all as run

    return run(args.output)


def access(args: argparse.Namespace) -> int:
    from ops.access.live import unmanaged_buckets
    from ops.access.report import report
    from ops.factory.fleet import factory_sites, names, selected
    from ops.key import ScalewayKey
    from ops.stack.preflight import ENV_FILE, check_credentials

    sites = factory_sites()
    only = names(args.sites)
    selected(sites, only)  # an unknown name is one line
    unmanaged = None
    if (ROOT / ENV_FILE).is_file():  # the project's other buckets, read with the key
        credentials = check_credentials()
        managed = {sites[0].project.state_bucket, *(site.media_bucket_name(env) for site in sites for env in site.environments)}
        unmanaged = unmanaged_buckets(sites[0].project, ScalewayKey.of({**os.environ, **credentials}), managed)
    print(report(sites, only, unmanaged))
    return 0


def project(args: argparse.Namespace) -> int:
    from ops.factory.sites import check_site_name, own_site, write_project
    from ops.scaleway.client import Scaleway
    from ops.scaleway.identity import Iam
    from ops.stack.preflight import check_credentials
    from ops.words import plural

    if args.site:
        check_site_name(args.site)  # before anything is written
    credentials = check_credentials()
    owner = Iam(Scaleway.of({**os.environ, **credentials})).owner_of(credentials["SCW_ACCESS_KEY"])  # as every command reads it
    path = write_project(args.state_bucket, owner, replace_existing=args.replace)
    print(f"Wrote {shown(path)} with {owner} as its operator.")
    if args.site:
        removed = own_site(args.site)
        if removed:
            print(f"Removed the example {plural(len(removed), 'site')} of the openfun factory ({', '.join(removed)}) from sites/.")
        print(f"Your site is sites/{args.site}/ (the only one: the commands need no RICHIE_SITE).")
    print("Review them, commit them, then `make bootstrap`.")
    return 0


def site(args: argparse.Namespace) -> int:
    from ops.factory.sites import scaffold
    from ops.scaleway.client import Scaleway
    from ops.scaleway.edge_bill import warn_growth
    from ops.stack.preflight import ENV_FILE, check_credentials
    from stacks.settings import load_site

    path = scaffold(args.name)
    print(f"Created {shown(path)}: review it, then `RICHIE_SITE={args.name} make synth`.")
    if (ROOT / ENV_FILE).is_file():  # each environment will be a pipeline of the project's Edge plan
        try:
            environ = {**os.environ, **check_credentials()}
        except OperatorError as error:
            print(f"note: the Edge Services bill was not checked ({error})", file=sys.stderr)
        else:
            site = load_site(args.name)
            warn_growth(Scaleway.of(environ), site.project, len(site.environments), f"site {args.name}")
    return 0


def bindings(args: argparse.Namespace) -> int:
    from ops.bindings import generate

    return generate(args.schema, args.engine)


def bootstrap(args: argparse.Namespace) -> int:
    from ops.stack import commands
    from ops.stack.preflight import preflight

    return commands.bootstrap(preflight(None))


def move_states(args: argparse.Namespace) -> int:
    from ops.stack.preflight import preflight
    from ops.stack.state_moves import move_states as run

    return run(preflight(None))  # an operator's key: it writes every environment's state


def status(args: argparse.Namespace) -> int:
    from ops.factory.fleet import names
    from ops.factory.status import status as run

    return run(names(args.sites), names(args.envs), args.jobs, args.json)


def clean_orphans(args: argparse.Namespace) -> int:
    from ops.factory.fleet import factory_contexts, factory_stacks, names
    from ops.factory.orphans import clean_orphans as run

    contexts = factory_contexts(factory_stacks(names(args.sites)))
    return run(contexts[0], {ctx.site.name: ctx.site for ctx in contexts if ctx.env}.values(), args.jobs)


def rollout(args: argparse.Namespace) -> int:
    from ops.factory.fleet import names
    from ops.factory.rollout import rollout as run

    return run(names(args.sites), args.first or None, args.before or None, args.jobs, args.approved, args.approval_out)


def matrix(args: argparse.Namespace) -> int:
    from ops.factory.pull_request import main as run

    return run(args.base)


def drift_issue(args: argparse.Namespace) -> int:
    from ops.factory.drift_issue import sync

    return sync(args.status)


def plan(args: argparse.Namespace) -> int:
    from ops.factory.pull_request import plan_every_stack, plan_report
    from ops.stack.preflight import preflight

    if args.every:
        from ops.factory.fleet import factory_contexts, factory_stacks, with_bucket_states

        contexts, _ = with_bucket_states(factory_contexts(factory_stacks()), removed_sites=False)
        return plan_every_stack(contexts, args.out, args.jobs)
    return plan_report(preflight(args.env or None, writes=False), args.out)


def smoke(args: argparse.Namespace) -> int:
    """`make smoke ENV=x`, or the round trip with an env file's settings (`--settings`)."""
    if args.settings is None:
        return environment_handlers()["smoke"](args)
    from ops.stack.smoke import smoke_with

    text = sys.stdin.read() if str(args.settings) == "-" else args.settings.read_text()
    return smoke_with(text, args.name or str(args.settings))


def on_environment(run: Callable[..., int], writes: bool = False, *options: str) -> Handler:
    """A command acting on one environment: `ENV` asked for, the preflight passed first
    (with the operator checks when it writes bucket policies)."""

    def handler(args: argparse.Namespace) -> int:
        from ops.stack.preflight import preflight

        if not args.env:
            raise OperatorError(f"which environment? e.g. `make {args.command} ENV=staging`.")
        return run(preflight(args.env, writes=writes), *(getattr(args, option) for option in options))

    return handler


def environment_handlers() -> dict[str, Handler]:
    from ops.factory import orphans
    from ops.stack import commands, recovery
    from ops.stack.smoke import smoke

    return {
        "unlock": on_environment(recovery.unlock),
        "adopt": on_environment(orphans.adopt),
        "state-push": on_environment(recovery.state_push),
        "deploy": on_environment(commands.deploy, True),
        "diff": on_environment(commands.diff),
        "destroy": on_environment(commands.destroy, True),
        "rotate-key": on_environment(commands.rotate_key, True, "finish"),
        "django-env": on_environment(commands.django_env, False, "output"),
        "smoke": on_environment(smoke),
    }


# -- The table of commands ----------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    """One command: what runs it, what `--help` says of it, its arguments (argparse's), and
    whether it synthesizes (then it needs Node.js, checked before anything starts)."""

    handler: Handler
    help: str | None = None
    arguments: tuple[Argument, ...] = ()
    synthesizes: bool = True


def arg(*names: str, **options: Any) -> Argument:
    return names, options


def on_environment_command(args: argparse.Namespace) -> int:
    return environment_handlers()[args.command](args)


def commands() -> dict[str, Command]:
    """Every command of `python -m ops`, with the defaults the Makefile's variables give
    (`SITES=`, `FROM=`, ...), read when the command line is."""
    env = arg("env", nargs="?", default=None, help="environment, e.g. staging or feature-x")
    sites = arg("--sites", default=os.environ.get("SITES"), help="only these sites (comma-separated; SITES=)")

    def side_by_side(what: str) -> Argument:
        return arg("-j", "--jobs", type=int, default=jobs(), help=f"{what} side by side (default: the number of cores)")

    on_env = partial(Command, on_environment_command)
    return {
        "bootstrap": Command(bootstrap, "deploy the state bucket and the Edge Services plan"),
        "deploy": on_env(arguments=(env,)),
        "diff": on_env(arguments=(env,)),
        "destroy": on_env(arguments=(env,)),
        "django-env": on_env(
            arguments=(
                env,
                arg("--output", type=Path, help="write here (mode 0600) instead of env.d/django/<site>/<env>.env; - for stdout"),
            )
        ),
        "smoke": Command(
            smoke,
            arguments=(
                env,
                arg("--settings", type=Path, help="an env file as `make django-env` writes it (- for stdin), instead of ENV"),
                arg("--name", help="what to call the environment in the report"),
            ),
        ),
        "rotate-key": on_env(
            arguments=(env, arg("--finish", action="store_true", help="delete the old key, once the site runs on the new one"))
        ),
        "unlock": on_env(arguments=(env,)),
        "state-push": on_env(arguments=(env,)),
        "adopt": on_env(arguments=(env,)),
        "move-states": Command(move_states, "move states from <site>/media-<env>.tfstate to env:/<env>/<site>.tfstate"),
        "synth": Command(synth, "synthesize the stacks of RICHIE_SITE into cdktf.out/"),
        "synth-all": Command(
            synth_all, "synthesize every site into cdktf.out/sites/<site>/", (arg("--output", type=Path, default=ROOT / OUT_DIR / "sites"),)
        ),
        "status": Command(
            status,
            "what is true now of every stack: deployed, drift, domains, key expiry",
            (
                sites,
                side_by_side("plans run"),
                arg("--envs", default=os.environ.get("ENVS"), help="only these environments (comma-separated; ENVS=)"),
                arg("--json", action="store_true", help="the same, as JSON"),
            ),
        ),
        "rollout": Command(
            rollout,
            "apply the committed settings to every site, wave by wave",
            (
                sites,
                side_by_side("plans run"),
                arg("--from", dest="first", default=os.environ.get("FROM"), help="start at this wave (FROM=): it is smoked whole"),
                arg("--before", default=os.environ.get("BEFORE"), help="stop before this wave (BEFORE=), e.g. production"),
                arg(
                    "--approval-out",
                    type=Path,
                    default=os.environ.get("APPROVAL_OUT") or None,
                    help="show production's plans and write their digests here (APPROVAL_OUT=), for its approval",
                ),
                arg(
                    "--approved",
                    type=Path,
                    default=os.environ.get("APPROVED") or None,
                    help="with FROM=production: refuse unless production's plans are those approved in this file (APPROVED=)",
                ),
            ),
        ),
        "clean-orphans": Command(
            clean_orphans,
            "delete what no state holds of the resources named for the factory (asks)",
            (sites, side_by_side("states read")),
            synthesizes=False,
        ),
        "matrix": Command(
            matrix,
            "the stacks a change touches since BASE, as a GitHub Actions matrix",
            (arg("--base", required=True, help="the git revision the change left, e.g. origin/main"),),
            synthesizes=False,
        ),
        "drift-issue": Command(
            drift_issue,
            "open, update or close CI's drift issue from `make status JSON=1`'s output (gh)",
            (arg("status", type=Path, help="the file `make status JSON=1` wrote"),),
            synthesizes=False,
        ),
        "plan": Command(
            plan,
            "one stack's plan (or every stack's) as text in OUT, its summary in Markdown (CI)",
            (
                arg("env", nargs="?", default=None, help="environment; none for the bootstrap"),
                arg("--every", action="store_true", help="every stack of every site, planned side by side (EVERY=1)"),
                side_by_side("plans run"),
                arg("--out", type=Path, required=True),
            ),
        ),
        "access": Command(
            access,
            "who may do what on which bucket: the state bucket, then a table a site",
            (arg("--sites", default=os.environ.get("SITES"), help="only these sites' tables (comma-separated; SITES=)"),),
        ),
        "project": Command(
            project,
            "write sites/project.tfvars for a new team, its operator read from env.d/scw's key",
            (
                arg("state_bucket", nargs="?", default=None),
                arg("--replace", action="store_true", help="write over an existing sites/project.tfvars"),
                arg("--site", default=None, help="the team's site: made, and every other site's folder removed (SITE=)"),
            ),
            synthesizes=False,
        ),
        "site": Command(site, "scaffold sites/<name>/ with safe defaults", (arg("name", nargs="?", default=None),), synthesizes=False),
        "bindings": Command(
            bindings,
            "regenerate imports/ offline from the provider schema",
            (
                arg("--schema", type=Path, required=True, help="`terraform providers schema -json` of the provider"),
                arg("--engine", choices=ENGINES, default=ENGINES[0], help="cdktn: CDK Terrain's, in engines/cdktn"),
            ),
        ),
    }


def parser() -> argparse.ArgumentParser:
    """The command line, from the table of commands."""
    main = argparse.ArgumentParser(prog="python -m ops", description="Operate the media storage of RICHIE_SITE.")
    subparsers = main.add_subparsers(dest="command", required=True)
    for name, command in commands().items():
        subparser = subparsers.add_parser(name, help=command.help)
        for names, options in command.arguments:
            subparser.add_argument(*names, **options)
        subparser.set_defaults(handler=command.handler, synthesizes=command.synthesizes)
    return main


def jobs() -> int:
    return os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    os.environ.update(QUIET_CLI)  # for the commands that synthesize in this process too
    try:
        args = parser().parse_args(argv)
        problem = node_problem() if getattr(args, "synthesizes", True) else None
        if problem:
            raise OperatorError(problem)
        code: int = args.handler(args)
        return code
    except OperatorError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
