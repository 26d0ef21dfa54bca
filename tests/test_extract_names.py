"""Rules that find named things. Sentences are written for the tests, with names that are
not in the development articles, so they show the rules generalise."""
import pytest

from govkg.link import document_entities, link_document
from govkg.model import EntityClass
from tests.helpers import extract_text, labels, relations


@pytest.mark.parametrize("sentence, cls, label", [
    # a quoted name followed by its head noun is one name
    ("德州市深入开展“书香德州”全民阅读活动。", "Program", "书香德州全民阅读活动"),
    ("德州市组织开展“不忘初心、牢记使命”主题教育活动。", "Program", "不忘初心、牢记使命主题教育活动"),
    # 等 between the quote and the head is dropped
    ("德州市开展了“解放思想”、“创新发展”等主题实践活动。", "Program", "创新发展主题实践活动"),
    # the quote and what the name says of it, up to twelve characters, before the head
    ("临江市实施“令行禁止、有呼必应”党建引领基层治理机制。", "Mechanism", "令行禁止、有呼必应党建引领基层治理机制"),
    # a quoted name that ends in a programme head
    ("德州市以“运河讲坛”为载体,邀请专家辅导。", "Program", "运河讲坛"),
    ("德州市创办“德州宣传网”,扩大覆盖面。", "Program", "德州宣传网"),
    # a short quoted name that a verb of running governs
    ("德州市开设了“周末一课”。", "Program", "周末一课"),
    # platforms named in quotes: accounts, apps, hotlines, columns
    ("临江市开通“临江党建”微信公众号。", "Program", "临江党建微信公众号"),
    ("临江市上线“红色临江”小程序。", "Program", "红色临江小程序"),
    ("临江市设立“市民评议”热线。", "Program", "市民评议热线"),
    # a column is a publication (ONTOLOGY.md)
    ("临江市在《临江日报》开设“理论周刊”专栏。", "Publication", "理论周刊专栏"),
    ("临江市推出“党课开讲啦”电视节目。", "Publication", "党课开讲啦电视节目"),  # so is a broadcast programme
    ("临江市设立“老党员工作室”。", "Program", "老党员工作室"),  # a studio named in quotes
    ("临江市开设每月一讲,邀请专家授课。", "Program", "每月一讲"),  # a lecture named by how often, unquoted
    # a name stops at the verb that sets it up (组建|理论宣讲团)
    ("临江县委宣传部组建理论宣讲团。", "Program", "理论宣讲团"),
    ("东海旗组建“马背宣讲队”,深入苏木嘎查宣讲120余场。", "Program", "马背宣讲队"),
    ("北江市建立民营企业家“亲清”沙龙,每季度举办一次。", "Program", "亲清沙龙"),
    ("临江市开展“不忘初心、牢记使命”主题教育。", "Program", "不忘初心、牢记使命主题教育"),  # a campaign
    ("临江市深入开展党史学习教育。", "Program", "党史学习教育"),  # run by the verb inside 深入开展
    # unquoted heads that name a programme on their own
    ("德州市通过建立政策宣讲站、乡村讲堂,扩大覆盖面。", "Program", "乡村讲堂"),
    # unquoted 活动 needs a verb of running
    ("德州市每年开展两次读书征文活动。", "Program", "读书征文活动"),
    # 《X》 followed by a programme head is a programme and a publication
    ("德州市开展《廉政公约》宣传活动。", "Program", "廉政公约宣传活动"),
    # mechanisms: a verb of establishing governs a name ending in a mechanism head
    ("德州市建立干部培训考核机制,确保落实。", "Mechanism", "干部培训考核机制"),
    ("德州市率先实行干部网上选学制度。", "Mechanism", "干部网上选学制度"),
    ("将学习情况纳入年度目标考核体系和干部综合评价体系。", "Mechanism", "干部综合评价体系"),
    ("德州市探索“问题导向学习法”这一方式。", "Mechanism", "问题导向学习法"),
    # management by a system is named with it
    ("德州市全面推行党员积分制管理,积分与评优挂钩。", "Mechanism", "党员积分制管理"),
    # an adverb between a noun and the verb it qualifies stays inside the name
    ("德州市建立健全村干部报酬正常增长机制。", "Mechanism", "村干部报酬正常增长机制"),
    # a quoted name followed by a mechanism head
    ("德州市建立村级“积分管理”机制。", "Mechanism", "积分管理机制"),
    # … also with a verb before the head that says what the mechanism rules
    ("委党委建立“双导师”培养制度,为新人配备导师。", "Mechanism", "双导师培养制度"),
    ("德州市建立“三级联动”培训机制。", "Mechanism", "三级联动培训机制"),
    # an app's client and a hall named in quotes
    ("德州市开通“德州发布”客户端。", "Program", "德州发布客户端"),
    ("德州市建成“红色党建”体验馆。", "Program", "红色党建体验馆"),
    # quotes in a row share the head after the last (a list distributes over its head noun)
    ("德州市全面推行“党员责任区”“党员示范岗”制度。", "Mechanism", "党员责任区制度"),
    ("德州市建立“日研判”、“周调度”机制。", "Mechanism", "日研判机制"),
    ("德州市建立街道“大工委”、社区“大党委”制度。", "Mechanism", "大工委制度"),  # each item with its level
    ("德州市开展“四进”“五送”活动。", "Program", "四进活动"),
    # …and so do they after 等 and how many there are of the kind
    ("学院开设“政策法规”“经济管理”等8个学习专栏。", "Publication", "经济管理学习专栏"),
    ("德州市开展“执政为民、廉洁高效”等三项主题教育活动。", "Program", "执政为民、廉洁高效主题教育活动"),
    # … and a verb before a programme's head that says what it does
    ("德州市实施“红色物业”提升行动。", "Program", "红色物业提升行动"),
    ("鹿泉区开展“党建+网格”服务提升行动。", "Program", "党建+网格服务提升行动"),  # a noun, then the verb
    ("临江区制定干部履职负面清单。", "Mechanism", "干部履职负面清单"),  # a list of what may or must be done, a rule
    ("临江区建立村级事务“小微权力”清单。", "Mechanism", "小微权力清单"),
    # numbered patterns in quotes
    ("德州市坚持学习、宣传、培训“三同步”,推动落实。", "Mechanism", "三同步"),
    ("德州市推行“三化”联动。", "Mechanism", "三化联动"),
    ("德州市组织实施“六个一”工程。", "Program", "六个一工程"),
    # a mechanism head followed by 试点 names the method being piloted
    ("德州市党员积分管理办法试点工作推进会日前举行。", "Mechanism", "德州市党员积分管理办法"),
    # instituted roles
    ("各级党委中心组均统一配备了理论学习秘书。", "Mechanism", "理论学习秘书"),
    # every 《…》 is a publication
    ("向干部推荐《治理现代化读本》等书籍。", "Publication", "治理现代化读本"),
    # a quoted policy that counts its articles is a mechanism
    ("临江市出台“人才新政30条”,设立人才发展专项资金。", "Mechanism", "人才新政30条"),
    ("北江市出台“稳就业十条”。", "Mechanism", "稳就业十条"),
    # a division's kind in brackets qualifies a word of the name
    ("临江市建立乡镇(街道)履职事项清单制度,全市乡镇全部完成清单编制。", "Mechanism", "乡镇(街道)履职事项清单制度"),
    ("北江县建立村(社区)干部坐班制度。", "Mechanism", "村(社区)干部坐班制度"),
    # the bracketed kind counts for nothing in how long a name a verb inside it may have
    ("临江市健全党委(党组)书记抓基层党建述职评议考核制度。", "Mechanism", "党委(党组)书记抓基层党建述职评议考核制度"),
    # festivals, public lectures and selections named in quotes are programmes
    ("临江市连续五年举办“书香临江”读书节。", "Program", "书香临江读书节"),
    ("学校开设“经典导读”公开课。", "Program", "经典导读公开课"),
    ("县里在各村开办农民夜校。", "Program", "农民夜校"),
    ("举办“百姓宣讲”大赛。", "Program", "百姓宣讲大赛"),
    ("开展“红色故事”演讲比赛。", "Program", "红色故事演讲比赛"),
    # an app and a video account with their quoted names (APP/eng to jieba; 抖音号 one word)
    ("开通“临江党建”APP。", "Program", "临江党建APP"),
    ("开设“临江先锋”抖音号。", "Program", "临江先锋抖音号"),
    ("开展“百姓书房”评选。", "Program", "百姓书房评选"),
    ("开展“星级党组织”评定,每年评定一次。", "Program", "星级党组织评定"),
    ("临江市创设“书记茶话会”,每月邀请群众座谈。", "Program", "书记茶话会"),  # a gathering set up to recur
    # rules a body lays down for its work are mechanisms
    ("工委制定了机关理论学习中心组学习规则。", "Mechanism", "机关理论学习中心组学习规则"),
    ("出台考核实施细则。", "Mechanism", "考核实施细则"),
    # a rule enforced is one the unit keeps (严格执行/nr to jieba)
    ("临江市严格执行学习考勤制度。", "Mechanism", "学习考勤制度"),
    # a verb of what those quoted answer for, between the quote and the rule's head
    ("临江市落实“三级书记”抓党建责任制。", "Mechanism", "三级书记抓党建责任制"),
    ("北江市建立市县乡“三级书记”抓乡村振兴责任制。", "Mechanism", "三级书记抓乡村振兴责任制"),  # 振兴/v: the field's verb
    ("北江市推动建立“候鸟”人才工作站。", "Program", "候鸟人才工作站"),
    ("北江区各社区普遍建立“近邻议事会”。", "Mechanism", "近邻议事会"),  # a standing council set up
    ("北江区委以“楼宇党建+”为抓手。", "Mechanism", "楼宇党建+"),  # a pattern, though it carries the work
    ("北江区建立“社区党委—网格党支部—楼院党小组—党员楼长”四级组织体系。", "Mechanism",  # 四级/m, a numeral to jieba
     "社区党委—网格党支部—楼院党小组—党员楼长四级组织体系"),
    # 更新 ends in 新 without meaning "new", and jieba tags it an adverb (动态|更/d|新机制)
    ("临江市建立市管干部廉政档案动态更新机制。", "Mechanism", "市管干部廉政档案动态更新机制"),
    ("临江市实行坐班制。", "Mechanism", "坐班制"),  # 坐班/v|制/n: the head a word of its own
    ("市委组织部建立干部一线考察机制。", "Mechanism", "干部一线考察机制"),  # 一线/m in jieba's dictionary, a noun
    ("临江市推行一对一帮扶制度。", "Mechanism", "一对一帮扶制度"),  # one to one, a count inside the name
    ("临江市开展一帮一结对活动。", "Program", "一帮一结对活动"),
])
def test_named_thing_is_found(sentence, cls, label):
    assert label in labels(extract_text(sentence), cls)


@pytest.mark.parametrize("sentence, cls, label", [
    ("德州市不断完善工作机制。", "Mechanism", "工作机制"),
    ("德州市健全各项制度。", "Mechanism", "各项制度"),
    ("三是健全管理制度。", "Mechanism", "管理制度"),
    ("二是拓展实践课堂。", "Program", "拓展实践课堂"),  # the verb that widens it is no part of its name
    ("德州市不断完善潜移默化的教育机制。", "Mechanism", "教育机制"),
    ("德州市重点加强了四项制度建设。", "Mechanism", "四项制度"),
    ("各地积极参与读书学习活动。", "Program", "读书学习活动"),
    ("对参与“黄赌毒”活动的党员直接记零分。", "Program", "黄赌毒活动"),
    ("用“小讲堂”讲“大道理”。", "Program", "小讲堂"),
    ("变“软指标”为“硬任务”。", "Program", "软指标"),
    ("全市新建“两新”组织党组织156个。", "Mechanism", "两新"),  # a kind of body, 组织/v as jieba has it
    ("依托“北江党建网”和“指尖党校”微信平台。", "Program", "北江党建网微信平台"),  # a name with its own head
    ("德州市开展“四进”“五送”活动。", "Mechanism", "四进"),  # not also a pattern of its own
    ("各支部围绕“三会一课”开展活动。", "Program", "三会一课开展活动"),  # a verb that runs what follows
    ("推动“红色讲堂”进课堂。", "Program", "红色讲堂进课堂"),  # a verb of one character
    ("每名干部每年制定一份学习计划。", "Mechanism", "学习计划"),  # each one's own plan, no rule named
    ("临江市每年评选“十佳夜校”。", "Program", "十佳夜校"),  # an honour given
    ("论坛设置4个分论坛。", "Program", "个分论坛"),  # 个分/n: the measure word counts sub-forums, named none
    ("服务期满考核合格的,优先纳入事业编制。", "Mechanism", "事业编制"),  # 编制/v, a verb 制 ends
    ("区委组织部制定管理办法。", "Mechanism", "管理办法"),
    ("二是健全学习机制。", "Mechanism", "学习机制"),
    ("承诺事项全部在公开栏公示。", "Person", "公开栏"),  # 公开/ad|栏, a word the dictionary tags a name
    ("部署开展村“两委”班子运行分析研判。", "Program", "两委"),  # the bodies whose teams are assessed
])
def test_generic_or_descriptive_phrase_is_not_an_entity(sentence, cls, label):
    assert label not in labels(extract_text(sentence), cls)


@pytest.mark.parametrize("sentence, expected", [
    ("临江市委组织部建立选学登记和学时认定制度。", {"选学登记制度", "学时认定制度"}),
    ("临江市委组织部建立健全请销假、考勤登记制度。", {"请销假制度", "考勤登记制度"}),
    ("临江市委组织部制定学习任务清单、学习考核清单。", {"学习任务清单", "学习考核清单"}),
    ("临江市委组织部建立党建和业务融合机制。", {"党建和业务融合机制"}),  # what the rule joins, both
], ids=["joined_by_and", "joined_by_a_mark", "each_named_with_its_head", "two_things_the_rule_joins"])
def test_a_list_without_deng_distributes_over_the_head_a_verb_sets_up(sentence, expected):
    assert labels(extract_text(sentence + "\n"), "Mechanism") == expected


def test_list_distributes_over_its_head_noun():
    x = extract_text("德州市不断完善建立学习考勤、个人自学、集中研讨等各项学习制度。")
    assert {"学习考勤制度", "个人自学制度", "集中研讨制度"} <= labels(x, "Mechanism")
    mention = next(m for m in x.mentions if m.label == "个人自学制度")
    assert "个人自学" in mention.aliases


@pytest.mark.parametrize("sentence, label", [
    ("北江县在中小学推行党组织领导的校长负责制。", "党组织领导的校长负责制"),
    ("北江县在公立医院推行党委领导下的院长负责制。", "党委领导下的院长负责制"),
])
def test_a_system_named_by_who_leads_it_keeps_the_leader_in_its_name(sentence, label):
    assert relations(extract_text("北江县推进党建工作\n" + sentence + "\n"), "establishes") == {("北江", label)}


@pytest.mark.parametrize("sentence, expected", [
    ("北江县推行“阳光村务”,村级事务全部公开。", {("Mechanism", "阳光村务")}),  # a practice put in place
    ("北江县实行“马上就办”。", {("Mechanism", "马上就办")}),
    ("北江县建立“红色档案”。", set()),  # what is set up may be a thing, not a practice
    ("北江县推行“党员积分超市”。", {("Program", "党员积分超市")}),  # a quoted name with a head of its own
    ("北江县推行干部教育培训“学分银行”管理。", {("Mechanism", "学分银行管理")}),  # managing by the practice
    ("北江县推行干部“点单式”培训。", {("Mechanism", "点单式培训")}),  # training in the way the quote names
    ("北江省纪委监委在全省推行“清单式”监督。", {("Mechanism", "清单式监督")}),
    ("北江县推行“菜单式”学习,由党员自主选择学习内容。", {("Mechanism", "菜单式学习")}),  # learning in that way
    ("讲师团实行“订单式”宣讲,群众点单、讲师接单。", {("Mechanism", "订单式宣讲")}),  # so is preaching
    ("我厅推行“菜单式”选学,供干部自主选择。", {("Mechanism", "菜单式选学")}),  # and choosing what to learn
    ("北江县推行“一窗式”办公。", {("Mechanism", "一窗式办公")}),  # and working
    # a word of how before the practice's noun: still the practice, not a numbered pattern (“五星”)
    ("北江县推行“五星”评定管理,评定结果与报酬挂钩。", {("Mechanism", "五星评定管理")}),
    ("北江县实行“红黄绿”分类管理。", {("Mechanism", "红黄绿分类管理")}),  # 分类管理/n, one word
    # a reform, and a practice the quote lists the steps of
    ("北江县在17个街道推行“街道吹哨、部门报到”改革。", {("Mechanism", "街道吹哨、部门报到改革")}),
    ("北江县实行问题“收集、交办、督办、反馈”闭环管理。", {("Mechanism", "收集、交办、督办、反馈闭环管理")}),
    ("临江市委组织部在农村推行党员“党建+积分”管理。", {("Mechanism", "党建+积分管理")}),  # a + inside the quote
    ("北江县加强“学分银行”管理。", set()),  # managing better what there is: nothing put in place
    # a verb that sets up a rule puts a way of doing in place too, and the practice may qualify a noun
    ("北江县探索“信用+积分”管理,村民积分每季度公示一次。", {("Mechanism", "信用+积分管理")}),
    ("会上,北江县介绍了实施“党员先锋指数”管理的经验。", {("Mechanism", "党员先锋指数管理")}),
    ("北江县推行干部“点单式”培训", {("Mechanism", "点单式培训")}),  # a line ending without a stop, as a headline
    ("北江县推行“阳光村务”", {("Mechanism", "阳光村务")}),
])
def test_a_short_quoted_name_a_practice_verb_puts_in_place_is_a_mechanism(sentence, expected):
    x = extract_text("北江县推进党建工作\n" + sentence + "\n")
    assert {(m.cls.value, m.label) for m in x.mentions if m.cls.value in ("Mechanism", "Program")} == expected


@pytest.mark.parametrize("opening", ["◆{}:", "【{}】", "{} "], ids=["bullet-and-colon", "brackets", "a-space"])
def test_a_unit_opening_a_line_it_is_set_off_from_owns_what_the_line_says(opening):
    lines = [opening.format(u) + text for u, text in (("青山区", "打造“红色管家”品牌,组建红色物业服务队。"),
                                                       ("东湖区", "推行“书记项目”制度。"), ("西岭县", "实施“领头雁”工程。"))]
    x = extract_text("各地党建品牌创建一览\n" + "\n".join(lines) + "\n")  # 西岭/ns 县/zg
    assert relations(x, "establishes") == {("东湖区", "书记项目制度")}
    assert relations(x, "runs") == {("西岭", "领头雁工程")}


@pytest.mark.parametrize("sentence, owner", [
    ("市人社局建立人才服务专员制度。", "市人社局"),  # jieba alone: 市人|社局
    ("区住建局党组实行“一岗双责”制度。", "区住建局"),  # jieba alone: 区|住|建局
])
def test_a_department_written_short_is_one_body(sentence, owner):
    x = extract_text("临江市推进党建工作\n" + sentence + "\n")
    assert {s for s, _ in relations(x, "establishes")} == {owner}


def test_how_many_years_a_campaign_runs_is_part_of_its_name():
    x = extract_text("北江县推进党建工作\n北江县开展基层党组织“强基固本”三年行动。\n")
    assert relations(x, "runs") == {("北江", "强基固本三年行动")}


def test_a_campaign_named_by_what_it_does_runs_from_the_verb_that_runs_it():
    x = extract_text("北江县推进党建工作\n北江县实施农村带头人队伍整体优化提升行动。\n")
    assert relations(x, "runs") == {("北江", "农村带头人队伍整体优化提升行动")}
    x = extract_text("北江县推进党建工作\n北江县开展软弱涣散党组织集中整顿行动。\n")  # 整顿/m: not only name words
    assert relations(x, "runs") == set()


