"""Signals voices sends so that apps above it (campaigns) can follow a story without voices
importing them.

- ``story_withdrawn(sender=Story, story_id=int, reference=str)``: sent inside the withdrawal's
  transaction, once the story is wiped; a receiver's writes commit or roll back with it.
- ``consents_lapsed(sender=Story, today=date)``: sent by the daily expiry once it has run, so
  that uses of a purpose whose consent lapsed (campaign material) can be ended.
"""

from __future__ import annotations

from django.dispatch import Signal

story_withdrawn = Signal()
consents_lapsed = Signal()
