"""Names that are not places, and places the text matcher missed (issue 10, class 3): a gulf or strait named with its
noun is the water, not the town it is named after ("the Gulf of Aden" is not Aden); a Russian town named like the
plural of a given name ("Алешки") is the town; a romanised first name before a surname ("Marina Koval") is a person.
Each shown with a report written for this test."""


def test_a_gulf_named_with_its_noun_is_not_its_port(read):
    events = read("A missile struck a cargo ship in the Gulf of Aden on Monday, injuring two crew members.")
    assert [e.place for e in events] == [None]


def test_a_gulf_named_after_its_noun_ru(read):
    events = read("Беспилотник атаковал танкер в водах залива Акаба, ранены два члена экипажа.", "ru")
    assert [e.place for e in events] == [None]


def test_a_gulf_named_after_its_noun_uk(read):
    events = read("Ракета влучила в судно у водах затоки Аден, поранено двох членів екіпажу.", "uk")
    assert [e.place for e in events] == [None]


def test_the_port_alone_is_still_the_port(read):
    events = read("A drone struck the port of Aden on Monday, injuring two workers.")
    assert [e.place.name for e in events] == ["Aden"]


def test_a_town_named_like_the_plural_of_a_given_name_ru(read):
    # the Russian dictionary knows "Алешки" only as Alyoshkas (or of Alyoshka): Oleshky in Russian
    events = read("ВСУ обстреляли Алешки Херсонской области, ранены три мирных жителя.", "ru")
    assert [(e.kind, e.place.name) for e in events] == [("shelling", "Алёшки")]
    events = read("В Алешках после удара беспилотника ранены два человека.", "ru")
    assert [e.place.name for e in events] == ["Алёшки"]


def test_a_given_name_in_another_case_is_still_a_person_ru(read):
    events = read("По словам Марины, беспилотник ударил по дому в Курске, ранены два человека.", "ru")
    assert [e.place.name for e in events] == ["Курск"]


def test_a_romanised_first_name_before_a_surname_is_a_person(gazetteer):
    # Marina is a town in California; here she is a resident
    text = "Shelling damaged a house in Kharkiv overnight. Marina Koval, 53, said the blast shattered her windows."
    assert [text[m.start:m.end] for m in gazetteer.find(text)] == ["Kharkiv"]


def test_a_first_name_that_is_a_town_is_still_the_town_alone(gazetteer):
    text = "A drone hit a warehouse in Marina, California, injuring two workers."
    assert [text[m.start:m.end] for m in gazetteer.find(text)][:1] == ["Marina"]
