"""Quantities: value, unit, comparator, period; and the numbers that are not metrics."""
from decimal import Decimal

import pytest

from govkg.extract.metrics import parse_number
from govkg.link import link_document
from tests.helpers import extract_text, labels, relations


def metrics(text: str):
    return [(m.value, m.unit, m.comparator.value) for m in extract_text(text).metrics]


@pytest.mark.parametrize("text, value", [
    ("60", 60), ("七", 7), ("两", 2), ("二百", 200), ("十二", 12), ("百万", 1_000_000), ("万", 10_000), ("6.8", Decimal("6.8")),
])
def test_numerals(text, value):
    assert parse_number(text) == value


def test_a_one_character_numeral_has_the_value_cn2an_gives_it():
    import cn2an

    from govkg.extract.metrics import _CN_DIGITS

    for char in _CN_DIGITS:
        assert parse_number(char) == cn2an.cn2an("一" + char if char in "十百千万亿" else char, "smart"), char


_READ_WITHOUT_CN2AN = """
import sys
from govkg.extract.metrics import parse_number
print(parse_number(sys.argv[1]), "cn2an" in sys.modules)
"""


def _read_in_a_new_process(numeral: str, cache_home) -> tuple[str, str]:
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    out = subprocess.run([sys.executable, "-c", _READ_WITHOUT_CN2AN, numeral], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return out[0], out[1]


def test_a_compound_numeral_is_read_from_the_table_without_importing_cn2an(tmp_path):
    assert _read_in_a_new_process("二百零五", tmp_path) == ("205", "True")  # the first process makes the table
    assert _read_in_a_new_process("三千零四十", tmp_path) == ("3040", "False")
    assert _read_in_a_new_process("十二万", tmp_path) == ("120000", "False")
    assert _read_in_a_new_process("两", tmp_path) == ("2", "False")  # Unicode gives 两 no value: the table does
    assert _read_in_a_new_process("两百", tmp_path) == ("200", "False")
    assert _read_in_a_new_process("二〇一一", tmp_path) == ("2011", "True")  # not in the table: cn2an reads it


def test_the_numeral_table_gives_what_cn2an_reads(tmp_path, monkeypatch):
    import cn2an

    import govkg.extract.metrics as metrics

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    metrics.numeral_table.cache_clear()
    try:
        table = metrics.numeral_table()
        assert len([t for t in table if "两" not in t]) == 2 * metrics.NUMERAL_TABLE_LIMIT - 1
        assert (table["两"], table["两百"], table["两万"], table["两千零五"]) == (2, 200, 20000, 2005)
        for text, value in list(table.items())[::53]:
            assert cn2an.cn2an(text, "smart") == value, text
    finally:
        metrics.numeral_table.cache_clear()


def test_a_damaged_numeral_table_is_made_again(tmp_path, monkeypatch):
    import marshal

    import govkg.extract.metrics as metrics

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    metrics.numeral_table.cache_clear()
    try:
        metrics.numeral_table()
        (saved,) = (tmp_path / "govkg").glob("numerals-*")
        saved.write_bytes(saved.read_bytes()[:100])
        metrics.numeral_table.cache_clear()
        assert metrics.numeral_table()["二百零五"] == 205
        assert marshal.loads(saved.read_bytes())["二百零五"] == 205  # written whole again
    finally:
        metrics.numeral_table.cache_clear()


@pytest.mark.parametrize("sentence, expected", [
    ("规定干部每年调研时间不少于45天。", (45, "天", "AtLeast")),
    ("每人至少撰写2篇调研报告。", (2, "篇", "AtLeast")),
    ("每名干部每年必须修满24分。", (24, "分", "AtLeast")),
    ("参训人数达到300人以上。", (300, "人", "AtLeast")),
    ("全县党员参学率达到98%。", (98, "%", "Exactly")),  # a level reached is stated exactly
    ("党员参加组织生活的比例提高到百分之九十八。", (98, "%", "Exactly")),  # a percentage in words
    ("参学率不低于百分之九十五点五。", (Decimal("95.5"), "%", "AtLeast")),
    ("全市已有逾1,200个住宅小区建立服务站。", (1200, "个", "MoreThan")),  # thousands set off by a comma
    ("全市家庭医生签约率为百分之四十二点三。", (Decimal("42.3"), "%", "Exactly")),  # the 约 of 签约 is no cue
    ("会议时间不超过2天。", (2, "天", "AtMost")),
    ("共推荐书籍近150本。", (150, "本", "Approximately")),
    ("直接受众约8000人。", (8000, "人", "Approximately")),
    ("先后涌现了40多个先进单位。", (40, "个", "MoreThan")),
    ("已登台授课3万多次。", (30000, "次", "MoreThan")),
    ("党员听课150多万次。", (1_500_000, "次", "MoreThan")),
    ("建成书屋120余家。", (120, "家", "MoreThan")),
    ("完成宣讲近三十场。", (30, "场", "Approximately")),
    ("直接受众近万人。", (10000, "人", "Approximately")),
    ("建成6.8万亩设施农业。", (68000, "亩", "Exactly")),
    ("參訓人數達2萬3千餘人次。", (23000, "人次", "MoreThan")),  # ten-thousands, then the thousands
    ("已有1万2000名干部参加。", (12000, "名", "Exactly")),  # …or the rest in digits
    ("健全学习考勤等九项制度。", (9, "项", "Exactly")),
    ("征集优秀案例315件。", (315, "件", "Exactly")),
    ("参加一次志愿服务活动加2分。", (2, "分", "Exactly")),
    ("党员干部每半年至少到社区报到服务2次。", (2, "次", "AtLeast")),
    ("党员领导干部每年至少到所在支部或联系点讲一次党课。", (1, "次", "AtLeast")),  # a long verb phrase after 至少
    ("撰写读书笔记不少于2万字。", (20000, "字", "AtLeast")),  # characters written (not 八个字: what is said)
    ("满意率低于80%的单位须限期整改。", (80, "%", "LessThan")),
    ("覆盖率比上年提高15个百分点。", (15, "个百分点", "Exactly")),
    ("新提拔干部必须参加不低于两周的岗前培训。", (2, "周", "AtLeast")),
    ("对入选团队给予最高500万元项目资助。", (5_000_000, "元", "AtMost")),  # up to
    ("每年筹集人才公寓不少于5000套。", (5000, "套", "AtLeast")),
    ("目前已评选示范宿舍210间。", (210, "间", "Exactly")),
    ("全区共发放积分兑换券12.6万张。", (126000, "张", "Exactly")),
    ("每年选拔不多于50名本地青年到内地实习。", (50, "名", "AtMost")),
    ("合资格长者每月最多可获发服务券价值港币9,000元。", (9000, "元", "AtMost")),  # 最多 before a long verb phrase
    ("今年以来红色预警约谈15人次。", (15, "人次", "Exactly")),  # summoned for a talk: a verb, no 约 (about)
    ("學院每年平均舉辦約1 800個培訓課程。", (1800, "个", "Approximately")),  # thousands set off by a space
    ("去年參訓人數1,960人。", (1960, "人", "Exactly")),  # 人数 ends in 数, yet counts: not 数百 (some hundreds)
    ("推出红色微电影12部。", (12, "部", "Exactly")),  # films, counted
    ("开发红色文创产品86款。", (86, "款", "Exactly")),  # kinds of a product
    ("培训党员近千名。", (1000, "名", "Approximately")),  # jieba joins 近 to the number (近千名/l)
    ("举办培训班近百期。", (100, "期", "Approximately")),  # …or to the numeral alone (近百/j|期)
    ("举办讲座近百场。", (100, "场", "Approximately")),  # …or the numeral to the unit (近|百场/n)
    ("吸引上万名群众参与。", (10000, "名", "MoreThan")),  # upwards of ten thousand
    ("学员每周上2次党课。", (2, "次", "Exactly")),  # 上, to attend, before digits
    ("人均培训时长达到40个小时。", (40, "小时", "Exactly")),  # hours, written with their classifier
    ("大学生村官每年须撰写调研报告2篇。", (2, "篇", "AtLeast")),  # 须, as ANNOTATION.md says
    ("村干部报酬控制在当地农民人均收入的2倍以内。", (2, "倍", "AtMost")),  # a multiple, bounded
    ("编印通俗读物12种。", (12, "种", "Exactly")),
    ("新录用公务员须到基层工作满2年。", (2, "年", "AtLeast")),  # a span of years a rule bounds
    ("新录用公务员须到乡镇(街道)工作满2年。", (2, "年", "AtLeast")),  # words in brackets between cue and figure
    ("具有3年以上基层工作经历。", (3, "年", "AtLeast")),
    ("每年参加集中轮训不少于五天。", (5, "天", "AtLeast")),  # a span jieba took for a time word (五天/t)
    ("全市开展三轮集中培训。", (3, "轮", "Exactly")),
    ("全市90后干部占比超过四成。", (40, "%", "MoreThan")),  # tenths, as a percentage
    ("党员参学率九成以上。", (90, "%", "AtLeast")),
    ("每年集中培训时间不得少于5天。", (5, "天", "AtLeast")),  # 不得 before the cue
    ("会议时间不得超过1小时。", (1, "小时", "AtMost")),  # not the 超过 inside it
    ("处级干部每年积满50学时。", (50, "学时", "AtLeast")),  # to fill up to it, as 修满
    ("每人每年至多报销2次。", (2, "次", "AtMost")),
    ("全年培训人数最少500人。", (500, "人", "AtLeast")),
    ("具有3年及以上基层工作经历。", (3, "年", "AtLeast")),  # 及以上, as 以上
    ("每年培训时长在40学时(含)以上。", (40, "学时", "AtLeast")),  # (含): the number itself included
    ("人才总量突破600万人。", (6_000_000, "人", "MoreThan")),  # broke through: more than
    # a multiple or share of what the cue compares with
    ("村党组织书记基本报酬不低于当地农村居民人均可支配收入的2倍。", (2, "倍", "AtLeast")),
    ("奖励总额不超过上年度工资总额的10%。", (10, "%", "AtMost")),
])
def test_metric(sentence, expected):
    got = metrics(sentence)
    assert [(float(v), u, c) for v, u, c in got] == [(float(expected[0]), expected[1], expected[2])]


def test_a_number_in_someones_quoted_words_is_a_metric_of_the_unit_they_speak_for():
    x = extract_text("北江县推进志愿服务\n北江县委书记周建国说:“我们建立了志愿服务积分制度,每名党员每月参加志愿服务"
                     "不少于4小时。”开展“四个一”活动。\n")
    assert [(int(m.value), m.unit, m.period, m.group, m.owner) for m in x.metrics] == [(4, "小时", "每月", "党员", "北江")]


@pytest.mark.parametrize("sentence", [
    "会议于2015年8月15日召开。",  # a date
    "記者於4月23日10時15分抵達現場。",  # a time of day
    "市委组织部会同3部门联合发文。",  # departments: 部 opens the word, no films counted
    "中央8部委联合印发通知。",  # ministries
    "第三年组织集中调训。",  # an ordinal
    "这位80余岁的老人十分感动。",  # an age
    "十年以来,学习从未间断。",  # a duration that only dates
    "4个多月来,读书小组多次活动。",  # a duration in months
    "“中国特色社会主义好在哪里,其实就是八个字。”",  # inside quotes
    "让宣讲声音传到千家万户。",  # numerals inside an idiom
    "培养造就一批学习骨干。",  # indefinite 一
    "每年一道去基层调研。",  # 一道 (together), though a period stands before it
    "主题党日活动缺一次扣分。",  # 一次 as a condition, not a frequency
    "领导干部四个带头:带头学习。",  # a named pattern, not a count
    "让每一场宣讲都有实效。",  # distributive 每一
    "在学习理念等六个方面做到表现突出。",  # aspects structure the text
    "庆祝建党100周年,组织年满18周岁的团员。",  # an anniversary and an age
    "2019-2021年连续三年获评先进。",  # a range of years
    "吸引数百名大学生返乡创业。",  # some hundreds: no number
    "几十名党员参加了志愿服务。",
    "近3年来,连续3年考核优秀。",  # spans of years that only date
    "“周末讲堂”已走过10个年头。",  # the same, counted as years gone by
    "实施2021至2023年三年行动计划。",  # a range of years written with 至
    "会上,北江市委组织部、临江市等6个单位作了交流发言。",  # how many units spoke at a meeting
    "会上,6个单位作了交流发言。",  # the same, the count opening its clause
    "会上,5个县(市、区)和市直单位作了交流发言。",  # the same, kinds of unit in brackets
    "会上,5个县(市、区)和2个市直部门作了交流发言。",  # …and the count of the last kind
    "他们组建了四成员的小组。",  # 成 of 成员 counts no tenths
    "坚持一成不变的做法。",
    "我们重点抓了三件事。",  # things to say, as 三个方面
    "考核结果分为四个等次。",  # grades a result is sorted into, not a count of anything done
    "补贴标准分三个档次。",
    "按照五个等级评定党支部。",  # levels a rating sorts into
    "全县要重点抓好三项工作。一要建立健全报酬增长机制。",  # the items the text lists next
    "今年重点做好两项工作:一是抓好培训,二是抓好考核。",
    "深入学习党的十九届四中全会精神。",  # which term of a body, not how many were held
    "出席十四届全国人大一次会议。",
    "传达二十届中央纪委三次全会精神。",  # which plenary session
    "严格落实中央八项规定精神。",  # a rule named by its count of articles
    "对考核排名后三位的乡镇进行约谈。",  # a place in a ranking
    "年度积分排名前20名的管家获评“金牌管家”。",  # the same, counted in 名
])
def test_not_a_metric(sentence):
    assert metrics(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("全县今年完成三项工作。", 3),  # no items follow
    ("全县完成12项工作。一是抓好培训。", 12),  # written in digits: a count of what was done
    ("开发精品党课120堂。", 120),  # 堂, the measure of lessons
    ("政府去年共举办国家事务研习课程80班。", 80),  # 班, the measure of classes held
], ids=["no_items_follow", "a_count_in_digits", "lessons", "classes"])
def test_a_count_of_work_done_is_a_metric(sentence, value):
    assert [value_ for value_, _, _ in metrics(sentence)] == [value]


