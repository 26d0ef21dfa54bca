import datetime as dt

import pytest

import govkg
from govkg.extract.events import resolve_date
from govkg.link import link_document
from tests.helpers import extract_text, graph_of, labels, relations


def test_event_with_date_resolved_against_the_document_and_its_place():
    x = extract_text("2014-05-20 08:00\n编者按:全市机关作风建设工作经验交流会5月18日在临沂召开。交流会上,各单位作了发言。\n")
    [event] = x.events
    assert event.label == "全市机关作风建设工作经验交流会"
    assert event.date == dt.date(2014, 5, 18)
    assert event.location == "临沂"
    assert "机关作风建设工作经验交流会" in event.aliases


def test_event_held_without_a_stated_date():
    x = extract_text("甘肃省基层党建工作座谈会日前举行。\n")
    assert [(e.label, e.date) for e in x.events] == [("甘肃省基层党建工作座谈会", None)]


def test_a_meeting_of_two_bodies_named_together_keeps_both():
    x = extract_text("临江日报 2021年7月9日\n省委和省直机关党建工作推进会7日在北江召开。\n")
    assert [(e.label, e.date) for e in x.events] == [("省委和省直机关党建工作推进会", dt.date(2021, 7, 7))]


@pytest.mark.parametrize("sentence, label", [
    pytest.param("2021年11月8日,中国共产党第十九届中央委员会第六次全体会议在北京召开。",
                 "中国共产党第十九届中央委员会第六次全体会议", id="a-plenum-of-a-numbered-committee"),
    pytest.param("2021年11月8日,中国共产党北江省第十二次代表大会在北江召开。",
                 "中国共产党北江省第十二次代表大会", id="a-numbered-congress"),
])
def test_a_numbered_session_of_a_body_is_named_whole(sentence, label):
    assert [e.label for e in extract_text(sentence + "\n").events] == [label]


@pytest.mark.parametrize("issued, day, date", [
    pytest.param("2023年5月10日", "本月8日", dt.date(2023, 5, 8), id="this-month"),
    pytest.param("2023年5月10日", "上月28日", dt.date(2023, 4, 28), id="last-month"),
    pytest.param("2023年1月10日", "上月28日", dt.date(2022, 12, 28), id="last-month-of-last-year"),
])
def test_a_day_of_a_month_named_relative_to_the_report(issued, day, date):
    x = extract_text(f"{issued} 来源:临江日报\n{day},全市组织部长会议在临江召开。\n")
    assert [e.date for e in x.events] == [date]


def test_a_meeting_named_after_its_task_keeps_the_verbs_in_its_name():
    x = extract_text("临江日报 2022年7月15日\n7月14日,全省抓党建促乡村振兴现场会在北江召开。\n")
    assert [(e.label, e.date, e.location) for e in x.events] == [("全省抓党建促乡村振兴现场会", dt.date(2022, 7, 14), "北江")]


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("3月2日,全区“两学一做”学习教育动员部署会议在区委党校召开。",
                 ("全区两学一做学习教育动员部署会议", dt.date(2016, 3, 2), "区委党校"), id="quotes-and-a-head-ending-in-会议"),
    pytest.param("9月8日至9日,全省基层党建工作培训班在省委党校开班。",
                 ("全省基层党建工作培训班", dt.date(2016, 9, 8), "省委党校"), id="a-class-that-opens"),
    pytest.param("3月2日,全省党建引领基层治理工作会议暨经验交流会在北江召开。",
                 ("全省党建引领基层治理工作会议暨经验交流会", dt.date(2016, 3, 2), "北江"), id="two-meetings-held-as-one"),
    pytest.param("3月2日,全市第三次党代会在市会议中心隆重开幕。",
                 ("全市第三次党代会", dt.date(2016, 3, 2), "市会议中心"), id="a-congress-in-a-venue-named-after-meetings"),
    pytest.param("3月2日,全省组织工作会议于北江举行。",
                 ("全省组织工作会议", dt.date(2016, 3, 2), "北江"), id="where-written-with-yu"),
    pytest.param("全国党员教育培训工作座谈会于2019年11月5日在江苏南京召开。",
                 ("全国党员教育培训工作座谈会", dt.date(2019, 11, 5), "南京"), id="the-city-of-a-region-and-city-written-together"),
    pytest.param("3月22日上午,全区第四季度党建工作例会在区委党校举行。",
                 ("全区第四季度党建工作例会", dt.date(2016, 3, 22), "区委党校"), id="a-regular-meeting"),
])
def test_a_meeting_named_with_quotes_or_opened_as_a_class(sentence, expected):
    x = extract_text(f"临江日报 2016年10月20日\n{sentence}\n")
    assert [(e.label, e.date, e.location) for e in x.events] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("临江日报 2019年6月20日\n省委组织部于6月18日在北江召开全省干部教育培训工作座谈会。\n",
                 ("全省干部教育培训工作座谈会", dt.date(2019, 6, 18), "北江"), id="date-and-place-before-the-verb"),
    pytest.param("临江日报 2019年6月20日\n昨天上午,市委召开了全市基层党建工作推进会。\n",
                 ("全市基层党建工作推进会", dt.date(2019, 6, 19), None), id="a-relative-day-before-the-verb"),
    pytest.param("省委组织部近日举办全省组工干部业务培训班。\n",
                 ("全省组工干部业务培训班", None, None), id="reported-as-held-lately"),
    # the day alone dates it, and a city written with one character is where (在京: 北京)
    pytest.param("临江日报 2019年6月30日\n中央组织部28日在京召开全国党员教育培训工作座谈会。\n",
                 ("全国党员教育培训工作座谈会", dt.date(2019, 6, 28), "北京"), id="a-day-and-a-city-written-short"),
    pytest.param("中央组织部28日在京召开全国党员教育培训工作座谈会。\n",
                 ("全国党员教育培训工作座谈会", None, "北京"), id="a-day-without-the-reports-date"),
    pytest.param("临江日报 2019年3月14日\n3月12日,省委组织部在北江召开全省组织系统学习贯彻全会精神座谈会。\n",
                 ("全省组织系统学习贯彻全会精神座谈会", dt.date(2019, 3, 12), "北江"), id="a-name-holding-another-head"),
    pytest.param("临江日报 2022年11月4日\n11月3日,省委组织部在北江召开全省组织系统学习贯彻党的二十大精神座谈会。\n",
                 ("全省组织系统学习贯彻党的二十大精神座谈会", dt.date(2022, 11, 3), "北江"), id="the-party-s-congress-inside-a-name"),
])
def test_a_meeting_named_after_the_verb_that_holds_it(sentence, expected):
    assert [(e.label, e.date, e.location) for e in extract_text(sentence).events] == [expected]


