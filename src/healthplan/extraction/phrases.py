"""The phrases of Chinese plan language the target rules read: comparator verbs, counting
verbs, fluff to strip, population qualifiers, past-achievement markers, head words of
indicators. Kept apart from the rules so each list can be reviewed on its own."""

from __future__ import annotations

import re

from healthplan.extraction.scanning import scanning
from healthplan.model.plan import Comparator

__all__ = [
    "ACTION_START",
    "BASELINE_AFTER",
    "BASELINE_BEFORE",
    "COMPARATOR_VERBS",
    "COUNT_VERB_END",
    "COUNT_VERB_LAST",
    "EACH_GETS",
    "GOAL_WORDS",
    "HAVE",
    "HEAD_END",
    "HORIZON",
    "KEEP_VERBS",
    "LEAD_FLUFF",
    "PAST_HEADING",
    "PAST_SENTENCE",
    "PAST_UNLESS_GOAL",
    "PER_PERIOD",
    "QUALIFIER",
    "REPORT_HEADING",
    "RIGHT_VERB",
    "SCOPES",
    "SCOPE_UNIT",
    "SUFFIX",
    "TIME_UNITS",
    "TRAIL_FLUFF",
    "VAGUE",
    "VERB_BEFORE",
]

# Verb right before a number, longest first, with the comparator it implies on its own.
COMPARATOR_VERBS: dict[str, Comparator | None] = {
    "不低于": Comparator.ge,
    "不少于": Comparator.ge,
    "不小于": Comparator.ge,
    "至少": Comparator.ge,
    # 剖宫产率不得超过30%, 每月最少随访1次: a bound the plan sets, said as a prohibition or a
    # floor (不得超过 is not 超过, more than)
    "不得低于": Comparator.ge,
    "不得少于": Comparator.ge,
    "最少": Comparator.ge,
    "不得超过": Comparator.le,
    "不得高于": Comparator.le,
    "不得大于": Comparator.le,
    "力争达到": Comparator.ge,
    "达到": Comparator.ge,
    "到达": Comparator.ge,  # a typist's 达到 (签约服务率要到达90%以上)
    "达": Comparator.ge,
    "保持在": Comparator.ge,
    "巩固在": Comparator.ge,
    "稳定在": Comparator.ge,
    "维持在": Comparator.ge,
    "保持": Comparator.ge,
    "维持": Comparator.ge,
    "巩固": Comparator.ge,
    "提高到": Comparator.ge,
    "提高至": Comparator.ge,
    "提升到": Comparator.ge,
    "提升至": Comparator.ge,
    "增加到": Comparator.ge,
    "增加至": Comparator.ge,
    "增长到": Comparator.ge,
    "增长至": Comparator.ge,
    "增至": Comparator.ge,  # 床位增至3.17张: 增加至 said short
    "升至": Comparator.ge,
    "上升到": Comparator.ge,
    "上升至": Comparator.ge,
    "扩大到": Comparator.ge,
    "扩大至": Comparator.ge,
    # 服务量能增加为3倍: 为 says the level reached, as 至 does
    "增加为": Comparator.ge,
    "提高为": Comparator.ge,
    "提升为": Comparator.ge,
    "不高于": Comparator.le,
    "不超过": Comparator.le,
    "不大于": Comparator.le,
    # 死亡率控制在以下12‰: the bound said before the value, as a typist or a converter leaves it
    "控制在以下": Comparator.le,
    "控制在以内": Comparator.le,
    "控制在": Comparator.le,
    "控制到": Comparator.le,
    "控制至": Comparator.le,
    "降低到": Comparator.le,
    "降低至": Comparator.le,
    "下降到": Comparator.le,
    "下降至": Comparator.le,
    "降到": Comparator.le,
    "降至": Comparator.le,
    "减少到": Comparator.le,
    "减少至": Comparator.le,
    "缩短到": Comparator.le,
    "缩短至": Comparator.le,
    # 急救半径缩小到5公里以内, 平均候诊时间压缩至20分钟: a level brought down to
    "缩小到": Comparator.le,
    "缩小至": Comparator.le,
    "压缩到": Comparator.le,
    "压缩至": Comparator.le,
    "压减到": Comparator.le,
    "压减至": Comparator.le,
    "调整为": Comparator.eq,  # 配置标准从1.84人调整为1.88人: the level set anew
    "调整到": Comparator.eq,
    "调整至": Comparator.eq,
    "超过": Comparator.gt,
    # 培训超1000人次, 为超2万名儿童提供…: 超过 said short (超出/超额 are read apart)
    "超": Comparator.gt,
    "逾": Comparator.gt,  # 达标率逾90%: more than
    "突破": Comparator.gt,
    "高于": Comparator.gt,
    "大于": Comparator.gt,
    "低于": Comparator.lt,
    "低": Comparator.lt,  # 未及时审核率低0.03%: 低于 said short, as tables and scoring rules do
    "最低": None,  # not 低 (below): the lowest
    "较低": None,
    "小于": Comparator.lt,
    "少于": Comparator.lt,  # 无主犬每村少于1条 (不少于 is the floor, read whole)
    "提高": Comparator.increase_by,
    "提升": Comparator.increase_by,
    "增加": Comparator.increase_by,
    "增长": Comparator.increase_by,
    "递增": Comparator.increase_by,
    # 税款调高8角, 上调5%: a rate or charge raised by so much (调高到…, 上调至…: to a level)
    "调高": Comparator.increase_by,
    "上调": Comparator.increase_by,
    "调高到": Comparator.ge,
    "调高至": Comparator.ge,
    "上调到": Comparator.ge,
    "上调至": Comparator.ge,
    "调升": Comparator.increase_by,  # Taiwan's 上调
    "调升到": Comparator.ge,
    "调升至": Comparator.ge,
    "递减": Comparator.decrease_by,
    "下降": Comparator.decrease_by,
    "降低": Comparator.decrease_by,
    "减少": Comparator.decrease_by,
    "缩短": Comparator.decrease_by,
    "大于或等于": Comparator.ge,
    "大于等于": Comparator.ge,
    "小于或等于": Comparator.le,
    "小于等于": Comparator.le,
    "≧": Comparator.ge,  # the signs of other fonts and of standards (≮ 不小于, ≯ 不大于)
    "⩾": Comparator.ge,
    "≮": Comparator.ge,
    "≦": Comparator.le,
    "⩽": Comparator.le,
    "≯": Comparator.le,
    "≥": Comparator.ge,
    ">=": Comparator.ge,
    "≤": Comparator.le,
    "<=": Comparator.le,
    ">": Comparator.gt,
    "＞": Comparator.gt,
    "<": Comparator.lt,
    "＜": Comparator.lt,
    "下达": None,  # 资金已下达1亿元: not 达 (reach)
    "为≥": Comparator.ge,  # 检测率分别为≥95%: 为 before the sign says nothing more
    "为≤": Comparator.le,
    "为>": Comparator.gt,
    "为<": Comparator.lt,
    "=": None,  # 门诊报销比例=50%
    "＝": None,
    ":": None,  # 高血压患者健康管理率：30% (a clause does not end before a number)
    "：": None,
    "在": None,
    "为": None,
    "是": None,
}
# A change bounded (增长不少于2个百分点, 每年下降不低于0.5个百分点): still a change, by at
# least that much; 降 alone (每年降0.5%以上) is 下降 said short.
_CHANGES = {
    "提高": Comparator.increase_by,
    "提升": Comparator.increase_by,
    "增加": Comparator.increase_by,
    "增长": Comparator.increase_by,
    "上升": Comparator.increase_by,
    "下降": Comparator.decrease_by,
    "降低": Comparator.decrease_by,
    "减少": Comparator.decrease_by,
    "缩短": Comparator.decrease_by,
}
COMPARATOR_VERBS.update(
    {f"{change}{bound}": way for change, way in _CHANGES.items() for bound in ("不少于", "不低于")}
)
COMPARATOR_VERBS["降"] = Comparator.decrease_by
# Verbs of holding a level: with 左右 (保持在45%左右) they state the level itself (=).
KEEP_VERBS = ("保持在", "稳定在", "维持在", "巩固在", "保持", "维持")
_VERBS = "|".join(re.escape(v) for v in sorted(COMPARATOR_VERBS, key=len, reverse=True))
# 都 is 均 said plainly (…率都能够达到100%); 人均 is per head, not each
_DISTRIBUTIVE = "(?<!人)均|分别|各|都"
# …监督频次提升至每季度2次: how often, said between the verb and the count
PER_PERIOD = "每(?:个)?(?:季度|半年|年|月|周|天|日)"
# …参保率均提高并稳定在90%: a change joined by 并 to the verb that states the value
_CHANGED_AND = "(?:提高|提升|巩固|增加|扩大|降低|下降|减少|控制)并"
VERB_BEFORE = re.compile(
    rf"(?P<dist>{_DISTRIBUTIVE})?(?:{PER_PERIOD})?(?:持续|继续|常年|始终|长期|力争|争取|逐步|基本|全部|总体|进一步|"
    rf"每年|逐年|年均|(?<!水)平均|要求|必须|应当|(?<![供响适相对反效])应|须|需|要|能够|可以|{_CHANGED_AND})*(?P<verb>{_VERBS})?(?P<dist2>{_DISTRIBUTIVE})?(?:(?<=[至到])最高)?(?:约为|(?<![签合预制履节公条规契协])约|大约|近)?"
    rf"(?:每人每年|年人均|人均|每人|{PER_PERIOD})?"
    r"(?P<per>每(?:千|万|百|十万)名?(?:常住|户籍|服务)?(?:人口|居民|人))?\s*$"
)
# Units of age and duration: before a noun they qualify it (65岁及以上老年人, 6个月内婴儿).
TIME_UNITS = {"岁", "周岁", "月龄", "个月", "小时", "分钟", "天", "日"}
# (20%比例的社区…, 100%比例二级医院设置…: a share said with the word 比例, as 20%的 says it)
SUFFIX = re.compile(
    r"(?P<suf>及以上|以上|及以下|以下|以内|之内|左右)?(?:(?<=[%％])比例(?=的?[\u4e00-\u9fff\d])(?!以[上下内]))?(?P<de>的)?"
)

