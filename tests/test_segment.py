import datetime as dt

import pytest

from govkg.read import InputError, read_bytes
from govkg.segment import normalise, script_of, segment
from tests.conftest import CORPUS
from tests.helpers import extract_text, labels


def seg(text: str):
    return segment(read_bytes(text.encode("utf-8"), "t.txt"))


@pytest.mark.parametrize("typed, read", [
    ("坚持学习.中卫市委建立制度.", "坚持学习。中卫市委建立制度。"),
    ('"建设学习型党组织是关键."中卫市委坚持学习。', "“建设学习型党组织是关键。”中卫市委坚持学习。"),
    ("共投入3.5亿元,详见www.gov.cn.", "共投入3.5亿元,详见www.gov.cn."),  # a number, a web address
    ('开设了"每月一讲"和"临江讲坛', '开设了"每月一讲"和"临江讲坛'),  # quotes not in pairs: left as they are
    ('He said "ok".', 'He said "ok".'),  # no Chinese on the line
], ids=["full_stops", "quotes_in_pairs", "not_in_numbers_or_addresses", "unpaired_quotes", "english"])
def test_ascii_marks_in_chinese_text_are_read_as_chinese_ones(typed, read):
    assert normalise(typed) == read


def test_normalise_keeps_every_offset():
    text = "濟南市建立村黨組織“評星定級”機制,本報8月28日訊。"
    work = normalise(text)
    assert len(work) == len(text)
    assert work.startswith("济南市建立村党组织“评星定级”机制,本报")


@pytest.mark.parametrize("text, simplified", [
    ("中衞市推行綫上學習", "中卫市推行线上学习"),  # Hong Kong's variants
    ("臺灣", "台湾"),
    ("取得了顯著成效", "取得了显著成效"), ("取得了显著成效", "取得了显著成效"),  # not 显着
    ("陕西乾县推行村干部坐班制度(记者 沈吟)", "陕西乾县推行村干部坐班制度(记者 沈吟)"),  # not 干县, 沉吟
], ids=["hong_kong_variants", "taiwan_forms", "traditional_not_read_twice", "simplified_kept",
        "simplified_names_kept"])
def test_variants_of_characters_are_read_as_simplified(text, simplified):
    assert normalise(text) == simplified


@pytest.mark.parametrize("text, script", [
    ("中卫市推行线上学习，取得显著成效。", "simplified"),
    ("中衞市推行綫上學習，取得顯著成效。", "traditional"),
    ("临江市推行线上学习，干部参学率达95%。" * 10 + "學習", "simplified"),
    ("\uf900\uf901\uf902临江市推行线上学习。", "traditional"),
], ids=["full_width_punctuation_changes_no_character", "traditional_characters",
        "two_in_a_hundred_is_a_quotation", "compatibility_ideographs_become_chinese_characters"])
def test_the_script_is_told_by_the_chinese_characters_normalising_changed(text, script):
    assert script_of(text, normalise(text)) == script


def test_traditional_documents_are_marked_and_read_as_simplified():
    doc = segment(read_bytes((CORPUS / "jinan-2018-08.txt").read_bytes(), "jinan.txt"))
    assert doc.script == "traditional"
    assert doc.meta.title == "济南市建立村党组织“评星定级”机制"


@pytest.mark.parametrize("header, field, expected", [
    ("2011-08-17 11:05:00 我要评论\n", "issued", dt.date(2011, 8, 17)),
    ("2019年12月21日 09:30\n", "issued", dt.date(2019, 12, 21)),
    ("釋出時間:2021年03月15日 10:20\n", "issued", dt.date(2021, 3, 15)),
    ("来源: 大众日报编者按:会议召开。\n", "source", "大众日报"),
    ("(来源:人民网-《人民日报》)\n", "source", "人民日报"),
    ("2009年12月08日08:15   来源:人民网-人民日报\n", "source", "人民日报"),  # the paper, not the site
    ("2009年04月20日   来源:水利部网站\n", "source", "水利部网站"),  # a body's website, named whole
    ("稿源:中国组织人事报 2020-05-06\n", "source", "中国组织人事报"),  # the source labelled as the copy's
    ("河北新闻网讯(河北日报记者胡博理)在学习中。\n", "source", "河北日报"),
    ("中国报道讯(雷艳 报道)宣讲开始。\n", "source", "中国报道"),
    ("【大公报讯】记者 李明 报道:长沙推行先锋岗。\n", "source", "大公报"),
    ("新华社北京1月5日电(记者 王立新)会议召开。\n", "source", "新华社"),  # without the place it filed from
    ("人民网北京1月5日电 会议召开。\n", "source", "人民网"),
    ("南方日报讯 (记者/吴宇) 会议召开。\n", "source", "南方日报"),  # a space before the bracket
    ("青岛日报讯 记者刘凤 报道 近日,会议召开。\n", "source", "青岛日报"),  # the reporter after a space
    ("2023年06月12日 广西日报\n南宁推行三联三促。\n", "source", "广西日报"),
    ("2019年12月20日 星期五  九江日报\n南宁推行三联三促。\n", "source", "九江日报"),
    ("来源:国家电网报 作者:周凯\n", "source", "国家电网报"),
    ("2008年3月20日 来源:临江部人事司\n", "source", "临江部人事司"),  # a ministry's department gave the text
    ("来源:人民日报海外版\n", "source", "人民日报"),
    ("2023/05/10 16:21 来源:澎湃新闻 记者 王五\n", "source", "澎湃新闻"),  # a news site named 新闻
    ("临江日报 2019年11月6日\n", "issued", dt.date(2019, 11, 6)),
    ("临江日报 2019年11月6日\n", "source", "临江日报"),
    ("《临江日报》2019-11-06 第4版\n", "source", "临江日报"),
    ("(2012年5月18日)\n", "issued", dt.date(2012, 5, 18)),  # alone in brackets, as under a speech
    ("[2021-03-05]\n", "issued", dt.date(2021, 3, 5)),  # in square brackets, written with dashes
])
def test_header_metadata(header, field, expected):
    doc = seg(header + "威海召开学习交流会,推进学习型党组织建设工作。\n")
    assert getattr(doc.meta, field) == expected