@pytest.mark.parametrize("sentence", [
    pytest.param("区委每季度召开一次党建联席会议,研究解决重点难点问题。\n", id="held-as-a-rule"),
    pytest.param("今年,全省将举办村干部示范培训班30期。\n", id="planned-and-counted"),
    pytest.param("县委组织部召开基层党建工作座谈会,听取意见。\n", id="neither-when-nor-where"),
])
def test_a_meeting_held_as_a_rule_or_planned_is_not_the_one_reported(sentence):
    assert extract_text(sentence).events == []


def test_the_medium_a_dateline_names_reports_and_is_no_unit():
    x = extract_text("中组部召开座谈会\n新华社北京6月28日电 中共中央组织部28日在京召开全国党员教育培训工作座谈会。\n")
    assert x.document.meta.source == "新华社"
    assert "新华社" not in {m.label for m in x.mentions}
    assert [(e.label, e.location) for e in x.events] == [("全国党员教育培训工作座谈会", "北京")]


def test_a_meeting_to_see_the_work_done_is_an_event():
    x = extract_text("本报讯 9月8日,全区街道党建工作观摩会召开。\n")
    assert [e.label for e in x.events] == ["全区街道党建工作观摩会"]


def test_a_meeting_merely_mentioned_is_not_an_event():
    x = extract_text("每当中央和省委重要会议召开,市委常委会集体学习。\n")
    assert x.events == []


def test_dates_without_year_need_the_document_date():
    assert resolve_date(None, "8", "15", dt.date(2011, 8, 17)) == dt.date(2011, 8, 15)
    assert resolve_date(None, "8", "15", None) is None
    assert resolve_date("2009", "2", "30", None) is None
    # a report early in the year on a meeting late in the last one; one planned days ahead
    assert resolve_date(None, "12", "28", dt.date(2021, 1, 5)) == dt.date(2020, 12, 28)
    assert resolve_date(None, "1", "10", dt.date(2021, 1, 5)) == dt.date(2021, 1, 10)


def test_event_date_before_its_name_and_quotes_dropped_from_its_label():
    x = extract_text("2016年04月12日07:45 来源:湖北日报\n编者按:4月10日,全省“两学一做”学习教育推进会在武汉召开。\n")
    [event] = x.events
    assert (event.label, event.date, event.location) == ("全省两学一做学习教育推进会", dt.date(2016, 4, 10), "武汉")
    assert "全省“两学一做”学习教育推进会" in event.aliases