@pytest.mark.parametrize("title", ["各地党建品牌创建一览", "我省各地扎实推进党建品牌创建"])
def test_a_report_on_many_places_is_about_none_of_them(title):
    x = extract_text(f"{title}\n青山区打造“红色管家”品牌。\n同时,推行“书记项目”制度。\n")
    assert x.focus is None
    assert relations(x, "establishes") == set()  # the second paragraph names no unit


def test_a_quoted_name_inside_a_works_title_is_the_works():
    x = extract_text("青峰县推行积分管理\n该县制定了《青峰县“红色积分”管理办法》,明确积分事项32项。\n")
    assert labels(x, "Mechanism") == set()
    assert labels(x, "Publication") == {"青峰县“红色积分”管理办法"}


def test_rules_listed_after_one_a_verb_sets_up_are_set_up_by_it():
    x = extract_text("北江县推进党建工作\n北江县推行村干部坐班值班制度、民主评议制度和党员积分管理制度。\n")
    assert relations(x, "establishes") == {("北江", "村干部坐班值班制度"), ("北江", "民主评议制度"), ("北江", "党员积分管理制度")}
    x = extract_text("北江县推进党建工作\n北江县推行坐班值班制度,宣传民主评议制度。\n")  # a verb of its own
    assert relations(x, "establishes") == {("北江", "坐班值班制度")}


@pytest.mark.parametrize("sentence, expected", [
    # the list's count alone ends it when it counts the items
    ("北江县实行首问负责、限时办结、责任追究三项制度。", {"首问负责制度", "限时办结制度", "责任追究制度"}),
    # the last item joined by 和: after a list, or counted as one
    ("北江县实行首问负责、限时办结和责任追究三项制度。", {"首问负责制度", "限时办结制度", "责任追究制度"}),
    ("北江县建立首问负责和责任追究两项制度。", {"首问负责制度", "责任追究制度"}),
    ("北江县健全学习考勤、个人自学和集中研讨等各项学习制度。", {"学习考勤制度", "个人自学制度", "集中研讨制度"}),
    ("北江县建立了考勤、请销假等12项制度。", {"考勤制度", "请销假制度"}),  # 建立|了: the verb's particle
])
def test_counted_list_distributes_over_its_head_noun(sentence, expected):
    assert expected <= labels(extract_text(sentence), "Mechanism")


@pytest.mark.parametrize("sentence", [
    "北江县建立健全三项制度。",  # a count with no list before it names nothing
    "北江县建立首问负责、限时办结、责任追究两项制度。",  # a count that is not the items'
])
def test_count_that_is_not_the_lists_names_no_items(sentence):
    found = labels(extract_text(sentence), "Mechanism")
    assert not {"首问负责制度", "限时办结制度", "责任追究制度", "建立健全制度"} & found


def test_parenthesised_numbered_patterns_are_each_named():
    x = extract_text("近年来,临江县以“1234”(一村一策、双向承诺、三联行动及以四议机制为核心的“五星”工作)为抓手。")
    assert {"一村一策", "双向承诺", "四议机制"} <= labels(x, "Mechanism")
    assert {"三联行动", "五星工作"} <= labels(x, "Program")


@pytest.mark.parametrize("sentence, label", [
    ("先后涌现了历城区地税局等20多个先进单位。", "历城区地税局"),
    ("宁波大学、浙江华联实业有限公司等试点单位也都结合实际。", "浙江华联实业有限公司"),
    ("江北县委坚持把学习摆在首位。", "江北"),
    ("自治区财政厅建设学习型机关。", "自治区财政厅"),
    ("市委推进学习型机关建设工作领导小组成立。", "市委推进学习型机关建设工作领导小组"),
    ("临江采油厂推行班组融合模式。", "临江采油厂"),
    ("海南省委人才发展局推动建立人才工作站。", "海南省委人才发展局"),  # 发展局, which jieba tags an idiom
    ("据悉,该计划由省科技厅、省人社厅共同组织实施。", "省人社厅"),  # 人社厅, a department's short name
    ("临江市发展和改革委员会建立了项目服务机制。", "临江市发展和改革委员会"),  # 发展/vn|和|改革/vn: two fields
    ("集团所属中建三局推行“红色工地”创建活动。", "中建三局"),  # a numbered bureau, under its group
    ("临江县委宣传部组建理论宣讲团。", "临江县委宣传部"),  # 宣传部, which jieba tags as a person's name
    ("城东区成立物业行业党委。", "物业行业党委"),  # a sector's committee keeps its name whole
    ("市教卫工作党委推行党建联系点制度。", "市教卫工作党委"),  # so does a committee for a field of work
    ("西江省委组织部部署开展“三比三看”活动。", "西江省委组织部"),  # 部署/n in jieba's dictionary, a verb
    ("临江区委编办印发通知。", "临江区委编办"),  # the committee's office for staffing, 编办/v as jieba tags it
    ("临江市纪委监委探索建立履职评价机制。", "临江市纪委监委"),
    ("省交通运输厅机关党委打造党建品牌。", "省交通运输厅"),  # the committee of its organs stands for it
    ("市直机关党委推行党建联系点制度。", "市直机关"),  # not a body's organs: a body of its own
    ("省直机关工委深化“模范机关”创建。", "省直机关工委"),  # 深化/j before a quote, as jieba tags it
    ("省发展改革委机关党委推行融合机制。", "省发展改革委"),  # 发展改革/vn 委: what the body does
    ("市第一人民医院党委建立“双培养”机制。", "市第一人民医院"),  # an ordinal numbers the body
    ("市妇幼保健院开展“党员先锋岗”创建活动。", "市妇幼保健院"),  # 院 ends a body's name
    ("中共临江市委员会组织部建立考核制度。", "临江市委组织部"),  # the committee's formal name
    ("临江港务(集团)有限公司党委推行“党建+安全”模式。", "临江港务(集团)有限公司"),  # a word in brackets
    # a department named after two fields joined by 和: one body
    ("省人力资源和社会保障厅出台继续教育实施办法。", "省人力资源和社会保障厅"),
    ("临江市住房和城乡建设局推行“红色物业”。", "临江市住房和城乡建设局"),
    ("秦州区文化和旅游局实行书屋管理员培训制度。", "秦州区文化和旅游局"),  # 秦州/ns|区: the place's level cut apart
    ("近年来,湖南省委组织部大力推进“互联网+党建”。", "湖南省委组织部"),  # 大力, an adverb (jieba: a noun)
    ("区直机关工委还制定了考核办法。", "区直机关工委"),  # 区直, the district's own organs (jieba: a verb)
    ("县市场监管局推行“双随机”抽查。", "县市场监管局"),  # a county's market bureau, not 县市 (levels together)
    # a field that ends like a level (农村, 乡村) is no place in the body's name
    ("临江市农业农村局建立驻村联络员制度。", "临江市农业农村局"),
    ("临江市乡村振兴局推行“积分超市”。", "临江市乡村振兴局"),
    ("上城区纪委监委制定清廉建设评价标准。", "上城区纪委监委"),  # 上/f|城区: the district's name, not where
    ("临江市青年事务局推动青年参与公共事务。", "临江市青年事务局"),  # 青年, which jieba tags a time
    ("临江市政府于去年成立「临江市青年事务委员会」。", "临江市青年事务委员会"),  # a body's name filling a quote
])
def test_named_bodies(sentence, label):
    assert label in labels(extract_text(sentence), "Organization")


@pytest.mark.parametrize("sentence, expected", [
    ("市委宣传部和市文明办联合推出“文明实践”活动。", {"市委宣传部", "市文明办"}),  # the second has its own level
    ("县委组织部和县人社局联合开展培训。", {"县委组织部", "县人社局"}),  # 和|县, not jieba's 和县
])
def test_two_bodies_joined_by_and_are_two(sentence, expected):
    assert labels(extract_text(sentence), "Organization") == expected


@pytest.mark.parametrize("sentence, label", [
    ("各级党委(党组)中心组学习读书会。", "各级党委"),
    ("构建起三位一体的党员教育工作新格局。", "党员教育工作新格局"),
    ("建设学习型党组织是一项长期任务。", "学习型党组织"),
    ("各街道党工委书记参加会议。", "街道"),
    ("每个社区党委每年确定3个项目。", "社区"),
    ("在全公司设立党员责任区56个。", "全公司"),
    ("全市组建总医院12家。", "总医院"),
    ("西山县已建成党组织领办合作社127家。", "党组织领办合作社"),
    ("全县设立农村电商服务站3个。", "农村电商服务站"),
    ("晋江市委组织部与当地职业技术学院合作开设村干部专业班。", "当地职业技术学院"),
    ("对全市3400多个村务监督委员会实行星级管理。", "村务监督委员会"),  # counted before
    ("西山县探索建立村务监督委员会履职评价机制。", "村务监督委员会"),  # a level's kind of body
    ("各设区市纪委监委每季度至少开展一次专项检查。", "设区市纪委监委"),  # each of them
    ("市纪委监委要求,各县区纪委监委每月至少开展一次研判。", "县区纪委监委"),  # 各县区 one word
    ("西山区地处城乡结合部,群众诉求多样。", "城乡结合部"),  # a generic word that ends like a body
    ("集团公司党组把党建工作要求纳入公司章程。", "集团公司"),  # a company of the kind, its own
    ("市教育局在全市中小学推行校长负责制。", "中小学"),
    ("社区党组织书记兼任业主委员会主任。", "业主委员会"),  # a kind of committee, and 兼任 governs it
    ("组建由社区干部、业委会成员和物业公司负责人组成的团队。", "物业公司"),  # a kind of company
    ("12个乡镇党委书记和5个县直部门党组(党委)书记现场述职。", "部门"),  # the departments of a kind, by their 党组
    ("北京、上海、广东等省市组织部作了交流发言。", "省市组织部"),  # the department each of the levels has
    ("推行“一约四会”制度,即村规民约和红白理事会、道德评议会、禁毒禁赌会。", "道德评议会"),  # a village's kind of council
    ("构建以市委党校为主阵地、网络学院为延伸的培训体系。", "网络学院"),  # a kind of school for cadres
    ("干部每5年参加党校、行政学院、干部学院培训累计3个月以上。", "干部学院"),
    ("国资委每年对中央企业党委书记进行述职评议考核。", "中央企业"),  # enterprises named by whose they are
    ("总局每月通报各省税务局学习情况。", "税务局"),  # each province's bureau
    ("选派126名党员骨干担任办税服务厅“红色先锋岗”。", "办税服务厅"),  # a kind of hall, not a department
    ("议事厅建立“议事清单”制度。", "议事厅"),  # a hall where villagers deliberate, not a department
    ("临江市开办「临江市市政大学」,开放市民学习。", "临江市市政大学"),  # a programme run, quoted
])
def test_kinds_of_bodies_are_not_named_bodies(sentence, label):
    assert label not in labels(extract_text(sentence), "Organization")
    assert not any(found.endswith(label) for found in labels(extract_text(sentence), "Organization"))


def test_a_place_acting_as_subject_is_a_unit_and_owns_what_it_does():
    x = extract_text("柳州市确定每年开展两次读书竞赛活动;桂林市利用宣传橱窗开展读书宣传。")
    assert {"柳州", "桂林"} <= labels(x, "Organization")
    assert ("柳州", "读书竞赛活动") in relations(x, "runs")


def test_a_place_that_only_qualifies_a_noun_is_not_a_unit():
    x = extract_text("近日,临江县推进工作。位于临江县冠山镇的祠堂里,宣讲员正在宣讲。")
    assert "冠山镇" not in labels(x, "Organization")


def test_relative_and_full_unit_names_merge_in_a_document():
    x = link_document(extract_text("浙江省委办公厅、省政府办公厅联合发出倡议。据悉,省委办公厅还将建立读书活动激励机制。"))
    orgs = labels(x, "Organization")
    assert "浙江省委办公厅" in orgs and "省委办公厅" not in orgs
    assert ("浙江省委办公厅", "读书活动激励机制") in relations(x, "establishes")


@pytest.mark.parametrize("sentence, person", [
    ("宣讲员张明华正在宣讲。", "张明华"),
    ("县委书记王建国不仅带头参加学习。", "王建国"),
    ("“我们受益匪浅。”村民李秀英说。", "李秀英"),
    ("宣讲员罗小林也乐在其中。", "罗小林"),
    ("街道党工委书记黄伟明说,议事厅已成为议事平台。", "黄伟明"),
    ("临江市委常委、组织部部长 周红梅\n", "周红梅"),
    ("城东区委书记 李德华\n", "李德华"),
    ("孙建军同志介绍,基地年接待党员三万人。", "孙建军"),
    ("县委书记李明说,要抓好落实。", "李明"),
    ("欧阳振华同志强调,要抓好落实。", "欧阳振华"),
    ("优秀共产党员代表赵立新作了发言。", "赵立新"),  # 赵/nr 立新/d
    ("市委组织部副部长王立新介绍,平台设置了功能模块。", "王立新"),
], ids=["after_a_role", "after_a_rank_and_role", "before_a_speech_verb", "split_after_the_surname",
        "last_character_taken_by_the_verb", "after_a_role_and_a_space", "last_character_left_alone_at_the_line_end",
        "before_an_honorific", "a_two_character_name_whose_last_went_to_the_verb", "a_two_character_surname",
        "a_given_name_jieba_took_for_an_adverb", "a_given_name_jieba_took_for_an_adverb_before_a_speech_verb"])
def test_people_next_to_a_role_or_a_speech_verb(sentence, person):
    people = labels(extract_text(sentence), "Person")
    assert person in people and not any(p != person and person.startswith(p) for p in people)


def test_four_characters_jieba_took_for_a_name_need_a_two_character_surname():
    # 严格执行/nr after 党员, a cue for a name: 严 is a surname, 严格 is not
    assert labels(extract_text("全体党员严格执行制度。"), "Person") == set()


def test_a_preposition_that_is_a_surname_starts_no_name_after_a_role():
    assert labels(extract_text("积分靠后的党员由村党组织书记谈心谈话。"), "Person") == set()


def test_a_noun_of_the_dictionary_after_a_role_cue_is_no_person():
    assert labels(extract_text("建立一个党员信息库、打造一批示范点。\n"), "Person") == set()  # 党员|信息库/n


def test_a_body_before_a_quoted_name_is_who_acts_not_a_qualifier_of_it():
    x = extract_text("临江市纪委监委“四个强化”推进作风建设\n今年以来,临江市纪委监委坚持严的基调。\n")
    assert [m.aliases for m in x.mentions if m.label == "四个强化"] == [()]


def test_a_generic_body_after_a_role_word_is_not_a_person():
    x = extract_text("在外地设立流动党员党组织156个,每季度开展一次集中学习。")
    assert labels(x, "Person") == set()


def test_a_bodys_pen_name_after_a_bylines_cue_is_no_person():
    x = extract_text("临江推进党建\n(记者 古宇 通讯员 苏组宣)临江市推行积分制管理。\n")
    assert labels(x, "Person") == {"古宇"}


def test_people_of_a_kind_counted_are_no_person():
    x = extract_text("临江市南山街道建立四级组织体系,选配楼栋长320名。")  # 楼栋长/nr, 楼 a surname
    assert labels(x, "Person") == set()


def test_a_word_the_document_names_a_rule_or_a_group_by_is_no_person():
    x = extract_text("临江区推行“楼栋长”制度\n明确楼栋长每周至少走访住户1遍。区财政给予楼栋长工作补贴。"
                     "“楼栋长就是我们身边的贴心人。”居民说。\n")
    assert "楼栋长" not in labels(x, "Person") and "楼栋长制度" in labels(x, "Mechanism")


def test_a_word_after_people_counted_by_their_office_is_no_person():
    x = extract_text("今年以来,全区已有15名村书记晋升星级,3名被降级。")  # 晋升/nr after 书记
    assert labels(x, "Person") == set()


def test_a_name_jieba_takes_for_a_place_after_an_office_is_a_person():
    x = extract_text("“一线工作法”让干部沉下去\n东川区委书记 马建国\n我们推行“一线工作法”,群众满意度达到96%。\n")
    assert labels(x, "Person") == {"马建国"}  # 马建国/ns; not 满意度 after 群众


def test_a_body_piloting_something_is_a_unit_though_jieba_tags_the_adverb_a_noun():
    x = extract_text("北江省推行清单式监督\n据了解,萍乡市纪委监委先行试点,已梳理监督清单事项1200余项。\n")  # 先行/n 试点/n
    assert [m.owner for m in x.metrics] == ["萍乡市纪委监委"]


@pytest.mark.parametrize("sentence", [
    "目前,全县已组建代办队伍236支,群众满意率达99%。",  # 满意率/nr, 满 a surname
    "累计代办事项5.6万件,群众满意率99%以上。",  # the figure right after it
    "实施以来,街巷长共发现并解决问题3860个,群众满意率提升至97%。",  # 满意率/nz, a verb before the figure
])
def test_what_is_measured_is_no_person(sentence):
    assert labels(extract_text(sentence), "Person") == set()


def test_place_names_are_not_people():
    x = extract_text("石家庄打造学习品牌。近年来,石家庄市把学习作为精神追求。")
    assert "石家庄" not in labels(x, "Person")
    assert "石家庄" in labels(x, "Organization")


def test_section_speaker_owns_what_its_section_states():
    x = extract_text("2011-08-17\n来源: 大众日报编者按:交流会召开。\n"
                     "烟台:打造学习品牌\n开设了“烟台讲坛”。建立专家辅导制度。\n"
                     "日照:学习成绩与提拔挂钩\n改革集中学习培训制度。\n")
    assert relations(x, "runs") == {("烟台", "烟台讲坛")}
    assert relations(x, "establishes") == {("烟台", "专家辅导制度"), ("日照", "集中学习培训制度")}


def test_a_unit_named_in_the_sentence_takes_ownership_from_the_document_focus():
    x = extract_text("临江县打造学习品牌\n近年来,临江县开展“书记讲党课”活动。冠山镇开办“科学发展大讲堂”。\n")
    assert ("临江", "书记讲党课活动") in relations(x, "runs")
    assert ("冠山镇", "科学发展大讲堂") in relations(x, "runs")


@pytest.mark.parametrize("sentence, label", [
    ("北江县健全完善村(社区)党组织书记备案管理制度。", "村(社区)党组织书记备案管理制度"),
    ("北江县建立完善干部实绩考核制度。", "干部实绩考核制度"),
    ("北江县建立和完善干部实绩考核制度。", "干部实绩考核制度"),
])
def test_verbs_joined_to_the_one_that_sets_a_rule_up_are_not_its_name(sentence, label):
    assert relations(extract_text("北江县推进党建工作\n" + sentence + "\n"), "establishes") == {("北江", label)}


def test_a_traditional_texts_word_for_setting_up_sets_a_rule_up():
    # 設定 where a simplified text writes 设置 (as Taiwan's usage converts it)
    x = extract_text("北江县推进党建工作\n北江县科學設定評分體系。\n")
    assert relations(x, "establishes") == {("北江", "评分体系")}


@pytest.mark.parametrize("title, focus", [
    ("临江市委书记李红:以“三张清单”压实党建责任", "临江"),
    ("区委书记李红:以“三张清单”压实党建责任", None),
    ("李红:以“三张清单”压实党建责任", None),
], ids=["the_body_the_interviewee_speaks_for", "a_committee_named_by_its_level_alone", "a_name_alone"])
def test_a_person_before_a_titles_colon_is_no_unit(title, focus):
    x = link_document(extract_text(title + "\n记者:在压实党建责任方面有哪些新做法?\n李红:我们建立了“三张清单”制度。\n"))
    assert x.focus == focus and all(m.label.endswith("李红") is False for m in x.mentions if m.cls is EntityClass.ORGANIZATION)


def test_a_county_its_subtitle_names_is_what_the_report_is_about():
    # 西川/ns 县/zg after the subtitle's dash; a body of the county named first only as a place
    x = extract_text("“夜学课堂”让干部学习常态化\n——西川县推进干部学习制度化纪实\n"
                     "每周四晚上,西川县委党校的教室里座无虚席。\n已累计举办186期,参学干部达2.3万人次。\n")
    assert x.focus == "西川"
    assert {m.owner for m in x.metrics} == {"西川"}


