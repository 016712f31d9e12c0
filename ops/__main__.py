"""`python -m ops <command>`: what the Makefile's targets run.

Each command is a handler the parser dispatches to; errors an operator must fix are one
line on stderr and exit code 2. Handlers import what they need when they run, so that a
mistake is reported before the jsii kernel starts.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ops.checkout import OUT_DIR, QUIET_CLI, ROOT, OperatorError, shown
from ops.engines import ENGINES
from stacks.runtime import node_problem

Handler = Callable[[argparse.Namespace], int]


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
    from ops.stack.preflight import ENV_FILE, check_credentials

    sites = factory_sites()
    only = names(args.sites)
    selected(sites, only)  # an unknown name is one line
    unmanaged = None
    if (ROOT / ENV_FILE).is_file():  # the project's other buckets, read with the key
        credentials = check_credentials()
        managed = {sites[0].project.state_bucket, *(site.media_bucket_name(env) for site in sites for env in site.environments)}
        unmanaged = unmanaged_buckets(sites[0].project, credentials, managed)
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
            warn_growth(Scaleway.of(environ), len(load_site(args.name).environments), f"site {args.name}")
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


# -- The parser -----------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m ops", description="Operate the media storage of RICHIE_SITE.")
    commands = main.add_subparsers(dest="command", required=True)
    commands.add_parser("bootstrap", help="deploy the state bucket and the Edge Services plan").set_defaults(handler=bootstrap)
    for name in ("deploy", "diff", "destroy", "django-env", "smoke", "rotate-key", "unlock", "state-push", "adopt"):
        command = commands.add_parser(name)
        command.add_argument("env", nargs="?", default=None, help="environment, e.g. staging or feature-x")
        command.set_defaults(handler=lambda args: environment_handlers()[args.command](args))
        if name == "smoke":
            command.add_argument("--settings", type=Path, help="an env file as `make django-env` writes it (- for stdin), instead of ENV")
            command.add_argument("--name", help="what to call the environment in the report")
            command.set_defaults(handler=smoke)
        if name == "rotate-key":
            command.add_argument("--finish", action="store_true", help="delete the old key, once the site runs on the new one")
        if name == "django-env":
            command.add_argument(
                "--output", type=Path, help="write here (mode 0600) instead of env.d/django/<site>/<env>.env; - for stdout"
            )
    commands.add_parser("move-states", help="move states from <site>/media-<env>.tfstate to env:/<env>/<site>.tfstate").set_defaults(
        handler=move_states
    )
    commands.add_parser("synth", help="synthesize the stacks of RICHIE_SITE into cdktf.out/").set_defaults(handler=synth)
    command = commands.add_parser("synth-all", help="synthesize every site into cdktf.out/sites/<site>/")
    command.add_argument("--output", type=Path, default=ROOT / OUT_DIR / "sites")
    command.set_defaults(handler=synth_all)
    for name, text in (("status", "what is true now of every stack: deployed, drift, domains, key expiry"), ("rollout", "")):
        command = commands.add_parser(name, help=text or "apply the committed settings to every site, wave by wave")
        command.add_argument("--sites", default=os.environ.get("SITES"), help="only these sites (comma-separated; SITES=)")
        command.add_argument("-j", "--jobs", type=int, default=jobs(), help="plans run side by side (default: the number of cores)")
    command = commands.add_parser("clean-orphans", help="delete what no state holds of the resources named for the factory (asks)")
    command.add_argument("--sites", default=os.environ.get("SITES"), help="only these sites (comma-separated; SITES=)")
    command.add_argument("-j", "--jobs", type=int, default=jobs(), help="states read side by side (default: the number of cores)")
    command.set_defaults(handler=clean_orphans, synthesizes=False)
    command = commands.choices["status"]
    command.add_argument("--envs", default=os.environ.get("ENVS"), help="only these environments (comma-separated; ENVS=)")
    command.add_argument("--json", action="store_true", help="the same, as JSON")
    command.set_defaults(handler=status)
    command = commands.choices["rollout"]
    command.add_argument("--from", dest="first", default=os.environ.get("FROM"), help="start at this wave (FROM=): it is smoked whole")
    command.add_argument("--before", default=os.environ.get("BEFORE"), help="stop before this wave (BEFORE=), e.g. production")
    command.add_argument(
        "--approval-out",
        type=Path,
        default=os.environ.get("APPROVAL_OUT") or None,
        help="show production's plans and write their digests here (APPROVAL_OUT=), for its approval",
    )
    command.add_argument(
        "--approved",
        type=Path,
        default=os.environ.get("APPROVED") or None,
        help="with FROM=production: refuse unless production's plans are those approved in this file (APPROVED=)",
    )
    command.set_defaults(handler=rollout)
    command = commands.add_parser("matrix", help="the stacks a change touches since BASE, as a GitHub Actions matrix")
    command.add_argument("--base", required=True, help="the git revision the change left, e.g. origin/main")
    command.set_defaults(handler=matrix, synthesizes=False)
    command = commands.add_parser("drift-issue", help="open, update or close CI's drift issue from `make status JSON=1`'s output (gh)")
    command.add_argument("status", type=Path, help="the file `make status JSON=1` wrote")
    command.set_defaults(handler=drift_issue, synthesizes=False)
    command = commands.add_parser("plan", help="one stack's plan (or every stack's) as text in OUT, its summary in Markdown (CI)")
    command.add_argument("env", nargs="?", default=None, help="environment; none for the bootstrap")
    command.add_argument("--every", action="store_true", help="every stack of every site, planned side by side (EVERY=1)")
    command.add_argument("-j", "--jobs", type=int, default=jobs(), help="plans run side by side (default: the number of cores)")
    command.add_argument("--out", type=Path, required=True)
    command.set_defaults(handler=plan)
    command = commands.add_parser("access", help="who may do what on which bucket: the state bucket, then a table a site")
    command.add_argument("--sites", default=os.environ.get("SITES"), help="only these sites' tables (comma-separated; SITES=)")
    command.set_defaults(handler=access)
    command = commands.add_parser("project", help="write sites/project.tfvars for a new team, its operator read from env.d/scw's key")
    command.add_argument("state_bucket", nargs="?", default=None)
    command.add_argument("--replace", action="store_true", help="write over an existing sites/project.tfvars")
    command.add_argument("--site", default=None, help="the team's site: made, and every other site's folder removed (SITE=)")
    command.set_defaults(handler=project, synthesizes=False)
    command = commands.add_parser("site", help="scaffold sites/<name>/ with safe defaults")
    command.add_argument("name", nargs="?", default=None)
    command.set_defaults(handler=site, synthesizes=False)
    command = commands.add_parser("bindings", help="regenerate imports/ offline from the provider schema")
    command.add_argument("--schema", type=Path, required=True, help="`terraform providers schema -json` of the provider")
    command.add_argument("--engine", choices=ENGINES, default=ENGINES[0], help="cdktn: CDK Terrain's, in engines/cdktn")
    command.set_defaults(handler=bindings)
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