def test_a_meeting_a_headline_names_after_its_place_is_the_places_own():
    x = extract_text("西江省基层党建工作述职评议会议召开\n1月15日,西江省基层党建工作述职评议会议在临江召开。"
                     "临江市委、北江市委书记现场述职,其他9个市委书记书面述职。会议要求,每年开展一次述职评议考核。\n")
    assert x.focus == "西江"
    assert [(m.owner, int(m.value), m.unit) for m in x.metrics] == [("西江", 1, "次")]  # how many spoke is none


@pytest.mark.parametrize("scope", ["全市", "本市", "我省"])
def test_a_meetings_name_without_its_scope_is_an_alias(scope):
    x = extract_text(f"本报讯 3月22日,{scope}党员教育工作推进会召开。\n")
    [event] = x.events
    assert "党员教育工作推进会" in {event.label, *event.aliases}


def test_a_meeting_in_the_headline_is_the_one_the_body_dates():
    x = extract_text("全省干部教育培训工作会议召开\n2017-03-28 10:05\n"
                     "本报讯 3月27日,全省干部教育培训工作会议在南昌召开。\n")
    assert {(e.label, e.date.isoformat() if e.date else None, e.location) for e in x.events} == {
        ("全省干部教育培训工作会议", "2017-03-27", "南昌")}


def test_a_meeting_the_headline_names_by_its_short_form_is_the_one_the_body_dates():
    x = extract_text("高校党建工作经验交流会在临江召开\n2020年12月03日 临江日报\n"
                     "12月2日,全省高校党建工作经验交流会在临江召开。\n")
    assert {(e.label, e.date.isoformat() if e.date else None, e.location) for e in x.events} == {
        ("全省高校党建工作经验交流会", "2020-12-02", "临江")}


@pytest.mark.parametrize("headline, event", [
    pytest.param("南江省基层党建工作推进会交流发言摘要", "南江省基层党建工作推进会", id="speeches-digested"),
    pytest.param("全省干部教育培训工作座谈会发言摘登", "全省干部教育培训工作座谈会", id="speeches-in-print"),
    pytest.param("在全市组织工作会议上的讲话", "全市组织工作会议", id="a-speech-given-at-it"),
    pytest.param("在全市基层党建工作推进会上的讲话", "全市基层党建工作推进会", id="head-joined-to-its-postposition"),
    pytest.param("市委组织部部长在全市组织工作会议上的讲话(摘要)", "全市组织工作会议", id="its-speaker-before-it"),
    pytest.param("全区机关党建工作会议经验交流发言(摘要)", "全区机关党建工作会议", id="the-editors-word-in-brackets"),
    pytest.param("【党建园地】全省机关党建工作经验交流会典型发言", "全省机关党建工作经验交流会", id="after-a-column"),
    pytest.param("建设学习型党组织 推动科学发展——全省学习型党组织建设经验交流会典型材料选登",
                 "全省学习型党组织建设经验交流会", id="papers-after-a-slogan"),
    pytest.param("全区学习型党组织建设推进会经验交流摘编", "全区学习型党组织建设推进会", id="exchanges-digested"),
])
def test_a_headline_giving_the_speeches_at_a_meeting_reports_it_held(headline, event):
    x = extract_text(f"{headline}\n临江市:推行“五步工作法”\n临江市在全市推行“五步工作法”。\n"
                     "北江市:建立学习制度\n北江市建立学习考勤制度。\n")
    assert [(e.label, e.date) for e in x.events] == [(event, None)]


@pytest.mark.parametrize("headline", ["全省基层党建工作推进会议程", "关于召开全市组织工作会议的通知", "会议发言摘要"])
def test_a_headline_naming_a_meeting_otherwise_reports_none_held(headline):
    assert extract_text(f"{headline}\n临江市建立学习考勤制度。\n").events == []


def test_the_unit_giving_the_one_speech_a_headline_names_spoke_at_the_meeting():
    x = extract_text("在全市组织工作会议上的交流发言\n临江县委组织部\n各位领导、同志们:\n"
                     "近年来,临江县委组织部坚持以党建引领乡村振兴。建立县级领导包乡联村制度。\n")
    assert [e.label for e in x.events] == ["全市组织工作会议"]
    assert [m.label for m in x.speakers] == ["临江县委组织部"]
    assert relations(x, "establishes") == {("临江县委组织部", "县级领导包乡联村制度")}


def test_a_date_in_brackets_below_a_speechs_headline_dates_the_meeting_and_the_text():
    x = extract_text("在全市基层党建工作推进会上的讲话\n中共临江市委书记 张国华\n(2023年3月15日)\n同志们:\n"
                     "过去一年,临江市推行书记抓基层党建述职评议考核制度。\n")
    assert [(e.label, e.date) for e in x.events] == [("全市基层党建工作推进会", dt.date(2023, 3, 15))]
    assert x.document.meta.issued == dt.date(2023, 3, 15)


