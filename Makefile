# Wapsi: `make run` and `make test` are all a newcomer needs. Both start with `make install`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Development defaults; production sets its own environment (see README).
export DEBUG ?= 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: install run test lint lint-quiet typecheck contracts format messages translations clean bench bench-pg soak audit production-check

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt package.json
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -c constraints.txt -e '.[dev]'
	@# axe-core for the accessibility tests (test-only; needs npm, skipped without it)
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent; fi
	touch $@

# Compile the gettext catalogues (.po -> .mo); msgfmt comes with Debian's gettext package.
translations:
	@for po in locale/*/LC_MESSAGES/django.po; do msgfmt --check -o "$${po%.po}.mo" "$$po" || exit 1; done

run: install translations
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --address $(HOST):$(PORT)
	@# One background worker beside the development server, as in production; both stop together.
	@trap 'kill 0' EXIT INT TERM; \
		$(PY) manage.py db_worker --interval 1 & \
		$(PY) manage.py runserver $(HOST):$(PORT)

test: install translations lint-quiet
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Extract interface strings into the catalogues after changing templates or code.
messages: install
	$(PY) manage.py makemessages --no-obsolete --ignore='.venv/*' --ignore='staticfiles/*' \
		-l ur -l ar -l ckb -l bn -l ps -l fa_AF

# Benchmark (about 6 minutes; the first run also generates data for about 5 minutes) and soak.
# Both need wrk (apt-get install wrk). BENCH_ARGS / SOAK_ARGS pass options, e.g. --pages home_en.
bench: install translations
	$(PY) bench/run.py $(BENCH_ARGS)

# The same benchmark on PostgreSQL with Redis (a cluster of its own in bench/data/pg).
bench-pg: install translations
	bench/pg.sh $(BENCH_ARGS)

soak: install translations
	$(PY) bench/soak.py $(SOAK_ARGS)

# Dependency audit against the vulnerability database (needs its network service).
audit: install
	$(VENV)/bin/pip-audit -l --progress-spinner off

# The README's "Running in production" section followed on this machine, from a clean copy of
# the checkout: Debian's PostgreSQL and redis-server, an S3 server, a fresh production virtualenv,
# two gunicorn app servers and a worker, then checks (about 5 minutes; needs root).
production-check:
	deploy/production-check.sh

clean:
	rm -rf $(VENV) staticfiles test-artifacts

# The suite starts with the linters, the type checker and the layering contracts: any of them
# red is a red build.
lint-quiet:
	@$(VENV)/bin/ruff check --quiet . && $(VENV)/bin/ruff format --check --quiet .
	@$(VENV)/bin/mypy --no-error-summary wapsi || { echo "mypy found errors (above)"; exit 1; }
	@out="$$($(VENV)/bin/lint-imports --no-cache --no-logo 2>&1)" || { echo "$$out"; echo "import-linter: a layering contract is broken (above)"; exit 1; }

typecheck: install
	$(VENV)/bin/mypy wapsi

contracts: install
	$(VENV)/bin/lint-imports --no-cache --no-logo
