"""limner plugin: numbers (being built)."""