@pytest.mark.parametrize("line, reporter", [
    ("(本版稿件系记者彭辉按发言顺序整理)", "彭辉"),
    ("本报广州1月3日电(记者贺林平)省委办公厅开展读书活动。", "贺林平"),
    ("(記者 董山峰)", "董山峰"),
    ("□记者 古宇", "古宇"),
    ("中国报道讯(雷艳 报道)宣讲开始。", "雷艳"),
    ("文/古宇", "古宇"),
    ("文/本报记者 古宇", "古宇"),  # the cue is no name
    ("撰稿:古宇", "古宇"),
    ("記者王志明/嘉義報導", "王志明"),  # where the reporter filed from, after a slash
    ("南方日报讯 (记者/吴宇) 韶关市推行…", "吴宇"),  # a slash after the cue
    ("文/图 古宇", "古宇"),  # text and pictures by one
    ("(记者 古宇 通讯员 苏组宣)", "古宇"),  # 苏组宣: an organisation department's pen name, no person
    ("临江市委组织部 郑海燕", "郑海燕"),  # an author under the title, after their body
])
def test_reporters(line, reporter):
    doc = seg("各地开展读书活动,推进学习型党组织建设。\n" + line + "\n")
    assert [r.name for r in doc.meta.reporters] == [reporter]


@pytest.mark.parametrize("header, title", [
    ("来源:黑龙江日报\n临江市创新干部教育培训机制\n", "临江市创新干部教育培训机制"),
    ("临江市创新干部教育培训机制\n来源:黑龙江日报\n", "临江市创新干部教育培训机制"),
    ("来源: 大众日报编者按:会议在临江召开,各地交流经验。\n临江:建立考核机制\n", None),
    ("临江日报 2019年11月6日\n临江市创新干部教育培训机制\n", "临江市创新干部教育培训机制"),
    ("【基层党建典型案例】\n临江市创新干部教育培训机制\n", "临江市创新干部教育培训机制"),
    ("首页 > 新闻中心 > 党建要闻\n【字体:大 中 小】 打印 关闭\n临江市创新干部教育培训机制\n", "临江市创新干部教育培训机制"),
    ("记者从省委组织部获悉 我省推行村干部星级化管理\n", "记者从省委组织部获悉 我省推行村干部星级化管理"),  # no byline
    ("本报记者 周立新\n临江市创新干部教育培训机制\n", "临江市创新干部教育培训机制"),
    ("来源:临江日报 发布时间:2021-09-14 08:30\n\n临江市创新干部教育培训机制\n", "临江市创新干部教育培训机制"),
])
def test_a_source_line_above_the_headline_does_not_hide_it(header, title):
    doc = seg(header + "今年以来,临江市委组织部创新干部教育培训机制。\n")
    assert doc.meta.title == title


@pytest.mark.parametrize("path", ["首页 > 新闻 > 地方", "当前位置:首页>>党建", "首页 » 党建工作 » 正文"])
def test_the_path_to_the_page_is_site_chrome_not_the_title(path):
    doc = seg(f"{path}\n临江市建立干部学分制管理制度\n2009年06月12日 来源:临江日报\n临江市推行学分制管理,每年不少于50分。\n")
    assert doc.meta.title == "临江市建立干部学分制管理制度"
    assert all(path not in s.text for s in doc.sentences)


def test_a_headline_may_ask_a_question():
    doc = seg("“学习强国”积分排行榜上 这个村的党员为啥总靠前?\n来源:临江日报  作者:杨帆  2021-04-16\n"
              "在临江县堂安村,全村63名党员全部注册使用。\n")
    assert (doc.meta.title, doc.meta.issued) == ("“学习强国”积分排行榜上 这个村的党员为啥总靠前?", dt.date(2021, 4, 16))


def test_a_social_media_post_has_its_exclaimed_headline_and_its_date():
    doc = seg("这个县的“红色代办”火了!\n原创 清溪发布 2023-07-14 18:30 发表于浙江\n\n"
              "01 | 群众点单 党员代办\n清溪县推行“红色代办”服务。\n02 | 建立机制 长效推进\n清溪县委组织部建立积分激励机制。\n")
    assert (doc.meta.title, doc.meta.issued) == ("这个县的“红色代办”火了!", dt.date(2023, 7, 14))
    # subheads over paragraphs on one unit (清溪县, 清溪县委…) are no speakers' sections
    assert doc.sections == []


def test_a_body_posting_its_own_report_dates_it_on_the_line_below_the_headline():
    doc = seg("建湖县构建干部学习新格局\n建湖县委组织部 2022-03-15\n\n今年以来,建湖县坚持加强干部学习。\n")
    assert (doc.meta.title, doc.meta.issued) == ("建湖县构建干部学习新格局", dt.date(2022, 3, 15))
    assert all("2022-03-15" not in s.text for s in doc.sentences)


def test_a_body_named_above_the_date_line_posted_the_report_and_heads_no_section():
    doc = seg("宁夏固原:“五学”模式推进党员常态化学习\n固原市委组织部\n2021-05-20 10:30\n\n"
              "固原市探索推行“五学”模式。\n个人自学。要求党员每天自学不少于30分钟。\n")
    assert doc.sections == []
    assert (doc.meta.title, doc.meta.issued) == ("宁夏固原:“五学”模式推进党员常态化学习", dt.date(2021, 5, 20))


def test_a_body_named_above_the_date_line_over_the_headline_posted_the_report():
    doc = seg("河北省石家庄市鹿泉区委组织部\n2023-06-12\n鹿泉区开展“党建+网格”服务提升行动\n"
              "近日,鹿泉区委组织部在全区开展“党建+网格”服务提升行动。\n")
    assert (doc.meta.title, doc.meta.issued) == ("鹿泉区开展“党建+网格”服务提升行动", dt.date(2023, 6, 12))
    assert all("石家庄" not in s.text for s in doc.sentences)


def test_a_headline_above_its_date_line_is_no_posting_body():
    doc = seg("鹿泉区委组织部推行网格化管理\n2023-06-12\n近日,鹿泉区委组织部在全区推行网格化管理。\n")
    assert doc.meta.title == "鹿泉区委组织部推行网格化管理"