@pytest.mark.parametrize("interviewee, focus", [
    pytest.param("北江市委常委、组织部部长李华", "北江市委组织部", id="a-committee-member-heading-its-department"),
    pytest.param("北江市委组织部部长李华", "北江市委组织部", id="a-departments-head"),
])
def test_an_interviews_subtitle_names_the_body_its_interviewee_speaks_for(interviewee, focus):
    x = extract_text(f"以学促干 干出实绩\n——访{interviewee}\n记者:北江在干部教育培训方面有哪些做法?\n"
                     "李华:我们建立训后评估制度,每期培训结束后开展学员满意度测评。\n")
    assert x.focus == focus
    assert relations(x, "establishes") == {(focus, "训后评估制度")}


@pytest.mark.parametrize("title", ["国企党建|华信集团:“党建+”赋能企业发展", "【国企党建】华信集团:“党建+”赋能企业发展"])
def test_a_column_before_the_unit_in_a_title_is_not_the_units_name(title):
    x = extract_text(title + "\n集团党委推行“党建+安全”工作模式。\n")
    assert x.focus == "华信集团"
    assert relations(x, "establishes") == {("华信集团", "党建+安全工作模式")}


def test_a_place_after_a_column_in_a_title_is_what_the_report_is_about():
    x = extract_text("【党建引领】厦门市思明区:“近邻党建”服务群众\n思明区推行“近邻服务”模式。\n")
    assert x.focus == "思明区"
    assert "【党建引领】厦门市思明区" not in {m.label for m in x.mentions}


def test_the_organs_of_the_ministry_a_report_is_about_are_the_ministry():
    x = extract_text("水利部开展“学习型机关建设年”活动\n部机关党委组织“水利大讲堂”系列讲座,每月举办一次。\n")
    assert labels(x, "Organization") == {"水利部"}
    assert relations(x, "runs") >= {("水利部", "水利大讲堂系列讲座")}


def test_each_of_the_divisions_of_a_kind_is_no_unit():
    x = extract_text("鹤壁市加强村级后备力量建设\n各县区按照每村不少于2名的标准,建立后备干部人才库。\n")
    assert {m.label for m in x.mentions if m.cls.value == "Organization"} == {"鹤壁"}
    assert [m.owner for m in x.metrics] == ["鹤壁"]


def test_a_quarter_of_the_country_opens_a_bodys_name():
    x = extract_text("全省高校党建工作推进会\n北方理工学院党委:以“三全育人”引领人才培养\n学院党委开设“青马工程”培训班。\n"
                     "东海师范大学党委:打造党建品牌\n学校组建“红色宣讲团”。\n")
    assert "北方理工学院" in labels(x, "Organization") and "理工学院" not in labels(x, "Organization")


def test_a_body_named_only_by_its_kind_is_no_unit_and_its_officers_are_a_group():
    x = extract_text("北江市推进公立医院党建\n北江市还规定,公立医院党委书记每年到基层卫生院调研不少于6次。\n")
    assert not {"公立医院", "基层卫生院"} & labels(x, "Organization")
    assert [(m.owner, m.group) for m in x.metrics] == [("北江", "公立医院党委书记")]


def test_the_committees_of_a_divisions_counties_and_its_departments_are_kinds_no_unit():
    x = extract_text("北江:述职评议\n北江市每年召开一次述职评议会,县区委书记、市直部门党组(党委)书记全部现场述职。\n")
    assert labels(x, "Organization") == {"北江"}


@pytest.mark.parametrize("kind", ["综合党委", "联合党委"])
def test_a_committee_of_a_kind_is_no_unit(kind):
    x = extract_text(f"北江市白云区推行综合党委制度\n白云区在全区24个镇街全部成立{kind},吸纳兼职委员432名。\n")
    assert labels(x, "Organization") == {"白云区"}


def test_a_paragraph_about_the_place_a_pronoun_stands_for_stays_about_it():
    # the department tells; 该市 is the city, and the next sentence goes on about it
    x = extract_text("北江推进医院党建\n北江市委组织部介绍,该市在12家医院推行党建工作。同时,实施“党员先锋岗”创建活动,"
                     "全市共设立党员先锋岗320个。\n")
    assert relations(x, "runs") == {("北江", "党员先锋岗创建活动")}
    assert {m.owner for m in x.metrics} == {"北江"}


def test_a_unit_whose_spokesman_tells_of_the_work_is_not_who_did_it():
    x = extract_text("北江市推进党员教育管理\n近年来,北江市深入推进党员教育管理。"
                     "北江市委组织部有关负责人介绍,全市建立党员联系户制度。\n")
    assert relations(x, "establishes") == {("北江", "党员联系户制度")}
    # an officer of it, named, tells
    x = extract_text("北江市推进党群服务\n近年来,北江市深入推进党群服务。"
                     "北江市委组织部副部长孙静介绍,全市建立党群服务中心星级评定制度。\n")
    assert relations(x, "establishes") == {("北江", "党群服务中心星级评定制度")}
    # the unit telling of its own work at a meeting is still who did it
    x = extract_text("全省组织工作座谈会召开\n临江市委组织部介绍,该部建立了干部实绩档案制度。\n")
    assert relations(x, "establishes") == {("临江市委组织部", "干部实绩档案制度")}


@pytest.mark.parametrize("sentence", [
    "由临江市委组织部、临江市委宣传部联合主办的“周末讲堂”已举办96期。",
    "临江市委组织部和临江市委宣传部联合开办“周末讲堂”。",
    "由临江市委组织部主办,临江市委宣传部承办的“周末讲堂”已举办96期。",
    "由临江市委组织部主办、临江市委宣传部承办的“周末讲堂”已举办96期。",
    "据悉,“周末讲堂”由临江市委组织部、临江市委宣传部联合主办,每月举办一期。",
    "临江市委组织部、市委宣传部联合主办临江大讲堂,每月举办两期。",
], ids=["the_units_holding_it", "units_joined_by_and", "its_host_and_the_body_carrying_it_out",
        "its_host_and_the_body_carrying_it_out_in_one_clause", "the_hosts_named_after_it",
        "hosting_an_unquoted_name_no_part_of_it"])
def test_units_that_run_a_programme_together_each_run_it(sentence):
    x = link_document(extract_text("临江推进干部教育\n" + sentence + "\n"))
    runs = relations(x, "runs")
    assert {p for _, p in runs} <= {"周末讲堂", "临江大讲堂"} and {u for u, _ in runs} == {"临江市委组织部", "临江市委宣传部"}


@pytest.mark.parametrize("reference", ["论坛", "本届论坛"])
def test_units_hosting_a_programme_referred_to_by_its_head_alone_run_it(reference):
    x = link_document(extract_text("第三届长江经济带组织工作论坛在临江举行\n本报讯 11月16日,第三届长江经济带组织工作论坛在临江举行。"
                                   f"{reference}由临江市委组织部、北山市委组织部联合主办。\n"))
    assert {("临江市委组织部", "长江经济带组织工作论坛"), ("北山市委组织部", "长江经济带组织工作论坛")} <= relations(x, "runs")


def test_a_unit_whose_premises_are_where_the_report_opens_is_not_what_it_is_about():
    x = extract_text("“周末大讲堂”成为干部充电站\n每到周六,临江市委党校的报告厅里座无虚席。"
                     "临江市委组织部开办“周末大讲堂”,已举办96期。\n")
    assert x.focus == "临江市委组织部"


@pytest.mark.parametrize("sentence, owner, label", [
    ("由县委组织部牵头,建立干部实绩档案制度。", "县委组织部", "干部实绩档案制度"),
    ("市委组织部会同市财政局出台村干部报酬保障办法。", "市委组织部", "村干部报酬保障办法"),
    ("由市委组织部牵头,市财政局、市人社局等部门配合,建立干部教育培训经费保障机制。", "市委组织部", "干部教育培训经费保障机制"),
], ids=["the_unit_leading_it", "the_first_of_units_acting_together", "the_unit_leading_units_that_help"])
def test_the_unit_that_acts_with_or_leads_others_owns_what_they_set_up(sentence, owner, label):
    x = extract_text("临江市推进党建工作\n" + sentence + "\n")
    assert relations(x, "establishes") == {(owner, label)}


@pytest.mark.parametrize("sentence, owner, label", [
    pytest.param("近年来,北江市委宣传部编印《新思想学习读本》,开通“北江理论”微信公众号。", "北江市委宣传部", "北江理论微信公众号",
                 id="before-a-verb-jieba-takes-for-a-noun-and-a-title"),
    pytest.param("市委党校教授陈晓梅牵头组建“青年讲师团”。", "市委党校", "青年讲师团",
                 id="before-a-role-and-a-persons-name"),
])
def test_a_body_acting_before_a_word_that_is_not_its_name_owns_what_it_runs(sentence, owner, label):
    x = extract_text("临江市推进理论宣讲\n" + sentence + "\n")
    assert relations(x, "runs") == {(owner, label)}


@pytest.mark.parametrize("sentence, runs", [
    ("北江师范大学发挥学科优势,与省委讲师团联合举办“北江讲堂”。", {("北江师范大学", "北江讲堂"), ("省委讲师团", "北江讲堂")}),
    ("北江师范大学发挥学科优势,与省社科联共同举办“北江讲堂”。", {("北江师范大学", "北江讲堂"), ("省社科联", "北江讲堂")}),
    ("北江市委讲师团组建“百姓宣讲团”。", {("北江市委讲师团", "百姓宣讲团")}),
], ids=["a_committees_lecturers_working_with_it", "a_body_working_with_it", "a_committees_lecturers_a_body"])
def test_a_body_a_clause_says_works_with_the_subject_runs_what_they_hold(sentence, runs):
    assert relations(extract_text("北江推进理论宣讲\n" + sentence + "\n"), "runs") == runs


@pytest.mark.parametrize("opening", [
    pytest.param("1月9日,全省组织工作会议在临江召开。会上,南山区作了交流发言。", id="a-unit-reported-speaking"),
    pytest.param("3月11日,全省组织工作会议在省委党校召开。", id="where-the-meeting-was-held"),
    pytest.param("4月11日,全省组织工作会议在北江召开。临江市委组织部、北江市委组织部作了交流发言。\n"
                 "临江市委组织部推行积分管理。", id="the-first-of-the-units-that-spoke"),
])
def test_a_meeting_reports_requirements_belong_to_no_unit_it_names_in_passing(opening):
    x = extract_text(f"全省组织工作会议召开\n{opening}\n会议要求,县处级以上领导干部每年参加集中培训不少于110学时。\n")
    assert [(m.value, m.owner) for m in x.metrics] == [(110, None)]


def test_the_school_as_subject_refers_back_to_the_unit_named_before():
    x = extract_text("高校党建工作交流会召开\n12月2日,交流会在北江召开。东海学院、西江大学作了发言。\n"
                     "西江大学建立“三全育人”工作体系。\n学校党委书记刘峰表示,将持续推进“一院一品”党建品牌创建活动。\n")
    assert ("西江大学", "一院一品党建品牌创建活动") in relations(x, "runs")


def test_a_word_jieba_took_for_an_adverb_after_a_place_is_part_of_a_bodys_name():
    x = extract_text("山东高速集团有限公司党委实施“先锋领航”工程。\n")  # 山东/ns 高速/d 集团
    assert relations(x, "runs") == {("山东高速集团有限公司", "先锋领航工程")}


def test_a_report_on_a_village_is_about_the_village_however_jieba_cut_its_levels():
    x = extract_text("小村庄的大变化——临江县南坪村党支部引领乡村振兴纪实\n全村共有286户。村里推行“积分制”管理。\n"
                     "村党支部书记王大山介绍,村集体经济收入达到56万元。\n")  # 临江/县/南坪/村, 王/大山/ns
    assert {m.owner for m in x.metrics} == {"南坪村"}
    assert "王大山" in labels(x, "Person")


@pytest.mark.parametrize("headline", [
    pytest.param("抓党建促振兴 小山村走出致富路", id="a-kind-of-village-in-the-headline-is-no-unit"),
    pytest.param("党建引领乡村振兴", id="a-headline-naming-no-unit"),
])
def test_a_village_the_reporter_visits_in_a_chain_of_levels_is_what_the_report_is_about(headline):
    x = extract_text(f"{headline}\n近日,记者走进成县小川镇草滩村,看到村里新建的加工厂正在生产。\n"
                     "草滩村党支部书记王大明介绍,村党支部推行“党支部+合作社”模式,带动全村236户种植花椒。\n")
    # 成县 (a county of two characters), 小川/nr 镇, 草滩/n 村: the levels jieba cut apart
    assert relations(x, "establishes") == {("草滩村", "党支部+合作社模式")}
    assert {m.owner for m in x.metrics} == {"草滩村"}


@pytest.mark.parametrize("sentence, owner", [
    pytest.param("会议总结推广临江市实施“头雁工程”的做法。", "临江", id="the-subject-of-a-clause-qualifying-a-noun"),
    pytest.param("北江市委组织部联合东海大学实施“头雁工程”。", "北江市委组织部", id="not-a-unit-the-subject-works-with"),
    pytest.param("北江市委组织部在临江市实施“头雁工程”的经验值得推广。", "北江市委组织部", id="not-a-place-after-a-preposition"),
])
def test_a_unit_inside_a_clause_runs_what_it_is_the_subject_of(sentence, owner):
    x = extract_text("南江市推进基层党建工作\n" + sentence + "\n")  # a report about 南江
    assert relations(x, "runs") == {(owner, "头雁工程")}


@pytest.mark.parametrize("body, owner", [
    pytest.param("北江南山供电公司建立“支部联建”机制。\n公司党委要求,每名党员每年至少讲授1次党课。",
                 "北江电力有限公司", id="opening-a-paragraph-the-unit-the-report-is-about"),
    pytest.param("北江南山供电公司建立“支部联建”机制。公司党委要求,每名党员每年至少讲授1次党课。",
                 "北江南山供电公司", id="inside-a-paragraph-the-unit-it-named"),
])
def test_the_kind_of_unit_the_report_is_about_as_subject_is_that_unit(body, owner):
    x = extract_text(f"北江电力有限公司:党建赋能电网发展\n{body}\n")
    assert [(m.value, m.owner) for m in x.metrics] == [(1, owner)]


@pytest.mark.parametrize("later, group", [
    pytest.param("基层党支部每季度至少开展1次主题活动", None, id="a-body-of-its-own-as-subject"),
    pytest.param("每季度至少开展1次主题活动", "党组织书记", id="the-same-subject-goes-on"),
    pytest.param("南山区开设“周末讲堂”,每季度至少开展1次主题活动", None, id="a-unit-acting-after-the-group"),
])
def test_a_group_bound_in_one_clause_binds_a_later_one_only_without_a_subject_of_its_own(later, group):
    x = extract_text(f"临江市推进党建工作\n市委要求,各级党组织书记每年至少讲授1次党课,{later}。\n")
    assert [(m.period, m.group) for m in x.metrics] == [("每年", "党组织书记"), ("每季度", group)]


def test_management_by_a_system_the_document_names_is_that_system():
    x = extract_text("临江市建立干部学分制管理制度\n近日,临江市在全市推行干部学分制管理。\n")
    assert labels(x, "Mechanism") == {"干部学分制管理制度"}


@pytest.mark.parametrize("text, unit", [
    pytest.param("南坪村是北江县的一个山村。该村推行“积分制”管理,每月评比一次。", "南坪村", id="a-village"),
    pytest.param("东山街道位于城区。该街道建立“红色物业”机制,每月评比一次。", "东山街道", id="a-subdistrict"),
])
def test_a_village_or_subdistrict_opening_a_sentence_is_the_one_its_pronoun_refers_back_to(text, unit):
    x = extract_text(f"北江县推进党建工作\n{text}\n")  # 南坪/村, 东山/街道: jieba cuts the level off
    assert {owner for owner, _ in relations(x, "establishes")} == {unit}
    assert [m.owner for m in x.metrics] == [unit]


@pytest.mark.parametrize("dateline", ["本报讯 ", "本报讯(记者 张华)", "新华社临江5月6日电 ", "【记者 陈怡君/临江报导】"],
                         ids=["a_papers_own", "with_its_reporter", "an_agencys", "in_square_brackets"])
def test_a_unit_right_after_the_dateline_is_the_subject_of_its_sentence(dateline):
    x = extract_text(f"临江推进理论宣讲\n{dateline}临江市委宣传部开设“周末讲堂”。\n")
    assert relations(x, "runs") == {("临江市委宣传部", "周末讲堂")}


def test_a_unit_after_a_briefs_heading_and_its_space_is_the_subject_of_the_brief():
    x = extract_text("各地简讯\n●海东市乐都区 乐都区建立“村级事务联审”制度,村级重大事项须经乡镇审核后方可实施。\n")
    assert relations(x, "establishes") == {("乐都区", "村级事务联审制度")}


def test_a_division_written_alone_is_the_one_the_document_writes_in_full():
    x = link_document(extract_text("临江市推动公务人员终身学习\n临江市政府人事处推动“公务人员终身学习”计划。\n"
                                   "人事处并规划每年开设英语课程不少于20班。\n"))
    assert [m.owner for m in x.metrics] == ["临江市政府人事处"]


def test_a_pronoun_subject_refers_back_to_the_last_unit():
    x = extract_text("临江市委坚持学习。他们在荒漠中发展起3万亩设施农业。\n")
    assert [(m.value, m.owner) for m in x.metrics] == [(30000, "临江")]


def test_groups_bound_by_a_rule_apply_to_its_metrics_and_mechanisms():
    x = extract_text("规定党员干部要制定年度学习计划,规定科级以上领导干部每年调研时间不少于30天,"
                     "一般干部必须修满10分。\n")
    groups = {(float(m.value), m.unit, m.group) for m in x.metrics}
    assert groups == {(30.0, "天", "科级以上领导干部"), (10.0, "分", "一般干部")}
    assert ("年度学习计划", "党员干部") in relations(x, "appliesTo")


def test_a_mechanism_applies_to_a_group_bound_in_its_own_part_of_the_sentence():
    x = extract_text("临江市建立“一支部一品牌”创建机制;北江市推行党建工作模式,要求每名党员干部每年参加轮训不少于5天。\n")
    assert relations(x, "appliesTo") == {("党建工作模式", "党员干部")}


@pytest.mark.parametrize("sentence", [
    "教育引导党员干部服务人民群众。",
    "要求动员每名党员每年参加志愿服务不少于10小时。",  # 动员 ends like …员 but is the verb
], ids=["mentioned_not_bound", "a_verb_ending_like_a_post"])
def test_groups_merely_mentioned_are_not_entities(sentence):
    assert not {"党员干部", "动员"} & labels(extract_text(sentence + "\n"), "Group")


def test_since_is_the_year_the_sentence_dates_it_to():
    x = extract_text("2009年,临江县在全省率先实行干部自主选学制度。\n")
    assert next(m for m in x.mentions if m.label == "干部自主选学制度").since == 2009


def test_the_year_a_plan_is_for_is_not_when_a_thing_began():
    x = extract_text("会议要求,2024年要深入推进“红色引擎”工程。\n")
    assert next(m for m in x.mentions if m.cls.value == "Program").since is None


def test_a_year_in_a_works_title_is_not_when_a_thing_began():
    x = extract_text("临江县落实《干部教育培训规划(2023—2027年)》,扎实推进“质量提升年”行动。\n")
    assert next(m for m in x.mentions if m.cls.value == "Program").since is None


def test_the_measure_word_counting_a_quoted_name_is_no_part_of_it():
    x = extract_text("临江市委坚持每月举办1期“周末讲堂”。\n")
    assert [(m.label, m.aliases) for m in x.mentions if m.cls.value == "Program"] == [("周末讲堂", ())]


