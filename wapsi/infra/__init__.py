"""Small Django-aware building blocks that belong to no domain app: rate limits and the
whole-page cache. They import no app of the project (the layering contract checks it)."""
