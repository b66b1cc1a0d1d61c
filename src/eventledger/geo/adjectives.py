"""A place's adjective in Russian and Ukrainian, as the patterns that read one put it together: a stem, the suffix
-ск-/-цк- (-ськ-/-цьк-) and a case ending ("Белгородская область", "Харківського району", "в Куйбышевском, Петровском
районах"). Defined once, so that the patterns reading such adjectives (gazetteer.py, city_districts.py) do not drift
apart; each takes the endings of the nouns it reads after the adjective."""

CAPITAL = "А-ЯЁІЇЄҐ"  # (inside a character class)
SMALL = "а-яёіїєґ'’ʼ"  # the small letters of a Russian or Ukrainian word, and the apostrophes inside one
SUFFIX = "ськ|цьк|ск|цк"
MASCULINE = "ий|ого|ому|ом|им|ій|ім|ой|ый"  # a district's: "район" is masculine
FEMININE = "ая|ую|ей|а|у|ої|ою"  # a region's, a community's: "область", "громада"
NEUTER = "ое|е"
PLURAL = "ые|их|ими|ым|ых|і"
