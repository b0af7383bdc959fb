"""limner plugin: locations (being built)."""
