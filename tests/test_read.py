import codecs

import pytest

from govkg import read
from govkg.read import InputError, read_bytes, read_document
from govkg.segment import segment

TEXT = "威海:处级以上干部每年须修满18分\n规定每名处级以上干部每年必须修满18分。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_decodes_common_chinese_encodings(encoding):
    raw = read_bytes(TEXT.encode(encoding), "a.txt")
    assert raw.text == TEXT


@pytest.mark.parametrize("spaced, written", [
    ("处级干部每年修满 18 分,科级干部修满 12 分。", "处级干部每年修满18分,科级干部修满12分。"),
    ("2011 年 8 月 15 日,临江市开通 APP 平台 3 个。", "2011年8月15日,临江市开通APP平台3个。"),
    ("临江日报 2013年4月23日\n全市建成服务站 30 个。", "临江日报 2013年4月23日\n全市建成服务站 30 个。"),  # one: not the text's way
], ids=["numbers_set_off", "dates_and_latin_words_set_off", "one_number_set_off_is_left"])
def test_spaces_setting_numbers_off_from_chinese_are_taken_out(spaced, written):
    assert read.to_article_text(read_bytes(spaced.encode("utf-8"), "a.txt")).text == written


def test_decodes_hong_kong_big5_with_its_supplementary_characters():
    # 羣 and 裏, as Hong Kong writes them, are in Big5-HKSCS and not in Big5
    text = "臨江區加強基層黨建\n近年來,臨江區在羣眾中開展學習活動,把黨建工作落到社區裏。\n" * 3
    assert read_bytes(text.encode("big5hkscs"), "hk.txt").text == text


def test_decodes_big5_traditional_text():
    text = "濟南市建立村黨組織“評星定級”機制\n"
    assert read_bytes(text.encode("big5"), "b.txt").text == text


