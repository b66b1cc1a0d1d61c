"""A shelling told with gunmen (issue 10): gunmen shooting is an armed clash, but guns or shells named in the clause
make it a shelling whoever fired them ("the gunmen's artillery attack", a pejorative of some outlets for soldiers).
Each report here was written for the test."""


from report_reading import kinds


def test_gunmen_with_artillery_named_shell(read):
    events = read("Three civilians were killed in the gunmen's artillery attack on a market in Horlivka on Tuesday.")
    assert [kind for kind, _ in kinds(events)] == ["shelling"]


def test_gunmen_with_no_guns_named_clash(read):
    events = read("Unknown gunmen shelled a police car near Nazran on Tuesday, wounding two officers.")
    assert [kind for kind, _ in kinds(events)] == ["other"]
