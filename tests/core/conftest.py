"""Test packages under ``packages/`` are installed and tested by the tests that use them."""

collect_ignore_glob = ["packages/*"]