def test_a_span_of_years_takes_no_yearly_period():
    x = extract_text("每年选派100名干部到村任职,任职时间不少于2年。")
    assert [(m.unit, m.period) for m in x.metrics] == [("名", "每年"), ("年", None)]
    x = extract_text("县处级以上领导干部每5年参加脱产培训累计不少于1年。")
    assert [(m.unit, m.period) for m in x.metrics] == [("年", "每5年")]  # a period of years may hold one


def test_a_frequency_counted_in_rounds_has_its_period():
    assert [(m.value, m.unit, m.period) for m in extract_text("每两年对村干部轮训一遍。\n").metrics] == [(1, "遍", "每两年")]


@pytest.mark.parametrize("sentence, unit, period", [
    ("每季度评定一次。", "次", "每季度"),
    ("“临江论坛”每季度举办一期。", "期", "每季度"),  # 一期, which jieba takes for an adverb
])
def test_period_and_frequency(sentence, unit, period):
    x = extract_text(sentence)
    assert [(m.value, m.unit, m.period) for m in x.metrics] == [(1, unit, period)]


def test_range_is_at_most_its_upper_bound():
    assert metrics("每堂课解决一两个热点问题。") == [(2, "个", "AtMost")]


@pytest.mark.parametrize("sentence, expected", [
    ("其中集中培训3至5天。", [(3, "天", "AtLeast"), (5, "天", "AtMost")]),
    ("考核得分在60-69分的为基本合格。", [(60, "分", "AtLeast"), (69, "分", "AtMost")]),
    ("每个项目补助1.2~1.5万元。", [(12000, "元", "AtLeast"), (15000, "元", "AtMost")]),
    ("培训时间为一至两个月。", [(1, "个月", "AtLeast"), (2, "个月", "AtMost")]),
    ("每个项目资助5万元至10万元不等。", [(50000, "元", "AtLeast"), (100000, "元", "AtMost")]),
    ("每次下派3天到5天。", [(3, "天", "AtLeast"), (5, "天", "AtMost")]),
    ("对薄弱村每村扶持50万至100万元。", [(500000, "元", "AtLeast"), (1000000, "元", "AtMost")]),
], ids=["digits_with_至", "digits_with_a_hyphen", "a_magnitude_on_the_upper_end", "chinese_numerals",
        "each_end_with_its_magnitude_and_unit", "each_end_with_its_unit", "each_end_with_its_magnitude_one_unit"])
def test_a_range_is_two_metrics_its_least_and_its_most(sentence, expected):
    assert [(float(v), u, c) for v, u, c in metrics(sentence)] == [(float(v), u, c) for v, u, c in expected]


def test_period_carries_to_the_next_clause_but_not_past_a_semicolon():
    x = extract_text("规定处级干部每年必须修满18分,科级干部必须修满12分;另有案例20件。")
    assert [m.period for m in x.metrics] == ["每年", "每年", None]


@pytest.mark.parametrize("sentence, comparators", [
    ("处级以上领导干部每年至少讲授1次党课、撰写1篇调研报告。", ["AtLeast", "AtLeast"]),
    ("每年开展1次评议、表彰10名先进。", ["Exactly", "Exactly"]),
], ids=["one_cue_over_verb_phrases_listed", "no_cue_none_to_share"])
def test_one_cue_serves_the_verb_phrases_listed_after_it(sentence, comparators):
    assert [c for _, _, c in metrics(sentence)] == comparators


