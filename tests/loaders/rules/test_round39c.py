"""Round 39c: forms of text read on the 105b pair (the genre as a real report of 2016
prints it: numbered items by kind of work, long sentences listing delegations, an
appended table of the half year's guests laid out with full-width spaces), each tested
on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. an appended table of guests whose guest column names what its cells hold besides
# in brackets (來訪貴賓（職稱）), its name opening with 來訪, laid out with full-width
# spaces and numbered by full-width digits: each line a guest's row
def test_a_guest_column_noting_the_title_in_brackets_heads_a_table_of_guests() -> None:
    ext = chapter(
        "附表：本期重要外賓來訪一覽表",
        "編號　日期　　　　國別　　　來訪貴賓（職稱）　　　　　　　接待單位",
        "１　　107.07.14　日本　　　新潟縣長岡市市長磯田達伸　　　　　秘書處",
        "２　　107.08.03　美國　　　西雅圖港務局局長Steve Metruck　　　海洋局",
        period="2018-07/2018-12",
    )
    mayor = rels(ext, RelType.VISITED, source=named(ext, "磯田達伸"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in mayor] == ["2018-07-14"]
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "磯田達伸"), title_zh="市長")
    port = rels(ext, RelType.VISITED, source=named(ext, "Steve Metruck"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in port] == ["2018-08-03"]
