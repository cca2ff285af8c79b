"""The search index on the databases' own full-text engines (SQLite FTS5, PostgreSQL tsvector
with GIN and pg_trgm) replaces the hand-made inverted index hub.SearchTerm.

The words are folded in Python (wapsi.lib.scripts) and joined with single spaces, so neither
engine needs to parse them: FTS5 splits on spaces (unicode61 with marks kept inside words, so
Bengali vowel signs do not cut a word); PostgreSQL builds a positioned tsvector with the
``simple`` configuration (no stemming, no stop words: only the lowercasing of words that are
already folded), title words weighted A and body words B, so ts_rank puts title matches first.
Its parser keeps Bengali vowel signs and Arabic-script words whole (test_search_engine checks
that the vector's lexemes are exactly the folded words). After migrating an existing site, run
``manage.py search_rebuild`` once.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

SQLITE_FORWARD = [
    # External content: the words live once, in hub_searchdocument; triggers keep FTS5 in step.
    """CREATE VIRTUAL TABLE hub_search_fts USING fts5(
        title_words, body_words, content='hub_searchdocument', content_rowid='id',
        tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'", prefix='2 3 4')""",
    # FTS5 weighs the columns' counts before bm25's saturation, so the title's weight must be
    # high for one title match to outrank a body that repeats the word (up to some 20 times in
    # a page of ordinary length; PostgreSQL's ts_rank always puts a title match first).
    "INSERT INTO hub_search_fts(hub_search_fts, rank) VALUES ('rank', 'bm25(20.0, 1.0)')",
    """CREATE TRIGGER hub_search_fts_insert AFTER INSERT ON hub_searchdocument BEGIN
        INSERT INTO hub_search_fts(rowid, title_words, body_words)
        VALUES (new.id, new.title_words, new.body_words); END""",
    """CREATE TRIGGER hub_search_fts_delete AFTER DELETE ON hub_searchdocument BEGIN
        INSERT INTO hub_search_fts(hub_search_fts, rowid, title_words, body_words)
        VALUES ('delete', old.id, old.title_words, old.body_words); END""",
    """CREATE TRIGGER hub_search_fts_update AFTER UPDATE ON hub_searchdocument BEGIN
        INSERT INTO hub_search_fts(hub_search_fts, rowid, title_words, body_words)
        VALUES ('delete', old.id, old.title_words, old.body_words);
        INSERT INTO hub_search_fts(rowid, title_words, body_words)
        VALUES (new.id, new.title_words, new.body_words); END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS hub_search_fts_update",
    "DROP TRIGGER IF EXISTS hub_search_fts_delete",
    "DROP TRIGGER IF EXISTS hub_search_fts_insert",
    "DROP TABLE IF EXISTS hub_search_fts",
]
POSTGRESQL_FORWARD = [
    """ALTER TABLE hub_searchdocument ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_words), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_words), 'B')) STORED""",
    "CREATE INDEX hub_searchdoc_vector ON hub_searchdocument USING gin (vector)",
    "CREATE INDEX hub_searchword_trgm ON hub_searchword USING gin (word gin_trgm_ops)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS hub_searchword_trgm",
    "DROP INDEX IF EXISTS hub_searchdoc_vector",
    "ALTER TABLE hub_searchdocument DROP COLUMN IF EXISTS vector",
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def engine_forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_FORWARD)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_FORWARD)
    else:
        raise RuntimeError(f"search has no full-text engine for {vendor}")


def engine_backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    _run(schema_editor, SQLITE_BACKWARD if vendor == "sqlite" else POSTGRESQL_BACKWARD)


class Migration(migrations.Migration):

    dependencies = [
        ('hub', '0007_hub_usage_page_view_day'),
    ]

    operations = [
        # pg_trgm (trusted since PostgreSQL 13); Django skips this on any other database.
        TrigramExtension(),
        migrations.CreateModel(
            name='SearchWord',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('word', models.CharField(max_length=64, unique=True)),
            ],
        ),
        migrations.CreateModel(
            name='SearchDocument',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('source', models.CharField(choices=[('page', 'Hub page'), ('service', 'Service'), ('story', 'Story'), ('study', 'Study'), ('recommendation', 'Recommendation'), ('action', 'Roadmap action')], max_length=20)),
                ('object_id', models.PositiveBigIntegerField()),
                ('kind', models.CharField(max_length=20)),
                ('language', models.CharField(max_length=10)),
                ('group_key', models.CharField(blank=True, max_length=36)),
                ('title', models.CharField(max_length=300)),
                ('summary', models.TextField(blank=True)),
                ('path', models.CharField(max_length=300)),
                ('title_words', models.TextField(blank=True)),
                ('body_words', models.TextField(blank=True)),
            ],
            options={
                'indexes': [models.Index(fields=['group_key', 'language'], name='hub_searchdoc_group_lang')],
                'constraints': [models.UniqueConstraint(fields=('source', 'object_id'), name='hub_searchdoc_source_obj')],
            },
        ),
        migrations.CreateModel(
            name='SearchWordVariant',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('key', models.CharField(max_length=64)),
                ('word', models.CharField(max_length=64)),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('key', 'word'), name='hub_searchword_key_word')],
            },
        ),
        migrations.DeleteModel(
            name='SearchTerm',
        ),
        migrations.RunPython(engine_forward, engine_backward),
    ]