def test_crlf_newlines_are_read_as_text_mode_reads_them():
    assert read_bytes(TEXT.replace("\n", "\r\n").encode(), "c.txt").text == TEXT


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (bytes(range(256)) * 20, "binary"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x03" * 500, "binary"),
    (b"\x81\xff" * 200, "decode"),
])
def test_bad_bytes_give_an_error_naming_the_file(data, reason):
    with pytest.raises(InputError) as err:
        read_bytes(data, "bad/file.txt")
    assert "bad/file.txt" in str(err.value)
    assert reason in err.value.reason


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_document(tmp_path / "nope.txt")


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_BYTES", 100)
    big = tmp_path / "big.txt"
    big.write_text("威海" * 100, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        read_document(big)


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>石家庄打造学习品牌实现学习常态化</title>
<meta property="article:published_time" content="2011-09-18"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>
<div class="article"><h1>石家庄打造学习品牌实现学习常态化</h1>
<p>河北新闻网讯(河北日报记者胡博理)在学习型党组织建设中,石家庄市把学习作为一种精神追求,不断创新载体、创新形式。</p>
<p>近年来,该市在全市开展了“党委书记讲党课”活动,创办“燕赵讲坛”。8年多来,各级党委书记已登台授课2万多次。</p></div>
<div class="footer">版权所有 未经授权不得转载</div></body></html>"""


def test_a_web_page_gives_its_main_text_title_and_date():
    raw = read.to_article_text(read_bytes(PAGE.encode("utf-8"), "page.html"))
    assert raw.title == "石家庄打造学习品牌实现学习常态化" and raw.date == "2011-09-18"
    assert "燕赵讲坛" in raw.text and "<p>" not in raw.text and "版权所有" not in raw.text


BYLINED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>大同市:“三级联动”培训体系助力干部成长_山西新闻网</title>
</head><body><div class="nav"><a href="/">首页</a> &gt; 正文</div>
<div class="article"><h1>大同市:“三级联动”培训体系助力干部成长</h1>
<div class="info">2022-08-15 09:12 来源:山西日报 作者:王刚</div>
<p>近年来,大同市委组织部建立市、县、乡“三级联动”培训体系,每年培训各级干部3万人次。</p>
<p>市委组织部制定《干部教育培训学分管理办法》,规定科级干部每年学分不少于50分。</p>
<p>同时,大同市开设“云冈讲堂”,每月邀请专家授课一次,已举办36期。</p></div>
<div class="footer">版权所有 山西新闻网 2023-01-01 来源:山西新闻网</div></body></html>"""


def test_the_byline_under_a_pages_headline_is_kept_below_it():
    raw = read.to_article_text(read_bytes(BYLINED.encode("utf-8"), "page.html"))
    lines = raw.text.splitlines()
    assert lines[:2] == ["大同市:“三级联动”培训体系助力干部成长", "2022-08-15 09:12 来源:山西日报 作者:王刚"]
    assert "山西新闻网" not in raw.text  # the footer's, after the text, is none
    meta = segment(raw).meta
    assert (meta.issued.isoformat(), meta.source, [r.name for r in meta.reporters]) == ("2022-08-15", "山西日报", ["王刚"])


def test_a_page_laid_out_in_tables_gives_a_line_a_row_and_no_date_from_its_copyright():
    page = ('<html><head><meta charset="utf-8"><title>临江市推行学分制管理_新闻中心</title></head><body>'
            '<table><tr><td><a href="/">首页</a> &gt; <a href="/news">新闻</a></td></tr></table><table>'
            "<tr><td><h1>临江市推行学分制管理</h1></td></tr><tr><td><p>西山县:把学习变成硬约束</p></td></tr>"
            "<tr><td><p>西山县建立了学习考勤制度,规定处级干部每年修满18分,科级干部修满12分。</p></td></tr>"
            "<tr><td><p>北江区:打造学习品牌</p></td></tr><tr><td><p>北江区开设北江讲坛,已举办45期,听众3万人次。</p></td></tr>"
            "</table><table><tr><td>版权所有 Copyright 2011 临江新闻网</td></tr></table></body></html>")
    raw = read.to_article_text(read_bytes(page.encode("gb18030"), "page.htm"))
    lines = raw.text.splitlines()
    assert "西山县:把学习变成硬约束" in lines and not any("|" in line for line in lines)
    assert raw.date is None  # not 2011-01-01
    assert lines.count("临江市推行学分制管理") == 1  # the headline opens the text: not put before it again


def test_a_web_page_with_no_article_is_refused_with_a_reason():
    raw = read_bytes(b"<!DOCTYPE html><html><body><nav>\xe9\xa6\x96\xe9\xa1\xb5</nav></body></html>", "page.txt")
    with pytest.raises(InputError, match="web page without article text"):
        read.to_article_text(raw)


def test_markdown_becomes_plain_text():
    raw = read.to_article_text(read_bytes("# 临江县打造学习品牌\n\n**临江县**创办[“运河讲坛”](http://x)。\n".encode(), "a.md"))
    assert raw.text == "临江县打造学习品牌\n\n临江县创办“运河讲坛”。\n"


def test_digest_is_of_the_bytes():
    raw = read_bytes(codecs.BOM_UTF8 + TEXT.encode(), "d.txt")
    assert len(raw.sha256) == 64 and raw.encoding == "utf-8-sig"


_WRAPPED = ("临江市委组织部：建立“四联”机制\n"
            "近年来，临江市委组织部建立“四\n联”工作机制，推动市直机关党组织\n与社区党组织结对共建，共结对\n"
            "216对，每年开展联建活动不少于\n4次。\n\n"
            "北江县委组织部：实施“头雁”工程\n"
            "北江县实施村党组织书记“头雁”工\n程，每年组织村党组织书记集中培训\n不少于5天，全县选拔培养后备力量\n680名。\n")


@pytest.mark.parametrize("text, expected", [
    pytest.param(_WRAPPED,
                 "临江市委组织部：建立“四联”机制\n"
                 "近年来，临江市委组织部建立“四联”工作机制，推动市直机关党组织与社区党组织结对共建，共结对"
                 "216对，每年开展联建活动不少于4次。\n\n"
                 "北江县委组织部：实施“头雁”工程\n"
                 "北江县实施村党组织书记“头雁”工程，每年组织村党组织书记集中培训不少于5天，全县选拔培养后备力量680名。\n",
                 id="wrapped-lines-joined-headers-kept"),
    pytest.param("全省党建工作会议发言摘登\n2018年07月12日 大众日报\n以“红色堡垒”工程统领基层党建\n临沂市委书记 王明山\n"
                 "市里建立党建工作责任制,每年开展述职评议,推动党建工作与中心工作深度融合。\n"
                 "让“第一书记”成为带头人\n泰安市岱岳区委书记 李德华\n区里选派第一书记126名,建立考核办法,考核结果与评先树优挂钩。\n",
                 None, id="paragraphs-one-to-a-line-and-unpunctuated-headlines-unchanged"),
    pytest.param("参会单位\n临江市委组织部\n北江县委组织部\n省公安厅政治部\n西山区委组织部\n东湖区委组织部\n",
                 None, id="a-list-of-short-lines-unchanged"),
])
def test_text_hard_wrapped_at_one_width_is_joined_into_its_paragraphs(text, expected):
    assert read.unwrap_lines(text) == (text if expected is None else expected)


_WRAPPED_RUNNING_ON = (
    "2011-08-17 11:05:00\n"
    "来源: 临江日报编者按:全省学习型党组织建设工作经验交流\n"
    "会8月15日在北江召开。会上,临江、西山等9个市作了发言。\n"
    "基础项:根据党员应履行的义务、应达到的基本要求来设定,\n"
    "以基础分满分作为初始积分,达不到要求的事项酌情扣分。加分\n"
    "比如:“三会一课”缺一次扣5分,主题党日活动缺一次扣\n"
    "3分,对于违法违纪的党员直接记零分。合格比例不低于1\n"
    "/10。加减分项:分别制定积分清单。全省“三个一切”\n"
    "群众路线主题活动开展以来,临江把宣讲站作为服务群众的\n"
    "重要载体,进一步加强管理,提升层次,扩大覆盖面,提升了\n"
    "工作水平。"
)


@pytest.mark.parametrize("joined", [
    "来源: 临江日报编者按:全省学习型党组织建设工作经验交流会8月15日",  # a line opening with its source
    "来设定,以基础分满分",  # a header-like opening whose words run on as a sentence
    "缺一次扣3分",
    "不低于1/10",  # the next line opening with a slash, then a stop before a colon, is no header
    "全省“三个一切”群众路线主题活动",  # a quote closing mid-sentence
])
def test_wrapped_lines_that_run_on_are_joined(joined):
    assert joined in read.unwrap_lines(_WRAPPED_RUNNING_ON)