def test_a_date_in_brackets_below_a_digest_dates_the_text_and_through_it_the_meeting():
    x = extract_text("全省学习型党组织建设经验交流会发言摘要\n(2012年5月18日)\n"
                     "编者按 5月17日,全省学习型党组织建设经验交流会在长沙召开。\n"
                     "临江市:推行“五步工作法”\n临江市在全市推行“五步工作法”。\n"
                     "北江市:建立学习制度\n北江市建立学习考勤制度。\n")
    assert x.document.meta.issued == dt.date(2012, 5, 18)
    assert {(e.label, e.date) for e in x.events} == {("全省学习型党组织建设经验交流会", dt.date(2012, 5, 17))}


def test_a_report_on_a_unit_whose_headline_names_no_speech_has_no_speaker():
    x = extract_text("临江县委组织部在全市组织工作会议上作交流\n近日,全市组织工作会议召开。临江县委组织部建立包乡联村制度。\n")
    assert x.speakers == []


def test_a_meeting_a_digest_names_and_its_body_places_are_one():
    x = extract_text("全省干部教育培训工作座谈会交流发言摘登\n编者按:11月18日,全省干部教育培训工作座谈会在太原召开。\n")
    assert {(e.label, e.location) for e in x.events} == {("全省干部教育培训工作座谈会", "太原")}


@pytest.mark.parametrize("headline, events", [
    pytest.param("南江省基层党建观摩推进会召开", {("全省基层党建工作观摩推进会", "2023-09-13", "北江")},
                 id="written-otherwise-when-the-body-dates-one-meeting"),
    pytest.param("南江省组织工作推进会召开", {("南江省组织工作推进会", None, None),
                                               ("全省基层党建工作观摩推进会", "2023-09-13", "北江")},
                 id="not-one-about-something-else"),
    pytest.param("南江省基层党建座谈会召开", {("南江省基层党建座谈会", None, None),
                                               ("全省基层党建工作观摩推进会", "2023-09-13", "北江")},
                 id="not-another-kind-of-meeting"),
])
def test_a_meeting_the_headline_names_otherwise_is_the_one_the_body_dates(headline, events):
    x = extract_text(f"{headline}\n2023年9月15日 南江日报\n9月13日,全省基层党建工作观摩推进会在北江召开。\n")
    assert {(e.label, e.date.isoformat() if e.date else None, e.location) for e in x.events} == events


def test_where_a_meeting_was_held_is_not_what_the_report_is_about():
    x = extract_text("全市党建工作推进会在临江召开\n2020年12月03日 北江日报\n会议提出,建立党建述职评议制度。\n")
    assert not {owner for owner, _ in relations(x, "establishes")} & {"临江"}


def test_the_meeting_asking_of_all_is_no_unit_its_paragraph_named_speaking():
    x = extract_text("全市基层党建工作推进会召开\n4月18日,全市基层党建工作推进会在北江召开。\n"
                     "会上,临川区、南城县等6个单位作了典型发言。会议强调,要全面推行村党组织书记备案管理制度。\n")
    assert relations(x, "establishes") == set()


def test_a_place_written_short_in_the_headline_is_the_one_the_text_names_in_full():
    x = extract_text("全市党建工作推进会在临川召开\n4月18日,全市党建工作推进会在临川区召开。\n")
    assert {e.location for e in link_document(x).events} == {"临川区"}


SPEAKERS = "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " \
           "SELECT ?unit WHERE { ?event gk:hasSpeech ?s . ?s a gk:Speech ; gk:speaker/rdfs:label ?unit } ORDER BY ?unit"


