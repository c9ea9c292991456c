"""Test-run defaults: a development secret key so the suite runs without set-up."""

import os

os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