def test_a_city_after_its_province_with_its_level_cut_apart_acts():
    x = extract_text("各地推进党员教育\n云南省普洱市组建“马背宣讲队”42支。\n")  # 普洱/ns|市/n
    assert relations(x, "runs") == {("普洱", "马背宣讲队")}


def test_a_titles_region_city_and_district_name_the_district():
    x = extract_text("安徽合肥包河区:“三官一律”进社区\n包河区推行“三官一律”进社区工作机制。\n")
    assert x.focus == "包河区"


def test_abbreviated_publication_is_one_publication():
    x = extract_text("我市出台了《关于开展星级评定工作的实施意见》(以下简称《意见》)。《意见》指出,要细化指标。\n")
    assert labels(x, "Publication") == {"关于开展星级评定工作的实施意见"}


def test_a_publication_named_by_its_kind_alone_is_the_one_named_before():
    x = extract_text("日前,省委组织部印发《北江省干部学分制管理办法(试行)》。《办法》规定,科级干部每年不少于40分。\n")
    assert labels(x, "Publication") == {"北江省干部学分制管理办法(试行)"}
    assert "省委组织部" in labels(x, "Organization")  # 印发, which jieba tags as a noun, ends its name


def test_places_listed_before_a_kind_of_division_each_own_what_the_clause_sets_up():
    x = extract_text("据了解,兰州、天水、酒泉等市已先行试点,实行网络选学制度。\n")
    assert relations(x, "establishes") == {(u, "网络选学制度") for u in ("兰州", "天水", "酒泉")}


@pytest.mark.parametrize("sentence, cls, label", [
    ("建立健全首问负责、限时办结等三项制度。", "Mechanism", "首问负责制度"),
    ("倪家营镇创新开展“党员积分制”管理。", "Mechanism", "党员积分制"),
    ("实行纳税服务“首问责任制”。", "Mechanism", "首问责任制"),
    ("临江市创新干部考核机制。", "Mechanism", "干部考核机制"),
    # named by what it makes people do: from the verb that sets it up, verbs inside it and all
    ("临江县建立了机关干部到村报到制度。", "Mechanism", "机关干部到村报到制度"),
    ("城东区推行了领导干部下基层接访制度。", "Mechanism", "领导干部下基层接访制度"),
    ("学校建立院系党组织书记抓党建述职评议考核制度。", "Mechanism", "院系党组织书记抓党建述职评议考核制度"),
    ("临江县人民政府建立首问负责制度。", "Mechanism", "首问负责制度"),  # 首/m 问 负责制 度, as jieba cuts it
    ("临江县建立党员活动日制度。", "Mechanism", "党员活动日制度"),  # 活动|日/m: a day, not a date
    ("临江县建立周五学习日制度。", "Mechanism", "周五学习日制度"),  # 周五/t: the day it falls on
    ("临江县建立“红黄绿”三色预警机制。", "Mechanism", "红黄绿三色预警机制"),  # what it counts, and 预警|机制
    ("临江:党员干部“进村入户”大走访活动全面启动", "Program", "进村入户大走访活动"),  # 全面/n: how it was launched
    ("临江区建立三方议事机制。", "Mechanism", "三方议事机制"),  # 三方/m: jieba joined the count to what it counts
    ("临江区推行一线工作法。", "Mechanism", "一线工作法"),
    ("临江县实行述职评议结果与绩效工资挂钩制度。", "Mechanism", "述职评议结果与绩效工资挂钩制度"),  # both it links
])
def test_more_mechanism_shapes(sentence, cls, label):
    assert label in labels(extract_text(sentence), cls)


@pytest.mark.parametrize("sentence, cls, label", [
    ("邀请专家学者开展专题讲座。", "Program", "专题讲座"),
    ("校党委书记李明强表示,将深化作风建设。", "Organization", "校党委"),
    ("倪家营镇创新开展党员积分管理。", "Person", "倪家营"),
    ("学校规定,专职辅导员每学期参加业务培训不少于16学时。", "Mechanism", "学校规定"),
    ("临江市委组织部规定,驻村第一书记每月在村工作不少于20天。", "Mechanism", "临江市委组织部规定"),
    ("城东区建立了一套完善的考核制度。", "Mechanism", "一套完善的考核制度"),
    ("锻造高素质干部队伍。", "Person", "高素质"),
    ("每季度召开一次专题会议研究部署。", "Organization", "专题会议研究部署"),  # 部署, to deploy, ends like 署
    ("“院坝会”搭起干群连心桥。", "Person", "连心桥"),  # the rest of a noun, though jieba tags it a name
    ("省委常委、组织部部长赵明出席会议并讲话。", "Organization", "组织部"),  # a department of no body named
    ("新兴街道居民张阿姨说,网格员就在身边。", "Person", "阿姨"),  # how a resident is spoken of, no name
    ("村民张阿姨说,书屋很好。", "Person", "张阿姨"),
    ("村民李大爷告诉记者,书屋很好。", "Person", "李大爷"),
    ("前来办事的群众王女士说,一次就能办好。", "Person", "王女士"),  # 女士, 先生: no name either
    ("市县委书记谈基层治理。", "Person", "谈基层"),  # 谈/v, a verb, though 谈 is also a surname
    ("重大事项经过党支部会提议、“两委”会商议。", "Mechanism", "两委"),  # the village's two committees, bodies
    ("临江市推行“两代表一委员”联系群众。", "Mechanism", "两代表一委员"),  # kinds of people, counted
    ("临江区梳理形成问题清单,逐项整改。", "Mechanism", "问题清单"),  # a list made, no rule set up
    ("临江区开展志愿服务活动1.5万场次。", "Program", "志愿服务活动"),  # activities of a kind, counted
    ("每个村配备2名党建指导员。", "Mechanism", "名党建指导员"),  # 2|名/n: the count's measure, no part of the name
    ("各地积极探索社会治理新模式。", "Mechanism", "社会治理新模式"),
    ("我们每年评选“十佳村支书”,对优秀村干部给予奖励。", "Mechanism", "十佳村支书"),  # an honour, not a pattern
    ("全州已评出“五星支部”186个、“四星支部”520个。", "Mechanism", "四星支部"),  # a rating, not a pattern
    ("一个目标,即建设“五好”村党组织。", "Mechanism", "五好"),  # a kind of body a level (村/zg) opens: a rating
    ("临江市开设党建专栏。", "Program", "党建专栏"),  # unquoted, a kind of column
    ("西山市、东山市等县级市也相继出台配套政策。", "Mechanism", "配套政策"),
    ("临江区建立一些机制。", "Mechanism", "一些机制"),  # 一些/m counts nothing a name holds
    ("组建教授宣讲团,深入基层宣讲200余场。", "Person", "宣讲团"),  # 宣, a surname, opens a programme's head
    ("各县(市、区)也相继开办了县级讲坛。", "Program", "县级讲坛"),  # a level and a head name no one forum
    ("“党建+积分”激活乡村振兴“一池春水”。", "Mechanism", "一池春水"),  # an idiom opening with 一, no pattern
    ("镇党委书记王明说。", "Person", "王明说"),  # 说 is what the person does, not the end of the name
])
def test_more_things_that_are_not_names(sentence, cls, label):
    assert label not in labels(extract_text(sentence), cls)


def test_a_quoted_platform_is_a_programme_and_a_generic_one_is_not():
    x = extract_text("洛阳市建成覆盖全市的“洛阳智慧党建”平台。该市创办了大型学习平台———“河洛讲坛”。\n")
    programs = labels(x, "Program")
    assert "洛阳智慧党建平台" in programs and "河洛讲坛" in programs and "大型学习平台" not in programs


def test_a_clause_that_says_where_names_the_acting_unit():
    x = extract_text("洛阳市推进党建工作\n在涧西区,区委推行“党建+网格”工作模式。\n")
    assert ("涧西区", "党建+网格工作模式") in relations(x, "establishes")


def test_a_clause_that_says_where_someone_spoke_names_no_unit():
    x = extract_text("洛阳市推行“院落会”制度\n近日,在涧西区关庙镇,村民李大姐说,现在每月都有院落会。\n")
    assert "关庙镇" not in labels(x, "Organization")


def test_the_party_prefix_is_an_alias_of_a_units_name():
    x = extract_text("中共汉中市委组织部依托革命旧址建成党员教育基地。\n")
    unit = next(m for m in x.mentions if m.cls.value == "Organization")
    assert unit.label == "汉中市委组织部" and "中共汉中市委组织部" in unit.aliases


@pytest.mark.parametrize("sentence, group, value", [
    ("要求学生党员每学期参加志愿服务不少于20小时。", "学生党员", 20),
    ("推行一线工作法,市领导每年到联系点蹲点调研不少于10天。", "市领导", 10),
    ("干部自主选学,每名科级干部每年参加集中培训不少于40学时。", "科级干部", 40),
    ("市直机关党员每年到结对点开展志愿服务不少于3次。", "市直机关党员", 3),
    ("学校要求,专职辅导员每学期参加业务培训不少于16学时。", "专职辅导员", 16),
    ("每名党员每月缴纳党费1次。", "党员", 1),
    # every word between 每名/全体 and the head qualifies the group, whatever jieba tagged it
    ("规定每名在职干部每年参加培训不少于12天。", "在职干部", 12),
    ("要求每名流动党员每季度参加组织生活不少于1次。", "流动党员", 1),
    ("全体离退休党员每年参加组织生活不少于4次。", "离退休党员", 4),
    ("要求每名校长每学期听课不少于30节。", "校长", 30),
    # the division the group belongs to says whose, not which kind: it is not in the label
    ("晋江市要求全市科级以上干部每年网络学习不少于50学时。", "科级以上干部", 50),
    ("全县村干部每年参加培训不少于5天。", "村干部", 5),
    ("明确全州县处级干部每年参加脱产培训不少于110学时。", "县处级干部", 110),
    # …and those of the bodies directly under a level (县|直/d|部门干部), though jieba tags 直 an adverb
    ("县直部门干部每月深入基层一线不少于8天。", "县直部门干部", 8),
    # the group ends at its head, though jieba takes the verb after it for a noun (联系/n)
    ("每名党员联系农户不少于5户。", "党员", 5),
    # the words between the rule's verb and the head qualify the group
    ("要求驻村工作队员每月驻村不少于20天。", "驻村工作队员", 20),
    ("规定新录用公务员每年参加培训不少于12天。", "新录用公务员", 12),
    # 明确 states a rule as 规定 does
    ("明确县处级领导干部每年参加教育培训不少于110学时。", "县处级领导干部", 110),
    ("确保每名党员每年集中学习培训时间一般不少于32学时。", "党员", 32),
    ("在职党员每年到社区参加志愿服务不少于20小时。", "在职党员", 20),  # 在职, which jieba tags a verb
    ("要求领导班子成员每年到基层调研不少于30天。", "领导班子成员", 30),  # 领导班子|成员: the head after a word
    # a modal after the period binds it too
    ("大学生村官每年须撰写调研报告2篇。", "大学生村官", 2),
    # … and a word that says per year, which jieba joins to nothing after it
    ("处级干部年度学时不得低于110学时。", "处级干部", 110),
    # the level and a short quoted name of the body they serve on qualify the group
    ("临江市规定,村“两委”干部每周至少到岗3天。", "村两委干部", 3),
    # … and so do a level and the other kind of division at that level, in brackets
    ("村(社区)党组织书记每年参加集中培训不少于5天。", "村(社区)党组织书记", 5),
    # those newly promoted, with 的 between, are a group of their own
    ("意见规定,新提拔的县处级领导干部任职一年内必须参加不少于15天的任职培训。", "新提拔的县处级领导干部", 15),
    # a generic body (党组织, jieba's nt) qualifies the head: the secretaries of village party cells
    ("北江市规定,村党组织书记每年参加培训不少于40学时。", "村党组织书记", 40),
    ("要求各级党组织书记每年讲党课不少于2次。", "党组织书记", 2),
    # 人员 heads a category of people as 干部 does
    ("公司规定,党员领导人员每年到基层讲党课不少于2次。", "党员领导人员", 2),
    ("要求每名宣讲员每月开展宣讲不少于2场。", "宣讲员", 2),  # …员: whoever holds that post
    ("实行学分管理,学员须修满60学分方可结业。", "学员", 60),
    # a rank and those below or above it (乡科级|及|以下)
    ("乡科级及以下干部每年网上学习不少于40学时。", "乡科级及以下干部", 40),
    ("处级及以上干部每年须修满18分。", "处级及以上干部", 18),
    ("每名党员领导干部每年至少讲1次党课。", "党员领导干部", 1),  # 党员, then a head of its own
    ("党校要求35岁以下青年教师每年到基层调研不少于15天。", "35岁以下青年教师", 15),  # an age and those below it
    ("四十五岁以下干部每年须参加培训不少于40学时。", "四十五岁以下干部", 40),
    # deputies, volunteers, workers of a kind and students are groups too
    ("其他干部每年参加培训不少于60学时。", "其他干部", 60),  # those a rule before did not name
    ("规定人大代表每年联系选民不少于10户。", "人大代表", 10),
    ("要求党务工作者每年参加培训不少于24学时。", "党务工作者", 24),
    ("要求志愿者每月参加服务不少于2次。", "志愿者", 2),
    ("要求选调生每年到基层锻炼不少于30天。", "选调生", 30),
    # the body's own offices (厅|机关), the speaker's body written by its kind alone
    ("厅机关处级干部每年参加集中培训不少于110学时。", "厅机关处级干部", 110),
    # each of them a share: a quota per head
    ("市委常委每人联系1个县。", "市委常委", 1),
    ("县级领导干部每人包保3户困难群众。", "县级领导干部", 3),
])
def test_the_subject_of_a_stated_requirement_is_the_group_it_binds(sentence, group, value):
    x = extract_text(sentence + "\n")
    assert [(m.group, int(m.value)) for m in x.metrics] == [(group, value)]


@pytest.mark.parametrize("sentence, group", [
    pytest.param("每名党员联系10至15户。", "党员", id="each-member"),
    pytest.param("每名区级领导联系10至15个村。", "区级领导", id="each-of-a-rank"),  # 区级/n 领导/n 联系/n
])
def test_a_range_each_of_a_group_must_fall_in_binds_the_group(sentence, group):
    x = extract_text(sentence + "\n")
    assert [(m.group, int(m.value), m.comparator.value) for m in x.metrics] == [(group, 10, "AtLeast"), (group, 15, "AtMost")]


def test_places_written_together_without_levels_name_the_last_one():
    x = extract_text("福建三明:“学习积分制”让党员学有动力\n近年来,三明市探索推行党员“学习积分制”管理。\n")
    unit = next(m for m in x.mentions if m.cls.value == "Organization" and m.sentence == 0)
    assert unit.label == "三明" and "福建三明" in unit.aliases
    assert {s for s, _ in relations(x, "establishes")} == {"三明"}


def test_a_new_district_jieba_cuts_from_its_name_ends_the_chain_the_title_writes():
    x = extract_text("山东省青岛市西海岸新区推行“主题党日+”模式\n西海岸新区在全区推行“主题党日+”模式。\n")
    assert x.focus == "西海岸新区" and labels(x, "Organization") == {"西海岸新区"}


def test_a_city_written_without_its_level_before_its_district_names_the_district():
    x = extract_text("佛山南海区推行“头雁领航”工程\n南海区委组织部建立村级后备干部库。\n")
    unit = next(m for m in x.mentions if m.cls.value == "Organization" and m.sentence == 0)
    assert unit.label == "南海区" and "佛山南海区" in unit.aliases
    assert x.focus == "南海区"


@pytest.mark.parametrize("title, focus", [
    pytest.param("甘南州合作市:牧区党建“四个一”工作法", "合作", id="a-prefecture-written-short-then-its-city"),
    pytest.param("黔东南州凯里市委组织部:推行“十户一体”", "凯里市委组织部", id="and-a-body-of-the-city"),
    pytest.param("黔东南州委组织部:推行“十户一体”", "黔东南州委组织部", id="the-prefectures-own-body"),
    pytest.param("杭州市西湖区:推行“十户一体”", "西湖区", id="a-city-whose-name-ends-so"),
    pytest.param("青海海东市:推行“十户一体”", "海东", id="a-city-after-its-province-its-level-cut-off"),
])
def test_a_prefecture_written_short_is_a_level_of_the_chain(title, focus):
    assert extract_text(f"{title}\n这里推行“十户一体”模式。\n").focus == focus


@pytest.mark.parametrize("text, unit", [
    pytest.param("西乡塘区建立容错纠错机制。", "西乡塘区", id="a-district-named-like-a-township-and-a-district"),
    pytest.param("西乡塘区委出台干部履职负面清单。", "西乡塘区", id="and-its-committee"),  # 区委 for its district
    pytest.param("南宁市西乡塘区建立容错纠错机制。", "西乡塘区", id="after-its-city"),
])
def test_a_name_that_ends_like_a_township_before_a_higher_level_is_one_name(text, unit):
    # 西乡|塘区: a township holds no district, so 西乡 is no township of its own
    assert labels(extract_text(text + "\n"), "Organization") == {unit}


@pytest.mark.parametrize("text, focus", [
    pytest.param("浙江嘉兴:“红船先锋”擦亮基层治理底色\n近年来,嘉兴市南湖区推行“网格连心”工作机制。\n全区共化解矛盾纠纷3200余件。\n",
                 "南湖区", id="a-district-of-the-city-in-the-title"),
    pytest.param("甘肃天水:让书屋成为群众的精神家园\n天水市秦州区把农家书屋建设作为重要抓手,全区382个行政村实现全覆盖。\n",
                 "秦州区", id="the-level-cut-apart"),
    # …but about the city when its own body acts before the district (全市: the city's figure)
    pytest.param("四川绵阳:“五个一”机制推动党员教育常态化\n近年来,绵阳市委组织部探索建立党员教育“五个一”机制。"
                 "绵阳市涪城区还创新推出“党员夜校”。\n全市共开展主题党日活动2.3万场次。\n",
                 "绵阳", id="the-citys-own-body-acting-first"),
])
def test_a_title_naming_a_city_and_a_lead_naming_its_district_are_about_the_district(text, focus):
    x = extract_text(text)
    assert x.focus == focus
    assert {m.owner for m in x.metrics} == {focus}


def test_a_notice_naming_no_unit_up_front_is_the_signing_bodys():
    x = extract_text("关于印发《学习积分管理办法》的通知\n各乡镇党委,县直各单位党组(党委):\n"
                     "第一条 为推动党员干部经常性学习,建立学习积分管理制度,制定本办法。\n"
                     "第二条 科级领导干部每年学习积分不少于120分,一般干部每年学习积分不少于80分。\n"
                     "中共临江县委组织部\n2022年3月15日\n")
    assert x.focus == "临江县委组织部"
    assert relations(x, "establishes") == {("临江县委组织部", "学习积分管理制度")}
    # the number of an article opens no group's clause
    assert [(m.owner, m.group) for m in x.metrics] == [("临江县委组织部", "科级领导干部"), ("临江县委组织部", "一般干部")]


def test_a_plan_for_our_county_is_the_signing_bodys():
    x = extract_text("县委理论学习中心组学习计划\n根据有关规定,结合我县实际,制定本计划。\n"
                     "严格落实学习考勤制度。\n中共临江县委办公室\n2024年1月15日\n")
    assert x.focus == "临江县委办公室"
    assert ("临江县委办公室", "学习考勤制度") in relations(x, "establishes")


def test_a_region_written_short_before_a_divisions_body_is_no_part_of_its_name():
    x = extract_text("宁夏同心县委组织部实施“双培双带”先锋工程。\n")
    assert relations(x, "runs") == {("同心县委组织部", "双培双带先锋工程")}


@pytest.mark.parametrize("text", [
    pytest.param("中组部召开全国组织部长会议\n会上,中央组织部有关负责同志作了讲话。\n", id="short-and-full"),
    pytest.param("中共中央组织部印发通知\n中组部要求各地认真落实。\n", id="with-the-party-prefix"),
])
def test_a_national_body_written_short_is_the_body_written_in_full(text):
    units = [m for m in extract_text(text).mentions if m.cls.value == "Organization"]
    assert {m.label for m in units} == {"中央组织部"}
    assert "中组部" in {a for m in units for a in m.aliases}