@pytest.mark.parametrize("sentence, units", [
    ("会上,临江市委、城东区委组织部和省财政厅作了典型发言。", ["城东区委组织部", "临江", "省财政厅"]),
    ("交流会上,临江、北江等9个市和省税务局、西江大学的负责同志作了交流发言。", ["北江", "临江", "省税务局", "西江大学"]),
    ("会上,北江市介绍了经验,省民政厅作了表态发言。", ["北江", "省民政厅"]),
    ("会上,西江省临江市、东海市城东区等单位作了交流发言。", ["临江", "城东区"]),
    ("会上,东海电网、西江石化等企业作了经验交流。", ["东海电网", "西江石化"]),
    ("会上,临江、北江、东海等地市委组织部作了交流发言。", ["东海市委组织部", "北江市委组织部", "临江市委组织部"]),
    ("会上,北江市委书记王明山、省教育厅党组书记张伟分别作了交流发言,南山区、西湖镇党委书面交流了经验。",
     ["北江", "南山区", "省教育厅", "西湖镇"]),
    ("会上,北江、东海等6个设区市和省委统战部相关处室负责同志作了交流发言。", ["东海", "北江", "省委统战部"]),
    ("北江市直机关工委介绍了“机关党员进社区”活动开展情况。省财政厅机关党委交流了建设“清廉财政”的经验。",
     ["北江市直机关工委", "省财政厅"]),
    ("临江、北江、东海三市和省财政厅作了典型发言。", ["东海", "北江", "临江", "省财政厅"]),
    ("临江市、城东区、省财政厅在会上作了交流发言。", ["临江", "城东区", "省财政厅"]),
    ("会上,青岛、烟台作了典型发言。", ["烟台", "青岛"]),  # 烟台/n
    ("会上,临江市委组织部和省教育厅党组分别作了书面交流。", ["临江市委组织部", "省教育厅"]),  # exchanges in writing
    ("西区、仁和区、盐边县作交流发言。", ["仁和区", "盐边", "西区"]),  # 和 inside a name joins no list
    ("会上,北江市直机关工委、市教育局党委和部分县(市)区委组织部交流了经验做法。", ["北江市直机关工委", "市教育局"]),
    ("北京、上海、四川等3个省市和中央国家机关工委作了交流发言。", ["上海", "中央和国家机关工委", "北京", "四川"]),
    ("会上,临江、北江、东海等地宣传部门负责同志作了交流发言。", ["东海", "北江", "临江"]),
    ("会上,东海电网、西江石化、北方建工等3家企业党组织作交流发言。", ["东海电网", "北方建工", "西江石化"]),
    ("市发展改革委、市教育局、市税务局3个单位作交流发言。", ["市发展改革委", "市教育局", "市税务局"]),
    ("会上,东城区、西山区、南湖区委组织部和市直机关工委作了交流发言。",
     ["东城区委组织部", "南湖区委组织部", "市直机关工委", "西山区委组织部"]),
    ("会上,潞州区、上党区、屯留区委组织部和市直机关工委作了交流发言。",  # 上党/n 区/n, 屯留/v 区委/n
     ["上党区委组织部", "屯留区委组织部", "市直机关工委", "潞州区委组织部"]),
    ("临江市委、北江市委书记现场述职,其他9个市委书记书面述职。", ["北江", "临江"]),
    ("会上,北京、浙江、中央和国家机关工委等单位负责同志作了交流发言。", ["中央和国家机关工委", "北京", "浙江"]),
    ("北江市委、省国土资源厅等8家示范单位交流了经验。", ["北江", "省国土资源厅"]),
    ("会上,6个市(州)委组织部作了交流发言。", []),  # how many, their level in brackets: none named
    ("会上,北江市委常委、组织部部长郑海涛作了交流发言。", ["北江市委组织部"]),
    ("会上,北江市委组织部、临江市委组织部和中央和国家机关工委作了交流发言。",
     ["中央和国家机关工委", "临江市委组织部", "北江市委组织部"]),
], ids=["a_list_of_units", "cities_then_bodies_through_their_heads", "two_cues", "the_lowest_of_divisions_written_together",
        "any_names_a_list_of_units_holds", "the_listed_places_departments", "units_through_the_people_who_spoke_for_them",
        "cities_of_a_kind_and_a_bodys_divisions", "units_telling_of_their_work_by_name",
        "places_counted_after_the_last", "where_they_spoke_before_the_cue", "a_place_jieba_takes_for_a_noun_listed_with_one",
        "an_exchange_in_writing",
        "a_conjunction_inside_a_name", "some_bodies_at_levels_listed_in_brackets", "provinces_and_cities_counted",
        "the_listed_places_departments_of_a_kind", "any_names_a_list_of_units_party_organisations_holds",
        "units_counted_without_deng", "places_of_a_level_and_the_department_the_last_names",
        "places_of_a_level_jieba_reads_as_other_words_and_the_department_the_last_names",
        "committees_through_their_secretaries_reporting_on_their_duties", "a_body_whose_full_name_holds_a_conjunction",
        "units_of_a_kind_with_a_modifier", "departments_counted_their_level_in_brackets",
        "the_department_a_committee_member_heads", "a_conjunction_before_a_name_holding_one"])
def test_units_reported_speaking_at_a_meeting_have_speeches(sentence, units, tmp_path):
    (tmp_path / "a.txt").write_text(f"全省机关党建工作会议召开\n2020年08月03日 北江日报\n8月2日,全省机关党建工作会议在北江召开。{sentence}\n",
                                    encoding="utf-8")
    assert [str(r[0]) for r in govkg.build([tmp_path]).query(SPEAKERS).values()] == sorted(units)


