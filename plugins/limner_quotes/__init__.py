"""limner plugin: quotes (being built)."""
