"""The benchmark and soak tools, and the data generators they (and the query-count tests) use."""