@pytest.mark.parametrize("headers, speakers", [
    (("临江", "北江"), ["北江", "临江"]),
    (("临江市直机关工委", "北江市委组织部"), ["北江市委组织部", "临江市直机关工委"]),
], ids=["the_place_it_is_reported_as", "the_body_of_the_place_it_is_reported_as"])
def test_a_unit_heading_a_section_has_one_speech(headers, speakers, tmp_path):
    (tmp_path / "a.txt").write_text(
        "全省机关党建工作会议发言摘要\n8月2日,全省机关党建工作会议在北江召开。会上,临江、北江作了交流发言。\n"
        f"{headers[0]}:打造学习型机关\n临江市建立学习积分制度。\n{headers[1]}:创办北江讲堂\n北江市开设“北江讲堂”。\n",
        encoding="utf-8")
    assert [str(r[0]) for r in govkg.build([tmp_path]).query(SPEAKERS).values()] == sorted(speakers)


def test_units_said_to_speak_where_no_meeting_is_reported_have_no_speech(tmp_path):
    (tmp_path / "a.txt").write_text("临江推进机关党建\n临江市、北江市介绍了经验。\n", encoding="utf-8")
    assert govkg.build([tmp_path]).query(SPEAKERS).values() == []


@pytest.mark.parametrize("when, date", [("昨天", dt.date(2023, 5, 19)), ("今天", dt.date(2023, 5, 20)),
                                        ("前天", dt.date(2023, 5, 18))], ids=["yesterday", "today", "the_day_before"])
def test_a_day_named_relative_to_the_report_is_resolved_against_its_date(when, date):
    x = extract_text(f"2023年05月20日 临江日报\n全县党建工作联席会议{when}在县行政中心举行。\n")
    assert [(e.label, e.date) for e in x.events] == [("全县党建工作联席会议", date)]


@pytest.mark.parametrize("issued, when, date", [
    ("2019年11月29日", "27日至28日", dt.date(2019, 11, 27)),
    ("2019年12月02日", "30日", dt.date(2019, 11, 30)),
], ids=["the_first_day_of_a_span_in_the_reports_month", "a_day_past_in_the_month_before"])
def test_a_day_written_alone_falls_on_or_before_the_report(issued, when, date):
    x = extract_text(f"{issued} 临江日报\n本报临江11月28日电 全省城市基层党建工作座谈会{when}在临江举行。\n")
    assert [(e.label, e.date) for e in x.events] == [("全省城市基层党建工作座谈会", date)]


def test_a_relative_day_without_the_reports_date_stays_unresolved():
    x = extract_text("全县党建工作联席会议昨天在县行政中心举行。\n")
    assert [e.date for e in x.events] == [None]


def test_a_generic_subject_or_a_person_reported_speaking_is_no_speech(tmp_path):
    (tmp_path / "a.txt").write_text("全县党建工作会议召开\n2020年08月03日 临江日报\n8月2日,全县党建工作会议在临江召开。"
                                    "会上,各乡镇作了表态发言,县委书记王明作了发言,与会同志先后发言。\n", encoding="utf-8")
    kg = govkg.build([tmp_path])
    assert kg.query(SPEAKERS).values() == []
    assert kg.counts()["Organization"] == 0


def test_places_listed_before_a_kind_of_body_they_share_are_each_that_body(tmp_path):
    x = extract_text("临江部召开全国商务系统工作会议\n3月18日,临江部在北京召开全国商务系统工作会议。"
                     "浙江、江苏、广东等省商务厅和临江部培训学院作了经验交流。\n")
    assert [m.label for m in x.speakers] == ["浙江省商务厅", "江苏省商务厅", "广东省商务厅", "临江部培训学院"]
    assert not {"浙江", "江苏", "广东"} & {m.label for m in x.mentions}


def test_places_listed_before_the_kind_of_body_each_place_has_are_each_their_body():
    x = extract_text("北江省总工会召开职工书屋建设经验交流会\n11月18日,北江省总工会在临江召开全省职工书屋建设经验交流会。"
                     "厦门、泉州、三明等地总工会和部分企业工会作了典型发言。\n")
    assert [m.label for m in x.speakers] == ["厦门总工会", "泉州总工会", "三明总工会"]  # 部分…: some, unnamed
    assert not {"厦门", "泉州", "三明", "三明等地总工会"} & {m.label for m in x.mentions}


@pytest.mark.parametrize("listed, speakers", [
    pytest.param("南京、苏州、徐州市委组织部", ["南京市委组织部", "苏州市委组织部", "徐州市委组织部"], id="places-then-the-last-ones-body"),
    pytest.param("临翔区、凤庆县、云县、永德县委组织部", ["临翔区委组织部", "凤庆县委组织部", "云县委组织部", "永德县委组织部"],
                 id="each-with-its-own-level"),
])
def test_places_listed_before_the_body_of_the_last_are_each_that_body(listed, speakers):
    x = extract_text("北江省委组织部召开全省组织部长会议\n1月10日,全省组织部长会议在临江召开。"
                     f"{listed}负责同志作交流发言。\n")
    assert [m.label for m in x.speakers] == speakers