def test_one_cue_serves_alternatives_and_a_period_may_count_years_in_digits():
    x = extract_text("领导干部每5年参加脱产培训累计不少于3个月或550学时。")
    assert [(int(m.value), m.unit, m.comparator.value, m.period) for m in x.metrics] == [
        (3, "个月", "AtLeast", "每5年"), (550, "学时", "AtLeast", "每5年")]


@pytest.mark.parametrize("sentence, period", [
    ("要求领导干部每月到基层调研不少于5天,新提拔干部必须到信访一线锻炼3个月。", None),
    ("要求领导干部每月到基层调研不少于5天,新提拔干部每次调研不少于2天。", None),
    ("要求领导干部每年到基层调研不少于30天,新提拔干部不少于2个月。", "每年"),
    ("规定处级干部每季度集中学习不少于5天,新任干部须到基层锻炼3个月。", None),
    ("社区书记每年参加培训不少于7天,新任委员须在任职一年内完成40学时的岗位培训。", None),
    ("每月固定一天为主题党日,党员参加率达到95%以上。", None),
], ids=["a_span_of_months_outlasts_a_monthly_period", "each_time_takes_no_period",
        "a_span_shorter_than_the_year_keeps_the_yearly_period", "three_months_are_as_long_as_a_quarter",
        "a_rule_with_its_own_time_to_do_it_in", "a_rate_is_no_amount_done_each_period"])
def test_the_next_groups_figure_takes_the_period_only_where_it_can_recur_in_it(sentence, period):
    assert extract_text(sentence).metrics[1].period == period


@pytest.mark.parametrize("sentence, measures", [
    ("明确市级领导每年下基层调研不少于60天,县级领导不少于90天。", ["下基层调研", "下基层调研"]),
    ("处级干部每年学习积分不少于100分,科级以下干部不少于80分。", ["学习积分", "学习积分"]),
    ("党员每年集中学习培训时间不少于32学时,基层党组织书记和班子成员每年不少于56学时。", ["集中学习培训时间", "集中学习培训时间"]),
], ids=["days_of_a_duty", "points_of_a_quota", "groups_joined_with_their_own_period"])
def test_the_next_group_named_alone_with_its_figure_owes_what_the_group_before_owes(sentence, measures):
    x = extract_text(sentence)
    assert [m.measure for m in x.metrics] == measures and all(m.group for m in x.metrics)


def test_how_many_of_a_group_there_are_is_no_rule_binding_it():
    x = extract_text("每个网格配备网格长1名、网格员2至3名。网格员每月走访住户不少于40户。")
    assert [(int(m.value), m.group) for m in x.metrics] == [(1, None), (2, None), (3, None), (40, "网格员")]


@pytest.mark.parametrize("sentence, total", [
    ("每季度邀请专家授课一次,至今已举办28期。", 28),
    ("每季度邀请专家授课一次,全市8600名党员全部参加。", 8600),  # a total for the whole division
])
def test_a_running_total_takes_no_period_from_the_clause_before(sentence, total):
    x = extract_text(sentence)
    assert [(int(m.value), m.period) for m in x.metrics] == [(1, "每季度"), (total, None)]


def test_the_clauses_after_a_running_total_are_totals_too():
    x = extract_text("每月开展主题党日1次,累计举办讲座40场,培训党员3000人次。")
    assert [(int(m.value), m.period) for m in x.metrics] == [(1, "每月"), (40, None), (3000, None)]


def test_metric_owner_is_the_acting_unit_not_a_subject_list():
    """How many units spoke is no metric of theirs (ANNOTATION.md: a requirement, quota or
    achievement of a unit), and the list of them owns nothing said after it."""
    x = extract_text("编者按:济宁市、泰安市等7个市的负责同志作了发言。临沂市选派了25名干部驻村。")
    owners = {float(m.value): m.owner for m in x.metrics}
    assert owners == {25.0: "临沂"}


@pytest.mark.parametrize("layout", ["{unit}:{headline}", "{unit}\n{headline}", "\u3000\u3000{unit}:{headline}"],
                         ids=["colon", "unit_above", "indented"])
def test_headlines_do_not_repeat_their_sections_metrics(layout):
    x = extract_text("全省学习交流会发言摘要\n" + layout.format(unit="临江", headline="处级干部每年须修满20分") + "\n规定处级干部每年必须修满20分。\n"
                     + layout.format(unit="北江市", headline="建立学习制度") + "\n建立学习考勤制度。\n")
    assert len(x.metrics) == 1


def test_the_sentence_a_unit_opens_below_its_headline_keeps_its_metrics():
    """把支部建在产业链上 / ——临江市推进…的做法 / 临江市…建立党组织87个: the unit is named in the
    paragraph under the headline, whose first sentence is text, not a header."""
    x = extract_text("基层党建创新案例选登\n把支部建在产业链上\n——临江市推进产业链党建的做法\n"
                     "临江市围绕主导产业,在产业链上建立党组织87个。市委组织部每季度召开一次联席会议。\n"
                     "让党员在网格中亮身份\n——北江县推行网格党建的探索\n北江县将全县划分为1200个网格。\n")
    assert sorted((int(m.value), m.owner) for m in x.metrics) == [(1, "市委组织部"), (87, "临江"), (1200, "北江")]


def test_the_period_may_stand_before_a_parenthesis():
    x = extract_text("每年轮训村(社区)党组织书记不少于1次。")
    assert [(m.value, m.unit, m.comparator.value, m.period) for m in x.metrics] == [(1, "次", "AtLeast", "每年")]


@pytest.mark.parametrize("sentence, measure, group", [
    ("市委组织部制定了实施方案,要求县处级以上领导干部集中学习时间不少于5天。", "集中学习时间", "县处级以上领导干部"),
    ("全省村党组织书记中具有大专以上学历的比例达到60%以上。", "党组织书记中具有大专以上学历的比例", None),
    ("2012年以来共培训全国各地党员干部30余万人次。", "培训全国各地党员干部", None),
], ids=["the-time-a-group-owes-without-the-rules-verb", "whole-words-when-cut-short", "not-the-rest-of-a-date"])
def test_what_is_counted_before_its_number_is_whole_words(sentence, measure, group):
    assert [(m.measure, m.group) for m in extract_text(sentence + "\n").metrics] == [(measure, group)]


@pytest.mark.parametrize("sentence, measure", [
    ("小区党支部每月至少召开一次“三方协商”会议。", "三方协商会议"),
    ("选派了18名镇干部“全脱钩”乡镇业务工作。", "镇干部"),  # a quoted verb: what they do, not what they are
], ids=["a_quoted_name_inside_what_is_counted", "a_quoted_verb_after_it"])
def test_what_is_counted_after_its_number_reads_through_a_quoted_name(sentence, measure):
    assert [m.measure for m in extract_text(sentence).metrics] == [measure]


@pytest.mark.parametrize("sentence, measure", [
    ("全县党员参学率达到98%。", "全县党员参学率"),
    ("全市参学率保持在95%以上。", "全市参学率"),
    ("村级事务公开率提高到96%。", "村级事务公开率"),
    ("签约服务居民不超过2000人。", "签约服务居民"),  # 不超过 is stripped whole, not its 超过
    ("确保村党组织书记年收入不低于当地农民人均可支配收入的2倍。", "村党组织书记年收入"),  # a multiple of another
])
def test_what_is_counted_stops_before_the_verb_that_links_it_to_its_number(sentence, measure):
    assert [m.measure for m in extract_text(sentence + "\n").metrics] == [measure]


def test_a_count_after_a_preposition_belongs_to_the_clauses_subject():
    x = extract_text("2022年以来,临江县在全县二百六十三个村推行积分制度。\n")
    assert [(int(m.value), m.owner) for m in x.metrics] == [(263, "临江")]
    x = extract_text("济南、青岛等9个市建立了干部学习档案。\n")  # a count standing in its subject has none
    assert [(int(m.value), m.owner) for m in x.metrics] == [(9, None)]


def test_a_clause_opening_with_its_level_stands_for_the_place_in_the_unit_named_before():
    x = extract_text("临江市委组织部负责人介绍,该市要求机关党员每年到社区服务不少于2次,并建立党员报到登记制度。\n")
    assert [(m.owner, m.group) for m in x.metrics] == [("临江", "机关党员")]
    assert ("临江", "党员报到登记制度") in {(r.subject[1], r.object[1]) for r in x.relations}


