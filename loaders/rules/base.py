"""What every rule shares: the reading context and the readers of places, clauses
and events, bodies and the city's own parties, as one base class."""

from __future__ import annotations

from loaders.rules.bodies import BodyReading
from loaders.rules.event_mentions import EventMentions
from loaders.rules.home_parties import HomeParties
from loaders.rules.place_mentions import PlaceMentions


class ReaderBase(PlaceMentions, EventMentions, BodyReading, HomeParties):
    """The chapter being read, the facts written so far, and shared helpers."""
