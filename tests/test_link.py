"""Linking mentions into entities."""
import pytest

import govkg
from rdflib import RDF, RDFS
from govkg.link import document_entities, link_document
from govkg.vocab import GK
from tests.helpers import extract_text


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


def test_a_short_name_in_quotes_is_the_programme_named_in_full(tmp_path):
    (tmp_path / "a.txt").write_text("铜陵市“三讲三评”激发党员活力\n今年以来,铜陵市推行“三讲三评”主题党日活动。\n",
                                    encoding="utf-8")
    kg = govkg.build([tmp_path])
    named = {(d["cls"], d["label"]) for _, d in kg.nx.nodes(data=True) if d["cls"] in ("Program", "Mechanism")}
    assert named == {("Program", "三讲三评主题党日活动")}


def test_a_thing_of_its_own_kind_is_not_short_for_a_rule_about_it(tmp_path):
    (tmp_path / "a.txt").write_text("临江推行干部夜校\n临江市委组织部开办干部“夜校”。市委组织部还建立“夜校”学员考勤制度。\n",
                                    encoding="utf-8")
    kg = govkg.build([tmp_path])
    named = {(d["cls"], d["label"]) for _, d in kg.nx.nodes(data=True) if d["cls"] in ("Program", "Mechanism")}
    assert named == {("Program", "夜校"), ("Mechanism", "夜校学员考勤制度")}


def test_the_unit_a_report_is_about_is_not_a_place_inside_another_name(tmp_path):
    (tmp_path / "a.txt").write_text("国网江苏电力“党建+”工程助力迎峰度夏\n国网江苏省电力有限公司党委建立“党员责任区”制度。"
                                    "公司党委书记张伟表示,将深化“党建+”工程。\n", encoding="utf-8")
    kg = govkg.build([tmp_path])
    orgs = {d["label"] for _, d in kg.nx.nodes(data=True) if d["cls"] == "Organization"}
    assert orgs == {"国网江苏省电力有限公司"}


@pytest.mark.parametrize("text, label", [
    pytest.param("山东省:加强学习\n近日,山东省召开会议。省公安厅建立了学习考勤制度。\n", "山东省公安厅",
                 id="the-one-province-named-qualifies-a-provincial-body"),
    pytest.param("山东省委党校:加强学习\n省公安厅建立了学习考勤制度。\n", "山东省公安厅",
                 id="a-province-opening-a-units-name-counts"),
    pytest.param("山东省与河南省:交流\n山东省、河南省召开会议。省公安厅建立了学习考勤制度。\n", "省公安厅",
                 id="two-provinces-leave-it-as-written"),
    pytest.param("临江县:加强学习\n全省召开会议。省公安厅建立了学习考勤制度。\n", "省公安厅",
                 id="no-province-leaves-it-as-written"),
])
def test_a_provincial_body_is_named_with_the_documents_province(text, label, tmp_path):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    rows = govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?l WHERE { ?o gk:establishes ?m ; rdfs:label ?l }").values()
    assert [str(r[0]) for r in rows] == [label]