@pytest.mark.parametrize("sentence, expected", [
    ("群众诉求须在24小时内响应。", [(24, "小时", "AtMost")]),  # the bound after the number, not the duty before it
    ("对反映的问题须在3个工作日内回复。", [(3, "个工作日", "AtMost")]),
    ("整改须在3个月以内完成。", [(3, "个月", "AtMost")]),
    ("党员每年学习积分须达到100分以上。", [(100, "分", "AtLeast")]),
    ("两年内累计培训农村党员3000名。", [(3000, "名", "Exactly")]),  # years that frame a total bound nothing
])
def test_within_a_time_is_at_most(sentence, expected):
    assert [(int(v), u, c) for v, u, c in metrics(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("读书节已连续举办12届。", [(12, "届", None)]),
    ("擂台赛每年举办一届。", [(1, "届", "每年")]),
], ids=["editions-held", "one-edition-a-year"])
def test_editions_of_a_recurring_programme_are_counted(sentence, expected):
    assert [(int(m.value), m.unit, m.period) for m in extract_text(sentence + "\n").metrics] == expected


def test_a_rule_set_within_a_time_of_its_own_takes_no_period_from_the_clause_before():
    x = extract_text("处级领导干部每年参加脱产培训时间累计不少于110学时,新提任处级干部须在任职一年内参加任职培训,时间不少于30天。\n")
    assert [(int(m.value), m.period, m.group) for m in x.metrics] == [
        (110, "每年", "处级领导干部"), (30, None, "新提任处级干部")]


@pytest.mark.parametrize("sentence, expected", [
    ("学院每年开设培训班4期,每期为期7天。", [(4, "每年"), (7, None)]),
    ("每年集中轮训一次,每次3至5天。", [(1, "每年"), (3, None), (5, None)]),
], ids=["each-edition", "each-session"])
def test_what_each_time_takes_has_no_period_of_how_often_it_is_held(sentence, expected):
    assert [(int(m.value), m.period) for m in extract_text(sentence + "\n").metrics] == expected


def test_a_deadline_takes_no_period_from_the_clause_before():
    x = extract_text("网格员每天巡查不少于2小时,发现问题及时上报,一般问题24小时内办结。\n")
    assert [(int(m.value), m.period) for m in x.metrics] == [(2, "每天"), (24, None)]


@pytest.mark.parametrize("sentence, expected", [
    ("网格员每天巡查不少于2小时。", ("网格员", "每天", "巡查")),
    ("全市中小学教师每学期读书不少于3本。", ("中小学教师", "每学期", "读书")),  # whose, then the group
    ("每名网格员每天入户走访不少于20户。", ("网格员", "每天", "入户走访")),  # each of them
], ids=["its-period", "the-division-it-belongs-to", "each-of-them"])
def test_what_a_group_owes_is_measured_without_its_period_or_division(sentence, expected):
    assert [(m.group, m.period, m.measure) for m in extract_text(sentence + "\n").metrics] == [expected]


def test_a_period_does_not_carry_over_to_a_clause_with_a_time_of_its_own():
    x = extract_text("党员积分每季度公示一次,年度积分排名前10%的党员评为先锋。\n")
    assert [m.period for m in x.metrics] == ["每季度", None]


def test_a_total_for_the_whole_city_is_the_citys_not_the_district_named_before():
    x = extract_text("湖北宜昌:“红色引擎”驱动社区治理\n宜昌市西陵区、伍家岗区等城区建立社区“大党委”制度。"
                     "全市累计吸纳兼职委员1260名,共建项目3200余个。\n")
    assert [(int(m.value), m.owner) for m in x.metrics] == [(1260, "宜昌"), (3200, "宜昌")]


def test_a_total_reached_after_a_rule_is_bound_to_no_group():
    x = extract_text("每名农村党员联系群众不少于5户,全年累计联系群众420万户。\n")
    assert [(int(m.value), m.group) for m in x.metrics] == [(5, "农村党员"), (4200000, None)]
    x = extract_text("每名党员每年学习不少于20学时,其中线上学习累计不少于10学时。\n")  # still a rule
    assert [(int(m.value), m.group) for m in x.metrics] == [(20, "党员"), (10, "党员")]


@pytest.mark.parametrize("sentence, expected", [
    ("处级干部每两年轮训一遍。", (1, "遍", "每两年", "处级干部")),
    ("领导干部一年两次到联系点调研。", (2, "次", "每年", "领导干部")),  # one year, then how many times
    ("支部一月一次开展主题党日。", (1, "次", "每月", None)),
])
def test_how_often_its_subject_does_something_is_a_rule_binding_it(sentence, expected):
    [m] = extract_text(sentence + "\n").metrics
    assert (int(m.value), m.unit, m.period, m.group) == expected


def test_those_a_rule_is_set_up_for_are_bound_by_the_rule_not_by_later_numbers():
    x = extract_text("北江市对新提拔的科级干部实行任前廉政考试制度,考试成绩占考核权重的30%。\n")
    assert ("任前廉政考试制度", "新提拔的科级干部") in relations(x, "appliesTo")  # those newly promoted
    assert [m.group for m in x.metrics] == [None]
    x = extract_text("北江市对考核优秀的干部给予表彰。\n")  # no rule set up for them
    assert relations(x, "appliesTo") == set()


def test_words_in_brackets_do_not_end_the_clause_a_group_is_bound_in():
    x = extract_text("要求区级领导每月调研不少于4天,科级干部每周到村(社区)不少于1天。\n")
    assert [m.group for m in x.metrics] == ["区级领导", "科级干部"]


@pytest.mark.parametrize("sentence, group", [
    ("流动党员每季度至少向党组织汇报一次。", "流动党员"),
    ("离退休干部党员每年参加组织生活不少于4次。", "离退休干部党员"),
    ("两新组织党员每年参加学习不少于24学时。", "两新组织党员"),
])
def test_categories_of_party_members_are_groups(sentence, group):
    assert [m.group for m in extract_text(sentence + "\n").metrics] == [group]


def test_each_of_a_group_the_items_of_a_named_work_bind_is_bound():
    x = extract_text("北江区实施“十百千”读书工程,即每名区级领导干部每年精读10本书。\n")
    assert [m.group for m in x.metrics] == ["区级领导干部"]


def test_a_group_named_by_the_work_they_do_is_named_whole():
    x = extract_text("由党员干部担任项目服务专员,每人至少联系2个项目。\n")  # 项目|服务/vn|专员
    assert [m.group for m in x.metrics] == ["项目服务专员"]


@pytest.mark.parametrize("sentence, measure", [
    ("村干部基本报酬每人每年不低于3.6万元。", "基本报酬"),
    ("村级组织办公经费每村每年不少于5万元。", "村级组织办公经费"),
    ("区财政按照每个社区每年不低于20万元的标准落实经费。", None),  # a standard, not what each gets
    ("北江市设立人才发展专项资金每年1亿元。", "设立人才发展专项资金"),  # a sum set aside each year
], ids=["each_person", "each_village", "not_after_a_preposition", "a_sum_each_year"])
def test_what_each_one_gets_each_period_is_measured_by_the_words_before_them(sentence, measure):
    assert [m.measure for m in extract_text(sentence + "\n").metrics] == [measure]


def test_a_group_is_bound_by_what_each_of_them_gets_with_a_bound():
    x = extract_text("村干部基本报酬每人每月不低于3000元。\n")
    assert [(int(m.value), m.period, m.group) for m in x.metrics] == [(3000, "每月", "村干部")]


def test_a_group_is_bound_by_a_duty_its_clause_states():
    x = extract_text("临江县规定,党员每年学习积分须达到100分以上。\n")
    assert [(int(m.value), m.group) for m in x.metrics] == [(100, "党员")]
    x = extract_text("全县党员无须每年参加考试,共有党员300名。\n")  # 无须: no duty
    assert [m.group for m in x.metrics] == [None]


def test_no_group_carries_over_to_what_was_done_last_year():
    x = extract_text("要求每名党员每年走访群众不少于50次,去年共解决群众诉求3600件。\n")
    assert [(int(m.value), m.group) for m in x.metrics] == [(50, "党员"), (3600, None)]


@pytest.mark.parametrize("sentence, group", [
    ("对新提任的科级干部,要求每年参加培训不少于7天。", "新提任的科级干部"),
    ("对村干部,每年培训不少于2次。", "村干部"),
], ids=["a-rule-stated-for-it", "a-period-and-a-bound"])
def test_a_group_a_sentence_opens_with_is_bound_by_the_rule_after_it(sentence, group):
    assert [m.group for m in extract_text(sentence + "\n").metrics] == [group]


def test_each_group_of_a_list_of_rules_is_bound_by_its_own():
    x = extract_text("规定处级干部每年学分不少于50分、科级及以下干部不少于40分。\n")
    assert [(int(m.value), m.group) for m in x.metrics] == [(50, "处级干部"), (40, "科级及以下干部")]