@pytest.mark.parametrize("signed", ["中共临江县委组织部\n2023年1月10日", "中共临江县委组织部\n二〇二三年一月十日",
                                    "2023年1月10日\n中共临江县委组织部", "中共临江县委办公室\n2023年1月10日印发",
                                    "中共临江县委办公室\n二〇二三年一月十日印发"],
                         ids=["in-digits", "in-chinese-numerals", "above-the-body-that-signs", "the-day-it-was-issued",
                              "the-day-it-was-issued-in-chinese-numerals"])
def test_a_notice_is_dated_by_the_date_it_is_signed_with(signed):
    doc = seg("关于2022年度基层党建工作考核情况的通报\n各乡镇党委:\n县委组织部对各乡镇基层党建工作进行了考核。\n"
              "一、总体情况。全县18个乡镇全部参加考核。\n二、主要成效。各乡镇建立了联席会议制度。\n"
              "三、存在问题。部分单位责任落实不到位。\n" + signed + "\n")
    assert doc.meta.issued == dt.date(2023, 1, 10)


def test_the_body_that_signs_a_notice_is_found_beside_its_date():
    doc = seg("关于印发《学习积分管理办法》的通知\n各乡镇党委:\n第一条 为推动经常性学习,制定本办法。\n"
              "中共临江县委组织部\n2022年3月15日\n")
    assert doc.work[slice(*doc.meta.signer)] == "中共临江县委组织部"


def test_a_headline_and_its_subtitle_on_one_line_are_the_title():
    title = "守初心 担使命 争做新时代合格党员——访全国优秀共产党员、平川县城关镇党委书记刘建军"
    assert seg(title + "\n记者:城关镇在党员教育管理方面有哪些好的做法?\n").meta.title == title


def test_a_date_inside_the_last_sentence_does_not_date_the_text():
    doc = seg("临江县推行坐班制度\n临江县推行村干部坐班制度,该制度自2023年1月10日起施行。\n")
    assert doc.meta.issued is None


def test_what_the_reporter_did_is_no_reporter():
    doc = seg("朝阳区打造党群服务圈\n近日,记者了解到,朝阳区已建成党群服务中心438个。记者获悉,全区将推行星级评定。\n")
    assert doc.meta.reporters == []


def test_a_date_line_below_the_headline_and_the_byline_dates_the_report():
    doc = seg("各地创新基层干部培训方式\n本报记者 周立新 陈晓燕\n\n2021年04月20日 临江日报\n\n近年来,各地积极探索培训新路径。\n")
    assert (doc.meta.issued, doc.meta.source, doc.meta.title) == (dt.date(2021, 4, 20), "临江日报", "各地创新基层干部培训方式")
    assert [r.name for r in doc.meta.reporters] == ["周立新", "陈晓燕"]


@pytest.mark.parametrize("mark", ["■", "◆ ", "1.", "一、", "● 2、", "(一)", "(3)", "二)"])
def test_section_headers_may_open_with_a_bullet_or_a_number(mark):
    doc = seg(f"{mark}南宁市:以三联三促激活机关党建\n南宁市推行三联三促机制。\n"
              f"{mark}柳州市:打造机关党建大讲堂\n柳州市创办大讲堂。\n")
    assert [(s.speaker, doc.work[s.speaker_start:s.speaker_end]) for s in doc.sections] == \
        [("南宁市", "南宁市"), ("柳州市", "柳州市")]
    assert [doc.work[s.speaker_start:s.headline_end] for s in doc.sections] == \
        ["南宁市:以三联三促激活机关党建", "柳州市:打造机关党建大讲堂"]  # what a speech's mention covers


