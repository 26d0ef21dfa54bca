"""Linking mentions into entities."""
import govkg
from rdflib import RDF, RDFS
from govkg.vocab import GK


def test_a_yearly_meeting_of_the_same_name_is_one_event_per_date(tmp_path):
    for year, day in ((2011, 15), (2012, 20)):
        (tmp_path / f"{year}.txt").write_text(
            f"{year}-08-{day + 2} 10:00:00\n编者按:全省学习型党组织建设工作经验交流会8月{day}日在威海召开。\n",
            encoding="utf-8")
    kg = govkg.build([tmp_path])
    events = sorted(kg.rdf.subjects(RDF.type, GK.Event))
    assert len(events) == 2
    assert {str(kg.rdf.value(e, RDFS.label)) for e in events} == {"全省学习型党组织建设工作经验交流会"}
    assert sorted(str(kg.rdf.value(e, GK.date)) for e in events) == ["2011-08-15", "2012-08-20"]


def test_unit_variants_merge_under_the_short_name(tmp_path):
    (tmp_path / "a.txt").write_text("德州市打造学习品牌\n德州市开办“运河讲坛”。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("德州深化理论宣讲\n德州建立专家辅导制度。\n", encoding="utf-8")
    kg = govkg.build([tmp_path])
    orgs = {str(kg.rdf.value(o, RDFS.label)) for o in kg.rdf.subjects(RDF.type, GK.Organization)}
    assert orgs == {"德州"}