@pytest.mark.parametrize("sentence, owner", [
    ("临江市委组织部、临江市委宣传部联合下发意见,明确县处级以上领导干部每年集中学习不少于12天。", "临江市委组织部"),
    ("该计划由临江市委组织部牵头,临江市委党校、临江市财政局等部门配合实施,每期培训时间为5天。", "临江市委组织部"),
    ("临江市委组织部、临江市委宣传部向全市党员干部推荐了100种书目。", "临江市委组织部"),
], ids=["units-acting-together", "the-lead-of-units-that-help", "units-acting-together-in-its-clause"])
def test_a_figure_of_units_acting_together_is_the_leading_ones(sentence, owner):
    x = extract_text("临江推进干部教育\n" + sentence + "\n")
    assert [m.owner for m in x.metrics] == [owner]


def test_a_figure_for_each_body_of_a_kind_binds_no_group_named_before_it():
    x = extract_text("村干部基本报酬每人每年不低于3.6万元,村级组织运转经费每村每年不少于10万元。\n")
    assert [(m.value, m.group) for m in x.metrics] == [(36000, "村干部"), (100000, None)]


def test_a_total_for_the_whole_division_binds_no_group_named_before_it():
    x = extract_text("每名家庭医生签约服务居民不超过2000人,全市家庭医生签约率达到42%。\n")
    assert [(int(m.value), m.group) for m in x.metrics] == [(2000, "家庭医生"), (42, None)]


@pytest.mark.parametrize("sentence, value, unit", [("每区每年获拨款200万港元。", 2_000_000, "港元"),
                                                  ("每年资助项目50万美元。", 500_000, "美元")])
def test_sums_in_other_currencies_are_metrics_in_them(sentence, value, unit):
    assert [(m.value, m.unit) for m in extract_text(sentence + "\n").metrics] == [(value, unit)]


@pytest.mark.parametrize("sentence, expected", [
    ("全县查处作风问题46起,调解矛盾纠纷1268起。", [(46, "起"), (1268, "起")]),
    ("党员干部和群众一起参加劳动。", []),  # 一起: together, no count
], ids=["counted-incidents", "together-is-no-count"])
def test_incidents_counted_in_qi_are_metrics(sentence, expected):
    assert [(m.value, m.unit) for m in extract_text(sentence + "\n").metrics] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("参加人数逾3千人次。", [(3000, "人次")]),  # thousands after digits, as texts from Taiwan and Hong Kong write them
    ("培训干部1.5千人次。", [(1500, "人次")]),
    ("培训干部三千人次。", [(3000, "人次")]),
], ids=["thousands-after-digits", "thousands-after-a-decimal", "a-chinese-numeral"])
def test_thousands_written_after_a_number_multiply_it(sentence, expected):
    assert [(m.value, m.unit) for m in extract_text(sentence + "\n").metrics] == expected


def test_units_listed_before_respectively_each_own_their_figure_in_order():
    x = extract_text("临江推进基层党建\n临江市、北川县分别建立了后备人才库,共储备后备人才3200名、450名。\n")
    assert [(m.value, m.owner) for m in x.metrics] == [(3200, "临江"), (450, "北川")]


def test_a_change_compared_with_another_time_is_of_the_figure_before_it():
    x = extract_text("临江区推进干部工作\n区委组织部建立了年轻干部成长档案。目前,全区处级干部占比达到38%,比2020年提高了15个百分点。\n")
    assert [(m.value, m.owner) for m in x.metrics] == [(38, "临江区"), (15, "临江区")]


@pytest.mark.parametrize("sentence, measure", [
    pytest.param("“周末大讲堂”共举办讲座480场。", "举办讲座", id="the-words-after-a-quoted-name"),
    pytest.param("临江区开发《初心之路》等精品课程22门。", "精品课程", id="the-words-after-a-title-and-deng"),
    pytest.param("评定“较好”等次单位48个。", "较好等次单位", id="a-grade-quoted-before-its-head"),
    pytest.param("吸引“候鸟”型人才2.6万人次。", "候鸟型人才", id="a-quoted-word-a-suffix-goes-on-from"),
    pytest.param("评选出“三型”机关示范单位30个。", "三型机关示范单位", id="a-short-quoted-name-nouns-go-on-from"),
    pytest.param("其中集中学习不少于40分、网络学习不少于30分。", "网络学习", id="an-item-after-another-items-figure"),
    pytest.param("我们组建党员医疗志愿服务队46支。", "组建党员医疗志愿服务队", id="without-the-speakers-we"),
    pytest.param("协商解决停车难、加装电梯等民生问题1560个。", "民生问题", id="the-kind-after-its-examples"),
    pytest.param("服务中心每周开放时间不少于50小时。", "开放时间", id="after-its-period"),
    pytest.param("全体党员每周五下午集中学习两小时。", "集中学习", id="after-its-period-day-and-time"),
    pytest.param("全区建成党群服务中心(站点)386个。", "全区建成党群服务中心", id="before-a-bracketed-kind"),
    pytest.param("其中超过50万元的村达到23个。", "村", id="what-the-figure-before-it-qualifies"),
    pytest.param("领导班子中40岁左右的干部一般不少于1名。", "干部", id="what-a-figure-qualifies-without-an-adverb"),
    pytest.param("其中数位学习不少于10小时。", "数位学习", id="without-the-part-of-the-whole-word"),
    pytest.param("2022年以来累计开展宣讲活动1.8万余场次。", "开展宣讲活动", id="without-the-year-it-opens-with"),
    # after its number: what the counted are, not what they do
    pytest.param("选派45名乡镇班子成员结对帮带新任村干部。", "乡镇班子成员", id="members-what-they-do-ends-them"),
    pytest.param("全市580个行政村全部推行这一工作法。", "行政村", id="all-of-them-ends-them"),
    pytest.param("全省48万名干部在线学习。", "干部", id="how-they-do-it-ends-them"),
    pytest.param("全市38个区公所全面导入线上申办服务。", "区公所", id="all-of-them-in-full-ends-them"),
    pytest.param("与126个社区结对共建。", "社区", id="verbs-after-things-end-them"),
    pytest.param("建成1个县级社会治理中心。", "县级社会治理中心", id="a-verb-inside-a-things-name"),
    pytest.param("每周开展一次集体学习。", "集体学习", id="an-activity-is-its-verbs"),
    pytest.param("全市1673支驻村工作队全部落实要求。", "驻村工作队", id="stationed-in-villages-is-one-word"),
    pytest.param("全盟已有412个嘎查参与创建。", "嘎查", id="a-mongolian-village-is-one-word"),
    # before its figure: without the verb, the copula or the adverb that links it to the figure
    pytest.param("全市森林火灾受害率控制在0.3‰以内。", "全市森林火灾受害率", id="per-mille-held-within"),
    pytest.param("全市性会议一律控制在1.5小时以内。", "全市性会议", id="without-the-adverb-binding-all"),
    pytest.param("每期培训时间为5天。", "每期培训时间", id="without-the-copula"),
    pytest.param("綦江区将村党组织书记报酬提高到每月4500元以上。", "村党组织书记报酬", id="its-period-after-the-verb"),
    pytest.param("临江市把村级组织运转经费提高到5万元。", "村级组织运转经费", id="without-who-brings-it-before-the-verb"),
    pytest.param("年度积分在90分以上的为优秀。", "年度积分", id="without-the-zai-before-the-figure"),
    pytest.param("纳税人满意度连续3年保持在95%以上。", "纳税人满意度", id="without-how-long-in-a-row"),
    pytest.param("目前共有兼职委员428名。", "兼职委员", id="without-the-verb-of-having"),
    pytest.param("2022年中心共受理矛盾纠纷8632件。", "中心共受理矛盾纠纷", id="a-year-then-a-word-opening-with-zhong"),
    pytest.param("培训时间累计不少于110学时或者不少于14天。", None, id="not-through-another-figure"),
    # before its figure and after another: what those the other counts do
    pytest.param("全县1.2万名党员共联系农户4.5万户。", "联系农户", id="after-another-figure-and-what-it-counts"),
    pytest.param("3年来累计投入资金4.2亿元。", "投入资金", id="after-a-span-of-years"),
    pytest.param("明确到2025年全省技能人才总量达到1200万人。", "全省技能人才总量", id="after-a-year-it-is-due-by"),
    pytest.param("比2020年提高了15个百分点。", None, id="no-noun-after-another-figure"),
    pytest.param("专职网格员原则上每300至500户配备1名。", None, id="only-a-verb-after-another-figure"),
    # numbers that say what or who, inside it
    pytest.param("2023年,全区12345热线诉求解决率达到95.6%。", "全区12345热线诉求解决率", id="a-hotlines-number"),
    pytest.param("35岁以下村干部占比达到28%。", "35岁以下村干部占比", id="an-age-that-says-who"),
    pytest.param("建成APP学习平台12个。", "建成APP学习平台", id="latin-letters-in-a-name"),
    # after its figure: a rank and those beyond it
    pytest.param("为每名年轻干部配备1名科级以上领导干部担任导师。", "科级以上领导干部", id="a-rank-and-those-above"),
    pytest.param("全市23家二级以上公立医院实行院长负责制。", "二级以上公立医院", id="a-grade-and-those-above"),
])
def test_what_is_counted_is_the_words_that_name_it_not_those_around_them(sentence, measure):
    assert [m.measure for m in extract_text(sentence + "\n").metrics][-1] == measure