def test_the_places_above_a_speaker_in_a_chain_jieba_cuts_apart_are_no_units():
    x = extract_text("全省农村基层党建工作经验交流会召开\n8月25日,全省农村基层党建工作经验交流会在北江召开。"
                     "西山市、六盘水市盘州市淤泥乡岩博村等2个单位作了交流发言。\n")  # 六盘水市|盘/q|州市/n…
    assert [m.label for m in x.speakers] == ["西山", "岩博村"]
    assert {m.label for m in x.mentions if m.cls.value == "Organization"} == {"西山", "岩博村"}


def test_a_meeting_dated_without_a_year_in_a_report_without_a_date_is_still_held():
    x = extract_text("省委组织部召开全省选调生工作座谈会\n本报讯 11月22日,省委组织部召开全省选调生工作座谈会。"
                     "南昌、赣州、上饶3个设区市和省教育厅作了交流发言。\n")
    assert [(e.label, e.date) for e in x.events] == [("全省选调生工作座谈会", None)]
    assert [m.label for m in x.speakers] == ["南昌", "赣州", "上饶", "省教育厅"]
    assert x.metrics == []  # how many spoke is no figure of their work


def test_a_body_named_with_its_other_name_in_brackets_is_one_speaker_of_one_section():
    x = link_document(extract_text(
        "全国干部教育培训工作会议交流材料选登\n编者按:12月6日,全国干部教育培训工作会议在北京召开。会上,临江市委组织部、"
        "北江省委组织部、中央党校(国家行政学院)等单位作了交流发言。\n"
        "临江市委组织部\n构建“大培训”格局\n临江市委组织部建立了干部培训信息系统。\n"
        "中央党校(国家行政学院)\n发挥干部教育培训主渠道作用\n中央党校(国家行政学院)建立了学员学习档案制度。\n"))
    assert [s.speaker for s in x.document.sections] == ["临江市委组织部", "中央党校"]
    assert [m.label for m in x.speakers] == ["临江市委组织部", "北江省委组织部", "中央党校"]
    assert "国家行政学院" not in {m.label for m in x.mentions}
    assert relations(x, "establishes") == {("中央党校", "学员学习档案制度")}


def test_one_speech_abridged_is_still_one_speech():
    x = extract_text("在全市组织工作会议上的讲话(摘要)\n临江县委组织部\n各位领导、同志们:\n临江县委组织部建立县级领导包乡联村制度。\n")
    assert [m.label for m in x.speakers] == ["临江县委组织部"]


def test_a_meetings_name_holds_the_year_it_reviews_and_its_headline_is_the_same_meeting():
    x = extract_text("全市基层党建述职评议会议召开\n1月18日,全市2023年度基层党建工作述职评议会议召开。\n")
    assert {e.label for e in x.events} == {"全市2023年度基层党建工作述职评议会议"}


def test_a_meeting_is_dated_by_its_first_day_not_by_the_dateline():
    x = extract_text("全省基层党建工作现场推进会在临沂召开\n2012年09月18日 大众日报\n"
                     "本报临沂9月17日讯 9月16日至17日,全省基层党建工作现场推进会在临沂召开。\n")
    assert {e.date for e in x.events} == {dt.date(2012, 9, 16)}
    assert x.document.meta.source == "大众日报"


@pytest.mark.parametrize("when, name", [
    pytest.param("昨(19)日", "「公務人員終身學習推動會議」", id="yesterday-with-its-day-in-brackets-quoted-name"),
    pytest.param("今(20)日", "全縣公務人員培訓工作會議", id="today-with-its-day-in-brackets"),
])
def test_a_relative_day_with_its_day_of_the_month_in_brackets_dates_the_meeting(when, name):
    x = extract_text(f"2023年05月20日 北江日報\n北江縣政府{when}召開{name},說明各機關推動情形。\n")
    assert [e.date for e in x.events] == [dt.date(2023, 5, int(when[2:4]))]


def test_a_meeting_named_after_a_quoted_numbered_pattern_is_held_not_counted():
    x = extract_text("2023年08月06日 北江日报\n8月5日,北江市召开“三个一”活动推进会,总结前一阶段工作。\n")
    assert [(e.label, e.date) for e in x.events] == [("三个一活动推进会", dt.date(2023, 8, 5))]


