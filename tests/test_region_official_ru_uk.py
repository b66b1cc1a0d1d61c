"""In Russian and Ukrainian an official's region follows his title in the genitive ("губернатор Брянской области",
"голова Сумської області"): a figure he tells is said of his region's incident, as in English ("Volgograd region Governor
... said"), even when another region's incident was told last."""


from report_reading import figures


def by_place(events):
    return {e.place.key: figures(e) for e in events if e.kind in ("strike", "shelling") and e.place}


def test_a_russian_governors_zero_is_his_regions(read):
    events = read("Ночью беспилотники атаковали нефтебазу в Брянской области и склад в Курской области. "
                  "Пострадавших нет, сообщил губернатор Брянской области.", "ru")
    assert by_place(events) == {"Bryansk Oblast": {"killed": 0, "injured": 0}, "Kursk Oblast": {}}


def test_a_ukrainian_heads_zero_is_his_regions(read):
    events = read("Уночі дрони атакували склад у Сумській області та підстанцію в Харківській області. "
                  "Постраждалих немає, повідомив голова Сумської області.", "uk")
    assert by_place(events) == {"Sumy Oblast": {"killed": 0, "injured": 0}, "Kharkiv Oblast": {}}