# Verbs of building, adding, completing, training: 新建绿地1000公顷, 建成1个…门诊区.
_COUNT_VERBS = (
    "新建|新增|建成|建设|建立|完成|培育|培养|创建|创成|打造|引进|引育|柔性引进|招收|招聘|培训|"
    "组建|筹建|扩建|共建|援建|"
    "开展|提供|举办|组织|实施|改造|改建|改扩建|新改扩建|设立|设置|推广|推广应用|安排|选派|下沉|"
    "招生|委培|定向委培|申报|新申报|入选|落实|筛查|检查|接种|抽检|监测|覆盖|做好|配备|配置|扶持|"
    "支持|资助|救助|补助|发放|投入|扩招|遴选|评选|认定|命名|达标|增设|新设|新开|开通|建|指导|"
    "帮助|推动|推进|其他|其余|另有|选择|选取|确定|给予|开设|开办|掌握|安装|接受|"
    # what is added or raised for people: 增配120台除颤器, 筹措3000套(间)保障性租赁住房
    "增配|新配|筹措|筹集|"
    # a service funded by the count of its places: 增加240个寄养服务名额, 推出3000张服务券
    "增加|推出|装配|开通运行|惠及|探访|"
    # works of a year's list: 更新300条健身路径, 解决3500户…的住房困难, 整体提升100所学校
    "更新|解决|提升|抽调|"
    # services a plan gives people, counted by people or by how often: 每季度随访一次, 体检3万人
    "随访|体检|查体|访视|巡诊|督导|"
    # a building programme's stages: 开工建设安置房90万平方米，竣工80万平方米
    "竣工|开工"
)
_CHAINED_WORK = "改善|供应|升级|完善|提质|扩容|运营|维修|修缮|整治|投用|投运|开放|启用|交付|产生"
COUNT_VERB_END = re.compile(
    rf"(?:{_COUNT_VERBS})"
    # 组建完善并规范运作18支…: verbs chained to the counting one; 新建(改建)10家…: its alternative
    rf"(?:[\u4e00-\u9fff]{{0,4}}并[\u4e00-\u9fff]{{1,4}}|[(（](?:{_COUNT_VERBS}|改建|新建)[)）])?"
    # 建设改善30间休息室, 新增筹措供应1500张床位: works chained to the counting verb
    rf"(?:{_CHAINED_WORK}){{0,2}}"
    r"(?:共|合共|共计)?\s*$"  # 推出共3,000张服务券: the count is the total
)
COUNT_VERB_LAST = re.compile(rf"(?:{_COUNT_VERBS})(?!.*(?:{_COUNT_VERBS}))")
# A work a count is of, opening an indicator (打通…断头路3处, 整治…交通堵点3处)
WORK_VERBS = rf"(?:{_COUNT_VERBS}|{_CHAINED_WORK}|打通|疏通)+"
# 推进甲建设、完成乙2个…、实现丙100万平方米: works of a 民生实事 line joined by 、, each opened by
# a verb of its own (not 新建、改扩建…: verbs alone before one work, VERBS_ONLY)
ITEM_VERB_OPENS = re.compile(rf"、(?=(?:{_COUNT_VERBS}|实现)[\u4e00-\u9fff])")
VERBS_ONLY = re.compile(rf"(?:{_COUNT_VERBS}|实现|和|及|并|或)+")
# A number with nothing before it is a target only when a verb follows: 1-2个乡镇创建成…
RIGHT_VERB = re.compile(
    r"(?:能够|可以|均能|都能|均|都)?(?:创建|创成|建成|建有|提供|达到|开展|设立|设置|设|配备|能提供|通过|获得|落实|完成|开设|接入|实现|"
    r"建立|成立|组建|配置|配齐|开通|推行|纳入|具备|使用|执行|加入|接受|参加|"
    r"放置|摆放|张贴|悬挂|开放|受惠|受益)"
)