def test_a_section_speaker_written_with_its_province_is_the_city():
    x = extract_text("各地创新党员教育管理方式\n■ 江西赣州:“红色课堂”进村组\n赣州市开设“红色课堂”1200余个。\n"
                     "■ 湖北十堰:“党员积分”管到人\n十堰市推行“党员积分”制度。\n")
    speakers = [m for m in x.mentions if m.cls.value == "Organization" and any(
        s.speaker_start == m.start for s in x.document.sections)]
    assert [(m.label, "江西赣州" in m.aliases or "湖北十堰" in m.aliases) for m in speakers] == [("赣州", True), ("十堰", True)]
    assert relations(x, "runs") == {("赣州", "红色课堂")}
    assert relations(x, "establishes") == {("十堰", "党员积分制度")}


def test_a_title_naming_a_region_and_a_place_as_one_word_is_about_the_place_the_text_names():
    x = extract_text("吉林长春:机关党建“双强六好”创建全覆盖\n长春市直机关工委在全市机关开展“双强六好”党支部创建活动。\n")
    assert x.focus == "长春"  # 吉林长春/nr: one word to jieba
    [title_unit] = [m for m in x.mentions if m.cls.value == "Organization" and m.label == "长春"]
    assert (title_unit.sentence, title_unit.aliases) == (0, ("吉林长春",))


def test_a_prefecture_jieba_cuts_from_its_level_in_the_title_is_what_the_report_is_about_whole():
    x = link_document(extract_text("湘西州推行“积分制”管理激发党员活力\n"  # 湘西/ns|州/n
                                   "湘西州在全州农村党员中推行“积分制”管理。截至目前,全州共有6.2万名农村党员纳入积分管理。\n"))
    assert x.focus == "湘西州"
    assert [m.owner for m in x.metrics] == ["湘西州"]


def test_a_title_opening_with_a_region_and_a_city_as_one_word_without_a_colon_is_about_the_city():
    x = extract_text("辽宁大连推行干部“夜校”\n大连市委组织部开办干部“夜校”,组织年轻干部集中学习。\n")
    assert x.focus == "大连"  # 辽宁大连/ns: one word to jieba


@pytest.mark.parametrize("column", ["案例", "典型经验", "调研"])
def test_a_column_word_before_the_titles_colon_is_no_unit(column):
    x = extract_text(f"{column}:浙江省衢州市柯城区“县乡一体”改革\n柯城区组建综合行政执法队18支。\n")
    assert x.focus == "柯城区"
    assert labels(x, "Organization") == {"柯城区"}


def test_a_town_where_a_report_on_a_city_opens_is_not_what_it_is_about():
    x = extract_text("贵州遵义:“积分超市”激活乡村治理新动能\n在遵义市播州区鸭溪镇,村民们正拿着积分卡兑换生活用品。\n")
    assert x.focus == "遵义"


def test_a_district_jieba_cut_after_its_locative_is_what_the_title_names():
    x = extract_text("临江市上城区:“清廉单元”建设全覆盖\n全区已建成清廉社区54个。\n")
    assert x.focus == "上城区"
    assert [m.owner for m in x.metrics] == ["上城区"]


def test_a_place_whose_name_opens_with_a_level_is_not_cut_after_it():
    x = extract_text("云南镇雄:“干部夜校”点亮乡村振兴路\n镇雄县在全县30个乡镇开办“干部夜校”。\n")  # 云南|镇雄, not 云南镇|雄
    assert x.focus == "镇雄"
    assert relations(x, "runs") == {("镇雄", "干部夜校")}


def test_a_place_jieba_takes_for_an_adverb_opens_a_bodys_name_where_the_text_vouches_for_it():
    x = extract_text("太原市委:构建学习格局\n太原市建成社区图书室860个。\n大同市委:用活“三个课堂”\n"
                     "大同市委党校每年举办各类培训班80余期。\n")  # 大同/d 市委党校/n
    assert [(int(m.value), m.owner) for m in x.metrics] == [(860, "太原"), (80, "大同市委党校")]


def test_places_that_open_a_bodys_name_in_the_opening_sentence_make_the_body_the_focus():
    x = extract_text("社区工作者职业体系建设取得新进展\n近日,记者从南京市鼓楼区委组织部获悉,该区推行社区工作者职业体系。\n"
                     "区里还建立了社区工作者薪酬增长机制,每年调整一次。\n")
    assert x.focus == "鼓楼区委组织部"  # not 南京, the city its chain opens with
    assert relations(x, "establishes") == {("鼓楼区", "社区工作者职业体系"), ("鼓楼区委组织部", "社区工作者薪酬增长机制")}


def test_a_where_clause_naming_a_province_and_a_village_jieba_does_not_know_names_the_village():
    x = extract_text("各地探索党员教育新路径\n在湖南十八洞村,村党支部建立“思想道德积分”制度,每季度评比一次。\n")
    assert relations(x, "establishes") == {("十八洞村", "思想道德积分制度")}
    [village] = [m for m in x.mentions if m.cls.value == "Organization"]
    assert "湖南十八洞村" in village.aliases


@pytest.mark.parametrize("sentence", [
    pytest.param("包河区创新实施“四项机制”,即干部选育机制、干部管理机制和容错纠错机制。", id="quoted-then-namely"),
    pytest.param("包河区建立了三项机制,即干部选育机制、干部管理机制、容错纠错机制。", id="counted-then-namely"),
    pytest.param("包河区完善三项机制:干部选育机制、干部管理机制和容错纠错机制。", id="counted-then-a-colon"),
])
def test_the_rules_a_counted_set_of_them_is_are_set_up_as_it_is(sentence):
    x = extract_text(sentence + "\n")
    assert {m for s, m in relations(x, "establishes") if s == "包河区"} >= {"干部选育机制", "干部管理机制", "容错纠错机制"}


def test_a_level_after_a_place_with_its_own_level_opens_the_next_word():
    x = extract_text("乡村振兴取得新进展\n临江市村集体经济收入同比增长23.5%。\n")  # 村/n 集体: the villages'
    assert [m.owner for m in x.metrics] == ["临江"]
    assert "临江市村" not in labels(x, "Organization")


def test_the_village_a_profiles_subtitle_names_is_what_it_is_about_and_is_traced_there():
    x = extract_text("扎根基层的“领头雁”\n——记临江县北坪村党支部书记王建华\n"
                     "他带领村“两委”班子建立了村务公开制度,每季度公开一次村务。\n")
    assert x.focus == "北坪村"  # not 扎根 (jieba: a place's name), the verb of the headline
    assert relations(x, "establishes") == {("北坪村", "村务公开制度")}
    [unit] = [m for m in x.mentions if m.cls.value == "Organization"]
    assert (unit.label, x.document.work[unit.start:unit.end]) == ("北坪村", "北坪村")


def test_a_landform_in_the_headline_is_no_place_and_the_subtitles_chain_of_places_runs_to_the_village():
    x = extract_text("扎根大山的“领头雁”\n——记贵州省黔东南州临江县北坪村党支部书记王建华\n"
                     "他带领村“两委”班子建立了村务公开制度,每季度公开一次村务。\n")
    assert x.focus == "北坪村"  # not 大山 (jieba: a place), nor 贵州 (the chain broke at 黔东南州)
    assert relations(x, "establishes") == {("北坪村", "村务公开制度")}


def test_a_requirement_on_each_of_them_in_the_next_clause_binds_the_group():
    x = extract_text("全市组织党员干部开展学习,每人每年撰写心得不少于2篇。\n")
    assert [(m.group, int(m.value)) for m in x.metrics] == [("党员干部", 2)]


def test_a_requirement_on_each_of_those_a_rule_is_set_up_for_binds_them():
    x = extract_text("区委组织部每年对村党组织书记全覆盖轮训一遍,每人每年培训时间不少于10天。\n")
    assert [(m.group, int(m.value)) for m in x.metrics] == [("村党组织书记", 1), ("村党组织书记", 10)]


def test_the_unit_of_a_tables_row_owns_what_the_row_says():
    x = extract_text("各地推进基层减负工作一览\n序号 单位 主要做法\n1 临江市 建立督查检查考核计划管理制度\n"
                     "2 北江县 推行“无会日”制度,每周三为“无会日”\n3 西山区 实行文件“限时清理”,文件数量同比减少30%\n")
    # (实行文件“限时清理”: a practice put in place for what it names before the quote, a rule too)
    assert relations(x, "establishes") == {("临江", "督查检查考核计划管理制度"), ("北江", "无会日制度"), ("西山区", "限时清理")}
    assert [m.owner for m in x.metrics] == ["西山区"]


@pytest.mark.parametrize("sentence, owners", [
    pytest.param("金水区、二七区等城区探索建立了“群众评议”机制。", {"金水区", "二七区"}, id="a-listed-subject-owns-together"),
    pytest.param("宁安市、海林市建立了“周学习日”制度。", {"宁安", "海林"}, id="cities-listed-own-together"),
    pytest.param("宁安市、海林市分别建立了“周学习日”制度和网上学院。", {"宁安"}, id="respectively-is-not-together"),  # the first thing, the first's
    pytest.param("宁安市、海林市分别建立了“周学习日”制度。", {"宁安", "海林"}, id="one-thing-each-set-up-is-all-theirs"),
    pytest.param("孤岛采油厂、河口采油厂等单位结合实际,推行“支部+班组”融合模式。", {"孤岛采油厂", "河口采油厂"},
                 id="the-subject-of-an-earlier-clause"),
])
def test_units_listed_as_the_subject_each_own_what_they_set_up(sentence, owners):
    x = extract_text(sentence + "\n")
    assert {s for s, _ in relations(x, "establishes")} == owners


def test_units_that_respectively_set_up_as_many_things_each_own_theirs_in_turn():
    x = extract_text("岳麓区、芙蓉区分别建立了人才积分制度和人才服务专员制度。\n")
    assert relations(x, "establishes") == {("岳麓区", "人才积分制度"), ("芙蓉区", "人才服务专员制度")}


@pytest.mark.parametrize("clause, rule", [
    ("干部自主选学机制全面推开", "干部自主选学机制"),  # 全面/n, and the verb 自主 inside the name
    ("学习考勤制度已经建立", "学习考勤制度"),
    ("积分管理制度在全县推行", "积分管理制度"),
], ids=["pushed_out_everywhere", "already_set_up", "put_in_force_where"])
def test_a_rule_its_clause_says_was_put_in_force_is_set_up_by_the_unit_it_is_read_under(clause, rule):
    x = extract_text(f"各地推进学习型党组织建设\n在北川市,{clause}。\n")
    assert relations(x, "establishes") == {("北川", rule)}


def test_a_rule_its_clause_says_is_being_improved_is_not_named_by_that():
    assert labels(extract_text("各地推进学习型党组织建设\n考核机制不断完善。\n"), "Mechanism") == set()


@pytest.mark.parametrize("subtitle", ["——西山县委组织部经验交流材料", "——西山县委组织部的做法与经验"],
                         ids=["its_account", "its_practice"])
def test_the_unit_whose_account_the_subtitle_names_is_what_the_report_is_about(subtitle):
    x = extract_text(f"抓实干部教育培训 锻造高素质干部队伍\n{subtitle}\n"
                     "近年来,我县坚持创新培训方式。我们建立了干部培训学时登记制度。\n")
    assert relations(x, "establishes") == {("西山县委组织部", "干部培训学时登记制度")}


def test_a_city_whose_level_jieba_cut_from_its_name_opening_a_clause_acts():
    # 西江/ns 市/n; not 社区超市, one word ending in 市
    assert relations(extract_text("各地推进干部教育\n西江市建立了学分制度。\n"), "establishes") == {("西江", "学分制度")}
    assert labels(extract_text("各地推进干部教育\n社区超市开展了便民活动。\n"), "Organization") == set()


@pytest.mark.parametrize("sentence", ["西江市建设“西江干部在线学习平台”。", "西江市:建设“西江干部在线学习平台”。"],
                         ids=["the_unit_then_its_verb", "after_the_units_colon"])
def test_a_unit_and_its_verb_before_a_quoted_name_are_who_runs_it_not_part_of_it(sentence):
    # 建设 is a verbal noun to jieba, which would make 西江市建设 one noun phrase
    x = extract_text("各地推进干部教育\n" + sentence + "\n")
    program = next(m for m in x.mentions if m.cls.value == "Program")
    assert (program.label, program.aliases) == ("西江干部在线学习平台", ())
    assert relations(x, "runs") == {("西江", "西江干部在线学习平台")}


@pytest.mark.parametrize("sentence, name", [("临江县以“干部夜校”为载体,推动理论进村入户。", "干部夜校"),
                                            ("临江县以创建“书香临江”为载体,开展读书活动。", "书香临江"),  # a verb between
                                            ("临江县以“四在农家·美丽乡村”建设为载体,建成示范点12个。", "四在农家·美丽乡村")])  # the work's word after
def test_a_quoted_name_taken_as_a_carrier_is_a_programme(sentence, name):
    x = extract_text(sentence + "\n")
    assert ("临江", name) in relations(x, "runs")


def test_a_region_before_the_titles_colon_yields_to_the_unit_inside_it():
    x = extract_text("云南:“干部夜校”点亮乡村振兴路\n近年来,云南省昭通市镇雄县以“干部夜校”为载体推动理论进村。\n"
                     "下一步将建立讲师“积分考评”机制。\n")
    assert relations(x, "establishes") == {("镇雄", "积分考评机制")}


def test_what_the_title_says_after_a_region_is_the_unit_inside_its():
    x = extract_text("云南:“农民夜校”点亮乡村振兴路\n近年来,云南省昭通市镇雄县开办“农民夜校”推动理论进村。\n")
    assert relations(x, "runs") == {("镇雄", "农民夜校")}


@pytest.mark.parametrize("sentence, unit, written", [
    ("临江市城东区委建立第一书记工作考核办法。", "城东区", "临江市城东区"),
    ("近年来,北江省临江县冠山镇党委建立积分制度。", "冠山镇", "北江省临江县冠山镇"),
    ("临江市市北区委建立网格党建制度。", "市北区", "临江市市北区"),  # the level doubled opens the district's name
], ids=["a_district_under_its_city", "a_town_under_its_province_and_county", "a_district_named_after_its_place_in_the_city"])
def test_divisions_written_together_name_the_lowest_and_it_acts(sentence, unit, written):
    x = link_document(extract_text(sentence))
    units = {e.label: e.aliases for e in document_entities(x) if e.cls is EntityClass.ORGANIZATION}
    assert list(units) == [unit] and written in units[unit]
    assert {r.subject[1] for r in x.relations} == {unit}


@pytest.mark.parametrize("speaker, unit, written", [
    ("北江省临江市", "临江", "北江省临江市"), ("临江市城东区委", "城东区", "临江市城东区委"),
    ("东海市西山县委", "西山", "东海市西山县委"), ("北江市临江区委组织部", "临江区委组织部", "北江市临江区委组织部"),
], ids=["a_city_under_its_province", "a_district_committee_under_its_city", "a_county_committee_under_its_city",
        "a_department_of_a_district_committee_under_its_city"])
def test_a_speaker_written_with_the_divisions_above_it_is_the_lowest(speaker, unit, written):
    x = link_document(extract_text(f"全省经验交流会发言摘登\n{speaker}:打造红色走廊\n我们建立红色走廊联建制度。\n"
                                   f"南山县:推行导师帮带\n我们推行导师帮带制度。\n"))
    units = {e.label: e.aliases for e in document_entities(x) if e.cls is EntityClass.ORGANIZATION}
    assert unit in units and written in units[unit]
    assert ("Organization", unit) in {(r.subject[0].value, r.subject[1]) for r in x.relations
                                      if r.object[1] == "红色走廊联建制度"}


def test_a_clause_that_says_where_with_places_written_together_names_the_smaller():
    x = extract_text("各地推进党建引领乡村振兴\n在福建晋江,市委组织部推行“村官学院”培训模式。晋江还建立了村干部绩效考核制度。"
                     "在江苏昆山,县委组织部建立“红色”讲习所。\n")
    assert {"晋江", "昆山"} <= labels(x, "Organization")
    assert ("晋江", "村干部绩效考核制度") in relations(x, "establishes")
    assert ("县委组织部", "红色讲习所") in relations(x, "runs")


def test_a_division_before_a_paragraphs_colon_is_the_unit_it_is_about():
    x = extract_text("各地党建工作动态\n临江市:全面推行村务联席会议制度。\n东海市西山区:实施“红色物业”工程,在全区120个小区组建物业党支部。\n")
    assert relations(x, "runs") == {("西山区", "红色物业工程")}
    assert [(m.value, m.owner) for m in x.metrics] == [(120, "西山区")]


def test_a_report_without_a_title_is_about_the_lowest_of_the_places_it_opens_with():
    x = extract_text("【编者】近年来,陕西省石泉县研究制定《党员积分管理办法》,以积分激活乡村治理。\n党员积分每季度评定一次,建立积分公示制度。\n")
    assert relations(x, "establishes") == {("石泉", "积分公示制度")}


def test_a_unit_acting_inside_one_item_of_a_list_does_not_own_the_next_item():
    x = extract_text("西山县推进基层党建\n今年以来,西山县探索形成“三个一”工作法。\n"
                     "该县一是建立“一月一调度”机制,县委组织部每月召开一次调度会;二是实行“一季一观摩”制度。\n")
    assert ("西山", "一季一观摩制度") in relations(x, "establishes")


def test_a_paragraph_that_opens_with_a_unit_goes_on_about_it():
    x = extract_text("全省学习型党组织建设经验摘编\n把学习变成硬约束\n临江市委深入开展读书活动。建立学习考勤制度。\n"
                     "打造学习品牌\n北江市委开设北江讲坛。推行学分管理制度。\n")
    assert relations(x, "establishes") == {("临江", "学习考勤制度"), ("北江", "学分管理制度")}


def test_a_word_in_quotes_in_the_title_is_no_place():
    x = link_document(extract_text("西山县:“三联三促”激活基层治理末梢\n近年来,西山县委探索推行“三联三促”工作法。\n"))
    assert {e.label for e in document_entities(x) if e.cls is EntityClass.ORGANIZATION} == {"西山"}
    assert relations(x, "establishes") == {("西山", "三联三促工作法")}


def test_a_name_the_report_uses_as_a_place_is_not_a_person():
    x = extract_text("全市乡村振兴工作现场会5月10日在李家庄召开。\n")
    assert [e.location for e in x.events] == ["李家庄"] and labels(x, "Person") == set()


def test_a_relative_name_inside_a_speaking_units_name_is_not_another_unit():
    x = extract_text("全省经验交流会发言摘登\n打造红色走廊\n中共保定市委组织部\n我们建成红色走廊。\n"
                     "推行导师帮带\n中共临江市委组织部\n我们推行导师帮带制。\n")
    assert labels(x, "Organization") == {"保定市委组织部", "临江市委组织部"}


@pytest.mark.parametrize("written, label", [
    ("云乡市", "云乡"), ("云乡县", "云乡"), ("云镇市", "云镇"),
], ids=["township_word_before_city", "township_word_before_county", "town_word_before_city"])
def test_a_city_whose_name_holds_a_level_word_keeps_its_name(written, label):
    """乡 and 镇 end townships' names, but inside 新乡市 they are part of the city's: the
    section's unit is the city, not a bare 市."""
    x = extract_text(f"2019-11-12\n交流会发言摘登\n{written}:用好红色资源\n{written}依托红色资源,建立党性教育考核制度。\n")
    assert label in labels(x, "Organization") and "市" not in labels(x, "Organization")
    assert relations(x, "establishes") == {(label, "党性教育考核制度")}


