"""`python -m ops <command>`: what the Makefile's targets run.

Errors an operator must fix are one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ops.project import OUT_DIR, QUIET_CLI, ROOT, OperatorError, shown
from stacks.runtime import node_problem

ENVIRONMENT_COMMANDS = ("deploy", "diff", "destroy", "django-env", "smoke", "rotate-key")


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m ops", description="Operate the media storage of RICHIE_SITE.")
    commands = main.add_subparsers(dest="command", required=True)
    commands.add_parser("bootstrap", help="deploy the state bucket and the Edge Services plan")
    for name in ENVIRONMENT_COMMANDS:
        command = commands.add_parser(name)
        command.add_argument("env", nargs="?", default=None, help="environment, e.g. staging or feature-x")
        if name == "rotate-key":
            command.add_argument("--finish", action="store_true", help="delete the old key, once the site runs on the new one")
        if name == "django-env":
            command.add_argument(
                "--output", type=Path, help="write here (mode 0600) instead of env.d/django/<site>/<env>.env; - for stdout"
            )
    commands.add_parser("synth", help="synthesize the stacks of RICHIE_SITE into cdktf.out/")
    synth_all = commands.add_parser("synth-all", help="synthesize every site into cdktf.out/sites/<site>/")
    synth_all.add_argument("--output", type=Path, default=ROOT / OUT_DIR / "sites")
    commands.add_parser("access", help="who may do what on which bucket, for every site of the project")
    project = commands.add_parser("project", help="write sites/project.tfvars for a new team, its operator read from env.d/scw's key")
    project.add_argument("state_bucket", nargs="?", default=None)
    project.add_argument("--replace", action="store_true", help="write over an existing sites/project.tfvars")
    site = commands.add_parser("site", help="scaffold sites/<name>/ with safe defaults")
    site.add_argument("name", nargs="?", default=None)
    bindings = commands.add_parser("bindings", help="regenerate imports/ offline from the provider schema")
    bindings.add_argument("--schema", type=Path, required=True, help="`terraform providers schema -json` of the provider")
    return main


def run(args: argparse.Namespace) -> int:
    if args.command == "synth":
        from ops.factory import synth_site

        return synth_site()
    if args.command == "synth-all":
        from ops.factory import synth_all

        return synth_all(args.output)
    if args.command == "access":
        from ops.access import report
        from stacks.model import ConfigError
        from stacks.settings import load_factory

        try:
            sites = load_factory()
        except ConfigError as error:
            raise OperatorError(str(error)) from None
        print(report(sites))
        return 0
    if args.command == "project":
        from ops.identity import DEFAULT_API_URL, Iam
        from ops.preflight import check_credentials
        from ops.sites import write_project

        credentials = check_credentials()
        owner = Iam(os.environ.get("SCW_API_URL") or DEFAULT_API_URL, credentials["SCW_SECRET_KEY"]).owner_of(credentials["SCW_ACCESS_KEY"])
        path = write_project(args.state_bucket, owner, replace_existing=args.replace)
        print(f"Wrote {shown(path)} with {owner} as its operator: review it, commit it, then `make bootstrap`.")
        return 0
    if args.command == "site":
        from ops.sites import scaffold

        path = scaffold(args.name)
        print(f"Created {shown(path)}: review it, then `RICHIE_SITE={args.name} make synth`.")
        return 0
    if args.command == "bindings":
        from ops.bindings import generate

        return generate(args.schema)

    from ops import commands
    from ops.preflight import preflight

    if args.command == "bootstrap":
        return commands.deploy(preflight(None))
    if not args.env:
        raise OperatorError(f"which environment? e.g. `make {args.command} ENV=staging`.")
    ctx = preflight(args.env, writes=args.command in ("deploy", "destroy", "rotate-key"))
    if args.command == "deploy":
        return commands.deploy(ctx)
    if args.command == "diff":
        return commands.diff(ctx)
    if args.command == "destroy":
        return commands.destroy(ctx)
    if args.command == "rotate-key":
        return commands.rotate_key(ctx, args.finish)
    if args.command == "smoke":
        from ops.smoke import smoke

        return smoke(ctx)
    return commands.django_env(ctx, args.output)


def main(argv: list[str] | None = None) -> int:
    os.environ.update(QUIET_CLI)  # for the commands that synthesize in this process too
    try:
        args = parser().parse_args(argv)
        problem = node_problem() if args.command not in ("site", "project") else None  # the others synthesize
        if problem:
            raise OperatorError(problem)
        return run(args)
    except OperatorError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
