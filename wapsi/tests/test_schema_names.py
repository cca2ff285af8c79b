"""PostgreSQL keeps tables, indexes and unique constraints in one namespace per schema.

A constraint named like a table migrates on SQLite and fails on PostgreSQL ("relation
already exists"), which once broke the whole PostgreSQL pass. This catches it on either.
"""

from django.apps import apps


def test_no_constraint_or_index_is_named_like_a_table():
    tables = {m._meta.db_table for m in apps.get_models(include_auto_created=True)}
    clashes = [
        (model._meta.label, item.name)
        for model in apps.get_models()
        for item in [*model._meta.constraints, *model._meta.indexes]
        if item.name in tables
    ]
    assert clashes == []


def test_constraint_and_index_names_are_unique_across_the_project():
    seen: dict[str, str] = {}
    clashes = []
    for model in apps.get_models():
        for item in [*model._meta.constraints, *model._meta.indexes]:
            if item.name in seen and seen[item.name] != model._meta.label:
                clashes.append((item.name, seen[item.name], model._meta.label))
            seen.setdefault(item.name, model._meta.label)
    assert clashes == []