def test_a_place_whose_level_jieba_joined_to_a_locative_is_where_not_who():
    """粤港澳/大湾/区内: the region's name goes on in the next word, so the places before it
    are not a unit acting, though the headline vouched for them as places."""
    x = extract_text("粤港澳大湾区党建工作交流会在临江举行\n本报讯(记者 李敏)2021年6月25日,粤港澳大湾区内地九市"
                     "党建工作交流会在临江举行。北江市委组织部、临江市等单位作交流发言。\n")
    assert labels(x, "Organization") == {"北江市委组织部", "临江"}



@pytest.mark.parametrize("text, units", [
    pytest.param("北江乡公所推出“青创基地”。", {"北江乡公所"}, id="a-township-office"),
    pytest.param("香港特区政府民政事务总署推出“地区青年发展计划”。", {"香港特区政府民政事务总署"}, id="a-general-administration"),
    pytest.param("东江区议会设立“青年议事会”。", {"东江区议会"}, id="a-district-council"),
    pytest.param("中国工商银行北江分行开展“红色金融”活动。", {"中国工商银行北江分行"}, id="a-banks-branch"),  # 分行/v
    pytest.param("北江市人大常委会开设“代表讲堂”。", {"北江市人大常委会"}, id="a-peoples-congress-standing-committee"),
])
def test_bodies_of_other_administrations_end_like_bodies(text, units):
    assert labels(link_document(extract_text(text + "\n")), "Organization") == units


def test_a_body_whose_title_says_it_held_the_meeting_owns_what_the_meeting_said():
    x = extract_text("北江省委组织部召开全省村党组织书记队伍建设座谈会\n"
                     "9月11日,北江省委组织部在临江召开全省村党组织书记队伍建设座谈会。临江市、西山县委作了交流发言。\n"
                     "会议要求,要落实村党组织书记“县乡共管”制度,每个村储备后备力量不少于2名。\n"
                     "临江市推行村干部“坐班值班”制度。\n")
    assert x.focus == "北江省委组织部"
    assert relations(x, "establishes") == {("北江省委组织部", "县乡共管制度"), ("临江", "坐班值班制度")}
    assert [m.owner for m in x.metrics] == ["北江省委组织部"]


def test_a_place_whose_title_says_it_held_the_meeting_owns_what_the_meeting_asked():
    x = extract_text("临江市召开学习型党组织建设推进会\n本报讯(记者 赵敏)3月28日,临江市学习型党组织建设推进会召开。"
                     "西山区委、北川县委负责同志作典型发言。\n会议要求,各级党组织要全面落实“第一议题”制度。\n")
    assert x.focus == "临江"
    assert relations(x, "establishes") == {("临江", "第一议题制度")}


def test_the_place_a_meeting_report_opens_with_owns_what_it_did_when_it_held_the_meeting():
    x = extract_text("临江市“三严三实”专题教育扎实推进\n"
                     "6月11日,临江市召开“三严三实”专题教育推进会。会上,西山区、北川区作了典型发言。\n"
                     "据介绍,全市县处级以上领导干部共讲专题党课320余场。西山区建立了问题整改台账制度。\n")
    assert x.focus == "临江"
    assert [m.owner for m in x.metrics] == ["临江"]
    assert relations(x, "establishes") == {("西山区", "问题整改台账制度")}


@pytest.mark.parametrize("sentence, programme", [
    ("临江市推行“村党组织书记擂台赛”,每季度组织一次比武。", "村党组织书记擂台赛"),
    ("临江市开展村党组织书记擂台赛。", "村党组织书记擂台赛"),
], ids=["quoted", "run"])
def test_a_contest_held_is_a_programme(sentence, programme):
    x = extract_text("临江推进基层党建\n" + sentence + "\n")
    assert labels(x, "Program") == {programme} and labels(x, "Mechanism") == set()


def test_the_committee_of_the_division_the_report_is_about_owns_what_it_does_unnamed():
    x = extract_text("临江市推进党建\n临江市人大常委会建立代表联络站制度。市委常委会研究决定推行积分制度。"
                     "市委出台了干部容错纠错办法。\n")
    assert relations(x, "establishes") == {("临江市人大常委会", "代表联络站制度"), ("临江", "积分制度"),
                                           ("临江", "干部容错纠错办法")}


def test_the_committee_of_the_place_the_paragraph_is_about_owns_what_it_does_unnamed():
    x = link_document(extract_text("西江省学习型党组织建设经验交流会日前举行。北江市委等8家示范单位交流了经验。\n"
                                   "“抓学习就是抓发展。”北江市委把学习纳入目标责任考核。"
                                   "市委中心组坚持每月集中学习一次,每年举办专题读书班2期。\n"))
    assert [(m.owner, int(m.value)) for m in x.metrics] == [("北江", 1), ("北江", 2)]


def test_the_budget_of_the_division_the_report_is_about_is_the_divisions():
    x = link_document(extract_text("临江市推行支部联建\n临江市委组织部明确联建双方每年办好3件实事。"
                                   "市财政设立联建奖补资金1000万元。\n"))
    assert [(m.owner, int(m.value)) for m in x.metrics] == [("临江市委组织部", 3), ("临江", 10_000_000)]


@pytest.mark.parametrize("title, byline, opening, focus", [
    ("山东临江“四型机关”建设经验交流", "临江市直机关工委", "近年来,临江市直机关工委建立机关干部“周学月考”制度。", "临江市直机关工委"),
    ("山东临江“四型机关”建设经验交流", "临江市直机关工委", "近年来,临江市建立机关干部“周学月考”制度。", "临江"),
    ("四川临江:“周学月考”促学习", "临江市西山区委组织部", "近年来,西山区建立机关干部“周学月考”制度。", "西山区"),
], ids=["the-body-acting-in-the-opening", "the-place-acting-in-the-opening", "the-bodys-district-inside-the-headlines-city"])
def test_the_unit_a_line_below_the_headline_credits_is_the_focus_when_it_acts_in_the_opening(title, byline, opening, focus):
    x = link_document(extract_text(f"{title}\n{byline}\n{opening}\n一是健全学习制度。每月组织一次知识测试。\n"))
    assert x.focus == focus
    assert relations(x, "establishes") == {(focus, "周学月考制度")} and [m.owner for m in x.metrics] == [focus]


@pytest.mark.parametrize("sentence", [
    "居民们正围坐在一起,商量小区停车难问题。",  # 商量/n in jieba's dictionary
    "村干部报销单笔超过2000元的需经村务监督委员会审核。",  # 需经/n
], ids=["a_verb_jieba_tags_a_noun", "a_modal_and_a_preposition_jieba_joined"])
def test_a_verb_before_a_bodys_ending_is_no_part_of_a_units_name(sentence):
    x = extract_text("临江市推进基层治理\n" + sentence + "\n")
    assert not {label for label in labels(x, "Organization") if label.startswith(("商量", "需经"))}


def test_bodies_listed_after_the_verb_opening_a_clause_are_not_who_acts():
    x = link_document(extract_text("临江市西山区组建党建联盟\n西山区牵头组建“营商环境党建联盟”,"
                                   "吸纳区市场监管局、区税务局等32个部门和120家企业党组织加入。\n"))
    assert [(m.owner, int(m.value)) for m in x.metrics] == [("西山区", 32), ("西山区", 120)]


@pytest.mark.parametrize("credit, unit", [
    ("——摘自中共临江县委在全市农村基层党建工作会议上的交流材料", "临江"),
    ("(作者单位:中共临江县委办公室)", "临江县委办公室"),  # the author's unit
], ids=["excerpted-from-its-material", "written-by-its-office"])
def test_an_excerpt_is_about_the_unit_it_is_credited_to(credit, unit):
    x = extract_text("(一)建立健全制度体系\n县委成立基层减负工作领导小组,由县委书记任组长。"
                     "我县建立了村干部“星级评定”制度,每年评定一次。\n" + credit + "\n")
    assert x.focus == unit and relations(x, "establishes") == {(unit, "星级评定制度")}
    assert labels(x, "Person") == set()  # 任组长/n: serving as the group's head


def test_the_place_in_a_mediums_name_is_no_unit():
    x = extract_text("“枫桥经验”在浙江临江的新实践\n浙江日报记者 孙燕\n临江市推行“村民说事”制度。\n")
    assert x.focus == "临江"
    assert labels(x, "Organization") == {"临江"}


def test_the_last_of_a_list_of_levels_counted_in_a_name_is_not_part_of_it():
    x = extract_text("临江市建立市、县、乡三级联动培训机制。\n")
    assert labels(x, "Mechanism") == {"三级联动培训机制"}


def test_a_rule_the_sentence_sets_aside_binds_no_group():
    x = extract_text("北江县在推行积分制的同时,建立党员联户工作机制,每名农村党员联系群众不少于10户。\n")
    assert relations(x, "appliesTo") == {("党员联户工作机制", "农村党员")}


@pytest.mark.parametrize("written, label", [
    pytest.param("互助土族自治县", "互助", id="a-county-of-one-group"),
    pytest.param("长阳土家族自治县", "长阳", id="a-group-of-two-characters"),
    pytest.param("黔东南苗族侗族自治州", "黔东南州", id="a-prefecture-of-two-groups-keeps-its-level"),
    pytest.param("新疆维吾尔自治区", "新疆", id="a-group-written-without-zu"),
    pytest.param("内蒙古自治区", "内蒙古", id="a-region-named-for-no-group"),
])
def test_an_autonomous_division_is_labelled_without_its_groups_and_autonomy(written, label):
    x = link_document(extract_text(f"{written}建立村干部绩效考核制度。\n"))
    assert labels(x, "Organization") == {label}
    assert relations(x, "establishes") == {(label, "村干部绩效考核制度")}


@pytest.mark.parametrize("sentence", [
    pytest.param("一些地方至今没有建立容错纠错档案管理制度。", id="not-set-up"),
    pytest.param("临江市尚未建立统一的学时认定制度。", id="not-yet"),
    pytest.param("临江市并未开展“书香临江”读书活动。", id="a-programme-not-run"),
])
def test_what_a_denied_verb_would_set_up_or_run_is_no_entity(sentence):
    x = extract_text("临江推进改革\n" + sentence + "\n")
    assert labels(x, "Mechanism") | labels(x, "Program") == set()


@pytest.mark.parametrize("sentence, mechanisms", [
    pytest.param("临江市紧扣“五个好”“五带头”要求,实行“三述三评”。", {"三述三评"}, id="standards-set-from-above"),
    pytest.param("临江市按照“五个好”的标准开展评议。", set(), id="a-standard"),
    pytest.param("评定“好”等次单位20个,“一般”等次单位15个。", set(), id="a-word-a-numeral-opens"),
    # a numeral's word that is more than numerals: the top official, no pattern (a set of two hundreds is)
    pytest.param("临江市规定下级“一把手”每年向上级纪委书面报告履职情况。", set(), id="the-top-official"),
    pytest.param("临江市深入一线,推行“双百”。", {"双百"}, id="numerals-alone-a-pattern"),
])
def test_numbered_patterns_of_a_standard_and_common_words_are_no_rules_of_the_unit(sentence, mechanisms):
    assert labels(extract_text("临江推进创先争优\n" + sentence + "\n"), "Mechanism") == mechanisms


@pytest.mark.parametrize("sentence, mechanisms", [
    pytest.param("临江市完善经常性谈心谈话制度。", {"经常性谈心谈话制度"}, id="a-rule-named-specifically"),
    pytest.param("临江市完善考核办法,不断完善推进机制。", set(), id="rules-of-a-kind-only"),
    pytest.param("临江市建立健全制度体系,建立健全村干部管理制度。", {"村干部管理制度"}, id="the-verb-jieba-joins-to-a-noun"),
])
def test_a_rule_improved_is_one_when_its_name_says_which(sentence, mechanisms):
    assert labels(extract_text("临江推进改革\n" + sentence + "\n"), "Mechanism") == mechanisms


@pytest.mark.parametrize("sentence, mechanism", [
    pytest.param("临江市推行干部不适宜担任现职调整机制。", "干部不适宜担任现职调整机制", id="an-adverb-inside-the-name"),
    pytest.param("临江医院全面落实党委领导下的院长负责制。", "党委领导下的院长负责制", id="a-system-put-in-practice"),
    pytest.param("临江市落实公务员职务与职级并行制度。", "公务员职务与职级并行制度", id="two-things-run-side-by-side"),
    pytest.param("临江市建立“党建+业务”双融双促工作机制。", "党建+业务双融双促工作机制", id="a-slogan-of-paired-counts"),
    pytest.param("临江市推行同部署、同落实、同考核制度。", "同部署、同落实、同考核制度", id="a-list-of-what-goes-together"),
    pytest.param("临江市建立年轻干部常态化配备机制。", "年轻干部常态化配备机制", id="a-verb-of-setting-up-inside"),
])
def test_a_rule_named_by_what_it_does_is_named_whole(sentence, mechanism):
    assert labels(extract_text("临江推进改革\n" + sentence + "\n"), "Mechanism") == {mechanism}


def test_a_subdistrict_jieba_cut_into_its_characters_owns_what_it_set_up():
    x = extract_text("临江区:“街巷长制”让治理更精细\n临江区建立街巷长考核评价办法。坞城街道在此基础上创新推出“街巷议事厅”。\n")
    assert relations(x, "runs") == {("坞城街道", "街巷议事厅")}


@pytest.mark.parametrize("text", [
    pytest.param("创先争优活动在我市深入开展\n本报讯 我市开展创先争优活动以来,各级党组织积极行动。\n"
                 "市直机关工委组织开展“岗位建功”竞赛活动,全市127个单位参加。\n", id="its-own-city-in-title-and-lead"),
    pytest.param("我省基层党建工作综述\n近年来,我省各级党组织扎实推进基层党建。\n"
                 "临江市委组织部开展“岗位建功”竞赛活动,全市127个单位参加。\n", id="its-own-province"),
])
def test_a_report_on_the_papers_own_place_unnamed_is_about_no_unit_it_names_later(text):
    assert extract_text(text).focus is None


def test_a_report_on_the_papers_own_place_that_its_lead_names_is_about_that_place():
    x = extract_text("我省基层党组织书记培训实现全覆盖\n记者从北江省委组织部获悉,今年以来,北江省共举办培训班86期。\n")
    assert x.focus == "北江省委组织部"


@pytest.mark.parametrize("written, label", [
    pytest.param("延边朝鲜族自治州委组织部", "延边州委组织部", id="a-prefectures-department"),
    pytest.param("互助土族自治县委组织部", "互助县委组织部", id="a-countys-department"),
    pytest.param("黔东南苗族侗族自治州州委组织部", "黔东南州委组织部", id="its-level-written-twice-is-written-once"),
])
def test_a_body_of_an_autonomous_division_is_labelled_as_the_press_writes_it_short(written, label):
    x = link_document(extract_text(f"{written}推行双语培训制度。\n"))
    assert labels(x, "Organization") == {label}


def test_the_bodies_a_notice_is_sent_to_are_kinds_of_body_none_named():
    x = extract_text("北江省委组织部关于加强乡镇干部队伍建设的通知\n各设区市委组织部、人力资源和社会保障局:\n"
                     "一、建立乡镇干部定期培训制度。\n")
    assert labels(x, "Organization") == {"北江省委组织部"}


def test_a_body_a_report_is_sent_to_is_named_without_the_verb_jieba_joined_to_it():
    x = link_document(extract_text("临江市委组织部推进干部培训\n各单位要为每名干部建立培训档案,每年年底前报市委组织部。\n"))
    assert labels(x, "Organization") == {"临江市委组织部"}


def test_a_title_naming_a_region_and_an_autonomous_prefecture_is_about_the_prefecture():
    x = extract_text("湖北恩施:“三个一”机制激活基层治理末梢\n恩施土家族苗族自治州近年来探索推行“三个一”工作机制。\n")
    assert x.focus == "恩施州"
    assert labels(x, "Organization") == {"恩施州"}


def test_the_verbs_particle_jieba_joined_to_a_name_is_not_the_names():
    assert labels(extract_text("临江市建立了驻村干部考核办法。\n"), "Mechanism") == {"驻村干部考核办法"}  # 了驻|村干部


def test_a_group_chosen_by_a_verb_is_named_without_it():
    x = extract_text("临江推进党建\n从机关部门选派党建指导员210名,每人每月至少到企业指导一次。\n")  # 选派 is a verb
    assert {m.group for m in x.metrics} == {"党建指导员"}


def test_a_quoted_name_two_bodies_cohost_is_a_programme_they_both_run():
    x = extract_text("临江推进干部教育\n临江学院与北江大学合办“青年干部夜话”,每期约30人参加。\n")
    assert relations(x, "runs") == {("临江学院", "青年干部夜话"), ("北江大学", "青年干部夜话")}


def test_a_quoted_course_of_study_is_a_programme_its_organisers_run():
    x = extract_text("临江学院推进干部培训\n临江学院与北江大学合办“公共管理高级研修班”,每年举办两期。\n")
    assert relations(x, "runs") == {("临江学院", "公共管理高级研修班"), ("北江大学", "公共管理高级研修班")}


def test_a_quoted_name_with_its_own_head_before_the_kind_it_is_one_of_is_that_name():
    x = extract_text("临江推进学习\n全市建成“榕城讲坛”等学习平台86个。\n")
    assert labels(x, "Program") == {"榕城讲坛"}


def test_a_quoted_name_of_a_one_character_modifier_and_its_head_is_a_name():
    x = extract_text("临江推进党建\n临江区在全区87个社区建立“微党校”,每月开展一次主题党课。\n")
    assert relations(x, "runs") == {("临江区", "微党校")}


def test_quoted_items_of_a_list_of_columns_stay_columns_whatever_their_last_words():
    x = extract_text("临江推进党建\n平台设有“学习园地”“网上党校”等栏目,党员可以随时随地学习。\n")
    assert labels(x, "Publication") == {"学习园地栏目", "网上党校栏目"} and labels(x, "Program") == set()


def test_a_title_naming_a_region_and_a_city_as_one_word_is_about_the_city_the_text_names():
    x = extract_text("【学习强国】辽宁沈阳:“干部夜校”开到家门口\n沈阳市委组织部在全市推行“干部夜校”。\n")  # 辽宁沈阳/ns
    assert x.focus == "沈阳"


@pytest.mark.parametrize("title, county", [("陕西乾县推进基层党建", "乾县"), ("安徽寿县推进基层党建", "寿县")])
def test_a_title_naming_a_region_and_a_county_of_one_character_is_about_the_county(title, county):
    x = extract_text(f"{title}\n{county}建立村干部坐班制度。\n")
    assert x.focus == county and relations(x, "establishes") == {(county, "村干部坐班制度")}


def test_a_word_for_a_kind_of_area_that_ends_like_a_district_is_no_unit():
    x = extract_text("临江区:“一网统管”提升治理效能\n临江区整合12个平台数据,建成区级城市运行管理中心。\n")  # 建成区
    assert labels(x, "Organization") == {"临江区"}


def test_a_prefecture_written_with_its_level_opening_a_clause_owns_what_it_did():
    x = extract_text("云南推进党员培训\n曲靖市开展“田间课堂”;大理州依托远程教育平台,开展网上培训3.2万人次。\n")
    assert [m.owner for m in x.metrics] == ["大理州"]


def test_the_place_a_paper_filed_from_is_not_what_the_report_is_about():
    x = extract_text("第五届“临江大讲坛”在济南开讲\n本报济南10月12日讯(记者 孙明)10月11日,由临江市委宣传部主办的"
                     "第五届“临江大讲坛”开讲。\n")
    assert x.focus == "临江市委宣传部"


def test_a_federation_of_social_sciences_is_a_body():
    assert labels(extract_text("省社科联开设“社科大讲坛”。\n"), "Organization") == {"省社科联"}


def test_a_county_of_one_character_opening_a_clause_owns_what_it_set_up():
    x = extract_text("广西南宁:“三级书记”抓乡村振兴\n南宁市委组织部\n近年来,南宁市推行“三级书记”抓乡村振兴责任制。"
                     "横县建立了乡村振兴工作考核机制。\n")
    assert ("横县", "乡村振兴工作考核机制") in relations(x, "establishes")


