"""Round 36e: forms of text read on the 080, 083 and 078 held-out chapters (an official
letter, itineraries of delegations abroad, annex tables), each tested on invented
sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a Japanese surname opening with a word of the sentence (與那嶺, 和田, 及川) or
# holding one (加藤): the name after a title opens with it all the same
def test_a_japanese_surname_opening_with_a_word_of_the_sentence_opens_a_name() -> None:
    ext = chapter(
        "一、一月十日　日本宜野灣市助役與儀健一率該市觀光課課長新垣和夫等一行四人蒞府拜會，"
        "由黃副市長代表接見。",
        "二、二月十日　日本長崎市副市長和田次郎率團來訪，由陳市長接見。",
        "三、三月十日　日本橫濱市副市長加藤一郎率團來訪，由陳市長接見。",
        "四、四月十日　日本福岡市助役及川四郎率團來訪，由陳市長接見。",
    )
    for name in ("與儀健一", "和田次郎", "加藤一郎", "及川四郎"):
        assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, name)), name
        assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, name)), name
