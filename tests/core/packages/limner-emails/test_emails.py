import limner
from limner.testing import check_plugin


def test_finds_addresses():
    doc = limner.Enricher(plugins=["emails"]).enrich("Write to Press@Example.COM. Or a.b@x.org!")
    found = doc.select("email")
    assert [(e.user, e.domain) for e in found] == [("Press", "example.com"), ("a.b", "x.org")]
    assert doc.get(found[1].sentence).kind == "sentence"


def test_domains_option():
    e = limner.Enricher(plugins=["emails"], config={"emails.domains": "x.org"})
    assert [m.domain for m in e.enrich("p@example.com q@x.org").select("email")] == ["x.org"]


def test_conforms():
    check_plugin("emails", texts=["Write to press@example.com.", "no mail", "a@b.c" * 300])