def test_a_quoted_meeting_a_body_held_is_an_event_not_a_programme():
    x = extract_text("2024-03-15 北江網\n北江事務局14日舉辦「公務員國家事務研討會」,約300名公務員參加。\n")
    assert [e.label for e in x.events] == ["公务员国家事务研讨会"]
    assert labels(x, "Program") == set()


def test_a_body_a_meetings_name_holds_is_not_what_the_report_is_about():
    x = extract_text("2021年11月8日,中国共产党第十九届中央委员会第六次全体会议在北京召开。\n\n"
                     "为学习贯彻全会精神,中共临江市委举办专题培训班。\n")
    assert x.focus == "临江"


@pytest.mark.parametrize("speaker, unit", [
    pytest.param("中共临江市委常委、组织部部长 王明山", "临江市委组织部", id="the-department-its-speaker-heads"),
    pytest.param("临江市委书记 王明山", "临江", id="the-unit-before-the-role"),
    pytest.param("中共临江市委组织部", "临江市委组织部", id="the-unit-alone"),
])
def test_a_speech_printed_alone_is_its_speakers_units(speaker, unit):
    x = link_document(extract_text(f"在全市组织工作会议上的讲话\n{speaker}\n(2023年2月10日)\n同志们:\n"
                                   "过去一年,全市新建党群服务中心236个,深入实施“头雁领航”工程。\n"))
    assert x.focus == unit
    assert relations(x, "runs") == {(unit, "头雁领航工程")} and [m.owner for m in x.metrics] == [unit]


def test_a_sharing_session_held_somewhere_is_a_meeting():
    x = extract_text("省直机关青年干部读书分享会举行\n当天,由省直机关工委主办的省直机关青年干部读书分享会在省图书馆举行。\n")
    assert {(e.label, e.location) for e in x.events} == {("省直机关青年干部读书分享会", "省图书馆")}


def test_towns_whose_party_secretaries_reported_on_their_duties_each_spoke():
    x = extract_text("我县召开述职评议会\n12月28日,我县召开乡镇党委书记抓基层党建工作述职评议会。\n"
                     "会上,城关镇、河口镇、西岭镇等14个乡镇党委书记逐一进行现场述职,并接受评议。\n")
    assert [m.label for m in x.speakers] == ["城关镇", "河口镇", "西岭镇"]


def test_a_committee_member_heading_a_department_gives_the_departments_speech(tmp_path):
    (tmp_path / "a.txt").write_text(
        "全省干部教育培训工作会议交流材料\n把“小课堂”办成“大平台”\n临江市委常委、组织部部长 韩志刚\n我们开设“红色讲堂”。\n"
        "以“实战练兵”提升履职本领\n北川县委书记 罗建平\n我们实施年轻干部“墩苗”计划。\n", encoding="utf-8")
    assert sorted(str(r[0]) for r in govkg.build([tmp_path]).query(SPEAKERS).values()) == sorted(["北川", "临江市委组织部"])


def test_a_meetings_name_joined_by_ji_to_an_anniversary_is_whole():
    x = extract_text("全市表彰大会召开\n6月30日,全市庆祝中国共产党成立102周年暨“两优一先”表彰大会在市会议中心举行。\n")
    assert {e.label for e in x.events} == {"全市庆祝中国共产党成立102周年暨两优一先表彰大会"}


def test_a_speech_abridged_is_dated_by_the_bracketed_date_under_its_speaker():
    x = extract_text("在全市组织工作会议上的讲话(摘要)\n中共临江市委常委、组织部部长 李明华\n(2023年2月18日)\n"
                     "同志们:\n今年要深入实施“强基”工程。\n")
    assert {(e.label, e.date) for e in x.events} == {("全市组织工作会议", dt.date(2023, 2, 18))}


def test_two_meetings_held_together_are_each_reported_and_each_hears_the_units_its_clause_names(tmp_path):
    kg = graph_of(tmp_path, "省委组织部召开两场座谈会\n2023年05月15日 北江日报\n"
                  "本报讯 省委组织部日前分别召开市县组织部长座谈会和省直单位干部处长座谈会,听取意见建议。"
                  "5月10日召开的市县组织部长座谈会上,北江市委组织部、临江市委组织部作了发言;"
                  "5月12日召开的省直单位干部处长座谈会上,省教育厅、省财政厅作了发言。\n")
    rows = kg.query("PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    "SELECT ?event ?unit WHERE { ?e gk:hasSpeech ?s ; rdfs:label ?event . ?s gk:speaker/rdfs:label ?unit }").values()
    assert {(str(e), str(u)) for e, u in rows} == {
        ("省直单位干部处长座谈会", "省教育厅"), ("省直单位干部处长座谈会", "省财政厅"),
        ("市县组织部长座谈会", "临江市委组织部"), ("市县组织部长座谈会", "北江市委组织部")}