def test_a_titles_region_and_city_written_as_one_word_are_the_city():
    x = link_document(extract_text("广西南宁:“三级书记”抓乡村振兴\n近年来,南宁市推行“三级书记”抓乡村振兴责任制。\n"))
    assert x.focus == "南宁" and "广西南宁" not in labels(x, "Organization")


def test_a_rule_named_through_a_verbal_noun_after_its_verb_is_named_whole():
    x = extract_text("临江推进干部监督\n全省组织部门全面推行领导干部个人有关事项报告抽查核实制度。\n")  # 有关/vn
    assert labels(x, "Mechanism") == {"领导干部个人有关事项报告抽查核实制度"}


def test_the_bodies_one_level_below_or_above_are_a_kind_of_body():
    x = extract_text("临江市委组织部推进干部监督\n临江市委组织部主要负责人每年与下级党委主要负责人谈话不少于1次。\n")
    assert labels(x, "Organization") == {"临江市委组织部"}


@pytest.mark.parametrize("sentence", [
    pytest.param("各县(市、区)委组织部部长参加会议。", id="its-committee"),
    pytest.param("派驻纪检监察组和区(市)县纪委监委参加会议。", id="a-body-at-levels-it-lists"),
])
def test_the_rest_of_a_name_a_bracket_broke_is_no_body(sentence):
    x = extract_text("全市组织部长会议召开\n本报讯 1月12日,全市组织部长会议召开。" + sentence + "\n")
    assert labels(x, "Organization") == set() and x.focus is None


def test_auxiliary_police_bound_by_a_requirement_are_a_group():
    x = extract_text("临江市推行一村一警\n驻村辅警每周在村工作不少于3天。\n")
    assert [m.group for m in x.metrics] == ["驻村辅警"]


@pytest.mark.parametrize("sentence, group", [
    ("每名街巷长每周巡查所负责街巷不少于3次。", "街巷长"),
    ("网格长每月走访群众不少于20户。", "网格长"),
], ids=["a-street-chief", "a-grid-chief"])
def test_the_chiefs_a_system_of_chiefs_appoints_are_a_group(sentence, group):
    assert [m.group for m in extract_text("临江市推行街巷长制\n" + sentence + "\n").metrics] == [group]


@pytest.mark.parametrize("sentence, body, predicate", [
    # named after two fields joined by 和, at the state's level or with none
    pytest.param("国家林业和草原局建立作风建设督查制度。", "国家林业和草原局", "establishes", id="a-national-administration"),
    pytest.param("住房和城乡建设部建立工程质量督查制度。", "住房和城乡建设部", "establishes", id="a-ministry-with-no-level"),
    pytest.param("文化和旅游部推行首问负责制。", "文化和旅游部", "establishes", id="another-ministry"),
    # a public library or museum
    pytest.param("泉州市图书馆为市直机关开设“流动书屋”。", "泉州市图书馆", "runs", id="a-library"),
    pytest.param("临江市博物馆开设“文博讲堂”。", "临江市博物馆", "runs", id="a-museum"),
])
def test_a_body_named_by_its_kinds_ending_acts(sentence, body, predicate):
    x = link_document(extract_text("临江市推进机关建设\n" + sentence + "\n"))
    assert body in labels(x, "Organization") and any(s == body for s, _ in relations(x, predicate))


def test_the_body_a_matter_passes_through_is_named_without_the_preposition():
    x = extract_text("临江市推行小微权力清单\n村级财务支出2000元以上的,须经村务监督委员会审核。\n")
    assert not any(label.startswith("经") for label in labels(x, "Organization"))


def test_people_counted_before_their_kind_are_a_group_without_the_measure_word():
    x = extract_text("临江区推进干部下基层\n我区组织1000名机关干部到村社蹲点,每人每月在村时间不少于5天。\n")
    assert [m.group for m in x.metrics if m.unit == "天"] == ["机关干部"]


def test_a_rule_an_improving_verb_names_with_verbs_inside_it_is_named_whole():
    x = extract_text("临江县推进干部工作\n临江县建立考核评价机制,完善年轻干部选拔培养机制。\n")
    assert labels(x, "Mechanism") == {"考核评价机制", "年轻干部选拔培养机制"}


def test_a_city_and_a_district_jieba_cannot_read_are_about_the_district():
    x = link_document(extract_text("九江市濂溪区选派第一书记驻村\n濂溪区委组织部制定《驻村第一书记管理办法》。\n"))
    assert x.focus == "濂溪区" and "九江" not in labels(x, "Organization")


def test_an_inspection_office_is_a_body():
    x = link_document(extract_text("临江区推进基层减负\n区委督查室每半年对各单位落实情况进行一次检查。\n"))
    assert [m.owner for m in x.metrics] == ["临江区委督查室"]


def test_a_subdistrict_after_its_district_is_a_unit_that_acts():
    x = link_document(extract_text("重庆市渝中区建立楼宇党建联盟\n渝中区解放碑街道以商务楼宇为单元,建成楼宇党建联盟32个。\n"))
    assert "解放碑街道" in labels(x, "Organization") and [m.owner for m in x.metrics] == ["解放碑街道"]


@pytest.mark.parametrize("sentence, body", [
    pytest.param("臺中市政府人事處推出「公務員進修計畫」。", "台中市政府人事处", id="a-governments-personnel-division"),
    pytest.param("市委办公厅秘书处建立文件督查制度。", "临江市委办公厅秘书处", id="a-general-offices-secretariat"),
])
def test_a_division_of_a_body_is_a_body(sentence, body):
    x = link_document(extract_text("臨江市推行進修計畫\n" + sentence + "\n"))
    assert body in labels(x, "Organization")


def test_a_higher_place_in_a_speakers_header_is_no_unit_of_its_own():
    x = link_document(extract_text("■西宁市城中区 打造党群服务圈\n城中区建设党群服务站点86个。\n"
                                   "■海东市平安区 推行村级事务阳光工程\n平安区在全区111个行政村推行“村级事务阳光工程”。\n"))
    assert labels(x, "Organization") == {"城中区", "平安区"}


def test_a_countys_discipline_commission_written_short_owns_what_it_does():
    x = link_document(extract_text("全县党风廉政建设工作会议召开\n县纪委每年对10个以上单位开展专项巡察。\n"))
    assert [m.owner for m in x.metrics] == ["县纪委"]


def test_an_interviewers_your_county_is_no_place():
    x = link_document(extract_text("让干部在学习中成长\n——访罗田县委组织部部长陈浩\n"
                                   "记者:贵县在推进干部教育培训方面有哪些做法?\n答:我们建立“导师帮带”制度。\n"))
    assert x.focus == "罗田县委组织部" and "贵县" not in labels(x, "Organization")


def test_a_committee_member_who_heads_a_department_speaks_for_the_department():
    x = link_document(extract_text(
        "全省组织部长会议典型发言摘登\n以“红色引擎”工程引领基层治理\n临江市委常委、组织部部长 刘明\n我们实施“红色引擎”工程。\n"
        "建强村级组织 夯实执政根基\n北山州委常委、组织部部长 王强\n我们实施村党组织书记“头雁”工程。\n"))
    assert relations(x, "runs") == {("临江市委组织部", "红色引擎工程"), ("北山州委组织部", "头雁工程")}
    assert labels(x, "Organization") == {"临江市委组织部", "北山州委组织部"}


def test_speakers_on_lines_of_their_own_over_their_text_with_roles_set_off_by_a_comma():
    x = link_document(extract_text(
        "全省组织工作会议交流发言摘登\n临江市委组织部部长 陈明:\n我们实施“强基固本”工程。\n"
        "北山市委常委,组织部部长 林华:\n我们实施“青苗”计划,每年遴选100名优秀年轻干部进入培养库。\n"))
    assert relations(x, "runs") == {("临江市委组织部", "强基固本工程")}
    assert relations(x, "establishes") == {("北山市委组织部", "青苗计划")}


def test_a_list_before_its_count_and_head_in_quotes_distributes_over_the_head():
    x = extract_text("临江推进学习型党组织建设\n临江市建立了学习考勤、学习档案、学习考核“三项制度”。\n")
    assert labels(x, "Mechanism") == {"学习考勤制度", "学习档案制度", "学习考核制度"}


def test_the_committee_of_a_kind_of_body_speaks_under_its_whole_name():
    x = link_document(extract_text("全市“两新”组织党建工作经验交流会材料摘编\n市非公经济组织党工委:强化组织覆盖\n"
                                   "实施书记“领航计划”。\n高新区党工委:打造“红色园区”品牌\n建立园区党建联席会议制度。\n"))
    assert labels(x, "Organization") == {"市非公经济组织党工委", "高新区"}


def test_a_profile_is_about_the_village_its_subtitle_names_not_a_kind_of_village():
    x = link_document(extract_text("扎根山村二十年的“领头雁”——记临江市茅坝镇龙井村党支部书记张德明\n"
                                   "在张德明的带动下,龙井村成立了高粱种植专业合作社,入社农户达到320户。\n"))
    assert x.focus == "龙井村" and labels(x, "Organization") == {"龙井村"}


def test_a_customs_district_is_a_body():
    x = extract_text("临江:机关党建\n北港海关探索“关企共建”机制,与12家企业党组织签订共建协议。\n")
    assert relations(x, "establishes") == {("北港海关", "关企共建机制")}


@pytest.mark.parametrize("sentence", [
    pytest.param("由楼宇所在街道党工委副书记担任楼长。", id="where-it-is"),
    pytest.param("集团所属企业党委开展结对活动。", id="whose-it-is"),
])
def test_a_body_named_by_where_or_whose_it_is_is_a_kind_of_body(sentence):
    assert labels(extract_text("临江:楼宇党建\n" + sentence + "\n"), "Organization") == {"临江"}


@pytest.mark.parametrize("sentence", [
    pytest.param("全镇29个行政村均建立调解委员会。", id="a-committee"),
    pytest.param("镇里设立协调办公室。", id="an-office"),
    pytest.param("镇里组建考核领导小组。", id="a-leading-group"),
])
def test_a_body_named_by_its_task_alone_is_a_kind_of_body(sentence):
    assert labels(extract_text("北山镇:调解\n" + sentence + "\n"), "Organization") == {"北山镇"}


def test_a_body_named_by_its_task_with_its_level_is_a_body():
    x = extract_text("北山镇:调解\n县扶贫办公室和市委推进学习型党组织建设工作领导小组开展活动。\n")
    assert labels(x, "Organization") == {"北山镇", "县扶贫办公室", "市委推进学习型党组织建设工作领导小组"}


def test_an_office_suffix_used_as_a_verb_before_a_count_is_no_body():
    x = extract_text("北山市:驻村工作法\n北山市委组织部推行“四个一”工作法,即每周召开一次队务会、每季度办一件实事。\n")
    assert not any(label.startswith("每") for label in labels(x, "Organization"))


def test_a_verbs_complement_does_not_open_a_bodys_name():
    x = link_document(extract_text("用好干部学院 打造“指尖课堂”\n北山市委组织部依托北山市干部学院推行“学时银行”制度。\n"))
    assert "好干部学院" not in labels(x, "Organization")
    assert relations(x, "establishes") == {("北山市委组织部", "学时银行制度")}


def test_the_level_of_a_pronoun_is_the_places_not_the_body_last_named():
    x = extract_text("临江市:压实责任\n临江市建立“河长+警长”协作机制,由市水利局牵头,每季度召开一次联席会议。"
                     "该市还出台考核办法,权重不低于3%。\n")
    assert [(m.value, m.owner) for m in x.metrics] == [(1, "市水利局"), (3, "临江")]


@pytest.mark.parametrize("sentence, place", [
    pytest.param("海北州建立干部“学习积分卡”制度。", "海北州", id="a-name-jieba-reads-as-a-locative"),
    pytest.param("万山区推行“阳光村务”制度。", "万山区", id="a-first-character-jieba-reads-as-a-numeral"),
])
def test_a_division_opening_a_clause_jieba_cuts_from_its_level_owns_what_it_set_up(sentence, place):
    x = extract_text("全省基层治理工作推进会召开\n" + sentence + "\n")
    assert {s for s, _ in relations(x, "establishes")} == {place}


def test_a_preposition_jieba_took_for_a_noun_opens_no_bodys_name():
    x = extract_text("北山村:小微权力\n村级资金支出5000元以上的须经村务监督委员会审核。\n")
    assert labels(x, "Organization") == {"北山村"}


def test_a_national_body_written_short_is_the_body():
    x = extract_text("公务人员学习成效显著\n人事总处推出“e学中心”平台,地方政府亦参与。\n")
    assert labels(x, "Organization") == {"行政院人事行政总处"}


def test_a_municipal_library_is_a_body_named_with_its_city():
    x = extract_text("北山市推动阅读\n北山市政府文化局与北山市立图书馆合作推出“阅读北山”活动。\n")
    assert relations(x, "runs") == {("北山市政府文化局", "阅读北山活动"), ("北山市立图书馆", "阅读北山活动")}


@pytest.mark.parametrize("clause", [
    pytest.param("县里还建立村干部养老保险补贴制度", id="in-the-sentence-of-its-body"),
    pytest.param("。县里还建立村干部养老保险补贴制度", id="in-the-next-sentence"),
])
def test_the_level_here_is_the_place_not_its_department(clause):
    x = extract_text(f"北山县:育头雁\n北山县委组织部推行村干部“专职化”管理,{clause}。\n".replace(",。", "。"))
    assert ("北山", "村干部养老保险补贴制度") in relations(x, "establishes")


def test_a_name_counting_the_quotes_before_it_is_named_from_its_count():
    x = extract_text("临江:宣讲\n临江市委宣传部开展“微宣讲”“微课堂”“微视频”三微宣讲活动。推行“党建+”三级联动机制。\n")
    assert "三微宣讲活动" in labels(x, "Program")
    assert "党建+三级联动机制" in labels(x, "Mechanism")  # one quote, no count of it
    assert not [label for label in labels(x, "Program") if "微视频" in label]


def test_the_place_before_a_quoted_name_is_who_acts_not_a_qualifier_of_the_name():
    x = extract_text("江苏省北江市临江区“三堂一站”打通服务群众最后一公里\n临江区建成“三堂一站”156个。\n")
    assert not [a for m in x.mentions if m.label == "三堂一站" for a in m.aliases if "临江区" in a]


def test_a_named_thing_opening_a_sentence_after_when_goes_on_in_its_later_clauses():
    x = link_document(extract_text("临江区推进三堂一站\n临江区建成“三堂一站”156个。\n"
                                   "区委组织部制定《“三堂一站”建设管理办法》,明确每个“三堂一站”每月至少开展4次活动。"
                                   "今年以来,“三堂一站”累计开展活动7200余场次,服务群众30余万人次。\n"))
    assert [m.owner for m in x.metrics][-2:] == ["临江区", "临江区"]


def test_the_campaigns_a_counted_set_of_them_is_listed_after_it_are_each_run():
    x = extract_text("临江区推进社区治理\n区委社治委实施社区发展治理“五大行动”,即老旧城区改造行动、背街小巷整治行动、"
                     "社区服务提升行动和平安社区创建行动。\n")
    assert {"老旧城区改造行动", "背街小巷整治行动", "社区服务提升行动", "平安社区创建行动"} <= labels(x, "Program")


def test_each_quoted_item_a_count_names_is_a_programme_of_its_own():
    x = extract_text("临江:三大工程\n临江市委实施“支部建设提质工程”“党员作用发挥工程”“机关作风提升工程”三大工程。\n")
    assert {"支部建设提质工程", "党员作用发挥工程", "机关作风提升工程"} <= labels(x, "Program")


def test_places_written_short_before_their_count_are_no_person():
    x = extract_text("长三角党建论坛开幕\n论坛由沪苏浙皖四省市党委组织部联合主办。\n")
    assert labels(x, "Person") == set()


def test_a_meeting_that_reviews_is_no_council():
    x = extract_text("北山县召开述职评议会\n1月25日,北山县召开党组织书记抓基层党建工作述职评议会。\n")
    assert labels(x, "Organization") == {"北山"} and x.focus == "北山"


def test_a_multi_province_region_is_no_unit():
    x = extract_text("第三届长三角党建论坛在杭州开幕\n第三届长三角党建论坛12日在杭州开幕。\n")
    assert x.focus is None and labels(x, "Organization") == set()


@pytest.mark.parametrize("sentence, rule, group", [
    pytest.param("北山县在全县村干部中推行“坐班值班”制度。", "坐班值班制度", "村干部", id="among-them"),
    pytest.param("北山县为党员建立“政治生日”制度。", "政治生日制度", "党员", id="for-them"),
    pytest.param("北山县对村(社区)干部实行积分制管理制度。", "积分制管理制度", "村(社区)干部", id="a-name-with-brackets"),
])
def test_those_a_rule_is_put_in_place_among_or_for_are_bound_by_it(sentence, rule, group):
    assert (rule, group) in relations(extract_text("北山县:强化干部管理\n" + sentence + "\n"), "appliesTo")


def test_a_verb_of_deploying_jieba_took_for_a_noun_opens_no_bodys_name():
    x = extract_text("临江:巡察\n6月5日,市委巡察工作领导小组召开会议,研究部署市委第十一轮巡察工作。\n")
    assert labels(x, "Organization") == {"临江", "市委巡察工作领导小组"}


def test_the_body_a_reporter_learned_the_news_from_is_not_what_it_is_about():
    x = extract_text("我省学习实践活动进展顺利\n本报讯(记者 赵明)记者从省委学习实践活动领导小组办公室获悉,"
                     "我省第一批参加活动的148个省直单位共举办培训班1600余期。\n")
    assert x.focus is None and [m.owner for m in x.metrics] == [None, None]


@pytest.mark.parametrize("sentence, cls, label", [
    pytest.param("北山区推出“民生微实事”项目。", "Program", "民生微实事项目", id="a-quoted-project"),
    pytest.param("“党建+项目”助推重点工程建设。", "Mechanism", "党建+项目", id="the-partys-work-joined-to-projects"),
    pytest.param("上架“e学园+学习平台”课程。", "Program", "e学园+学习平台", id="a-platforms-brand-with-a-plus"),
])
def test_a_quoted_project_is_a_programme_and_the_partys_work_joined_to_projects_a_pattern(sentence, cls, label):
    assert label in labels(extract_text("北山区:党建\n" + sentence + "\n"), cls)


def test_a_word_and_a_preposition_after_a_role_are_no_name():
    x = extract_text("北山大学党委:双带头人\n全校256个教师党支部书记全部由“双带头人”担任。\n")
    assert labels(x, "Person") == set()


def test_a_school_named_in_quotes_is_a_programme_even_before_the_brand_it_is():
    x = extract_text("北山市委组织部:构建“北山学堂”干部学习品牌\n我们打造“北山学堂”干部学习品牌,每月举办专题讲座不少于2场。\n")
    assert relations(x, "runs") == {("北山市委组织部", "北山学堂")}


@pytest.mark.parametrize("division, opened, program", [
    pytest.param("民政处", "今年开办“村长学堂”,每年上课4次", "村长学堂", id="civil-affairs"),
    pytest.param("社会处", "今年开办“村长学堂”,每年上课4次", "村长学堂", id="social-affairs"),
    pytest.param("原住民处", "办理「部落领袖培力营」,每年举办2梯次", "部落领袖培力营", id="jieba-cuts-it-in-two"),
    pytest.param("原住民处", "为强化族人能力,开办「部落领袖培力营」,每年举办2梯次", "部落领袖培力营",
                 id="jieba-joins-its-last-character-to-the-next-word"),
])
def test_a_division_of_a_county_government_runs_what_it_opened(division, opened, program):
    x = extract_text(f"北江县推动村长培训\n北江县政府{division}{opened}。\n")
    assert relations(x, "runs") == {(f"北江县政府{division}", program)}