LEAD_FLUFF = re.compile(
    r"^(?:(?:中国|我国|全国|全省|全市|全县|全区|我省|我市|我县|我区)的|"  # 中国的人均预期寿命
    r"[(（][\d一二三四五六七八九十]{1,3}[)）]|[(（][^()（）]{1,30}[)）](?=.)|\d{1,3}(?:[、．]|\.(?!\d))|[\s,，、;；:：(（)）\-—▶►▷➢➤]|"
    r"\d{1,3}(?:\t|\s{2,}|\s*\|)|"  # 3    建设健康步道…: a row's number
    r"在(?=确保|保证)|"  # 在确保…不低于95%的基础上: the goal kept, said after 在
    # 15-49岁人口中，知晓率达到…: the population the sentence's rates are all measured among,
    # a frame set apart by its comma (the clauses after it name their own groups)
    r"在?[^，,。；;：:]{1,16}?(?:人口|人群|居民|妇女|儿童|学生|青少年|老年人)中[,，]|"
    r"为(?=确保|保证)|"  # 为确保95%的县实现…: the purpose the sentence opens with
    r"(?:本报|本刊)讯\s*(?:[(（][^()（）]{0,30}[)）])?|"  # a news item's byline
    r"第?[一二三四]季度(?:末|底|前)?|[上下]半年(?:末|底|前)?|"  # 一季度为2500名…: when
    r"\d{1,2}\.(?=\d{1,3}(?:岁|周岁|月龄|个月))|"  # 2.15岁以上人群吸烟率: item 2
    r"[一二三四五六七八九十]{1,3}[、．](?![一二三四五六七八九十]级)|[一二三四五六七八九十]{1,2}是|以[^，,。为]{1,12}为单位的?|"
    r"(?:包括|即|就是|是)(?=(?:到|至)(?:20\d\d|xx|XX)年)|"  # 目标是到2030年…, 包括到2025年…
    r"即(?![时刻将])|"  # “三个90%”目标，即感染者发现率…: what a slogan stands for, said after 即
    # 除此以外，还有…率控制在…, 而到2010年…: words that join the sentence to the one before
    r"此外|另外|还有(?=[\u4e00-\u9fff]{2})|而(?=到|至)|"
    # 投资200万元在新老社区建设…10个: what the work costs, said before it, names none of it
    r"(?:总)?投资(?:约|近)?[\d.]+\s*(?:万|亿)?元(?:用于)?|"
    r"累计|其中|同时|下一步|分别(?=[\u4e00-\u9fff]{2})|主要(?:为|是|有|包括)|[^，,。；;]{0,30}?(?:主要)?(?:目标|任务)(?:是|为)(?=[\u4e00-\u9fff]{2}|[到至]20\d\d年)|"
    r"目标(?!人群|儿童|值|任务|管理)(?=[\u4e00-\u9fff]{2})|"  # 目标育龄妇女…服用率达98%: a label
    r"[\u4e00-\u9fff]{1,10}(?:委|局|部|厅|办|政府|中心)[:：]|"  # 国家卫健委：…: who says it
    r"[\u4e00-\u9fff]{1,10}领域[,，:：]|"  # 儿童与健康领域，…: the part of a programme, no name
    r"\d{1,2}月(?!龄)(?:份|底|末)?(?:前|之前)?|并且|并|且|以及|或者|或(?=到|至|在)|和|及(?![时格早])|确保|力争|争取|努力|"
    # 推进300堂巡讲: before a count the verb counts it, as 开展 does
    r"推动(?=[^\d一二两三四五六七八九十])|推进(?=[^\d一二两三四五六七八九十])|逐步使|逐步|使得|使|让|最终(?=实现|达到)|实现|要求|要|将|计划(?!生育|免疫)|预计|拟|还将|再(?!生)|全年|在(?=今年|本年|年内|年[底末])|今年|本年度|年内|(?:到|至)?年[底末]前?|每年|全市|全县|全区|全省|全州|全旗|"
    r"我市|我县|我区|我省|我国|全国|各地|该[省市县区州]|了(?=到|至|在)|(?:截[至止]到?|到|至|在|于)?(?:20\d\d|xx|XX|X|×{1,4})年(?:底前|末前|末|底|前|内)?|当年|"
    r"(?:(?:实施)?方案|规划|计划|意见|通知|文件|纲要|会议|目标|工作|《[^》]{1,30}》)?(?:中|还|同时)?"
    r"(?:明确)?(?:要求|提出|指出)[,，:：]?|"
    # 上海提出到2030年…, 发布的《…》进一步提出…: who says it
    r"(?:例如|比如)?(?:[\u4e00-\u9fff]{0,6}?《[^》]{1,40}》)?[\u4e00-\u9fff]{0,6}?(?:进一步)?"
    r"(?:提出|指出)[,，:：]?)+"
)
# Where or whom an indicator is of, written before it: 城镇居民…率, 农村…率.
SCOPES = (
    r"城市地区|农村地区|城镇居民|农村居民|城市居民|"
    r"城区|城市|城镇|农村|乡村|县城|市区|城乡|男性|女性|"
    r"中西部地区|东部地区|中部地区|西部地区|中西部|东部|中部|西部"
)
# 以乡镇为单位: a scope, wherever it stands in the indicator phrase.
SCOPE_UNIT = re.compile(r"以[^，,。为]{1,12}为单位的?")
TRAIL_FLUFF = scanning(
    r"(?:[\s,，、(（:：]|的|要|将|并|(?:(?<!人)均|分别|各)(?:完成)?|至少|全市|全县|全区|全省|全国|全年|常年|辖区内?|(?<![供相对适反响])应"
    r"|为(?:核心|重点|主|目标|抓手|切入点|突破口)|原则上应?|原则上"
    r"|(?:逐年|逐步|稳步|不断|持续)(?:提高|提升|增加|增长|下降|降低|减少)并?"  # …率逐年提高并于
    r"|呈(?:下降|上升|降低|增长|逐年下降|逐年上升)(?:趋势|态势)"  # …近视率呈下降趋势，每年…
    r"|(?:到|至|在|于)?(?:20\d\d|xx|XX)年(?:末|底|前|内)?)+$"  # 接种率2020年底将达95%
)
# A clause opening with an action verb is not the name of the indicator that follows it.
ACTION_START = re.compile(
    r"^(?:提升|提高|加强|推进|推动|开展|实施|启动|完善|建立|健全|落实|深化|强化|做好|促进|组织|积极|打造|"
    r"全面|持续|进一步|大力|扎实|不断|继续|切实|着力|优化|规范|扩大|鼓励|支持|引导|坚持|确保)"
)
# 一批, 一件事, 一系列: vague quantities, not targets.
VAGUE = re.compile(r"一(?:批|件|系列|些|支|套|揽子|站式|体化|次性)")
# 建有, 配有, 有: the verbs of what a unit has — what each unit is to have (每个乡镇有一所…)
HAVE = "(?:建有|设有|配有|拥有|有)"
# 各配备一套…: what each of the units named before gets, a count however it is said
EACH_GETS = re.compile(r"各(?:配备|配置|配齐|建成|建设|建立|设立|新建|培训|培养|安排|选派)$")
# 从2020年的85%提高到95% / 由6.5‰下降到5‰: the first number is the baseline.
BASELINE_BEFORE = re.compile(
    # (由现时的23张增至…, 由原来首300万调整为…, 从现行每年12万元增至…: Hong Kong, Macau, Taiwan;
    # 由每人每月900元、每生每年2000元提高到…: a sum for each head and period)
    r"(?:从|由)(?:(?P<year>20\d\d)年(?:底|末)?的?|(?:目前|现在|当前|现状|现时|现行|原来首?|原有)的?)?"
    r"(?:人均|每[千万百]?(?:人口|人|生|户|名|床|学生|对象))?(?:每(?:年|月|日|天|季度|学期))?$"
)
# 由78.5岁（2020年）提高到…: the year a baseline was measured may follow it in brackets
BASELINE_AFTER = re.compile(
    r"(?:[（(](?P<year>(?:19|20)\d\d)年(?:底|末)?[)）])?"
    r"(?:以上|以下)?的?(?:水平)?[，,]?(?:大幅|逐步|进一步|统一|分别|均)?"
    r"(?:(?:提高|提升|增加|增长|上升|下降|降低|减少|降|缩短|扩大|增|升|控制)"
    r"(?:到|至)|调整(?:为|到|至))"  # 从1.84人调整为1.88人: a level set anew
)
# 在2020年基础上 / 较2015年 / 比2020年: a baseline year, not part of the indicator.
BASELINE = scanning(
    r"(?:(?:较|比|相比|与)(?P<year>20\d\d)年|在(?P<year_at>20\d\d)年(?=的?(?:基础上|水平)))"
    r"(?:的?(?:基础上|水平上|水平|末))?"
    r"|以(?P<year_of>20\d\d)年(?:底|末)?(?:为|作为)(?:基础|基数|基准|基期)"  # 以2020年为基础下降1/4
    r"|在\d[\d.]*[^\d，,。；;]{0,5}?的?(?:基数|基础|水平)上再?"  # 在30‰的基数上再下降1/5
    r"|在(?:现有|原有|原|此|目前)(?:的)?(?:基础上|水平上)"  # 在现有基础上提高50%: no year
    # 在“十三五”期末的基础上下降30%: the end of a named period, its year left to the period
    r"|(?:在|较|比)[“\"]?[一二三四五六七八九十]{1,2}五[”\"]?(?:期末|末)的?(?:基础上|水平上|水平)?"
    # 在现有的120张床位基础上: a level the goal builds on
    r"|在(?:现有|原有|已有|目前)的?[^，,。；;在]{1,30}?的?(?:基础|水平)上再?"
    r"|(?:比|较)(?:上一年度|上一年|上年度|上年|去年)(?:同期)?|同比"  # …，比上年提高2个百分点
    # 较目前再增加约3岁, 从现在79岁的水平再提升1岁: the level now, no year named
    r"|(?:较|比|相比)(?:目前|现在|当前)(?:的?水平)?再?"
    r"|(?:从|由)(?:目前|现在|当前)的?\d[\d.]*[^\d，,。；;]{0,3}?的?水平上?再?"
)
# Population and size qualifiers inside an indicator phrase: 65岁及以上, 0-3岁, 35-64周岁.
QUALIFIER = re.compile(
    r"(?:\d+(?:\.\d+)?(?:[-—~～至到]\d+(?:\.\d+)?)?|[一二三四五六七八九十]+)(?:周岁|岁)"
    r"(?:及以上|以上|及以下|以下|以内)?(?:的)?"
)
# Head words an indicator ends with (率, 数, 比例 …): a list of such phrases is several targets.
HEAD_END = re.compile(
    r"(?:率|数|比例|占比|比重|水平|寿命|费用|费|经费|指数|能力|天数|浓度|人数|量|增幅|频次)$"
)

