# ROK Portaal. `make run` and `make test` work on a fresh machine with Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_PASSWORD ?=
PYTEST_ARGS ?=

# The demo runs in debug mode (DEBUG is off by default, as production needs): development
# secret key, local hosts, static files from static/, e-mail on the console.
run setup messages: export DEBUG := 1

.PHONY: run setup test lint format messages compilemessages check-deploy clean vendor backup restore

run: setup
	@echo "ROK Portaal runs on http://$(HOST):$(PORT)/ (stop with Ctrl+C)"
	@echo "Demo: the second sign-in step is off (PORTAL_REQUIRE_MFA=0); production requires it."
	PORTAL_REQUIRE_MFA=0 $(PY) manage.py runserver $(HOST):$(PORT)

setup: $(INSTALLED) compilemessages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo $(if $(DEMO_PASSWORD),--password "$(DEMO_PASSWORD)")
	$(PY) manage.py load_demo_referrals

test: $(INSTALLED) compilemessages
	$(PY) -m pytest $(PYTEST_ARGS)

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

compilemessages: $(INSTALLED)
	$(VENV)/bin/pybabel compile --domain django --directory locale --statistics

# Needs GNU gettext (apt-get install gettext). Source strings are English; the English
# catalogue repeats them so both catalogues are complete.
messages: $(INSTALLED)
	$(PY) manage.py makemessages --locale nl --locale en --no-obsolete --ignore ".venv/*" --ignore "staticfiles/*" --ignore "node_modules/*" --ignore "build/*"
	$(PY) -c "from babel.messages import pofile; \
	paths = {lang: f'locale/{lang}/LC_MESSAGES/django.po' for lang in ('nl', 'en')}; \
	catalogs = {lang: pofile.read_po(open(path, 'rb')) for lang, path in paths.items()}; \
	[setattr(m, 'string', m.id) for m in catalogs['en'] if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))]; \
	[m.flags.discard('fuzzy') for m in catalogs['en'] if m.id]; \
	[pofile.write_po(open(paths[lang], 'wb'), catalog, width=100) for lang, catalog in catalogs.items()]"

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(INSTALLED)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles

# Backup and restore of the PostgreSQL database named by DATABASE_URL (see README, "Backup and
# restore"). `make backup` writes to backups/<date-time>/ unless BACKUP_DIR is given; `make
# restore BACKUP_DIR=…` restores into an empty database.
BACKUP_DIR ?=

backup: $(INSTALLED)
	$(PY) manage.py backup "$(or $(BACKUP_DIR),backups/$(shell date +%Y-%m-%dT%H%M%S))"

restore: $(INSTALLED)
	@test -n "$(BACKUP_DIR)" || { echo "Usage: make restore BACKUP_DIR=backups/<date-time> (into the empty database DATABASE_URL names)"; exit 2; }
	$(PY) manage.py restore "$(BACKUP_DIR)"

include Makefile.vendor
