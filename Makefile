# The front door: `make synth`, `make test`; `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_BIN ?= python3
VENV       := .venv
PYTHON     := $(VENV)/bin/python

export RICHIE_SITE

# -- Installation (each step runs only when its inputs changed) -------------------

$(VENV)/.installed: requirements.txt
	@command -v $(PYTHON_BIN) >/dev/null || { echo "$(PYTHON_BIN) not found on PATH: install Python 3.11 or later (or set PYTHON_BIN)." >&2; exit 1; }
	$(PYTHON_BIN) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm not found on PATH: install Node.js 22 or 24 with npm (https://nodejs.org/)." >&2; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

# CDK Terrain (cdktn), cdktf's community fork, beside it in an environment of its own
# (ops/engines.py): `make cdktn` builds it, then `make <target> CDK=cdktn` runs the app on it.
CDK   ?= cdktf
CDKTN := engines/cdktn
ifeq ($(filter $(CDK),cdktf cdktn),)
$(error CDK=$(CDK): the engines are cdktf (the default) and cdktn)
endif

.PHONY: install
install: $(VENV)/.installed node_modules/.installed $(if $(filter cdktn,$(CDK)),cdktn) ## Install Python and Node dependencies

$(CDKTN)/venv/.installed: requirements.txt $(CDKTN)/requirements.txt
	$(PYTHON_BIN) -m venv $(CDKTN)/venv
	$(CDKTN)/venv/bin/python -m pip install --quiet --upgrade pip
	$(CDKTN)/venv/bin/python -m pip install --quiet -r $(CDKTN)/requirements.txt -r <(grep -v -E '^(cdktf|constructs)==' requirements.txt)
	touch $@

$(CDKTN)/node_modules/.installed: $(CDKTN)/package.json $(CDKTN)/package-lock.json
	npm ci --prefix $(CDKTN) --no-audit --no-fund
	touch $@

$(CDKTN)/site/imports/.generated: cdktf.json imports/scaleway/__init__.py $(CDKTN)/venv/.installed $(CDKTN)/node_modules/.installed | $(VENV)/.installed node_modules/.installed
	@$(TOOLCHAIN) provider && mkdir -p .cache && $(TOOLCHAIN) schema > .cache/provider-schema.json
	@$(PYTHON) -m ops bindings --schema .cache/provider-schema.json --engine cdktn
	touch $@

.PHONY: cdktn
cdktn: $(CDKTN)/site/imports/.generated ## Install CDK Terrain beside cdktf in engines/cdktn (Go builds the provider its bindings come from); then CDK=cdktn runs a target on it

# The real scaleway/scaleway provider (and OpenTofu), built from their Go modules once per
# version into ~/.cache/richie-media (RICHIE_TOOLS_CACHE): what the end-to-end run deploys with.
# Without Go, the line says so and the end-to-end run is skipped with that reason.
TOOLCHAIN := $(PYTHON) -m localscw.toolchain

.PHONY: provider
provider: install ## Build the pinned scaleway/scaleway provider from its Go module (once per version)
	@$(TOOLCHAIN) provider || true

.PHONY: tofu
tofu: install ## Build the pinned OpenTofu from its Go module (once per version)
	@$(TOOLCHAIN) tofu || true

env.d/scw: ## Create env.d/scw from the template (fill it in afterwards)
	cp -n env.d/scw.dist env.d/scw
	chmod 600 env.d/scw
	@echo "env.d/scw created: fill in your credentials and ids."

# -- Operating a site (env.d/scw is loaded into the CLI's environment only) -------

# Synthesis runs optimized (`-O`): the bindings' run-time type checks are for the tests.
# On cdktn, in its environment: its Node.js and bindings first (ops/engines.py).
ifeq ($(CDK),cdktn)
OPS := PATH="$(CURDIR)/$(CDKTN)/node_modules/.bin:$$PATH" PYTHONPATH="$(CURDIR)/$(CDKTN)/site:$(CURDIR)" $(CDKTN)/venv/bin/python -O -P -m ops
else
OPS := $(PYTHON) -O -m ops
endif

.PHONY: bootstrap
bootstrap: install ## Create the state bucket and the Edge Services plan (once per project)
	@$(OPS) bootstrap

.PHONY: deploy
deploy: install ## Deploy an environment: make deploy ENV=staging (AUTO_APPROVE=1 skips the question)
	@$(OPS) deploy $(ENV)

.PHONY: diff
diff: install ## Show what a deploy would change: make diff ENV=staging
	@$(OPS) diff $(ENV)

.PHONY: destroy
destroy: install ## Destroy an environment: make destroy ENV=feature-x (asks first)
	@$(OPS) destroy $(ENV)

.PHONY: django-env
django-env: install ## Write the Django settings of an environment to env.d/django/<site>/<env>.env: make django-env ENV=staging [OUTPUT=file or -]
	@$(OPS) django-env $(ENV) $(if $(OUTPUT),--output $(OUTPUT))

.PHONY: rotate-key
rotate-key: install ## Replace an environment's API key without downtime: make rotate-key ENV=staging, then FINISH=1 once the site runs on the new key
	@$(OPS) rotate-key $(ENV) $(if $(FINISH),--finish)

.PHONY: unlock
unlock: install ## Clear the lock a killed apply left on an environment's state: make unlock ENV=staging (asks first)
	@$(OPS) unlock $(ENV)

.PHONY: state-push
state-push: install ## Put back a state Terraform could not save (env.d/unsaved-states/): make state-push ENV=staging (asks first)
	@$(OPS) state-push $(ENV)

.PHONY: move-states
move-states: install ## Move states an earlier version kept at <site>/media-<env>.tfstate under their environment's prefix (operators)
	@$(OPS) move-states

.PHONY: adopt
adopt: install ## Make an environment's bucket that no state holds (a killed first deploy) its own again: make adopt ENV=staging (asks first)
	@$(OPS) adopt $(ENV)

.PHONY: smoke
smoke: install ## Save, read, link and delete a file with django-storages on an environment: make smoke ENV=staging
	@$(OPS) smoke $(ENV)

# -- The factory as a whole (SITES=a,b narrows; JOBS=n plans at a time, the number of cores by default) ----

.PHONY: status
status: install ## Every stack now: deployed, drift, CDN and custom domain, key expiry, and resources no state holds; exits 1 on either (SITES=, ENVS=, JSON=1)
	@$(OPS) status $(if $(JSON),--json) $(if $(JOBS),--jobs $(JOBS))

.PHONY: clean-orphans
clean-orphans: install ## Delete the resources named for the factory that no state holds, as make status lists them (asks first; SITES=)
	@$(OPS) clean-orphans $(if $(JOBS),--jobs $(JOBS))

.PHONY: rollout
rollout: install ## Apply the committed settings to every site, wave by wave, each gated by make smoke (FROM=, BEFORE=, VERBOSE=1, AUTO_APPROVE=1)
	@$(OPS) rollout $(if $(JOBS),--jobs $(JOBS))

.PHONY: matrix
matrix: install ## The stacks a change touches since BASE (default origin/main), as a GitHub Actions matrix
	@$(OPS) matrix --base $(or $(BASE),origin/main)

.PHONY: drift-issue
drift-issue: install ## CI: open, update or close the drift issue from STATUS=<file make status JSON=1 wrote> (gh)
	@$(OPS) drift-issue $(STATUS)

.PHONY: plan
plan: install ## One stack's plan as text under OUT (default cdktf.out/plans), its summary in Markdown: make plan ENV=staging (EVERY=1: every stack)
	@$(OPS) plan $(ENV) --out $(or $(OUT),cdktf.out/plans) $(if $(EVERY),--every) $(if $(JOBS),--jobs $(JOBS))

# -- Everyday use -------------------------------------------------------------

.PHONY: synth
synth: install ## Synthesize the stacks of RICHIE_SITE (the only site, or demo, by default) into cdktf.out/
	@$(OPS) synth

.PHONY: synth-all
synth-all: install ## Synthesize every site into cdktf.out/sites/<site>/, checking the factory as a whole
	@$(OPS) synth-all

.PHONY: access
access: install ## Who may do what on which bucket: the state bucket, a table a site (SITES= narrows), from the synthesized stacks; then the project's buckets no stack manages (read with env.d/scw's key)
	@$(OPS) access

.PHONY: project
project: install ## A new team's project and site: make project STATE_BUCKET=acme-terraform-state SITE=acme [REPLACE=1] (the example sites go)
	@$(OPS) project $(STATE_BUCKET) $(if $(REPLACE),--replace) $(if $(SITE),--site $(SITE))

.PHONY: site
site: install ## Create a new site with safe defaults: make site NAME=acme
	@$(OPS) site $(NAME)

.PHONY: bench
bench: install provider ## Print what users wait for (make diff, synthesis, the suite) against the budgets
	@$(PYTHON) -m localscw.bench

.PHONY: test
test: install provider tofu lint $(if $(filter 1,$(E2E_REQUIRED)),cdktn) ## Run the gates and the whole test suite (the end-to-end run and CDK Terrain's too, when Terraform >= 1.10, Go and `make cdktn` are here; E2E_REQUIRED=1 requires them)
	@$(OPS) synth-all --output .cache/synth-all > /dev/null  # the committed sites, as a whole (the tests use their own)
	$(PYTHON) -m pytest -n auto --dist loadfile

.PHONY: lint
lint: install ## ruff (lint and format) and mypy (strict on stacks/ and ops/), configured in pyproject.toml
	@$(VENV)/bin/ruff check --quiet
	@$(VENV)/bin/ruff format --check --quiet
	@$(VENV)/bin/mypy --no-error-summary

.PHONY: e2e
e2e: install provider tofu cdktn ## Deploy for real, with the real provider, against the local Scaleway (needs Terraform >= 1.10, Go)
	E2E_REQUIRED=1 $(PYTHON) -m pytest -n auto --dist loadfile tests/e2e

.PHONY: chaos
chaos: install provider ## Faults survived end to end (transient errors, a killed apply, a refused state write, a faulty rollout), then each without its handling
	@$(PYTHON) -m localscw.chaos --self-test

.PHONY: conformance
conformance: install ## Replay every recording of the provider that concerns us, strictly, per service; then its self-test of breakages
	@$(PYTHON) -m localscw.conformance --self-test

.PHONY: mutation
mutation: install ## mutmut on the modules guarding a promise (rollout, status, state guard, access): score per module, survivors; fails under 85%
	@$(PYTHON) -m tests.mutation

.PHONY: settings-doc
settings-doc: install ## Write the README's settings tables from stacks/settings/table.py
	@$(PYTHON) -m stacks.settings

.PHONY: snapshots
snapshots: install ## Update the stack snapshots after an intended change (review the diff!)
	$(PYTHON) -m pytest tests/stacks/test_snapshots.py --snapshot-update

.PHONY: bindings
bindings: install ## Regenerate imports/ offline from the built provider's schema (CDK=cdktn: CDK Terrain's, in engines/cdktn)
	@mkdir -p .cache && $(TOOLCHAIN) schema > .cache/provider-schema.json
	@$(PYTHON) -m ops bindings --schema .cache/provider-schema.json --engine $(CDK)

.PHONY: clean
clean: ## Remove synthesized output and caches (keeps dependencies)
	rm -rf cdktf.out .pytest_cache .cache
	find . -name __pycache__ -not -path "./node_modules/*" -not -path "./.venv/*" -prune -exec rm -rf {} +

.PHONY: help
help:
	@grep -hE '^[a-zA-Z0-9_./-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'