def test_no_measure_is_the_function_words_after_a_quoted_name():
    x = extract_text("明确职能部门接到「哨声」后须在48小时内到场处置。\n")
    assert [m.measure for m in x.metrics] == [None]


def test_a_grid_worker_is_one_word_of_what_is_counted():
    x = extract_text("每个网格配备1名专职网格员和若干名兼职网格员。\n")
    assert [m.measure for m in x.metrics] == ["专职网格员"]


def test_a_quoted_name_right_before_its_count_is_what_is_counted():
    x = extract_text("今年共评出“红旗村”35个。\n")
    assert [m.measure for m in x.metrics] == ["红旗村"]


def test_the_clauses_after_one_the_whole_place_opens_are_the_places():
    x = link_document(extract_text("铜仁市碧江区推进基层减负\n区委督查室每半年进行一次检查。"
                                   "今年上半年,全区发文数量同比下降35.2%,会议数量同比下降28%。\n"))
    assert [(m.value, m.owner) for m in x.metrics if m.unit == "%"] == [(Decimal("35.2"), "碧江区"), (28, "碧江区")]


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("对村级工程建设、集体资产处置等8类事项实行联审。", [(8, "类")], id="kinds-of-matters"),
    pytest.param("梳理出7大类36项权力事项。", [(7, "类"), (36, "项")], id="major-kinds"),
    pytest.param("今年要抓好三件事。", [], id="things-to-do-structure-a-text"),
])
def test_kinds_of_matters_counted_are_metrics(sentence, expected):
    assert [(m.value, m.unit) for m in extract_text(sentence + "\n").metrics] == expected


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("优秀比例不超过1/3。", (1 / 3, "AtMost", "优秀比例"), id="with-a-slash-and-a-cue-before"),
    pytest.param("议事事项须经居民代表三分之二以上同意。", (2 / 3, "AtLeast", "议事事项须经居民代表"), id="in-words-and-a-cue-after"),
    pytest.param("全市三分之一的村建成示范点。", (1 / 3, "Exactly", "村"), id="of-the-kind-after-de"),
    # a third, not 3 points (三|分)
    pytest.param("规定乡镇干部在村工作时间不少于三分之一。", (1 / 3, "AtLeast", "在村工作时间"), id="not-points"),
])
def test_a_fraction_of_a_whole_is_a_figure_without_a_unit(sentence, expected):
    [metric] = extract_text(sentence + "\n").metrics
    assert (float(metric.value), metric.comparator.value, metric.measure) == expected and metric.unit == ""


@pytest.mark.parametrize("sentence", [
    pytest.param("2023/5/1召开会议。", id="a-date-with-slashes"),
    pytest.param("坚持“三个三分之一”结构要求。", id="inside-a-quoted-name"),
])
def test_what_only_looks_like_a_fraction_is_no_figure(sentence):
    assert extract_text(sentence + "\n").metrics == []


@pytest.mark.parametrize("text, periods", [
    pytest.param("临江街道推行“社区议事厅”制度,每月召开一次议事会,居民参与率超过80%。", ["每月", None],
                 id="what-a-meeting-held-so-often-achieves-is-not-counted-so-often"),
    pytest.param("县委组织部每年组织村党组织书记集中轮训一次,时间不少于5天。", ["每年", "每年"], id="a-rule-for-each-time-is"),
    pytest.param("年轻干部每年参加调研不少于2次,撰写调研报告不少于1篇。", ["每年", "每年"], id="a-rule-after-a-rule-is"),
])
def test_a_period_carries_to_the_next_figure_only_when_it_is_counted_so_often(text, periods):
    assert [m.period for m in extract_text("临江推进党建工作\n" + text + "\n").metrics] == periods


@pytest.mark.parametrize("sentence, measure", [
    pytest.param("考核事项由去年的126项压减至58项。", ["考核事项", "考核事项"], id="from-last-years-to"),
    pytest.param("村集体收入从不足2000元增加到2.3万元。", ["村集体收入", "村集体收入"], id="from-a-bound-to"),
    pytest.param("办理时间由15天缩短至3天。", ["办理时间", "办理时间"], id="from-to-without-the-when"),
])
def test_both_ends_of_a_change_count_what_changed(sentence, measure):
    assert [m.measure for m in extract_text(sentence + "\n").metrics] == measure


def test_a_per_mille_is_a_figure_in_per_mille():
    assert [(float(v), u, c) for v, u, c in metrics("火灾受害率控制在0.3‰以内。")] == [(0.3, "‰", "AtMost")]


def test_how_many_times_in_a_row_is_a_condition_not_a_figure():
    assert metrics("每季度公布一次考评结果,对连续两次上“黑榜”的企业约谈负责人。已连续举办3届。") == [
        (1, "次", "Exactly"), (3, "届", "Exactly")]


def test_what_a_meeting_commended_is_not_the_last_speakers():
    x = extract_text("全县学习教育工作会议召开\n会上,县委宣传部、县教育局等单位作了表态发言。"
                     "会议还表彰了2023年度学习型党组织先进单位15个。\n")
    assert [(m.owner, m.measure) for m in x.metrics] == [(None, "学习型党组织先进单位")]


def test_a_group_whose_rule_holds_for_its_term_is_bound_by_it():
    x = extract_text("乡镇党委书记任期内至少到市委党校培训一次。\n")
    assert [(m.value, m.group) for m in x.metrics] == [(1, "乡镇党委书记")]


def test_points_for_each_time_something_is_done_have_no_period():
    x = extract_text("农村党员每年基础积分100分,参加组织生活每次加2分,无故缺席一次扣5分。\n")
    assert [(int(m.value), m.period) for m in x.metrics] == [(100, "每年"), (2, None), (5, None)]


def test_how_often_bodies_act_does_not_carry_to_a_rule_for_people():
    x = extract_text("各司局每月至少开展一次集中学习,处级以上干部每人至少讲一次专题党课。\n")
    assert [(m.period, m.group) for m in x.metrics] == [("每月", None), (None, "处级以上干部")]


def test_a_programme_standing_as_its_clauses_subject_is_its_runners():
    x = extract_text("临江打造学习品牌\n临江市委宣传部创办的“临江讲坛”已举办讲座138期。\n"
                     "“临江讲坛”每月举办两期,现场听众超过15万人次。\n")
    assert relations(x, "runs") == {("临江市委宣传部", "临江讲坛")}
    assert [m.owner for m in x.metrics] == ["临江市委宣传部"] * 3


def test_the_hosts_a_programme_names_after_it_run_it():
    x = extract_text("临江市打造“香城讲堂”学习品牌\n“香城讲堂”由市委宣传部、市委组织部联合主办,坚持每月举办一期。\n")
    assert relations(x, "runs") >= {("市委宣传部", "香城讲堂"), ("市委组织部", "香城讲堂")}



@pytest.mark.parametrize("sentence, measure", [
    pytest.param("来自全省16个市的300名村党组织书记参加培训。", ["市", "村党组织书记"], id="jieba-joins-the-kind-to-the-measure-word"),
    pytest.param("县处级以上领导干部每年至少精读6本书。", ["书"], id="a-book"),
])
def test_what_is_counted_may_start_inside_the_measure_words_token(sentence, measure):
    assert [m.measure for m in extract_text(sentence + "\n").metrics] == measure


def test_how_often_a_rule_has_those_it_is_set_up_for_do_something_binds_them():
    x = extract_text("对村(社区)书记实行双线管理,每半年开展一次履职评估。\n")
    assert [(m.period, m.group) for m in x.metrics] == [("每半年", "村(社区)书记")]


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("在全国342个在建项目全部成立党组织。", [(342, "在建项目")], id="a-count-in-digits-before-a-verb-and-its-noun"),
    pytest.param("委机关6个党支部中已有5个达到“四强”标准。", [(6, "党支部"), (5, None)], id="a-count-before-what-they-did"),
])
def test_things_counted_before_a_verb_are_figures(sentence, expected):
    assert [(int(m.value), m.measure) for m in extract_text(sentence + "\n").metrics] == expected


def test_a_pattern_of_so_many_verbs_is_no_figure():
    assert metrics("全市党员践行“四个带头”。党员要做到四个带头。") == []



