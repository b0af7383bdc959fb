"""limner plugin: evaluate (being built)."""
