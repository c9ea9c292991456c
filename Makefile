# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PORT ?= 8000
DEMO_ENV := DEBUG=1

.PHONY: demo test test-sqlite test-postgres lint install serve clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

## demo: create the virtualenv, migrate, load the fixtures, ingest the sample
## articles, and serve the admin and the API on SQLite.
demo: install
	$(DEMO_ENV) $(PY) manage.py migrate --no-input
	$(DEMO_ENV) $(PY) manage.py loaddata countries focus_areas agencies demo
	@# Two sample files are broken on purpose, so ingest reports them and exits 1.
	-$(DEMO_ENV) $(PY) manage.py ingest "fixtures/articles/*.txt" "fixtures/articles/*.html" "fixtures/articles/*.jsonl"
	$(DEMO_ENV) $(PY) manage.py ensure_demo_user
	@echo ""
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/   (login: demo / demo-curator)"
	@echo "  API:   http://127.0.0.1:$(PORT)/api/     docs: http://127.0.0.1:$(PORT)/api/docs/"
	@echo ""
	$(DEMO_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

## test: the whole suite, lint and migration check, on the configured database
## (SQLite unless DATABASE_URL says otherwise).
test: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest -n 2

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