def test_a_provincial_body_is_one_node_across_documents(tmp_path):
    (tmp_path / "a.txt").write_text("山东省公安厅:学习成绩与干部提拔挂钩\n山东省公安厅建立了学习考勤制度。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("山东省:加强学习\n山东省召开会议。省公安厅推行干部自主选学制度。\n", encoding="utf-8")
    rows = govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?l (COUNT(DISTINCT ?m) AS ?n) (SAMPLE(?a) AS ?alias) WHERE { ?o gk:establishes ?m ; rdfs:label ?l "
        "OPTIONAL { ?o skos:altLabel ?a } } GROUP BY ?l").values()
    assert [(str(l), int(n), str(a)) for l, n, a in rows] == [("山东省公安厅", 2, "省公安厅")]


def test_a_relative_name_in_a_paragraph_a_place_opens_before_a_colon_is_that_places_body():
    x = link_document(extract_text("【地方动态】\n◆长春:市委组织部出台年轻干部培养意见,每年遴选优秀年轻干部100名。\n"
                                   "◆大连:大连市推行机关干部“下沉一线”制度。\n"))
    assert [m.owner for m in x.metrics] == ["长春市委组织部"]


@pytest.mark.parametrize("body", ["市委组织部", "省直机关工委", "县委宣传部"], ids=["a_citys_body", "a_provinces_organs", "a_countys_body"])
def test_a_body_written_relative_to_a_place_no_document_names_is_each_documents_own(body, tmp_path):
    for name, rule in (("a.txt", "学习考勤制度"), ("b.txt", "干部自主选学制度")):
        (tmp_path / name).write_text(f"各地推进学习型党组织建设\n{body}建立了{rule}。\n", encoding="utf-8")
    rows = govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?o (COUNT(?m) AS ?rules) WHERE { ?o gk:establishes ?m ; rdfs:label ?l } GROUP BY ?o").values()
    assert sorted(int(r[1]) for r in rows) == [1, 1]  # two bodies, one rule each


def organization_labels(folder, text: str) -> list[str]:
    """The labels of the organisations a graph built from one article holds, sorted."""
    (folder / "a.txt").write_text(text, encoding="utf-8")
    rows = govkg.build([folder]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT DISTINCT ?l WHERE { ?o a gk:Organization ; rdfs:label ?l } ORDER BY ?l").values()
    return [str(r[0]) for r in rows]


def test_a_body_under_its_parent_and_by_its_kind_alone_is_one_unit(tmp_path):
    assert organization_labels(tmp_path, "中国石化临江油田:夯实基层党建\n今年以来,临江油田党委深入实施“强基工程”。\n"
                                         "油田党委建立党建工作责任制考核体系。\n") == ["临江油田"]


@pytest.mark.parametrize("full, short", [
    ("北江临泉酒股份有限公司", "临泉公司"), ("北江高速公路集团有限公司", "北江高速集团"),
], ids=["a_company_by_its_brand", "a_group_by_its_leading_words"])
def test_a_company_written_short_and_in_full_is_one_unit(full, short, tmp_path):
    assert organization_labels(tmp_path, f"省属企业党建推进会召开\n会上,{full}作了经验交流。{short}党委推行党建融合模式,"
                                         "建立党员责任区320个。\n") == [full]


def test_a_company_written_without_its_kind_is_the_one_written_with_it(tmp_path):
    assert organization_labels(tmp_path, "央企党建工作会议召开\n会上,东海电网、西江石化等企业作了经验交流。"
                                         "东海电网公司党组实施“旗帜领航”工程。\n") == ["东海电网公司", "西江石化"]


@pytest.mark.parametrize("short, full", [("省人社厅", "省人力资源和社会保障厅"), ("市发改委", "市发展和改革委员会")])
def test_a_department_written_short_and_in_full_is_one_unit(short, full, tmp_path):
    assert organization_labels(tmp_path, f"{short}多措并举稳就业\n记者从{full}获悉,{full}建立就业驿站服务机制。\n") == [full]


def test_a_commission_written_short_is_the_one_named_in_full(tmp_path):
    assert organization_labels(tmp_path, "流域机构推进学习型机关建设\n临江水利委员会、北江水利委员会等流域机构开展学习活动。"
                                         "临江委建立了青年干部导师制。\n") == ["临江水利委员会", "北江水利委员会"]


def test_a_district_written_without_its_level_is_the_one_written_with_it(tmp_path):
    assert organization_labels(tmp_path, "临江城东:网格党建打通基层治理\n近年来,临江市城东区在全区推行“党建+网格”治理模式。\n"
                                         "城东区委组织部建立网格党支部书记例会制度。\n") == ["城东区", "城东区委组织部"]


def test_a_places_body_written_without_the_places_level_is_the_one_written_with_it(tmp_path):
    assert organization_labels(tmp_path, "北江省总工会召开经验交流会\n厦门、泉州等地总工会作了典型发言。"
                                         "厦门市总工会建立职工书屋星级评定办法。\n") == ["北江省总工会", "厦门市总工会", "泉州总工会"]


def test_a_body_named_after_whom_it_serves_keeps_its_name_and_its_kind_refers_back(tmp_path):
    labels = organization_labels(tmp_path, "临江市:网络学院让学习无处不在\n市里建成临江干部网络学院,开设课程1500余门。\n"
                                           "德阳市:把培训融入企业发展\n德阳市委组织部建立导师制度。\n")
    assert "临江干部网络学院" in labels and "网络学院" not in labels


_TWO_CITIES = ("全市组织工作会议召开\n会上,临江市、平川市作了发言。\n"
               "临江市:建立学习档案\n{a}建立了干部学习档案制度。\n"
               "平川市:推行学分管理\n{b}建立了学分管理制度。\n")


@pytest.mark.parametrize("a, b, owners", [
    pytest.param("市委组织部", "市委组织部", {("市委组织部", "临江市委组织部"), ("市委组织部", "平川市委组织部")},
                 id="the-same-relative-name-in-two-cities-sections-is-two-bodies"),
    pytest.param("市财政局", "市委党校", {("市财政局", "临江市财政局"), ("市委党校", "平川市委党校")},
                 id="a-level-written-as-a-word-of-its-own-opens-a-relative-name"),
    pytest.param("县委组织部", "市委组织部", {("县委组织部", None), ("市委组织部", "平川市委组织部")},
                 id="a-level-the-speaker-is-not-stays-as-written"),
    pytest.param("市场监管局", "市委组织部", {("市场监管局", None), ("市委组织部", "平川市委组织部")},
                 id="a-name-opening-with-another-word-is-not-relative"),
])
def test_a_relative_name_in_a_section_is_the_speakers_body_shown_as_written(a, b, owners, tmp_path):
    (tmp_path / "a.txt").write_text(_TWO_CITIES.format(a=a, b=b), encoding="utf-8")
    rows = govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?o ?l ?full WHERE { ?o gk:establishes ?m ; rdfs:label ?l OPTIONAL { ?o skos:altLabel ?full } }").values()
    assert {(str(r[1]), r[2] and str(r[2])) for r in rows} == owners
    assert len({r[0] for r in rows}) == 2


def test_a_relative_name_in_a_paragraph_is_the_body_of_the_unit_before_it(tmp_path):
    (tmp_path / "a.txt").write_text(
        "各地探索党建新路径\n记者深入各地采访。\n"
        "临江市东城区推行积分管理。区委组织部建立了后备干部培养制度。\n"
        "平川市西湖区实施领头雁计划。区委组织部建立了第一书记述职制度。\n"
        "区委组织部还建立了村干部坐班制度。\n", encoding="utf-8")
    rows = govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?full ?label WHERE { ?o gk:establishes ?m . ?m rdfs:label ?label FILTER(STRENDS(?label, '制度')) "
        "OPTIONAL { ?o skos:altLabel ?full } }").values()
    assert {(r[0] and str(r[0]), str(r[1])) for r in rows} == {
        ("东城区委组织部", "后备干部培养制度"), ("西湖区委组织部", "第一书记述职制度"),
        (None, "村干部坐班制度")}  # a paragraph that names no unit before it


@pytest.mark.parametrize("body", [
    "会上,东城区、临江市、西山县、市教育局党委作了交流发言。",
    "会上,东城区、临江市作了交流发言。东城区介绍了积分管理的做法;临江市介绍了网格党建的经验;"
    "市教育局党委介绍了校长负责制的做法。",
], ids=["listed_with_them", "after_their_items_in_a_list_of_clauses"])
def test_a_relative_name_listed_with_other_units_is_none_of_theirs(body, tmp_path):
    (tmp_path / "a.txt").write_text(f"全市基层党建工作推进会召开\n{body}\n市教育局党委建立了述职评议制度。\n",
                                    encoding="utf-8")
    names = {str(r[0]) for r in govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?name WHERE { ?o a gk:Organization { ?o rdfs:label ?name } UNION { ?o skos:altLabel ?name } }").values()}
    assert "市教育局" in names and not {"临江市教育局", "东城区教育局", "西山县教育局"} & names


@pytest.mark.parametrize("text, full", [
    pytest.param("各地推进党建工作\n在北江,市委组织部建立了“星级评定”制度。在南川,市委组织部建立了学分管理制度。\n",
                 ["北江市委组织部", "南川市委组织部"], id="after-a-place-the-clause-before-names"),
    pytest.param("临江县推行积分制管理\n近年来,临江县在全县推行党员积分制管理。\n县委组织部建立了“红黑榜”公示制度。\n",
                 ["临江县委组织部"], id="in-a-report-on-one-unit"),
    pytest.param("西山县:让理论宣讲飞入寻常百姓家\n县委宣传部建立了宣讲员星级评定制度。\n",
                 ["西山县委宣传部"], id="a-county-whose-level-jieba-cut-from-its-name"),  # 西山/ns 县/zg
    pytest.param("临江市干部教育培训学时管理办法\n第三条 市委组织部建立学时登记制度。\n",
                 ["临江市委组织部"], id="a-unit-only-the-title-names"),
])
def test_a_relative_name_is_the_body_of_the_place_it_is_read_under(text, full, tmp_path):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    rows = govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?full WHERE { ?o gk:establishes ?m ; skos:altLabel ?full . ?m rdfs:label ?rule "
        "FILTER(STRENDS(?rule, '制度')) }").values()
    assert sorted(str(r[0]) for r in rows) == sorted(full)


def test_a_body_shown_as_written_short_keeps_one_label_beside_a_document_naming_it_in_full(tmp_path):
    (tmp_path / "a.txt").write_text(_TWO_CITIES.format(a="市委组织部", b="市委组织部"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("临江市推进党建工作\n临江市委组织部建立了学习考勤制度。\n", encoding="utf-8")
    kg = govkg.build([tmp_path])
    rows = kg.query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?o (COUNT(DISTINCT ?l) AS ?labels) WHERE { ?o a gk:Organization ; rdfs:label ?l } GROUP BY ?o").values()
    assert rows and all(int(r[1]) == 1 for r in rows)
    from govkg.validate import validate_graph
    conforms, report = validate_graph(kg.rdf)
    assert conforms, report


def test_a_relative_name_also_written_in_full_is_shown_in_full(tmp_path):
    (tmp_path / "a.txt").write_text(_TWO_CITIES.format(a="市委组织部", b="市委党校")
                                    + "临江市委组织部还建立了学习考勤制度。\n", encoding="utf-8")
    rows = govkg.build([tmp_path]).query(
        "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT DISTINCT ?l WHERE { ?o gk:establishes ?m ; rdfs:label ?l }").values()
    assert {str(r[0]) for r in rows} == {"临江市委组织部", "市委党校"}


def _entity_provenance(folder, text: str, cls: str, label: str) -> tuple[set[str], set[str]]:
    """The surfaces of an entity's mentions and its alternative labels, in a graph built from one article."""
    (folder / "a.txt").write_text(text, encoding="utf-8")
    kg = govkg.build([folder])
    prefix = ("PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
              "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ")
    where = f'?e a gk:{cls} ; rdfs:label "{label}"@zh . '
    surfaces = {str(r[0]) for r in kg.query(prefix + f"SELECT ?s WHERE {{ {where} ?e gk:mention ?m . ?m gk:surface ?s }}").values()}
    aliases = {str(r[0]) for r in kg.query(prefix + f"SELECT ?a WHERE {{ {where} ?e skos:altLabel ?a }}").values()}
    return surfaces, aliases


def test_a_place_a_pronoun_stands_for_is_traced_to_the_pronoun_but_not_named_by_it(tmp_path):
    """临江区委组织部负责人表示,该区实施…: 该区 is where the text refers to 临江区, which owns what
    the clause says; it is no other name of the district."""
    surfaces, aliases = _entity_provenance(
        tmp_path, "北江推进小区党建\n临江区委组织部负责人表示,该区实施小区党建双百工程,并建立吹哨报到机制。\n",
        "Organization", "临江区")
    assert surfaces == {"该区"} and "该区" not in aliases


def test_where_a_meeting_named_after_its_verb_was_held_is_traced_to_the_text(tmp_path):
    surfaces, _ = _entity_provenance(
        tmp_path, "临江日报 2019年6月20日\n省委组织部于6月18日在北江召开全省干部教育培训工作座谈会。\n", "Place", "北江")
    assert surfaces == {"北江"}


def test_a_name_a_headline_reads_as_a_programme_and_the_text_as_a_mechanism_is_the_texts():
    x = link_document(extract_text("全省组织工作经验交流会发言摘要\n宜昌市委组织部:打造“红色物业”\n宜昌市委组织部在全市推行“红色物业”。\n"
                                   "武汉市:推行“双报到”制度\n武汉市推行“双报到”制度。\n"))
    assert {(m.cls.value, m.label) for m in x.mentions if m.label == "红色物业"} == {("Mechanism", "红色物业")}
    assert {(r.subject[1], r.predicate.value) for r in x.relations if r.object[1] == "红色物业"} == {("宜昌市委组织部", "establishes")}


def test_a_quoted_name_with_more_words_before_its_head_in_the_text_is_the_headlines():
    x = link_document(extract_text("山东省潍坊市:推行“党建+信用”治理模式\n"
                                   "潍坊市委组织部在全市推行“党建+信用”基层治理模式。\n"))
    assert {m.label for m in x.mentions if m.cls.value == "Mechanism"} == {"党建+信用基层治理模式"}


def test_names_of_one_quote_with_other_words_before_their_heads_stay_two():
    x = link_document(extract_text("临江市推行“红色物业”考核制度和“红色物业”培训制度。\n"))
    assert {m.label for m in x.mentions if m.cls.value == "Mechanism"} == {"红色物业考核制度", "红色物业培训制度"}


def test_a_way_of_working_named_alone_and_as_a_rule_is_one():
    x = link_document(extract_text("重庆市渝中区:“网格+警格”联动治理\n渝中区在全区推行“网格+警格”联动机制。\n"))
    assert {m.label for m in x.mentions if m.cls.value == "Mechanism"} == {"网格+警格联动机制"}
    assert {(r.subject[1], r.object[1]) for r in x.relations} == {("渝中区", "网格+警格联动机制")}


@pytest.mark.parametrize("body, mechanisms", [
    ("临江区建立区、街道、社区三级联动培训机制。", {"三级联动培训机制"}),
    ("临江区建立三级联动培训机制和三级联动考核机制。", {"三级联动", "三级联动培训机制", "三级联动考核机制"}),
], ids=["the-one-the-text-names", "not-when-the-text-names-two"])
def test_a_numbered_pattern_named_alone_and_with_its_head_is_one(body, mechanisms):
    x = link_document(extract_text("临江区“三级联动”推进干部培训\n" + body + "\n"))
    assert {m.label for m in x.mentions if m.cls.value == "Mechanism"} == mechanisms


def test_what_a_headline_credits_to_a_place_is_its_bodys_where_the_text_says_the_body_did_it():
    x = link_document(extract_text("北江:“三个一批”推动干部到基层\n北江省委组织部日前出台意见,实施“三个一批”计划。"
                                   "西山市建立第一书记考核机制。\n"))
    assert {(r.subject[1], r.object[1]) for r in x.relations} == {
        ("北江省委组织部", "三个一批计划"), ("西山", "第一书记考核机制")}


@pytest.mark.parametrize("sections, expected", [
    ("临江:建立导师制度\n临江市建立年轻干部导师制度。\n西山:推行坐班制度\n西山县推行村干部坐班制度。\n",
     {("临江", "年轻干部导师制度"), ("西山", "村干部坐班制度")}),
    # the rule a section applies (积分制管理), named by the rule alone in its headline
    ("临江市委组织部:推行“积分制”管理 激发干部学习内生动力\n我们推行干部教育培训积分制管理。\n"
     "西山市委组织部:打造干部讲堂品牌\n我们开设“西山干部讲堂”。\n",
     {("临江市委组织部", "干部教育培训积分制管理"), ("西山市委组织部", "西山干部讲堂")}),
], ids=["names-in-full", "applies-in-full"])
def test_a_rule_named_short_in_a_headline_is_the_one_its_section_names_in_full(sections, expected):
    x = link_document(extract_text("全省组织工作会议交流发言摘编\n3月5日,全省组织工作会议在北江召开。\n" + sections))
    assert {(r.subject[1], r.object[1]) for r in x.relations} == expected


def test_a_quoted_name_only_a_headline_gives_short_is_the_one_the_text_gives_in_full():
    x = link_document(extract_text("临江市人事局推行「持续进修」计划\n临江市人事局将推行「公务员持续进修」计划,"
                                   "资助公务员每年进修不少于30小时。\n"))
    assert {m.label for m in x.mentions if m.cls.value == "Mechanism"} == {"公务员持续进修计划"}


def test_a_name_written_with_and_without_work_before_its_head_is_one():
    x = link_document(extract_text("黔南州:以“五个一”机制推动基层党建\n黔南州委组织部探索推行“五个一”工作机制。\n"))
    assert {m.label for m in x.mentions if m.cls.value == "Mechanism"} == {"五个一工作机制"}


def test_a_programme_named_with_and_without_its_units_place_is_one():
    x = link_document(extract_text("“周末大讲堂”成为干部充电站\n临江市委组织部开办的“临江周末大讲堂”已举办96期。\n"))
    assert {m.label for m in x.mentions if m.cls.value == "Program"} == {"临江周末大讲堂"}
    assert {(r.subject[1], r.object[1]) for r in x.relations if r.predicate.value == "runs"} == {("临江市委组织部", "临江周末大讲堂")}


def test_a_name_cut_to_its_last_words_after_the_document_gave_it_in_full_is_that_name():
    x = link_document(extract_text("临江市在全市推行“村级事务积分制”。\n北江区在推行积分制的同时,建立党员联户工作机制。\n"))
    assert {m.label for m in x.mentions if m.cls.value == "Mechanism"} == {"村级事务积分制", "党员联户工作机制"}
    assert ("北江区", "村级事务积分制") in {(r.subject[1], r.object[1]) for r in x.relations}


def test_a_short_name_ending_two_names_given_in_full_is_neither():
    x = link_document(extract_text("临江市推行“村级事务积分制”和“党员学习积分制”。\n北江区推行积分制。\n"))
    assert "积分制" in {m.label for m in x.mentions if m.cls.value == "Mechanism"}


def test_a_relative_name_in_the_section_of_a_county_of_one_character_is_its_body():
    x = link_document(extract_text("全市现场会典型发言\n一、凤台县:以党建带动发展\n凤台县推行“党支部+合作社”模式。\n"
                                   "二、寿县:打造特色产业\n县委组织部牵头建立了产业发展指导员制度。\n"))
    assert ("寿县委组织部", "产业发展指导员制度") in {(r.subject[1], r.object[1]) for r in x.relations}


def test_a_relative_name_in_the_section_of_a_place_its_header_names_without_a_level_is_its_body():
    x = link_document(extract_text("全省经验交流会发言摘要\n临江:建立联学机制\n临江市建立联学机制。\n"
                                   "北川:打造大讲堂\n市委组织部建立干部网络学习考核办法。\n"))
    assert ("北川市委组织部", "干部网络学习考核办法") in {(r.subject[1], r.object[1]) for r in x.relations}


def test_a_family_of_patterns_named_by_its_open_end_is_the_one_the_text_names():
    x = link_document(extract_text("临江区委:推行“支部+”模式\n临江区在全区推行“支部+合作社+农户”模式,带动群众增收。\n"))
    assert {m.label for m in x.mentions if m.cls.value == "Mechanism"} == {"支部+合作社+农户模式"}


def test_two_patterns_of_one_family_the_text_names_leave_its_open_end_alone():
    x = link_document(extract_text("临江区委:推行“支部+”模式\n临江区推行“支部+合作社”模式和“支部+协会”模式。\n"))
    assert "支部+模式" in {m.label for m in x.mentions if m.cls.value == "Mechanism"}


def test_a_government_written_relative_to_the_district_a_report_is_about_is_its_government():
    x = link_document(extract_text("六盘水市钟山区实施干部联村行动\n钟山区委、区政府印发《行动实施方案》。\n"))
    assert "钟山区政府" in {e.label for e in document_entities(x)}


def test_a_new_areas_department_written_with_its_level_again_is_one_body():
    x = link_document(extract_text("滨海新区周末大讲堂开讲十周年\n“周末大讲堂”由滨海新区区委宣传部主办。"
                                   "区委宣传部有关负责同志表示,将推出“大讲堂进社区”活动。\n"))
    assert {e.label for e in document_entities(x) if e.cls.value == "Organization"} == {"滨海新区", "滨海新区区委宣传部"}


def test_the_working_committee_of_the_bodies_directly_under_a_city_is_the_citys():
    x = link_document(extract_text("合肥市推行机关党员到社区双报到\n合肥市委组织部、市直机关工委联合下发通知,推行“双报到”制度。\n"))
    assert {e.label for e in document_entities(x) if e.cls.value == "Organization"} >= {"合肥市直机关工委"}


@pytest.mark.parametrize("title, sentence, body", [
    pytest.param("临江工业大学党委实施培育工程", "学校党委组织部每年举办培训班2期。", "临江工业大学党委组织部", id="a-university"),
    pytest.param("临江港务有限公司推行党建+安全", "公司安全监察部每年开展安全培训不少于4次。", "临江港务有限公司安全监察部",
                 id="a-company"),
])
def test_a_body_written_under_the_kind_of_the_body_a_report_is_about_is_that_bodys(title, sentence, body):
    x = link_document(extract_text(title + "\n" + sentence + "\n"))
    assert [m.owner for m in x.metrics] == [body]


def test_management_by_a_system_written_short_is_the_system_named_in_full():
    x = link_document(extract_text("赛罕区党员积分制见实效\n赛罕区全面推行“党员积分制”管理。推行积分制管理以来,成效明显。\n"))
    assert {e.label for e in document_entities(x) if e.cls.value == "Mechanism"} == {"党员积分制"}


def test_a_relative_name_takes_the_level_the_text_writes_for_the_place_its_title_names_without_it():
    x = link_document(extract_text("湖北宜昌:“三峡夜校”进村\n宜昌市委组织部、市委宣传部联合开办“三峡夜校”。\n"))
    assert {e.label for e in document_entities(x) if e.cls.value == "Organization"} >= {"宜昌市委宣传部"}


def test_a_programme_and_the_lecturers_named_after_it_are_two_entities():
    x = link_document(extract_text("临江市开办“百姓讲堂”\n临江市委宣传部开办“百姓讲堂”。市里组建了“百姓讲堂”讲师团。\n"))
    assert {e.label for e in document_entities(x) if e.cls.value == "Program"} >= {"百姓讲堂", "百姓讲堂讲师团"}


def test_a_national_administration_keeps_its_name_whole_when_also_written_short():
    x = link_document(extract_text("国家税务总局推出“智慧税务学堂”\n国家税务总局近日推出“智慧税务学堂”网络培训平台。"
                                   "税务总局要求,各级税务机关干部每年网络学习时间不少于50学时。\n"))
    assert {e.label for e in document_entities(x) if e.cls.value == "Organization"} == {"国家税务总局"}


@pytest.mark.parametrize("title, text, body", [
    pytest.param("北江市政府推動青年參與", "市府青年事務局表示,今年已提出政策建議46項。", "北江市政府青年事务局", id="the-city-government-short"),
    pytest.param("北江縣政府推動終身學習", "縣府人事處表示,今年共辦理講座12場。人事處處長陳明志指出,將持續辦理。",
                 "北江县政府人事处", id="and-its-division-written-shorter-still"),
])
def test_a_government_written_short_is_the_one_the_report_is_about(title, text, body):
    x = link_document(extract_text(f"{title}\n{text}\n"))
    orgs = {e.label for e in document_entities(x) if e.cls.value == "Organization"}
    assert body in orgs and not {"市府青年事务局", "县府人事处", "人事处"} & orgs


def test_a_places_body_written_with_the_place_and_without_is_one_body_under_its_full_name():
    x = link_document(extract_text("临江市成立青年事务委员会\n临江市青年事务委员会每季召开1次会议。"
                                   "青年事务委员会今年已提出政策建议46项。\n"))
    assert {e.label for e in document_entities(x) if e.cls.value == "Organization"} == {"临江", "临江市青年事务委员会"}
    assert {m.owner for m in x.metrics} == {"临江市青年事务委员会"}


def test_a_rule_named_with_zhi_and_with_zhidu_is_one_under_the_longer_name():
    x = link_document(extract_text("临江州推行“驻村第一书记”轮换制\n临江州自2015年起推行驻村第一书记轮换制度,每两年轮换一次。\n"))
    assert {m.label for m in x.mentions if m.cls.value == "Mechanism"} == {"驻村第一书记轮换制度"}


def test_a_body_of_a_level_heading_a_section_is_not_read_as_a_place():
    x = link_document(extract_text("全市推进会发言摘要\n(一)经开区党工委:“红色楼宇”聚合力\n经开区推行“楼宇党委”工作模式。\n"
                                   "(二)市工商联:“亮旗”行动提升覆盖质量\n市工商联开展“亮旗”行动。\n"))
    assert ("市工商联", "亮旗行动") in {(r.subject[1], r.object[1]) for r in x.relations}
    assert not any(m.label.startswith("市工商联市") for m in x.mentions)


def test_a_city_and_a_district_of_the_same_name_are_two_units():
    x = link_document(extract_text("江北西岭:“石油精神”宣讲进基层\n西岭市组建“石油精神”宣讲团,累计宣讲320余场。\n"
                                   "西岭区、东山区还分别组建了宣讲分队12支和8支。\n"))
    assert x.focus == "西岭"
    assert ("西岭", "石油精神宣讲团") in {(r.subject[1], r.object[1]) for r in x.relations}
    assert {"西岭", "西岭区"} <= {m.label for m in x.mentions if m.cls.value == "Organization"}


def test_a_residential_area_is_no_body_and_leaves_the_district_the_one_place_of_its_level():
    x = link_document(extract_text("临江市西岭区:“15分钟党群服务圈”全覆盖\n西岭区形成区、街道、居民区三级党群服务阵地体系。"
                                   "区委组织部推行“四季菜单”服务。\n"))
    orgs = {m.label for m in x.mentions if m.cls.value == "Organization"}
    assert "居民区" not in orgs
    assert ("西岭区委组织部", "四季菜单服务") in {(r.subject[1], r.object[1]) for r in x.relations}