# A section on the past — but not one whose heading joins its goals to it (工作背景与总体目标,
# 现状和目标): the goals it goes on to set are the plan's.
PAST_HEADING = re.compile(
    r"^(?![^。]*?[与和及、][^。]{0,8}?目标)[^。]*?(?:"
    r"发展基础|现状|回顾|成效|成就|取得的|进展情况|工作总结|基本情况|十三五|面临形势|形势分析|"
    r"发展环境|背景)"
)
# A report's sections, a short heading of its own (一、工作开展情况, 二、主要做法, 三、存在的问题):
# what was done and how — not one that goes on to the work ahead (…开展情况及下一步计划), nor an
# item's sentence that names them (三、国办将…定期梳理汇总落实情况。).
REPORT_HEADING = re.compile(
    r"[^，,。；;：:]{0,12}?(?:(?:主要|工作|经验)做法|存在(?:的)?(?:主要)?问题|主要成绩|工作亮点"
    r"|(?:开展|完成|实施|落实|执行|工作)情况)[^，,。；;：:计划安排打算思路目标]{0,4}"
)
PAST_SENTENCE = scanning(
    r"十三五[”\"」]?(?:期间|时期|以来|末|规划实施)|截至|截止|过去[一二三四五六七八九十两几数\d]{1,2}年|近五年来|"
    # an earlier named period (“十一五”末期, 十二五期间), unless a change's base (比十二五末)
    r"(?<![比较在与])[“\"「]?十[一二]五[”\"」]?(?:期间|时期|以来|末|规划实施)|"
    # 预计 forecasts a state (预计…老年人口将达到…, 预计成本为…); a planned act stated with it,
    # by a time or not (预计将为…提供…, 预计对…进行…, 预计新增…, 预计到…末实现全覆盖), is the
    # government's own work, a goal
    # (预计可额外提供…张病床, 预计惠及约120万名长者, 预计130万名长者受惠, 预计照顾54.5万人:
    # the reach of a measure); the cost works are foreseen to take (工程开支预计达810亿元) is
    # the plan's, the works still to come
    rf"\d+年来|(?<!开支|费用|投资|造价|支出)预计(?!目标|(?:[到至在于][^，,。；;]{{1,12}}?[年末底前][，,]?|20\d\d年[底末内]?[，,]?)?"
    rf"(?:将|可|还将)?额?外?(?:[对向给]|为(?=[^，,。；;]{{1,24}}?(?:提供|开展|进行|实施|发放|接种|免费))"
    rf"|实现|(?:全部|全面)?落实|惠及|照顾"
    rf"|[^，,。；;]{{1,16}}?受惠|{_COUNT_VERBS}))"
    r"|历史最低|历史最好|数据显示|数据表明|统计显示|调查显示|监测显示"
    r"|(?<![要将争])提前(?:达到|实现|完成)"  # 83项指标提前达到规划目标: goals met already
    r"|据(?:统计|调查|监测|测算|预测)|结果显示|结果表明"
    r"|预测[:：]"  # 预测：…年均增人70万: a forecast so labelled, as 预计 forecasts
)
# Weaker signs of the past: they are outweighed by a goal the sentence names (今年以来，…提出
# “…覆盖率达到60%”的目标).
PAST_UNLESS_GOAL = scanning(
    # (推进现有23个…扩优, 改造现有…, 将为现有医院增加…, 加强新增名额和现有…名额的服务: the
    # units a work is done to or for, or listed with the new ones it acts on, no state told)
    r"已经|(?<![进升造合用托活化对为和及])现有(?![^，,。；;]{0,40}(?:基础|水平))|共有|(?:全|我)[国省市县区镇]共?拥有|以来[,，]"
    r"|(?:近|多|[一二三两四五六七八九十])几?年来|(?:今年|年初|本年度?)以来|至今|迄今|到目前为止"
    # 2023年以来…提高到77.3岁, 项目开展5年间完成…: the time since a year, or a span gone by
    r"|完成的?情况(?:是|为|如下)|(?:19|20)\d\d年(?:初|底|末)?以来|(?<!未来)(?<!今后)(?<![再用])[\d一二三两四五六七八九十]+年间"
    # an event told as it happened: 此次活动共吸引…, 活动现场…, 当天…
    r"|此次|本次[\u4e00-\u9fff]{0,4}(?:活动|培训|义诊|会议)|当天|当日|活动现场|活动期间"
    # but 不低于上年水平, 高于去年: a goal set against last year's level (不低于当地上年度…水平:
    # the level named after the year, its place between)
    r"|(?<![比较与同于])(?:去年|上年)(?!同期|基础|度?[^\d，,。；;]{0,16}?水平)"
    # what a place is: 全市辖5个县区、60个乡镇, 总人口120万
    r"|(?<![直管])辖(?!区)[\d一二三四五六七八九十]|(?:总|常住|户籍)人口(?:约|为|达)?\d"
    r"|取得了?(?:显著|明显|积极|重要|重大|阶段性|新的?)?(?:成效|成绩|进展|成果|突破)"
)
# The year a goal is set for (到2025年); 到/至 a year after a verb of change (降到2018年的
# 59.3/10万, 提高至2021年近80%) is the year a level was reached
HORIZON = r"(?<![高升降长加少落低])(?:到|至)(?:20\d\d|xx|XX)年"
# …提出意见建议1189条: what the public put forward, not a goal a plan sets
GOAL_WORDS = re.compile(rf"提出(?!了?(?:意见|建议|问题|诉求))|明确|目标|力争|要求|{HORIZON}")