def test_a_bureaus_side_is_the_bureau_last_named():
    x = extract_text("北江特区政府推动公务人员培训\n行政公职局今年推出培训课程,对象为特区政府各部门的主管人员。\n"
                     "行政公职局局长表示,局方已建立公务人员培训积分制度,要求公务人员每年完成培训不少于30小时。\n")
    assert relations(x, "establishes") == {("行政公职局", "公务人员培训积分制度")}
    assert [m.owner for m in x.metrics][-1] == "行政公职局"


@pytest.mark.parametrize("sentence, program", [
    pytest.param("北山市开设“长征精神”专题班,已累计培训干部3.2万人次。", "长征精神专题班", id="a-quoted-theme-then-the-class"),
    pytest.param("北山市委党校开设“高原红课堂”专题班,培训学员3200人次。", "高原红课堂", id="a-programmes-own-name-then-its-kind"),
    pytest.param("北山市委党校举办“北山特区公务人员国情研习班”,至今已举办28期。", "北山特区公务人员国情研习班",
                 id="a-long-quoted-seminar"),
])
def test_a_class_on_a_quoted_theme_is_a_programme(sentence, program):
    x = extract_text("北山市推进干部培训\n" + sentence + "\n")
    assert labels(x, "Program") == {program}


def test_a_list_of_speakers_holding_a_city_bureau_names_each_speaker_whole():
    x = extract_text("北江市作风建设工作会议召开\n会上,东岭区、北江市市场监督管理局、西坪区作了交流发言。"
                     "东岭区介绍了推行“一线工作法”的做法。西坪区则重点介绍了实施“双述双评”机制的做法。\n")
    assert {"东岭区", "北江市市场监督管理局", "西坪区"} <= labels(x, "Organization")
    assert not any(label.endswith("场监督管理局") and label != "北江市市场监督管理局" for label in labels(x, "Organization"))
    assert relations(x, "establishes") == {("东岭区", "一线工作法"), ("西坪区", "双述双评机制")}


def test_a_rank_jieba_cut_from_its_level_stays_in_the_group():
    x = extract_text("北江学院推出领导培训\n根据新安排,首长级人员每年须修读不少于15小时的领导培训课程。\n")
    assert labels(x, "Group") == {"首长级人员"}
    assert [m.group for m in x.metrics] == ["首长级人员"]


@pytest.mark.parametrize("sentence, division, person", [
    pytest.param("北江市政府公务人员训练处处长罗美玲在会中分享,该处推动“主管职能评鉴”制度。",
                 "北江市政府公务人员训练处", "罗美玲", id="whose-staff-between-the-body-and-its-division"),
    pytest.param("北江市人事局培训处处长罗晓峰介绍,该处推动“主管职能评鉴”制度。",
                 "北江市人事局培训处", "罗晓峰", id="the-division-right-after-the-body"),
])
def test_a_divisions_head_jieba_joined_to_its_last_character_leaves_the_division_and_the_person(sentence, division, person):
    x = extract_text("北江召开培训会议\n" + sentence + "\n")
    assert relations(x, "establishes") == {(division, "主管职能评鉴制度")}
    assert person in labels(x, "Person")


@pytest.mark.parametrize("sentence, unit", [
    pytest.param("北江人事总处所属公务人力发展学院(人发院)去年办理各类班期共412班。", "公务人力发展学院", id="subordinate"),
    pytest.param("北江公务员事务局辖下的公务员培训学院今年开办培训班412班。", "公务员培训学院", id="under-its-bureau"),
    pytest.param("公司党委开设讲堂。所属北江供电公司今年开办培训班412班。", "北江供电公司", id="under-the-reports-unit"),
])
def test_a_body_under_another_is_named_and_acts(sentence, unit):
    x = extract_text("北江推动公务人员培训\n" + sentence + "\n")
    assert unit in labels(x, "Organization")
    assert [m.owner for m in x.metrics] == [unit]


def test_a_quoted_course_a_body_has_is_a_programme_it_runs():
    x = extract_text("北江學院推出新課程\n北江公務員學院設有「國家事務研習課程」,至今已有1萬名公務員參加。\n")
    assert relations(x, "runs") == {("北江公务员学院", "国家事务研习课程")}


def test_a_district_jieba_took_for_a_persons_name_opening_a_clause_is_a_place():
    # 郾城/nrt|区: jieba tags the name a person's
    x = extract_text("北江市推进会\n会上,东岭区、郾城区和市教育局作了典型发言。"
                     "东岭区建立了“党员志愿服务积分”制度,郾城区开设“沙河讲堂”,每季度邀请专家开展一次专题辅导。\n")
    assert relations(x, "runs") == {("郾城区", "沙河讲堂")}


def test_an_online_academy_named_in_quotes_is_a_programme_not_a_body():
    x = extract_text("北江市推进干部培训\n北江市委组织部建设“北江学习”干部网络学院,每年开发网络课程不少于500门。\n")
    assert relations(x, "runs") == {("北江市委组织部", "北江学习干部网络学院")}
    assert "干部网络学院" not in labels(x, "Organization")


def test_a_numbered_question_before_a_titles_colon_is_no_unit_the_answering_bureau_is():
    x = extract_text("立法會九題:公務員培訓\n以下是今日在立法會會議上議員的提問和北江事務局局長的書面答覆:\n"
                     "政府規定,首長級人員每年須參加不少於3天的國家事務培訓。\n")
    assert "立法会九题" not in labels(x, "Organization")
    assert [m.owner for m in x.metrics] == ["北江事务局"]


def test_a_married_womans_name_with_her_husbands_surname_is_one_name():
    x = extract_text("北江事務局舉辦研討會\n北江事務局局長楊何蓓茵在致辭時表示,將加強公務員培訓。\n")
    assert labels(x, "Person") == {"杨何蓓茵"}


def test_a_level_alone_opening_a_clause_is_the_place_the_report_is_about():
    x = extract_text("廣西出台述職評議考核辦法\n廣西壯族自治區黨委組織部日前出台辦法。據了解,自治區已連續3年開展述職評議,累計述職1200餘人次。\n")
    assert "自治区" not in labels(x, "Organization")
    assert [m.owner for m in x.metrics] == ["广西"]


def test_a_prefectures_bodies_written_relative_to_it_are_its_and_a_title_names_the_prefecture_not_its_province():
    x = link_document(extract_text("青海省海北州推行“1+N”党员教育模式\n近年来,海北藏族自治州委组织部探索推行“1+N”党员教育模式。"
                                   "全州已建成乡镇党校31所。州委组织部还组建了由120名教师组成的宣讲队伍。\n"))
    assert labels(x, "Organization") == {"海北州", "海北州委组织部"}
    assert relations(x, "establishes") == {("海北州委组织部", "1+N党员教育模式")}
    assert [m.owner for m in x.metrics] == ["海北州", "海北州委组织部"]


def test_a_verb_and_a_word_ending_in_a_one_character_head_after_a_quote_name_nothing():
    x = extract_text("北江电力公司:“党建+安全”护航电网运行\n公司推进党建。\n")
    assert labels(x, "Program") == set()


def test_a_report_the_paper_learned_of_from_a_body_is_about_the_place_its_pronoun_names():
    x = extract_text("“支部建在网格上”让社区治理更精细\n日前,记者从北江市委组织部获悉,该市推行“支部建在网格上”模式,在全市1560个网格建立网格党支部。\n"
                     "网格员每天巡查不少于2次。\n")
    assert [m.owner for m in x.metrics] == ["北江", "北江"]


def test_a_place_inside_a_publications_title_is_not_what_the_report_is_about():
    # 江苏省/ns, a place jieba knows, inside the title
    x = extract_text("江苏省委组织部负责人就《江苏省干部教育培训学时学分管理办法》答记者问\n"
                     "答:《办法》规定,县处级以上领导干部每年参加脱产培训累计不少于110学时。\n")
    assert x.focus == "江苏省委组织部"
    assert [m.owner for m in x.metrics] == ["江苏省委组织部"]


def test_a_programme_named_in_full_then_short_in_brackets_is_one_programme():
    x = extract_text("北江市直机关“三比三争”活动成效明显\n北江市直机关工委在市直机关开展“比学习、争先进,比服务、争满意”活动"
                     "(简称“三比三争”活动),引导党员干部争当表率。\n")
    assert labels(x, "Program") == {"比学习、争先进,比服务、争满意活动"}
    assert {a for m in x.mentions if m.cls.value == "Program" for a in m.aliases} >= {"三比三争活动"}


def test_the_year_a_meeting_reviews_opens_no_bodys_name():
    x = extract_text("全县党建述职评议会议召开\n1月18日,县委召开全县2023年度乡镇党委书记抓基层党建工作述职评议会议。\n"
                     "会上,12个乡镇党委书记逐一进行现场述职。\n")
    assert labels(x, "Organization") == set()


@pytest.mark.parametrize("sentence, runs", [
    pytest.param("全省“三个一切”群众路线主题活动开展以来,淄博市把宣讲站作为载体。", set(), id="a-lower-units-report-of-it"),
    pytest.param("山东省深入开展全省“三个一切”群众路线主题活动。", {("山东", "三个一切群众路线主题活动")}, id="the-provinces-own"),
])
def test_a_campaign_of_the_whole_province_is_the_provinces(sentence, runs):
    assert relations(extract_text("推进群众路线教育\n" + sentence + "\n"), "runs") == runs


@pytest.mark.parametrize("sentence, body", [
    ("省财政厅、省交通运输厅、省卫生健康委3家单位的青年代表分享了读书心得。", "省卫生健康委"),  # the count is the list's
    ("市工商联在全市非公企业开展“亮旗”行动。", "市工商联"),
], ids=["the-last-of-bodies-a-count-restates", "a-federation-of-industry-and-commerce"])
def test_bodies_named_so_are_named_bodies(sentence, body):
    assert body in labels(extract_text("推进基层党建\n" + sentence + "\n"), "Organization")


def test_a_body_read_inside_a_longer_bodys_name_is_not_one_of_its_own():
    x = extract_text("推进高校党建\n临江省委教育工委建立高校党建“对标争先”计划。\n")
    assert labels(x, "Organization") == {"临江省委教育工委"}


@pytest.mark.parametrize("sentence, cls, name", [
    ("会上,市委党校介绍了推行“案例教学法”的做法。", "Mechanism", "案例教学法"),  # a method, in a practice told of
    ("临江市介绍了依托“红色书院”开展党性教育的做法。", "Program", "红色书院"),
], ids=["a-teaching-method", "an-academy"])
def test_what_a_unit_told_of_doing_is_named(sentence, cls, name):
    assert name in labels(extract_text("全省干部教育培训工作座谈会召开\n" + sentence + "\n"), cls)


def test_a_word_jieba_reads_as_a_name_inside_a_rules_name_is_no_person():
    x = extract_text("临江:“林长制”撬动绿色发展\n临江市建立林长巡林制度,规定市级林长每年巡林不少于2次。\n")
    assert labels(x, "Person") == set()
    assert "林长巡林制度" in labels(x, "Mechanism")


def test_a_body_whose_expert_a_report_says_was_invited_is_not_what_it_is_about():
    x = extract_text("区委理论学习中心组举行集体学习\n6月28日,区委理论学习中心组举行集体学习,邀请中央党校教授王明山作专题辅导报告。\n"
                     "中心组成员每年撰写理论文章不少于1篇。\n")
    assert x.focus is None
    assert [m.owner for m in x.metrics] == [None]


def test_a_lower_divisions_body_whose_rooms_a_report_opens_in_makes_it_what_the_report_is_about():
    x = link_document(extract_text(
        "江北临江:“干部夜校”夜夜亮灯\n每周三晚上,临江市西岭区委党校的教室里座无虚席。这是西岭区开办的“干部夜校”。\n"
        "“干部夜校”每期课程不超过2小时。\n"))
    assert x.focus == "西岭区"
    assert relations(x, "runs") == {("西岭区", "干部夜校")}
    assert {m.owner for m in x.metrics} == {"西岭区"}


def test_enterprises_a_body_supervises_are_a_kind_of_body():
    x = extract_text("推进国企党建\n临江市国资委每年对监管企业党委书记进行述职考核。\n")
    assert labels(x, "Organization") == {"临江市国资委"}


def test_a_numbered_name_for_a_span_of_time_is_no_rule():
    x = extract_text("党员教育培训规划\n“十四五”期间,全市每名党员每年参加集中学习培训时间不少于32学时。\n")
    assert labels(x, "Mechanism") == set()


def test_a_verbs_complement_jieba_cut_from_it_does_not_qualify_a_quoted_name():
    x = extract_text("推进党员教育\n各级党组织要用好“学习强国”学习平台。\n")
    assert [m.aliases for m in x.mentions if m.label == "学习强国学习平台"] == [("学习强国",)]


def test_bodies_a_decision_honours_are_not_what_it_is_about():
    x = extract_text("关于表彰全市学习型党组织建设先进单位的决定\n各县(区)委,市直各部门:\n"
                     "市委决定,授予市发改委党组等20个单位“全市学习型党组织建设先进单位”称号。\n"
                     "各级党组织每年开展学习型党组织创建评比活动不少于1次。\n中共临江市委\n2011年7月1日\n")
    assert x.focus == "临江"
    assert [(m.owner, m.measure) for m in x.metrics] == [("临江", "单位"), ("临江", "开展学习型党组织创建评比活动")]


def test_a_body_acting_together_with_another_is_two_bodies_though_jieba_reads_a_county_between():
    x = link_document(extract_text("西岭县:“党建+积分”激活乡村治理\n西岭县推行“党建+积分”治理模式。"
                                   "县委组织部会同县民政局制定积分细则。\n"))
    assert {"西岭县委组织部", "西岭县民政局"} <= labels(x, "Organization")
    assert not any("会同" in label for label in labels(x, "Organization"))


def test_hosts_who_founded_a_programme_in_a_year_each_run_it():
    x = extract_text("临江市“燕赵讲坛”开讲五年\n据了解,“临江讲坛”由临江市委组织部、临江市委宣传部于2006年联合创办,每月举办一期。\n")
    assert relations(x, "runs") >= {("临江市委组织部", "临江讲坛"), ("临江市委宣传部", "临江讲坛")}


def test_items_with_heads_of_their_own_before_a_counted_set_keep_their_names():
    x = extract_text("推进机关效能建设\n部机关各司局要建立健全首问负责制、限时办结制、责任追究制等“三项制度”。\n")
    assert labels(x, "Mechanism") == {"首问负责制", "限时办结制", "责任追究制"}


def test_the_working_committee_of_a_provinces_own_bodies_written_short_is_the_one_written_in_full():
    x = link_document(extract_text("江北省直工委:“三联三帮”结对共建\n江北省直机关工委组织开展“三联三帮”结对共建活动,"
                                   "即联系一个贫困村、联系一所农村学校。\n目前,112个省直部门已与246个贫困村结成对子。"
                                   "省直工委每半年对结对共建情况进行一次通报。\n"))
    assert labels(x, "Organization") == {"江北省直机关工委"}
    assert {m.owner for m in x.metrics} == {"江北省直机关工委"}


def test_bodies_that_jointly_built_a_programme_each_run_it():
    x = extract_text("临江“洞庭书院”开讲\n日前,由临江市委宣传部、临江市社科联联合打造的“洞庭书院”正式开讲。\n")
    assert relations(x, "runs") >= {("临江市委宣传部", "洞庭书院"), ("临江市社科联", "洞庭书院")}


def test_a_branch_leading_a_cooperative_names_no_body():
    x = extract_text("临江推行“党建+嘎查”模式\n临江市在全市嘎查推行“党建+嘎查”发展模式,由嘎查党支部领办合作社,带动牧民增收。\n")
    assert not any(label.endswith("合作社") for label in labels(x, "Organization"))


def test_hosts_of_a_campaign_the_clause_refers_to_by_its_head_each_run_it():
    x = extract_text("临江“党旗红”宣讲活动启动\n10月8日,“党旗红”百场宣讲活动在临江启动。活动由临江市委宣传部、临江市委组织部联合主办。\n")
    assert relations(x, "runs") >= {("临江市委宣传部", "党旗红百场宣讲活动"), ("临江市委组织部", "党旗红百场宣讲活动")}


def test_the_reform_a_numbered_pattern_names_is_the_rule():
    x = link_document(extract_text("临江“三变”改革经验在全国推广\n临江市从2014年开始探索农村“资源变资产、资金变股金、农民变股东”的“三变”改革。\n"))
    assert labels(x, "Mechanism") == {"三变改革"}


def test_a_practice_put_in_place_for_those_named_before_its_quote_is_a_rule():
    x = extract_text("推进城乡党建\n临江市推行城乡党组织“支部联建”,共结对1260对。\n")
    assert labels(x, "Mechanism") == {"支部联建"}
    assert [m.aliases for m in x.mentions if m.label == "支部联建"] == [("城乡党组织支部联建",)]


def test_each_unit_of_a_kind_as_subject_is_not_the_body_its_paragraph_opened_with():
    x = extract_text("北江省推进作风建设\n近年来,北江省推进作风建设。\n\n"
                     "省委办公厅印发《实施意见》,明确省级领导干部每年到基层调研不少于30天。各设区市建立领导干部接访机制。\n")
    assert relations(x, "establishes") == {("北江", "领导干部接访机制")}


def test_units_reported_speaking_are_not_what_the_rest_of_their_paragraph_is_about():
    x = extract_text("全省党员教育工作座谈会召开\n6月18日,全省党员教育工作座谈会在北江召开。\n"
                     "会上,临江市委组织部、北山市委组织部作交流发言。与会人员还现场观摩了“红色书屋”建设情况。\n")
    assert relations(x, "runs") == set()


@pytest.mark.parametrize("sentence, runs", [
    ("北山、南江两市还分别开设了“北山讲坛”和“南江讲堂”。", {("北山", "北山讲坛"), ("南江", "南江讲堂")}),
    ("北山和南江两县开设了“乡村讲堂”。", {("北山", "乡村讲堂"), ("南江", "乡村讲堂")}),
], ids=["respectively", "together"])
def test_places_listed_before_their_count_and_level_are_places_that_act(sentence, runs):
    assert relations(extract_text("各地创新理论宣讲\n" + sentence + "\n"), "runs") == runs


def test_units_doing_quoted_things_side_by_side_respectively_each_do_their_own():
    x = extract_text("北江推进项目党建\n北建一局、北建二局分别推行“红色工地”“先锋工程”创建活动。\n")
    assert relations(x, "runs") == {("北建一局", "红色工地创建活动"), ("北建二局", "先锋工程创建活动")}


def test_a_district_named_as_new_opens_the_chain_of_the_street_under_it():
    x = link_document(extract_text("浦东新区陆家嘴街道党工委推行“楼事会”治理模式\n陆家嘴街道党工委在辖区商务楼宇推行“楼事会”治理模式。\n"))
    assert x.focus == "陆家嘴街道"


def test_a_town_whose_name_opens_with_a_rare_character_is_a_place():
    x = extract_text("北江县发展集体经济\n其中,漳江镇、陬市镇、热市镇分别建成示范村8个、6个和5个。\n")
    assert [(m.owner, int(m.value)) for m in x.metrics] == [("漳江镇", 8), ("陬市镇", 6), ("热市镇", 5)]


def test_a_city_written_with_the_corps_division_it_is_one_with_is_what_the_report_is_about():
    x = link_document(extract_text("兵团第八师石河子市推行“团场党建联盟”\n第八师石河子市在全师团场推行“团场党建联盟”,由团场党委牵头。\n"))
    assert x.focus == "石河子" and "团场" not in labels(x, "Organization")


def test_the_organs_of_a_level_as_subject_are_not_the_body_the_sentence_before_named():
    x = extract_text("北江省推进学习型党组织建设\n近年来,北江省推进学习型党组织建设。\n\n"
                     "省委组织部下发通知,要求领导干部每年至少读4本书。省直机关每月举办一次“北江大讲堂”。\n")
    assert relations(x, "runs") == {("北江", "北江大讲堂")}