def test_a_total_of_the_whole_city_is_the_city_last_named_in_a_paragraph_of_many():
    x = extract_text("全省机关党建工作经验交流会召开\n会上,厦门市委、三明市委组织部等2个单位作了交流发言。\n厦门市委推行机关党建“双百分”考核。三明市委组织部建立“党员积分超市”,"
                     "党员参加志愿服务每次积2分。全市已设立积分超市215个。\n")
    assert [(m.value, m.owner) for m in x.metrics] == [(2, "三明市委组织部"), (215, "三明市委组织部")]


def test_a_total_of_the_whole_county_is_the_autonomous_county_the_report_is_about():
    x = extract_text("恭城瑶族自治县:讲习所\n恭城瑶族自治县建立“瑶乡讲习所”。\n县委组织部建立“月报告”制度,每月通报开讲情况。"
                     "2023年以来,全县讲习所累计开展宣讲2460场次。\n")
    assert [(m.value, m.owner) for m in x.metrics][-1] == (2460, "恭城")


def test_a_group_binds_nothing_past_the_next_item_of_a_list():
    x = extract_text("临江市:学习\n一是建立领导干部带头学制度,市级领导干部每年为基层党员讲课不少于2次;二是开设“临江讲堂”,每月举办一期。\n")
    assert [(m.value, m.group) for m in x.metrics] == [(2, "市级领导干部"), (1, None)]


def test_a_group_counted_before_its_rule_is_named_without_the_measure_word_jieba_joined_to_it():
    x = extract_text("禹城市:头雁工程\n禹城市对全市1012名村党组织书记进行全覆盖轮训,每人每年培训不少于5天。\n")
    assert [(m.value, m.group) for m in x.metrics][-1] == (5, "村党组织书记")


def test_batches_and_people_counted_with_wei_are_figures_but_a_place_in_a_ranking_is_not():
    x = extract_text("北江县:培训\n北江县每年举办2梯次,每梯次为期4天,今年共有86位部落领袖参加。对考核排名后三位的乡镇进行约谈。\n")
    assert [(m.value, m.unit, m.period) for m in x.metrics] == [(2, "梯次", "每年"), (4, "天", None), (86, "位", None)]


@pytest.mark.parametrize("sentence, period", [
    pytest.param("全年集中学习不少于40次。", "每年", id="a-bound-for-the-whole-year-is-yearly"),
    pytest.param("全年累计培训农民党员8000余人次。", None, id="a-total-for-the-year-is-no-rule"),
])
def test_the_whole_year_as_a_period(sentence, period):
    assert [m.period for m in extract_text(sentence + "\n").metrics] == [period]


def test_a_limit_for_each_class_is_at_most_and_has_no_yearly_period():
    x = extract_text("临江市:英语研习\n市府规划每年开设英语研习班10班,每班以30人为限,每期以20人为上限。\n")
    assert [(m.value, m.comparator.value, m.period) for m in x.metrics] == [
        (10, "Exactly", "每年"), (30, "AtMost", None), (20, "AtMost", None)]


def test_a_body_after_a_list_item_with_brackets_is_no_subject_of_the_rule():
    x = extract_text("北江省委组织部召开座谈会\n会议强调,要确保县处级以上领导干部5年内参加党校(行政学院)、干部学院等培训累计不少于3个月。\n")
    assert [(m.owner, m.group) for m in x.metrics] == [("北江省委组织部", "县处级以上领导干部")]


def test_a_list_of_bodies_after_the_verb_of_a_rule_is_what_is_attended_not_who_rules():
    x = extract_text("北江省委组织部召开座谈会\n会议指出,县处级以上领导干部每5年参加党校、行政学院、干部学院"
                     "或者组织部门认可的其他培训机构累计3个月或者550学时以上的培训。\n")
    assert [(m.owner, m.group, m.period) for m in x.metrics] == [("北江省委组织部", "县处级以上领导干部", "每5年")] * 2


@pytest.mark.parametrize("sentence, group", [
    pytest.param("县处级以上领导干部每5年参加培训累计3个月以上。", "县处级以上领导干部", id="a-bound-after-the-figure-is-a-rule"),
    pytest.param("县处级以上领导干部每年参加培训累计3天左右。", None, id="about-so-much-is-no-rule"),
])
def test_a_group_whose_period_opens_a_bound_after_the_figure_is_bound_by_it(sentence, group):
    assert [m.group for m in extract_text(sentence + "\n").metrics] == [group]


def test_a_rule_for_whose_staff_binds_the_staff_not_the_word_whose():
    x = extract_text("北江县政府推动终身学习\n县政府要求所属公务人员每人每年学习时数至少40小时。\n")
    assert [(m.group, m.value) for m in x.metrics] == [("公务人员", 40)]


def test_a_few_bodies_named_of_a_counted_set_own_nothing_after_their_clause():
    x = extract_text("北江市推进作风建设\n据了解,市委办公室、市政府办公室等68个市直单位全部参与,今年以来共帮扶困难群众2300余户。\n")
    assert [(m.value, m.owner) for m in x.metrics] == [(68, None), (2300, "北江")]


def test_a_count_after_an_adverb_jieba_joined_to_a_preposition_is_the_subjects():
    x = extract_text("北江区推行首席服务官\n据悉,北江区已为1200多家企业配备首席服务官。\n")
    assert [(m.value, m.owner) for m in x.metrics] == [(1200, "北江区")]


def test_the_total_each_next_group_owes_in_a_rule_keeps_the_rules_period():
    x = extract_text("第三条 县处级领导干部每年参加集中培训的时间累计不少于110学时,乡科级领导干部累计不少于90学时。\n")
    assert [(m.value, m.period, m.group) for m in x.metrics] == [
        (110, "每年", "县处级领导干部"), (90, "每年", "乡科级领导干部")]


def test_batches_counted_as_pici_keep_their_measure_word():
    x = extract_text("今年以来,全区领导干部累计接待群众来访680批次。\n")
    assert [(m.value, m.unit) for m in x.metrics] == [(680, "批次")]


def test_each_season_written_short_is_a_period():
    x = extract_text("委员会每季召开1次会议。\n")
    assert [(m.value, m.period) for m in x.metrics] == [(1, "每季")]


def test_a_figure_after_units_acting_together_is_the_leading_units():
    x = extract_text("北江市推进人才计划\n北江市委组织部会同市人社局、市财政局联合印发实施办法,决定每年遴选100名左右优秀青年人才。\n")
    assert [(m.value, m.owner) for m in x.metrics] == [(100, "北江市委组织部")]


def test_the_part_of_a_rule_that_binds_a_group_after_qizhong_binds_it():
    x = extract_text("通知明确,村级组织运转经费每村每年不低于11万元,其中村干部基本报酬每人每月不低于3000元。\n")
    assert [(m.value, m.group) for m in x.metrics] == [(110000, None), (3000, "村干部")]


@pytest.mark.parametrize("sentence, owner", [
    pytest.param("临江市共培训干部一千二百余人。", "临江", id="after-an-adverb-and-a-verbal-noun"),
    pytest.param("临江、北江等9个市建立了培训基地。", None, id="a-count-of-the-subject-itself"),
])
def test_a_count_after_its_subject_and_a_predicate_is_the_subjects(sentence, owner):
    assert [m.owner for m in extract_text(sentence + "\n").metrics] == [owner]


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("县处级干部每两年轮训一遍,科级干部一年培训两次。", [(1, "每两年", "县处级干部"), (2, "每年", "科级干部")],
                 id="once-a-year-with-the-verb-between"),
    pytest.param("一年来共培训干部两千人次。", [(2000, None, None)], id="over-the-past-year-is-no-period"),
])
def test_so_many_times_a_year_with_the_verb_between(sentence, expected):
    assert [(m.value, m.period, m.group) for m in extract_text(sentence + "\n").metrics] == expected


@pytest.mark.parametrize("sentence", [
    "从政治素质、工作实绩、群众评价三个维度对干部进行综合考核。",
    "评价结果分为A、B、C、D四个等级。",
    "省财政厅、省交通运输厅、省卫生健康委3家单位的青年代表分享了读书心得。",
], ids=["aspects-in-words", "grades-named-by-letters", "bodies-listed"])
def test_a_number_restating_how_many_items_the_list_before_it_names_is_no_metric(sentence):
    assert metrics(sentence) == []


def test_a_count_after_a_list_that_gives_more_than_its_items_is_a_metric():
    assert [(int(m.value), m.unit) for m in extract_text("建成党员活动室、文化广场等120余个。\n").metrics] == [(120, "个")]


