"""limner plugin: sentiment (being built)."""