def test_the_headline_below_a_marked_unit_is_not_a_header_of_its_own():
    # 建强支部  激发活力 reads as 单位  标题 (支部 ends like a body), but it is the headline of
    # the unit above it, and a verb and what it acts on name no unit
    doc = seg("发言摘登\n◎临江市直机关工委\n建强支部  激发活力\n我们推行支部工作法。\n"
              "◎北山县直机关工委\n以考促学  学用结合\n我们实施积分制学习管理。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("临江市直机关工委", "建强支部  激发活力"), ("北山县直机关工委", "以考促学  学用结合")]


def test_sections_need_two_headers_and_accept_both_colons():
    doc = seg("济南:把学习变成硬约束\n建立考核机制。\n青岛:统一配备学习秘书\n开设了“青岛讲坛”。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [("济南", "把学习变成硬约束"), ("青岛", "统一配备学习秘书")]
    single = seg("洪洞县:党员小积分激活乡村治理\n近年来,洪洞县研究制定积分管理办法。\n")
    assert single.sections == [] and single.meta.title.startswith("洪洞县:")


def test_a_long_name_before_a_colon_heads_a_section_when_it_ends_like_a_body():
    doc = seg("全省机关党建工作经验交流会发言摘要\n省国税局党组:建设“书香国税”\n省国税局开展读书活动。\n"
              "中国石油西南油气田公司党委:抓党建促生产\n公司党委实施“党员先锋工程”。\n"
              "省委常委组织部部长王晓东在会上强调:要抓好落实\n会议要求各地抓好落实。\n")
    assert [s.speaker for s in doc.sections] == ["省国税局党组", "中国石油西南油气田公司党委"]


def test_footer_boilerplate_is_not_content():
    doc = seg("济南建立考核机制。\n1、本网所有内容的版权均属于作者。未经授权不得转载。\n")
    assert all("版权" not in s.text for s in doc.sentences)
    assert doc.content_end < len(doc.work)


@pytest.mark.parametrize("paragraph", [
    "今年以来,全市共为46名干部容错免责。",  # a policy that holds the word of a disclaimer (免责)
    "我们帮助3家老字号企业转型发展。",  # 老字号 holds 字号, a page's font-size control
    "市委授权委托各县区开展考核。",
    "建立容错纠错机制,对干部在改革创新中出现的失误,符合容错条件的予以免责或减轻责任。",
    "相关经验做法被中央和省级媒体宣传报道、转载30余次。",  # media reporting the work
    "推动向乡镇授权赋能,下放审批服务事项86项。",
])
def test_article_text_holding_a_boilerplate_word_is_content(paragraph):
    doc = seg("临江市建立学习考核制度\n临江市建立了学习考核制度。\n" + paragraph + "\n")
    assert paragraph in [s.text for s in doc.sentences]


def test_the_editors_credit_is_chrome():
    doc = seg("临江市建立学习考核制度\n临江市建立了学习考核制度。\n(责编:罗昭艳、王继平)\n")
    assert all("责编" not in s.text for s in doc.sentences)


def test_a_list_of_links_to_other_articles_is_chrome_up_to_the_next_sentence():
    doc = seg("临江市建立学习考核制度\n临江市建立了学习考核制度。\n相关阅读:\n· 全省组织工作会议在北江召开\n"
              "【延伸阅读】\n北江市开设北江讲坛\n西山县也建立了考勤制度,每月通报一次。\n")
    assert [s.text for s in doc.sentences] == [
        "临江市建立学习考核制度", "临江市建立了学习考核制度。", "西山县也建立了考勤制度,每月通报一次。"]


@pytest.mark.parametrize("caption", ["图为西山县党员志愿者在社区开展服务。", "(图为西山县党员志愿者在社区开展服务。记者 张三 摄)",
                                     "西山县党员志愿者在社区开展服务(西山县委组织部供图)"],
                         ids=["opening_with_图为", "in_brackets_with_the_photographer", "credited_to_a_unit"])
def test_a_photos_caption_is_not_text(caption):
    doc = seg(f"临江市建立学习考核制度\n临江市建立了学习考核制度。\n{caption}\n该市每月通报一次。\n")
    assert [s.text for s in doc.sentences] == ["临江市建立学习考核制度", "临江市建立了学习考核制度。", "该市每月通报一次。"]


def test_a_headline_ending_in_a_word_for_filming_is_no_caption():
    doc = seg("临江村:用手机拍摄\n临江村建立了党员积分制度。\n")
    assert doc.meta.title == "临江村:用手机拍摄"


def test_an_article_that_came_as_one_line_is_not_taken_for_chrome():
    line = "2011-08-17 11:05:00 我要评论 " + "临江市建立干部学分制管理制度,规定处级干部每年须修满18分。" * 12 + "版权所有,转载请注明出处。"
    doc = seg(line + "\n")
    assert "学分制管理制度" in "".join(s.text for s in doc.sentences)


@pytest.mark.parametrize("text", [
    "6月25日,临江市召开党建工作推进会。\n",
    "2021年6月25日,北江举行党建工作交流会。\n",
    "交流会召开\n2021年6月25日,北江举行党建工作交流会!\n",
], ids=["day_and_month", "full_date", "after_a_headline"])
def test_a_short_first_sentence_opening_with_its_date_is_not_a_dateline(text):
    doc = seg(text)
    assert "党建工作" in "".join(s.text for s in doc.sentences)


def test_boilerplate_only_is_an_input_error():
    with pytest.raises(InputError, match="no article text"):
        seg("2011-08-17 11:05:00 我要评论\n版权所有,未经授权不得转载。\n")


def test_sentences_keep_closing_quotes_and_tokens_carry_offsets():
    doc = seg("“建设学习型党组织,领导干部是关键。”中卫市委坚持学习。\n")
    assert doc.sentences[0].text.endswith("。”")
    for s in doc.sentences:
        for t in s.tokens:
            assert doc.work[t.start:t.end] == t.word


@pytest.mark.parametrize("line, source", [
    ("来源:临江县委组织部  发布时间:2021-05-06", "临江县委组织部"),  # a body that gave the text
    ("来源:临江日报 发布时间:2021-05-06", "临江日报"),
    ("来源:临江县委组织部门户", None),  # no body named whole
], ids=["a_body", "a_newspaper", "a_body_inside_other_words"])
def test_the_source_a_label_names(line, source):
    doc = seg("临江县推行积分制管理\n" + line + "\n近年来,临江县在全县推行党员积分制管理。\n")
    assert doc.meta.source == source


def test_a_medium_before_its_reporter_in_square_brackets_is_the_source_and_no_unit():
    text = "新北市推动乐龄学习计划\n【中央社 記者 林佩君 新北報導】新北市政府教育局推动乐龄学习计划。\n"
    assert (seg(text).meta.source, [r.name for r in seg(text).meta.reporters]) == ("中央社", ["林佩君"])
    assert "中央社" not in labels(extract_text(text), "Organization")


def test_labelled_date_line_and_correspondent_byline():
    doc = seg("发布时间:2013-06-21 09:12:33 来源:四川日报\n成都:让庸懒散无处藏身\n建立考核机制。\n"
              "绵阳:干部下基层\n推行一线工作法。\n(本报记者 王晓东 通讯员 陈静 整理)\n")
    assert doc.meta.issued == dt.date(2013, 6, 21) and doc.meta.source == "四川日报"
    assert [s.speaker for s in doc.sections] == ["成都", "绵阳"]
    assert [r.name for r in doc.meta.reporters] == ["王晓东", "陈静"]


def test_full_width_colon_headers():
    doc = seg("济南：把学习变成硬约束\n建立考核机制。\n青岛：统一配备学习秘书\n开设了“青岛讲坛”。\n")
    assert [s.speaker for s in doc.sections] == ["济南", "青岛"]


def test_author_byline():
    doc = seg("2021年09月03日 08:30 来源:河南日报 作者:孙静怡\n洛阳市推进党建工作,建成党建平台。\n")
    assert [r.name for r in doc.meta.reporters] == ["孙静怡"] and doc.meta.issued_time == "08:30"


def test_bracketed_section_headers():
    doc = seg("【宝鸡】推行三单一评机制\n宝鸡市委组织部制定责任清单。\n【西北大学】双带头人培育工程见成效\n实施培育工程。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [("宝鸡", "推行三单一评机制"), ("西北大学", "双带头人培育工程见成效")]


def test_a_column_in_brackets_before_the_title_is_no_section():
    doc = seg("【党建】多地探索网格化服务\n【临江市】红色网格激活治理末梢\n临江市推行网格机制。\n"
              "【城东区】社区书记擂台赛\n城东区委建立述职评议制度。\n")
    assert [s.speaker for s in doc.sections] == ["临江市", "城东区"]


def test_a_byline_with_several_reporters():
    doc = seg("本报讯(记者 张明华 李秀英 通讯员 陈静)临江县创办运河讲坛。\n")
    assert [r.name for r in doc.meta.reporters] == ["张明华", "李秀英", "陈静"]


def test_an_intern_credited_in_a_byline_is_one_of_its_reporters():
    doc = seg("本报讯(记者 孙明 实习生 周晓斗)临江县创办运河讲坛。\n")
    assert [r.name for r in doc.meta.reporters] == ["孙明", "周晓斗"]


@pytest.mark.parametrize("dash", ["——", "—", " —— ", "--", "──"],
                         ids=["two_em_dashes", "one_em_dash", "spaced", "two_hyphens", "box_drawing_dashes"])
def test_section_headers_may_set_the_unit_off_with_a_dash(dash):
    doc = seg(f"临江区{dash}“红色管家”让党员沉到一线\n临江区推行红色管家机制。\n"
              f"市税务局{dash}“税务讲堂”月月讲\n局里开设税务讲堂。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("临江区", "“红色管家”让党员沉到一线"), ("市税务局", "“税务讲堂”月月讲")]
    assert [doc.work[s.speaker_start:s.headline_end] for s in doc.sections] == [
        f"临江区{dash}“红色管家”让党员沉到一线", f"市税务局{dash}“税务讲堂”月月讲"]


def test_a_slogan_set_off_by_a_dash_is_not_a_unit():
    doc = seg("强化组织领导——建立“三级联动”机制\n全县建立三级联动机制。\n"
              "坚持问题导向——打造“红色驿站”品牌\n各乡镇建成红色驿站。\n")
    assert doc.sections == []


def test_a_bare_place_name_before_a_dash_is_a_unit():
    doc = seg("宁波——打造“甬派讲堂”\n宁波开设甬派讲堂。\n温州——推行“红色代办”\n温州推行红色代办制度。\n")
    assert [s.speaker for s in doc.sections] == ["宁波", "温州"]


@pytest.mark.parametrize("line, issued", [
    ("来源:南方日报 2022-09-08 作者:罗嘉怡", "2022-09-08"),
    ("作者:王立新  发布时间:2019年3月5日 10:20", "2019-03-05"),
    ("来源:临江新闻网 编辑:李红 浏览次数:1024", None),
], ids=["source_line_with_a_date", "author_line_with_a_labelled_date", "labels_without_a_date"])
def test_a_date_inside_a_labelled_header_line_is_the_documents(line, issued):
    doc = seg(f"临江推行网格党建\n{line}\n临江市推行网格化管理,建立例会制度。\n")
    assert (doc.meta.issued.isoformat() if doc.meta.issued else None) == issued


@pytest.mark.parametrize("first, second", [
    ("临江市委书记 王明山", "城东区委书记李德华"),
    ("王明山(临江市委书记)", "李德华(城东区委书记)"),  # the person, then the unit and role in brackets
    ("临江市委常委、组织部部长 王明山", "城东区委常委、组织部部长 李德华"),  # roles held together: the first one's unit
    ("临江市委 王明山", "城东区委 李德华"),  # the unit, a space, and who spoke for it
], ids=["unit_role_person", "person_then_unit_and_role", "two_roles_held_together", "unit_space_person"])
def test_a_header_may_name_the_unit_through_its_head(first, second):
    doc = seg(f"{first}:以“红色堡垒”工程统领基层党建\n我们实施红色堡垒工程。\n"
              f"{second}:让第一书记成为带头人\n区里选派第一书记。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("临江市委", "以“红色堡垒”工程统领基层党建"), ("城东区委", "让第一书记成为带头人")]


def test_a_district_opening_with_the_characters_of_a_role_is_no_role_and_name():
    doc = seg("西安市长安区委:实施“头雁”培育工程\n长安区委选派书记进修。\n"
              "西安市碑林区委:推行“三单制”\n碑林区委建立三单制度。\n")
    assert [s.speaker for s in doc.sections] == ["西安市长安区委", "西安市碑林区委"]


def test_numbered_tasks_with_a_colon_are_not_units():
    doc = seg("一、强化组织领导:成立工作专班\n县委成立领导小组。\n二、夯实基层基础:加大经费投入\n全县投入资金。\n")
    assert doc.sections == []


@pytest.mark.parametrize("attribution, speaker", [
    ("临江市委书记 王明山", "临江市委"), ("——临江市委书记王明山", "临江市委"), ("(临江市委书记 王明山)", "临江市委"),
    ("临江市委组织部", "临江市委组织部"), ("中共临江市委组织部", "中共临江市委组织部"),
    ("□ 临江市委组织部", "临江市委组织部"), ("(临江市委组织部)", "临江市委组织部"),
    ("临江市委常委、组织部部长 王晓东", "临江市委"),
], ids=["unit_role_and_name", "after_a_dash", "in_brackets", "the_unit_alone", "the_unit_with_the_party_prefix",
        "the_unit_after_a_mark", "the_unit_in_brackets", "roles_held_together"])
def test_a_headline_may_have_its_speaker_on_the_line_below(attribution, speaker):
    doc = seg(f"全省基层党建工作会议发言摘登\n以“红色堡垒”工程统领基层党建\n{attribution}\n我们实施红色堡垒工程。\n"
              f"让第一书记成为带头人\n城东区委书记 李德华\n区里选派第一书记。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        (speaker, "以“红色堡垒”工程统领基层党建"), ("城东区委", "让第一书记成为带头人")]
    first = doc.sections[0]
    assert doc.work[first.start:first.headline_end] == "以“红色堡垒”工程统领基层党建"
    assert doc.work[first.speaker_start:first.speaker_end] == speaker


@pytest.mark.parametrize("unit, speaker", [
    ("临江市直机关工委", "临江市直机关工委"), ("□ 临江市委组织部", "临江市委组织部"), ("临江市委书记 王明山", "临江市委"),
    ("临江市委组织部：", "临江市委组织部"), ("临江市委——", "临江市委"), ("临江市委 —", "临江市委"),
], ids=["the_unit_alone", "the_unit_after_a_mark", "unit_role_and_name", "the_unit_and_a_colon", "the_unit_and_a_dash",
        "the_unit_and_a_spaced_dash"])
def test_a_headline_may_have_its_speaker_on_the_line_above(unit, speaker):
    doc = seg(f"全省机关党建工作推进会发言摘编\n编者按:会议在临江召开,5个单位作了交流。\n"
              f"{unit}\n以“模范机关”创建为抓手 推动机关党建提质增效\n我们开设机关大讲堂。\n"
              f"西山县委\n“党建+合作社”带动农民增收\n西山县推广合作社模式。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        (speaker, "以“模范机关”创建为抓手 推动机关党建提质增效"), ("西山县委", "“党建+合作社”带动农民增收")]
    first = doc.sections[0]
    assert doc.work[first.speaker_start:first.speaker_end] == speaker
    assert doc.work[first.headline_start:first.headline_end] == "以“模范机关”创建为抓手 推动机关党建提质增效"
    assert doc.work[first.start:first.end].startswith(normalise(unit)) and "机关大讲堂" in doc.work[first.start:first.end]


@pytest.mark.parametrize("after", ["(临江市委组织部)", " ——临江市委组织部"], ids=["in_brackets", "after_a_dash"])
def test_a_headline_may_end_with_the_unit_that_speaks(after):
    doc = seg(f"经验交流\n以“红色堡垒”工程统领基层党建{after}\n我们实施红色堡垒工程。\n"
              f"把党支部建在产业链上(城东区委组织部)\n区里推行合作社模式。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("临江市委组织部", "以“红色堡垒”工程统领基层党建"), ("城东区委组织部", "把党支部建在产业链上")]
    first = doc.sections[0]
    assert doc.work[first.speaker_start:first.speaker_end] == "临江市委组织部"
    assert doc.work[first.headline_start:first.headline_end] == "以“红色堡垒”工程统领基层党建"


def test_a_numbered_case_is_spoken_for_by_the_divisions_opening_its_title():
    doc = seg("全省基层党建典型案例选登\n案例一:西江市临江区“红船领航”工程\n临江区实施红船领航工程。\n"
              "案例二:东海市“县乡一体”改革\n东海市推行县乡一体改革。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("西江市临江区", "西江市临江区“红船领航”工程"), ("东海市", "东海市“县乡一体”改革")]
    first = doc.sections[0]
    assert doc.work[first.speaker_start:first.speaker_end] == "西江市临江区"


def test_a_numbered_case_may_be_spoken_for_by_a_subdistrict():
    doc = seg("全省城市基层党建典型案例\n案例一:西城区“小巷管家”激活社区治理\n西城区推行小巷管家制度。\n"
              "案例二:东湖区打造“红色驿站”服务阵地\n东湖区建成红色驿站86个。\n"
              "案例三:南山街道推行“楼栋党建”工作法\n南山街道建立四级组织体系。\n")
    assert [s.speaker for s in doc.sections] == ["西城区", "东湖区", "南山街道"]


def test_a_unit_marked_on_a_line_of_its_own_opens_a_section_without_a_headline():
    doc = seg("各地推进党史学习教育\n◆临江市\n我市开设党史大讲堂,已举办16期。\n■ 城东区\n我区组建宣讲团。\n"
              "◆全市\n各地组织学习。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [("临江市", ""), ("城东区", "")]
    assert doc.work[doc.sections[1].speaker_start:doc.sections[1].speaker_end] == "城东区"


@pytest.mark.parametrize("layout", [
    "{unit}:{headline}", "{unit}\n{headline}", "{headline}\n{unit}", "{headline}({unit})", "【{unit}】{headline}",
], ids=["colon", "unit_above", "unit_below", "unit_in_brackets_after", "unit_in_square_brackets"])
def test_a_place_or_a_body_named_by_its_level_speaks_in_every_layout(layout):
    sections = [("临江", "把学习软任务变成硬约束", "深入开展学习活动。"), ("省公安厅", "学习成绩与干部提拔挂钩", "建立学习考核制度。"),
                ("北江市", "处级以上干部每年须修满18分", "实行学分制管理。"),
                ("烟台", "打造学习品牌", "开设讲坛。")]  # a city jieba tags as a common noun
    text = "全省学习型党组织建设工作经验交流会发言摘要\n编者按:交流会在临江召开,各地作了发言。\n" + "".join(
        layout.format(unit=u, headline=h) + f"\n{body}\n" for u, h, body in sections)
    doc = seg(text)
    assert [(s.speaker, s.headline) for s in doc.sections] == [(u, h) for u, h, _ in sections]


@pytest.mark.parametrize("layout", ["{unit}\n{headline}", "{headline}\n{unit}", "{headline}\n({unit})"],
                         ids=["unit_above", "unit_below", "unit_below_in_brackets"])
def test_a_name_jieba_does_not_know_speaks_where_the_other_speakers_stand(layout):
    # 平利 is tagged an adjective and 石泉 a person's name; the layout says they are units
    sections = [("临江", "把学习软任务变成硬约束", "深入开展学习活动。"), ("平利", "学习成绩与干部提拔挂钩", "建立学习考核制度。"),
                ("北江市", "处级以上干部每年须修满18分", "实行学分制管理。"), ("石泉", "打造学习品牌", "开设讲坛。"),
                ("西江学院", "组织专家开展理论研究", "成立研究中心。")]
    text = "全省学习型党组织建设工作经验交流会发言摘要\n编者按:交流会在临江召开,各地作了发言。\n" + "".join(
        layout.format(unit=u, headline=h) + f"\n{body}\n" for u, h, body in sections)
    assert [(s.speaker, s.headline) for s in seg(text).sections] == [(u, h) for u, h, _ in sections]


@pytest.mark.parametrize("gap", ["  ", "\u3000", "\t", " "], ids=["two_spaces", "ideographic_space", "tab", "one_space"])
def test_a_unit_and_its_headline_may_be_set_apart_by_spaces_alone(gap):
    doc = seg(f"全省全民阅读工作现场推进会交流发言摘编\n临江日报{gap}2013年4月23日\n"
              f"临江市委宣传部{gap}打造书香临江 建设学习型城市\n我们举办读书节。\n"
              f"西江大学{gap}构建校园阅读推广体系\n学校开设公开课。\n全市{gap}推进全民阅读活动\n各地开展读书活动。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("临江市委宣传部", "打造书香临江 建设学习型城市"), ("西江大学", "构建校园阅读推广体系")]


def test_headers_run_into_the_text_they_head_are_sections():
    doc = seg("全省学习型党组织建设经验交流会发言摘要\n会议强调:要把学习摆在突出位置。各地要抓好落实。\n"
              "临江市:把学习“软任务”变成“硬约束”。临江市建立学习考勤制度。\n"
              "西山县委组织部:统一配备学习秘书。县里开设西山讲坛。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("临江市", "把学习“软任务”变成“硬约束”"), ("西山县委组织部", "统一配备学习秘书")]
    first = doc.sections[0]
    assert doc.work[first.headline_start:first.headline_end] == "把学习“软任务”变成“硬约束”"


def test_a_companys_party_body_below_its_headline_speaks():
    # jieba knows none of these names for a body (恒通/nz 电网 公司 党组, 宏远/a 集团公司 党委)
    doc = seg("国企党建工作经验交流会在京召开\n一、把党建工作要求写入公司章程\n(恒通电网公司党组)\n公司党组修订章程。\n"
              "二、推行“党建+”工作模式\n(宏远集团公司党委)\n集团公司党委设立党员先锋岗。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("恒通电网公司党组", "把党建工作要求写入公司章程"), ("宏远集团公司党委", "推行“党建+”工作模式")]


@pytest.mark.parametrize("numbers", [("", ""), ("一、", "二、")], ids=["unnumbered", "numbered-as-items"])
def test_a_body_named_on_a_line_of_its_own_opens_a_section_without_a_headline(numbers):
    doc = seg(f"全市组织工作会议交流材料摘登\n{numbers[0]}东城区委组织部\n东城区推行网格党建模式,全区划分网格860个。\n"
              f"{numbers[1]}西城区委组织部\n西城区建立年轻干部墩苗制度,每年选派50名干部。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [("东城区委组织部", ""), ("西城区委组织部", "")]
    assert doc.meta.title == "全市组织工作会议交流材料摘登"


@pytest.mark.parametrize("header", ["{unit}经验:{headline}", "【{unit}篇】{headline}", "{unit}做法——{headline}"])
def test_a_word_the_header_adds_after_the_unit_is_not_part_of_it(header):
    doc = seg("全省经验交流摘编\n" + header.format(unit="临江", headline="把学习变成硬约束") + "\n我们建立学习考核制度。\n"
              + header.format(unit="北江", headline="打造学习品牌") + "\n我们开设北江讲坛。\n")
    assert [s.speaker for s in doc.sections] == ["临江", "北江"]
    assert doc.work[doc.sections[0].speaker_start:doc.sections[0].speaker_end] == "临江"


def test_headlines_over_paragraphs_that_open_with_their_units_are_sections():
    doc = seg("全省学习型党组织建设经验摘编\n把学习变成硬约束\n临江市委深入开展读书活动。\n"
              "打造学习品牌\n北江市委开设北江讲坛。\n学习成绩与提拔挂钩\n省公安厅建立学习考核制度。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("临江市委", "把学习变成硬约束"), ("北江市委", "打造学习品牌"), ("省公安厅", "学习成绩与提拔挂钩")]


def test_texts_each_followed_by_the_unit_credited_with_them_are_sections():
    doc = seg("基层党建典型经验选编\n党建引领网格治理\n该区将全区划分为426个网格。\n（高新区党工委组织部供稿）\n"
              "“积分制”激活党员队伍\n该县推行农村党员积分制管理。\n(平阳县委组织部 供稿)\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("高新区党工委组织部", "党建引领网格治理"), ("平阳县委组织部", "“积分制”激活党员队伍")]
    assert doc.work[doc.sections[1].start:].startswith("“积分制”")
    assert doc.work[doc.sections[1].speaker_start:doc.sections[1].speaker_end] == "平阳县委组织部"


def test_one_credited_text_is_no_section():
    doc = seg("党建引领网格治理\n该区将全区划分为426个网格。\n（高新区党工委组织部供稿）\n")
    assert doc.sections == []


def test_a_headline_over_a_dashed_subtitle_heads_the_section_the_paragraph_below_opens():
    doc = seg("基层党建创新案例选登\n把支部建在产业链上\n——临江市推进产业链党建的做法\n临江市围绕主导产业建立党组织。\n"
              "让党员在网格中亮身份\n——北江县推行网格党建的探索\n北江县将全县划分为网格。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("临江市", "把支部建在产业链上"), ("北江县", "让党员在网格中亮身份")]
    assert doc.work[doc.sections[0].start:].startswith("把支部建在产业链上")


@pytest.mark.parametrize("body", [
    "西山县推行积分管理。\n聚焦评什么\n西山县设置评分体系。\n聚焦怎么评\n西山县公开评定积分。\n",  # one unit
    "聚焦评什么\n发端于东山镇的做法已推广。\n聚焦怎么评\n党员积分每季度评定。\n聚焦怎么用\n积分与评优挂钩。\n",
], ids=["the_same_unit_each_time", "most_subheads_over_other_text"])
def test_subheads_of_a_report_on_one_unit_are_not_sections(body):
    assert seg("西山县推进党员积分管理\n" + body).sections == []


@pytest.mark.parametrize("text", [
    # a theme several units illustrate
    "各地创新干部教育培训方式综述\n一、在制度建设上下功夫\n临江市建立自主选学制度。北江市推行学分银行制度。\n"
    "二、在载体创新上求突破\n东海市开办东海讲坛。南山县打造网络学习平台。\n",
    # subheads alone on their lines are not units
    "西山县推进网格化治理\n背景\n西山县地处城乡结合部。\n做法\n西山县建立网格化管理制度。\n"
    "打造网格品牌\n成效\n群众满意度达到98%。\n",
    # a caption ending in brackets
    "临江推行网格党建\n图为党员志愿服务现场(临江市委组织部供图)\n临江市推行网格化管理。\n"
    "服务队走进社区(通讯员摄)\n城东区建立例会制度。\n",
    # a line that only names a task is not a speaking unit
    "全省干部教育工作经验交流发言摘登\n建立学分银行\n加强组织领导\n我们建立学分银行制度。\n"
    "打造红色教育走廊\n完善工作机制\n我们整合红色资源。\n",
], ids=["themes_several_units_illustrate", "subheads_alone_on_their_lines", "captions_ending_in_brackets",
        "lines_that_only_name_a_task"])
def test_headings_that_open_no_units_section(text):
    assert seg(text).sections == []


def test_a_city_jieba_tags_as_a_verb_heads_a_section_before_its_committee():
    doc = seg("全省组织系统推进会发言摘登\n■唐山市委 抓实“领导班子建设年”\n唐山市委建立季度分析制度。\n"
              "■保定市委 推进“基层组织建设年”\n保定市委推行县级领导包联制度。\n")  # 保定/v
    assert [s.speaker for s in doc.sections] == ["唐山市委", "保定市委"]


@pytest.mark.parametrize("column", ["经验交流", "基层传真"])
def test_a_column_in_brackets_before_a_speechs_headline_is_no_speaker(column):
    doc = seg(f"【{column}】扎实推进“两新”组织党建工作\n临江工业园区党工委\n近年来,园区党工委推行“党建指导员”制度。\n")
    assert column not in {s.speaker for s in doc.sections}


def test_two_bodies_a_report_is_by_on_one_line_head_no_section():
    doc = seg("江西临江:“党建+物业”让小区治理有温度\n临江区委组织部 临江区住房城乡建委\n"
              "近年来,临江区坚持党建引领物业管理。\n一、强化组织引领。建立联席会议制度。\n")
    assert doc.sections == []


@pytest.mark.parametrize("below", ["", "一、主要做法\n"], ids=["over-its-text", "over-the-first-heading-of-its-account"])
def test_the_body_of_the_titles_unit_credited_under_it_heads_no_section(below):
    doc = seg(f"江西临江:以红色精神锻造过硬干部队伍\n临江市委组织部\n{below}近年来,我们依托红色资源,大力开展党性教育。\n")
    assert doc.sections == []
    assert doc.meta.title == "江西临江:以红色精神锻造过硬干部队伍"


def test_a_prefecture_written_short_with_its_level_cut_off_heads_a_section():
    doc = seg("■西宁市城中区 打造党群服务圈\n城中区建设党群服务站点86个。\n"
              "■海北州 实施牧区党员冬训\n海北州组织开展牧区党员冬训。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("西宁市城中区", "打造党群服务圈"), ("海北州", "实施牧区党员冬训")]


def test_a_features_subheads_before_a_colon_name_no_speakers():
    doc = seg("让学习成为干部的生活方式——临江市推进学习型机关建设纪实\n近年来,临江市推进学习型机关建设。\n"
              "制度管学:把学习“硬杠杠”立起来\n临江市明确处级干部每年集中学习时间不少于12天。\n"
              "平台促学:让学习“随时随地”\n依托网络学院,上线各类课程2300余门。\n"
              "考核督学:让学习“有压力有动力”\n学习情况纳入机关绩效考核,权重占5%。\n")
    assert doc.sections == []


def test_a_region_and_its_city_before_a_colon_head_a_section():
    doc = seg("各地党建创新\n■ 江西赣州:“红色课堂”进村组\n赣州市开设红色课堂。\n■ 湖北十堰:“党员积分”管到人\n十堰市推行党员积分。\n")
    assert [s.speaker for s in doc.sections] == ["江西赣州", "湖北十堰"]


def test_the_first_day_of_a_span_in_a_notice_is_not_its_date():
    doc = seg("关于开展“机关作风建设月”活动的通知\n各乡镇党委:\n县委决定开展活动。\n一、活动时间\n"
              "2023年5月1日至5月31日。\n二、主要内容\n各单位要组织集中学习不少于2次。\n中共临江县委办公室\n2023年4月25日\n")
    assert doc.meta.issued == dt.date(2023, 4, 25)


def test_a_speakers_line_opening_with_a_mark_over_its_headline_opens_a_section():
    doc = seg("县委书记谈抓党建促振兴\n编者按:近日,省委组织部召开座谈会,现摘登部分发言。\n"
              "◎ 临江县委书记 王明山\n建强村级组织 夯实振兴根基\n我们实施村级组织“强基”工程。\n"
              "◎ 北江县委书记 李德华\n以“红色引擎”激活共富动能\n北江县推行“红色引擎”工程。\n")
    assert [(s.speaker, s.headline) for s in doc.sections] == [
        ("临江县委", "建强村级组织 夯实振兴根基"), ("北江县委", "以“红色引擎”激活共富动能")]


def test_a_body_in_brackets_on_a_line_over_its_headline_speaks_though_its_headline_opens_with_a_quote():
    doc = seg("全市机关党建工作交流会发言摘编\n【市直机关工委】\n以“模范机关”创建为抓手\n市直机关工委开展创建活动。\n"
              "【市税务局】\n党建引领优化营商环境\n市税务局推出“税务管家”服务。\n"
              "【市人民医院】\n“党建+医疗”让群众看病更舒心\n医院党委实施“党支部建在科室上”。\n")
    assert [s.speaker for s in doc.sections] == ["市直机关工委", "市税务局", "市人民医院"]


def test_a_mark_before_the_headline_is_not_part_of_it():
    doc = seg("■ 各地动态\n■ 临江:“临e学”平台上线\n临江市开发“临e学”平台。\n■ 北江:推行“工业课堂”\n北江市开设“工业课堂”。\n")
    assert doc.meta.title == "各地动态"
    assert [s.speaker for s in doc.sections] == ["临江", "北江"]


def test_numbered_typical_cases_opening_with_their_units_are_sections():
    doc = seg("典型案例一:北山县“红色代办”打通服务群众“最后一公里”\n北山县推行“红色代办”服务。\n"
              "典型案例二:西河区“党建+网格”提升基层治理效能\n西河区将党组织建在网格上。\n")
    assert [s.speaker for s in doc.sections] == ["北山县", "西河区"]