@pytest.mark.parametrize("sentence, measure", [
    ("分期分批对全市622名村(社区)党组织书记进行轮训。", "村党组织书记"),  # 名村/n: jieba joined the measure word
    ("全市已有1520个机关党组织与2140个村(社区)党组织结成对子。", "村党组织"),  # what they do ends it
    ("计划用3年时间创建100个枫桥式派出所。", "枫桥式派出所"),  # 式/k, a suffix inside the name
    ("学员须完成不少于60小时的课堂学习。", "课堂学习"),  # the time given to what follows
    ("全县315个村党组织领办合作社298家。", "领办合作社"),  # 合作社, which jieba tags an idiom
    ("全县315个村党组织领办合作社298家。", "村党组织"),  # bodies counted end before what they do
    ("每个网格至少有1名党员中心户。", "党员中心户"),  # 户, which jieba cuts off as a measure word
], ids=["past-the-other-kind-in-brackets", "members-end-before-their-verb", "through-a-suffix", "the-hours-of-what-follows",
        "a-cooperative-led-by-party-branches", "bodies-end-before-their-verb", "a-household-of-a-kind"])
def test_what_is_counted_after_its_number_reads_on_past_brackets_and_suffixes(sentence, measure):
    assert measure in [m.measure for m in extract_text(sentence + "\n").metrics]


def test_a_grade_before_a_share_is_not_read_as_and_so_on():
    assert [m.measure for m in extract_text("优秀等次比例不超过15%。\n").metrics] == ["优秀等次比例"]


def test_units_listed_before_respectively_share_what_is_counted_after_it():
    x = extract_text("临江县、北江县分别建立现场教学点58个和43个。\n")
    assert [(m.owner, m.measure, int(m.value)) for m in x.metrics] == [
        ("临江", "建立现场教学点", 58), ("北江", "建立现场教学点", 43)]


def test_a_rule_binds_the_whole_group_it_names_not_a_head_inside_it():
    x = extract_text("临江市人事局规定领导及主管人员每年须完成不少于30小时的培训。\n")
    assert [(m.group, m.measure) for m in x.metrics] == [("领导及主管人员", "培训")]
    assert labels(x, "Group") == {"领导及主管人员"}


def test_a_committee_written_with_its_peers_in_brackets_is_a_group_a_rule_binds():
    x = extract_text("临江市建立“书记项目”制度,每名县(区)委书记每年至少领办1个党建项目。\n")
    assert [m.group for m in x.metrics] == ["县(区)委书记"]


def test_a_count_of_the_items_listed_after_a_colon_is_no_metric():
    x = extract_text("临江市重点抓好三项工作:开展岗位练兵活动;建立首问责任制;每名干部每年到基层调研不少于30天。\n")
    assert [(int(m.value), m.unit) for m in x.metrics] == [(30, "天")]


def test_what_places_listed_before_deng_di_did_is_what_they_count():
    x = extract_text("临江县、北江县等地还探索建立了积分兑换超市86个。\n")
    assert [m.measure for m in x.metrics] == ["探索建立了积分兑换超市"]


def test_a_bar_that_says_which_people_takes_no_period_from_the_clause_before():
    x = extract_text("积分每季度公示一次,积分低于60分的党员列为重点教育对象。\n")
    assert [(int(m.value), m.period) for m in x.metrics] == [(1, "每季度"), (60, None)]


def test_the_next_group_owes_what_the_group_before_owes_first_not_a_part_of_it():
    x = extract_text("省管干部每年须修满60学分,其中参加脱产培训不少于30学分;县处级干部每年须修满50学分。\n")
    assert [(int(m.value), m.measure, m.group) for m in x.metrics] == [
        (60, None, "省管干部"), (30, "参加脱产培训", "省管干部"), (50, None, "县处级干部")]


@pytest.mark.parametrize("sentence, measure", [
    ("北江市委组织部安排专项资金300万元。", "安排专项资金"),  # the body that spends it, left out
    ("考核设置学习组织、学习制度等4个一级指标。", "一级指标"),  # a level of a ranking
], ids=["without-the-body-before-it", "a-ranked-level"])
def test_what_is_counted_is_said_without_who_and_with_its_level(sentence, measure):
    assert [m.measure for m in extract_text("推进党建\n" + sentence + "\n").metrics] == [measure]


def test_a_count_of_the_quoted_names_just_before_it_is_no_metric():
    x = extract_text("推进干部培训\n我们开设“红色讲堂”“田间课堂”“网络课堂”三类课堂,全市累计开班2100余期。\n")
    assert [(int(m.value), m.unit) for m in x.metrics] == [(2100, "期")]


@pytest.mark.parametrize("sentence, measure", [
    ("临江市投资200万元建成“临江学习网”。", "投资"),
    ("区财政每年安排专项资金3000万元予以支持。", "安排专项资金"),
], ids=["spent-on-a-verb-after-it", "given-to-a-verb-after-it"])
def test_a_sum_is_what_was_spent_before_it_not_what_was_done_with_it(sentence, measure):
    assert [m.measure for m in extract_text("推进党建\n" + sentence + "\n").metrics] == [measure]


@pytest.mark.parametrize("sentence, expected", [
    ("培训班每期学员在50人上下。", ("Approximately", 50)),
    ("年销售额超3000万元。", ("MoreThan", 30000000)),
    ("全县超额完成3项任务。", ("Exactly", 3)),  # 超 of a word, no cue
], ids=["give-or-take-after", "over-before", "not-inside-a-word"])
def test_cues_of_one_word_before_or_after_a_number(sentence, expected):
    assert [(m.comparator.value, int(m.value)) for m in extract_text("推进党建\n" + sentence + "\n").metrics] == [expected]


@pytest.mark.parametrize("sentence, measure, group", [
    ("县处级干部每年参加培训原则上不少于110学时。", "参加培训", "县处级干部"),  # in principle: no part of it
    ("新录用公务员须在试用期内参加初任培训不少于12天。", "在试用期内参加初任培训", "新录用公务员"),
], ids=["without-in-principle", "without-the-group-cut-at-its-modifier"])
def test_what_a_group_owes_leaves_out_the_group_and_in_principle(sentence, measure, group):
    assert [(m.measure, m.group) for m in extract_text("推进党建\n" + sentence + "\n").metrics] == [(measure, group)]


@pytest.mark.parametrize("sentence, expected", [
    ("乡镇干部每周在岗时间不少于4天半。", ("AtLeast", Decimal("4.5"), "天")),
    ("每年在岗时间4天半以上。", ("AtLeast", Decimal("4.5"), "天")),  # the cue after the half
], ids=["after-a-cue", "before-a-cue"])
def test_a_half_after_the_unit_is_the_figures(sentence, expected):
    assert [(m.comparator.value, m.value, m.unit) for m in extract_text("推进党建\n" + sentence + "\n").metrics] == [expected]


def test_units_listed_before_respectively_share_a_measure_that_quotes_a_name():
    x = extract_text("临江县、北江县分别打造了“窑洞党课”示范点12个和8个。\n")
    assert [(m.owner, m.measure) for m in x.metrics] == [("临江", "窑洞党课示范点"), ("北江", "窑洞党课示范点")]


@pytest.mark.parametrize("sentence, measure, period", [
    ("村级组织运转经费每村每年不低于10万元,村党组织书记报酬按照不低于当地农村居民人均可支配收入的2倍确定。",
     "村党组织书记报酬", None),  # a multiple: what it is of, before it, and no yearly amount
    ("确保年底前规模以上非公企业党组织覆盖率达到90%以上。", "规模以上非公企业党组织覆盖率", None),
], ids=["a-multiple-of-an-income", "without-the-rest-of-a-deadline"])
def test_what_a_share_or_multiple_measures_is_said_before_it(sentence, measure, period):
    x = extract_text("推进党建\n" + sentence + "\n")
    assert (x.metrics[-1].measure, x.metrics[-1].period) == (measure, period)


def test_a_standing_share_of_each_takes_no_period_from_the_clause_before():
    x = extract_text("推进党建\n全县党员干部每人每月至少深入基层调研2天,县级领导每人联系1个重点项目。\n")
    assert [(int(m.value), m.period) for m in x.metrics] == [(2, "每月"), (1, None)]


@pytest.mark.parametrize("sentence, measure", [
    ("共选派机关干部1.2万名进驻1.05万个村。", "选派机关干部"),  # what those counted did after them
    ("已有57名回引人才进入村“两委”。", "回引人才"),  # a verb qualifying the noun after it stays
    ("临江市委、自治区民政厅等6家试点单位,扎实推进学习型党组织建设。", "试点单位"),  # a kind jieba tags a verb (试点单位/v)
], ids=["not-what-they-did", "a-verb-qualifying-a-noun", "a-kind-tagged-a-verb"])
def test_people_counted_are_measured_by_what_they_are_not_what_they_did(sentence, measure):
    assert [m.measure for m in extract_text("推进党建\n" + sentence + "\n").metrics][0] == measure
