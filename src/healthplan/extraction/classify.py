"""The one mention classifier: for every number of a clause, whether it may state a target,
and when it may not, why (:data:`REASONS`). Years, dates, section numbers, population and
duration qualifiers (65岁及以上老年人, 6个月内婴儿, 24小时及时接种率), category counts (六类十项),
slogans and vague 一批 are not targets; baselines (从2020年的85%提高到…) are set apart.

:func:`classify` without a context applies the checks that need only the characters around
the number; with the clause context of :mod:`.rules` (the verb before it, the words after
it, the indicator words before it) it applies the rest. ``clauses.explain`` gives the reason for
every number of a clause, for the review export and for tests.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from healthplan.extraction.numbers import (
    NON_TARGET_UNITS,
    RATE_UNITS,
    UNIT_NAMED_BEFORE,
    Mention,
    mentions,
)
from healthplan.extraction.phrases import (
    BASELINE_AFTER,
    BASELINE_BEFORE,
    COMPARATOR_VERBS,
    COUNT_VERB_END,
    COUNT_VERB_LAST,
    EACH_GETS,
    HAVE,
    RIGHT_VERB,
    SUFFIX,
    TIME_UNITS,
    VAGUE,
    VERB_BEFORE,
)
from healthplan.extraction.scanning import scanning
from healthplan.model.plan import Comparator

if TYPE_CHECKING:
    from healthplan.extraction.rules import Context

__all__ = [
    "REASONS",
    "activity_topic",
    "classify",
    "split_baselines",
    "target_mentions",
    "with_topic",
]

# Why a number is not a target: the reason codes :func:`classify` returns.
REASONS = {
    "calendar": "a year, month or other calendar unit (2025年, 6月, 第五届)",
    "year": "a bare year (2025)",
    "qualifier": "a population or duration qualifier (65岁及以上老年人, 6个月内婴儿)",
    "size-qualifier": "a size qualifier (2000户以上的社区)",
    "vague": "a vague quantity (一批, 一系列)",
    "category": "a count of categories or a slogan (六类十项, 三位一体, 千场讲堂)",
    "numeral-without-verb": "a Chinese numeral no verb counts (一体化, 两个一百年)",
    "label": "part of a label, section number or document number (第3条, “1+7”, 〔2023〕)",
    "denominator": "the denominator of a rate (/100万)",
    "bare": "a number without unit, verb or multiplier",
    "fact": "a fact, not a goal (已超过, 增长了, 已完成…683人, 占全省人口的14.4%)",
    "per": "the size of a group a rate is per (每1000人配备…)",
    "no-verb": "no verb states it as a goal",
    "baseline": "the value a change starts from (从85%提高到…, （2022年：90%）)",
    "measured": "a figure measured to two decimals and stated without a goal's words (达到91.57%)",
    "partitive": "the whole a part is taken from (142个乡镇中创成…, 在全国168个城市中排名…)",
    "past-year": "a figure of a year before the plan's (2015年…生存率为40.5%)",
    "article": "one of a kind, not a count (…是一项系统工程, 是一个…)",
    "described": "the level a rate is at, said before its goal (达52.7%的总体近视率每年降0.5%)",
    "foreign": "a clause in another language (a translation printed beside the Chinese)",
    "included": "a part of the count before it, in brackets (学校10所(含幼儿园4所))",
    "scoring": "a threshold a scoring rule sets (≥70%得3分, ≠100%则不得分)",
    "formula": "a term of the formula that defines a rate (…率=…人数/…人数*100%)",
    "cost": "what the work costs or is allotted, a means and no goal (总投资125亿元, 拨款1.9亿元)",
}
_TOPIC = scanning(
    r"^(?:积极|广泛|深入|持续|继续|大力|全面)?(?:组织开展|开展|组织|举办)(?P<topic>[^，,、]{2,20}"
    r"(?:活动|讲座|培训|义诊|宣传|演练|比赛|大赛|督查|检查))$"
)
_ABSOLUTE = (Comparator.ge, Comparator.le, Comparator.gt, Comparator.lt)
_CN_NUMERAL_AFTER = re.compile(r"[一二三四五六七八九十]")
_CATEGORY_BEFORE = re.compile(r"[一二三四五六七八九十][类大个种项级]$")
# 涉及8大类55种: the kinds of each class, not a count to reach
_CLASSES_BEFORE = re.compile(r"[\d一二三四五六七八九十]\s*大?类$")
# 2000户以上的大型社区; 10人及以上用人单位, 300人以上企业: the size of the units meant
_QUALIFYING = re.compile(
    r"及?以[上下](?:的[\u4e00-\u9fff]|(?:用人|医疗|工业)?(?:单位|企业|机构|学校|工地))"
)
# 15个乡镇3000平方米以上健身广场: a count of units, then a bounded size of each with no 的
# before the noun: which units are counted, not a goal of its own
_COUNT_BEFORE = re.compile(r"\d+\s*[个所家座处间条块][^，,。；;\d]{0,8}$")
_SIZED_NOUN = re.compile(r"及?以[上下](?!的)[\u4e00-\u9fff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# …1次的比例达50%, …2次以上的人数比例: the count names whom a later share is of
_SHARE_OF_THOSE = re.compile(
    r"(?:及以上|以上)?的[\u4e00-\u9fff]{0,8}?(?:比例|比重|占比)[^，,。；;\d]{0,8}?\d"
)
# 每个地市至少有一家医院…: what each unit is to have, at least (not 要有三项…: of categories)
_AT_LEAST_HAS = re.compile(rf"至少{HAVE}$")
# 每个乡镇有一所…, 每个村都有一名…: what each unit is to have, as 至少有 says (not 要有三项…)
_EACH_UNIT_HAS = re.compile(rf"(?:每|各)[^，,。；;]{{0,12}}?(?:都|均)?{HAVE}$")
# A performance table's scoring rules: the points a value earns or loses, not a goal
_SCORED = scanning(
    r"(?:及?以[上下内])?[，,]?(?:则|的|者)?(?:不得分|不扣分|得满分|[得扣加减]\s*[\d.一二三四五六七八九十半]+\s*分)"
)
# …率=…人数/…人数*100%: the formula that defines a rate, up to the comparator of its goal
_FORMULA = re.compile(r"[=＝](?=[^=＝≥≤≧≦<>，,。；;]*[/÷])[^=＝≥≤≧≦<>，,。；;]*")
_FREQUENCY = ("次", "场", "场次", "期", "轮")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# (…床位数仅20.27床, 目前每1000名人口只有两名医生: how little there is now, said with 仅/只有)
_FACT = scanning(
    r"(?:增长|下降|提高|降低|增加|减少|上升)了$|占[^，,。；比]{1,20}的$|占(?:计划)?$"
    r"|(?:仅|只有|仅有)(?:为|占)?$"
    r"|较[一二三四五六七八九十两\d]{1,2}年前"  # 较五年前增加近50%: a change already seen
)
# 完成年度目标的120%: how far the work done went beyond its task — a plan asks at most for all
# of it (年底前完成签约任务的80%: a share of the task to do)
_BEYOND_TASK = re.compile(r"完成[^，,。；]{0,8}(?:目标|任务|计划)(?:数|量)?的$")
# What was done, anywhere before the number in its clause: 已完成…683人, 先期完成了22个,
# 全国建立了3500家…, 提前达到2015年规划目标.
_DONE_BEFORE = re.compile(
    r"已(?:经)?(?:全部|累计|基本|先期)?(?:完成|建成|达到|开工|实现|覆盖|投入|下达|竣工|动工|开展|"
    r"创建|创成|建立|新建|新增|培育|打造|改造|配备|设立|培训|筛查|救治|接种|发放|命名|认定)"
    r"|[\u4e00-\u9fff](?<![为除])了(?![解])|提前(?:达到|实现|完成)"
)
# 85%的乡镇卫生院已能提供…, 12个市已实现…: what the units already do, said after them.
_DONE_AFTER = re.compile(
    r"[^，,。；;已]{0,24}已(?:经)?(?:能够?|可以?|全部|基本|实现|完成|建成|建立|开展|提供|达到|"
    r"覆盖|配备|设立|开设|具备|拥有)[^，,。；;的]*(?:[，,。；;]|$)"
)
# Verbs that state a measured figure as readily as a goal (…率达到91.57%).
_MEASURED_VERBS = (None, "为", "达", "达到", "提高到", "提升到", "下降到", "降至", "降到")
_RELATIVE = (Comparator.increase_by, Comparator.decrease_by)
_FIRM_VERBS = ("不低于", "不少于", "不超过", "不高于", "控制在", "至少", "力争", "确保")
_TITLE_END = re.compile(r"(?:要点|规划|方案|计划|意见|通知|纲要)$")
_DONE = scanning(r"(?<!为)了(?!解)")
_LIFE = re.compile(r"(?:寿命|年龄)\s*$")
_PROGRAMME = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:专项行动|行动|工程|方面|领域|重点|举措|措施|任务|条件|性指标(?:要求)?"
    r"|实事(?:项目)?)"  # 10件民生实事: how many items a year's programme holds
    r"(?:内容)?(?:是|为|如下|包括)?"
    r"(?:的[\u4e00-\u9fff]{0,4}(?:通知|意见|决定|公告|安排))?$"  # 实施50项民生实事的通知
)
# How a text or a plan is laid out, not a goal: 从以下6个方面推进, 共分为5个部分, 纲要共设18篇,
# 主要目标共5项, 工作要点共8个部分34条.
_LAYOUT_RIGHT = re.compile(r"(?:大|个)?(?:方面|部分|板块|篇章|章节|维度|层面)")
_PRINCIPLES = re.compile(r"(?:基本|工作)?原则")
_LAYOUT_UNITS = ("篇", "章", "节", "部分", "编")
_LAYOUT_LEFT = re.compile(
    r"(?:目标|任务|指标|措施|举措|内容|要点|规划|纲要|方案|意见|计划|文件|部分|要求|工作|项目|实事)"
    r"(?:共|共有|共设|共分为?|分为|包括|包含|涵盖|设)$"
    r"|(?:共设|共分为?|分为|划分为|以下|如下|围绕|从)$"
    r"|\d\s*(?:个|大)?(?:方面|部分|章|篇|节)$"  # …8个部分34条: the articles of those parts
)
# 项目占地面积约11.4亩, 总建筑面积3万平方米: the size of a building project, not a goal it is to
# reach.
# A congress's term before the sessions it held (十一届三次、四次…全会)
_SESSIONS = re.compile(r"[\d一二三四五六七八九十]届(?:[一二三四五六七八九十\d]+次、?)*$")
_PROJECT_SIZE = re.compile(r"(?:占地|建筑|用地)(?:面积)?$|建筑规模$")
# What the work costs, invests or budgets (总投资125亿元, 将投入200多亿元, 预算金额185,096) and
# what a budget allots to it (增拨约6亿元, 向基金注资3亿元, 斥资2,700亿, 预留1亿元, 筹措资金1.4亿元,
# 安排3亿元奖补资金, 县财政安排86万元): its means, not a goal to reach — the places or beds it
# funds are the targets (the annotators' rule since the seventh part, the lead's call at stop 31:
# the dev gold counts none). A budget's growth (支出预算增长约9%) is none either; a sum paid to
# each person or unit (每人每年补助500元, 人均…标准) and a cap (上限) are what people get.
_MONEY_UNITS = ("", "元", "万元", "亿元")
# (Hong Kong's budget speeches: 预留合共约8亿元, 从…预留的500亿元, 整体涉及约2,700亿元)
_ALLOTS = re.compile(
    r"(?:拨款|增拨|另拨|拨出|拨|注资|斥资|预留|动用|开支|开支预算|涉及|涉)(?:的|合共|共)?"
    r"(?:约|接近|逾|超过|额外|近)?$"
)
_COST = re.compile(
    r"(?:投资|投入|预算)(?:总?额|金额|资金|总计|合计)?$"
    # 医疗开支增27亿, 经常开支会增加27亿至490亿元, 经常资助提高近60亿元: a budget's growth
    # (工程开支预计达810亿元: what the works are foreseen to cost)
    r"|开支(?:预算)?(?:会|将|预计|估计)?(?:增|增加|增长)?$|经常资助$|拨款$"
    # (安排创业担保贷款担保基金6000万元: a fund named before its sum as well as after it)
    r"|(?:资金|经费|基金)(?:总?额|总计|合计|任务数|测算数(?:合计)?)?$"
    r"|财政(?:每年)?(?:将|再)?(?:安排|按照|筹措|拨付|列支)$"
)
# 将安排3亿元奖补资金, 筹措500万元专项经费: the fund is named after the sum its verb arranges
_ARRANGES = re.compile(r"(?:安排|筹措|筹集|下达|拨付|列支)(?:了)?$")
_FUND_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:资金|经费)")
# 设立5亿元专项基金, 通过赛马会的1,000万元拨款, 一亿四千七百万元的经常拨款: a fund or grant named
# right after its sum, whatever verb comes before it
_GRANT_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,4}?(?:拨款|基金)")
_BUDGET_GROWS = re.compile(r"预算(?:增|增长|增加)?$")
_PER_HEAD = re.compile(r"每(?:人|名|户|位|床|例|个|所|家|村)|人均|标准|上限")

# 分3个阶段推进, 分两步实施, 分3批: the stages of the work, not a count to reach
_STAGES = re.compile(r"(?:个)?(?:阶段|步|批次?|轮|期)")
# 全省3个试点市之一: the whole one unit belongs to
_ONE_OF = re.compile(r"[^，,。；;\d]{0,14}之一")
# 排名前3位, 位居全省前5位: a rank held, unless a goal is set for it (力争进入全省前3位)
_RANK = re.compile(r"(?:排名|排位|位居|位列|居)[^，,。；;\d]{0,6}前$")
_RANK_GOAL = re.compile(r"力争|确保|争取|目标|要|进入")
# 在10个工作日内上报: the time a procedure allows, not a goal
_WORKING_DAYS = re.compile(r"(?:个)?工作日")
# 抑郁症患病率达2.1%: a rate of harm said to reach a level is how things stand — a plan lowers
# it (控制在…, 下降到…, 达到…以下), it never raises it to a goal.
# A population as a whole (老年人口, 常住人口, 人口总数), not the people a service reaches
# (服务人口, 受益人口, 签约人口, 贫困人口): what it grows to is forecast, not done
_POPULATION = re.compile(r"(?<![务益约困盖])人口(?:总数|总量|规模)?$")
_GROWS_TO = ("达到", "达", "突破", "超过", "增至", "增加到", "增长到", "增长至")
# a harm that rises is a forecast; but a prevalence reported or registered (严重精神障碍患者报告
# 患病率达到4.5‰) counts the patients the services find, a goal to reach
_HARM_RATE = re.compile(
    r"(?:(?<!报告)(?<!登记)(?<!检出)患病|发病|死亡|病死|感染|吸烟|肥胖|超重|近视|流行|漏报|伤亡|致残)率$"
)
_RISING = ("达", "达到", "超过", "高达", "提高到", "提高至", "提升到", "提升至", "上升到", "上升至")
# 10件民生实事48个子项目, 再推20项惠民工程, 民生实事共计126项: how many items a year's
# programme holds, said before or after its name (a count of works it builds, 实施100个…工程,
# stays a goal)
_PROGRAMME_NAME = r"(?:重点)?(?:民生实事|为民办实事|惠民工程|民生工程|实事项目|子项目)"
_PROGRAMME_BEFORE = re.compile(rf"{_PROGRAMME_NAME}(?:项目)?[，,]?(?:共计|共有|共|合计|总计)$")
_PROGRAMME_AFTER = re.compile(_PROGRAMME_NAME)
# 出台10条措施支持…, 推出20项便民举措: how many articles a policy holds, not a goal
# …新建公交候车亭100座等31项子内容: after a list, how many items it holds, not a goal; the items'
# own counts are the targets
_LIST_TALLY = re.compile(r"(?:子)?(?:内容|事项|子项目?|任务|工作|实事)|[。；;，,]|$")
_POLICY_PARTS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:措施|举措|政策|规定|条款|细则)")
# 管理率基线值为60%, 死亡率现状为12/10万: the level a goal starts from, named as such
_BASELINE_NAMED = re.compile(
    r"(?:基线|基期|现状|现值|当前值|基准)(?:值|水平|数)?(?:为|是|[:：])?\s*$"
)
# 由400多位专家历时三年编制: who did the work; 确诊畸形胎儿9例, 检出阳性30例: cases found
_AGENTS = ("位", "名", "家", "个", "支", "所")
_LASTS = re.compile(r"为期(?:约|近)?\s*$")
_SPAN_UNITS = ("年", "个月", "月", "周", "天", "日")
_PEAK = re.compile(r"(?:最高值|最大值|峰值|高峰值?|顶峰)(?:为|是)?$")
_CASES_FOUND = re.compile(r"(?:确诊|检出|查出|发现|诊断出)[\u4e00-\u9fff]{0,8}$")
# 每年新发结核病人145万例, 每年新增加白内障患者约100人: how many fall ill, not a goal
_NEW_CASES = re.compile(r"(?:新发|新增加)[^，,。；;\d]{0,10}(?:病人|患者|病例)$")
# 卫健委等13个部门近日联合印发《…》: how many bodies issued a document, not a goal
_ISSUERS = re.compile(
    r"\s*(?:个|家)?(?:部门|部委|委办局|单位)[^，,。；;\d]{0,6}?(?:联合|共同)?"
    r"(?:印发|制定|发布|出台|公布|下发|编制|起草|修订)"
)
# 任务完成率达到105%: a share of a whole above all of it is work done beyond its task, reported
_CAPPED_RATE = re.compile(r"(?:完成|覆盖|达标|合格|执行|到位|知晓|建档|签约|使用)率$")
# How a year's programme was chosen, told by the news of it: the items voted or picked, the
# opinions gathered (not 评选出20个先进单位, 选定200个单位参与…: units the plan is to name or pick)
_CHOSEN = re.compile(r"票决|表决|投票|(?<!评)选出|征集|收集|公布")
_PROJECTS_END = re.compile(r"(?:项目|事项|实事)$")
_PUSHED_ON = re.compile(r"(?:加快|推进|加速|推动|加快推进)(?:实施|建设)?$")
_PROJECTS_AFTER = re.compile(r"[^，,。；;\d]{0,12}项目")
_MEETING = re.compile(r"(?:全体|全国|全省|全市|党员|人民)?(?:党代会|代表大会|全会|会议|常委会)")
# What a bracket or a clause opened by 含 holds is counted in the total before it, however long
# its items (新建学校10所(含幼儿园4所); …36公里(含甲路增设护栏6.7公里、乙路…5.6公里));
# 含碘盐 and the like name a substance, a rate's, so a clause's 含 only before a count
_INCLUDES = re.compile(r"(?:其中)?(?:含|包括|包含)")
# a bracket opened by 其中 not closed yet: the parts of the total before it it lists
PARTS_OPENED = re.compile(r"[(（]其中[:：]?[^()（）]*$")
_INCLUDES_CLAUSE = re.compile(r"(?:^|[，,；;])\s*(?:其中)?含(?![碘氟铅量有])[^，,；;。]*$")


def _means(m: Mention, ctx: Context) -> bool:
    """A sum the work costs or is allotted, or a budget's growth (see ``_COST``): a means."""
    if _PER_HEAD.search(ctx.indicator):
        return False
    if m.unit == "%":
        return _BUDGET_GROWS.search(ctx.indicator) is not None
    if m.unit not in _MONEY_UNITS or not (m.unit or m.value >= 10000):
        return False
    left = ctx.left.rstrip()
    return (
        _ALLOTS.search(left) is not None
        or _COST.search(ctx.indicator) is not None
        or (_ARRANGES.search(left) is not None and _FUND_AFTER.match(ctx.right) is not None)
        or _GRANT_AFTER.match(ctx.right) is not None
    )


def _included(clause: str, m: Mention) -> bool:
    """Whether ``m`` is a part a bracket or clause opened by 含/包括/包含 says the total holds."""
    if m.unit not in RATE_UNITS and _INCLUDES_CLAUSE.search(clause, 0, m.start):
        return True
    depth = 0
    for i in range(m.start - 1, max(-1, m.start - 120), -1):
        char = clause[i]
        if char in ")）":
            depth += 1
        elif char in "(（":
            if not depth:
                return _INCLUDES.match(clause, i + 1) is not None
            depth -= 1
    return False


# What a whole is made of: 标准包括10个方面、…; 《…》的10个方面: its parts, not goals.
_PARTS = re.compile(r"(?:包括|包含|涵盖|分为|划分为)[^，,。；:：]*$|》(?:中)?的$")
_OF_INDICATORS = re.compile(r"(?:以上)?的?[\u4e00-\u9fff]{0,4}指标")
# 等5个针对可量化的具体指标: a count of the indicators just listed, however described.
_LISTED_INDICATORS = re.compile(r"[^，,。；;\d]{0,14}指标")
# N个乡镇中…: the whole a part is counted in (中 that does not begin a word: 中心, 中医 …,
# nor end one: 脑卒中, 初中, 集中).
_PARTITIVE = re.compile(
    r"(?:[\u4e00-\u9fff]|[(（][^()（）]{1,8}[)）]){1,10}?(?<![其卒初高集城])中"  # 县(市、区)中
    r"(?![心医学小国度期药央级型等华海修专])"  # 大中修, 大中专: major and medium, colleges
)
_EARLIER = re.compile(r"[（(]\s*(?:19|20)\d\d\s*年?(?:底|末)?\s*[:：为]?\s*$")
_RATE = re.compile(r"[\u4e00-\u9fff](?:率|比例)")
_SIZE_UNITS = ("户", "平方米", "亩", "公顷", "人口")
_HAS_END = re.compile(r"约?有$")
_EACH_HAS = re.compile(r"每|各|至少|均|都|要|应")
# 将有5条县道进行大中修, 全乡将有3000余名老人受益, 预计有8000人受惠: so many the plan's work
# will reach, a goal (not 全市将有60万老年人: a state foreseen, no act after the count)
_WILL_HAVE = re.compile(r"(?:将|会|预计|预估)约?有$")
_WORKED_ON = re.compile(r"(?:推进|提升|改造|整合|利用|依托|激活|优化|针对)现有$")
_ACTED_ON = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:受益|受惠|进行|参加|参与|接受|享受|获得|得到|纳入)"
)
_DATED = re.compile(r"(?:19|20)\d\d\s*年\s*$")
_NOTE = re.compile(r"(?:^|[(（])\s*(?:注|备注|说明)\s*\d?\s*[:：][^)）]*$")
_COUNTED_BEFORE = re.compile(r"\d[\d.]*[万亿]?(?:名|人次|人|个|家|户|所)")
_IS_A = re.compile(r"(?:是|为|作为|成为)$")
_VERB_ALT = "|".join(re.escape(v) for v in sorted(COMPARATOR_VERBS, key=len, reverse=True))
_RATE_THEN_VERB = re.compile(
    rf"[\u4e00-\u9fff]{{1,14}}(?:率|比例)(?:每年|年均|平均|力争|要|将)*(?:{_VERB_ALT})$"
)
_RATE_END = re.compile(r"[\u4e00-\u9fff](?:率|比例|占比|比重)$")
# A share before its noun, then what the units do with a verb of their own: 50%以上的…医院成为…,
# 65%以上的患者在基层…就诊.
# An age bound, then the people of that age: 65岁以上老年人, 3岁以下的婴幼儿.
_AGE_GROUP = re.compile(
    r"(?:及以上|以上|及以下|以下)的?(?:老年人|老人|长者|儿童|婴幼儿|婴儿|人群|居民|妇女|学生|人口|患者)"
)
# A count of a group, then that all of it reaches something: 331万贫困人口全部脱贫.
_ALL_OF_THEM = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:全部|全都)[\u4e00-\u9fff]")
# …的县保持消除状态, …的人群体质达合格以上: the units a share is of, then the state they reach
_UNITS_REACH = re.compile(r"[^，,。；;\d]{1,30}?(?:达到|达|实现|保持|消除)")
_SHARE_LED = re.compile(r"(?:确保|保证|力争|争取|努力)?(?:使|让|促使|推动|促进|实现)?")
_UNITS_BECOME = re.compile(r"[^，,。；;]{1,40}?(?:成为|在[^，,。；;]{2,16}?(?:就诊|就医)|就诊)")
# 95%的老年人享受居家养老服务, 3%老年人进入养老机构, 七成村有卫生公厕: a share of people or
# units opening its clause, then the state the plan wants them in (no goal verb before it); a
# share said with the place it was found in (全县72%的居民拥有…) reads as a survey's figure
_NOTHING_BEFORE = re.compile(
    r"[\s，,、；;:：]*(?:(?:到|至)?\s*20\d\d\s*年(?:底|末)?(?:前)?[\s，,]*)?(?:即|其中)?"
)
_GROUP_IN_STATE = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:人|者|[民员生]|妇女|儿童|人群|家庭|农户|村|社区|乡镇|街道|学校|单位|企业)"
    r"(?:都|均|能够?|可以?)?(?:享受|享有|进入|入住|拥有|有|居家|养成|参与|掌握)"
)


_LEVELS_LISTED = re.compile(r"(?:\d+\s*级(?:及?以上)?\s*[、和及或]\s*)+$")


# A phase (二期) right after a name, not after a verb that counts rounds (举办三期培训班)
_PHASE_OF_NAMED = re.compile(
    r"(?<!举办)(?<!开展)(?<!组织)(?<!开办)(?:小区|社区|园区|片区|学校|医院|中心|[\u4e00-\u9fff]{2}[港村庄园校区])$"
)


# What works are measured in: lengths, areas, volumes
_WORKS_MEASURES = ("千米", "公里", "米", "平方米", "平方公里", "立方米", "公顷", "亩")
# What a facility handles a day or a year, said before its size (日处理400吨的…中心)
_CAPACITY = re.compile(r"(?:日|年|日均|每日|每天)(?:处理|处置|供水|供应)(?:能力)?(?:达|为)?约?$")
# A population one unit is set up for: …3万至10万服务人口设置一所中心
_PEOPLE_SERVED_EACH = scanning(r"(?:服务)?人口(?:设置|设立|配置|配备|建设|建立)")


def verb_before(clause: str, position: int) -> str | None:
    match = VERB_BEFORE.search(clause[max(0, position - 8) : position])
    return match.group("verb") if match else None


# A number inside an object's name, never a goal of its own: the reach a service circle is named
# by (15分钟健康服务圈, 1小时急救圈), the numbers a model or a slogan is made of (“1+3”, “915”).
_REACH_UNITS = ("分钟", "小时", "公里")
_CIRCLE = re.compile(r"[\u4e00-\u9fff]{0,8}?圈")
_NAME_JOINTS = ("+", "＋", "“", "”", '"')


# 平均受教育年限提高到11.7年: a length counted in years, its name saying so before the verb
_YEARS_LONG = scanning(r"年限[^，,。；;\d]{0,6}$")


def _years_long(clause: str, m: Mention, verb: str | None) -> bool:
    """Whether ``m`` is such a length a level verb sets (not 服务年限满5年, a condition)."""
    if m.unit != "年" or COMPARATOR_VERBS.get(verb or "") not in _ABSOLUTE:
        return False
    return _YEARS_LONG.search(clause, max(0, m.start - 12), m.start) is not None


def _local(clause: str, m: Mention) -> str | None:
    """The checks that need only the characters around the number."""
    verb = verb_before(clause, m.start)
    implied = COMPARATOR_VERBS.get(verb or "")
    level = m.unit == "级" and not m.chinese and implied in _ABSOLUTE
    listed = _LEVELS_LISTED.search(clause, 0, m.start) if m.unit == "级" and not level else None
    if listed and not m.chinese:  # 分别达到3级和4级: the level after a level the verb gives
        level = COMPARATOR_VERBS.get(verb_before(clause, listed.start()) or "") in _ABSOLUTE
    # (and 病种增加至20类: how many kinds a service is to reach, a verb of a level before it)
    kinds = m.unit == "类" and not m.chinese and implied in _ABSOLUTE
    if m.unit in NON_TARGET_UNITS and not (level or kinds or _years_long(clause, m, verb)):
        return "calendar"  # years, months, 第五届, 六类 — but 达到4级以上 is a target
    # 手术率达到2000以上: a bound on a count per population, not a year
    bounded = clause.startswith(("以上", "以下"), m.end) and implied is not None
    if not m.unit and not m.multiplied and 1900 <= m.value <= 2100 and not bounded:
        return "year"
    if m.start and clause[m.start - 1] == "/":
        return "denominator"
    if _SCORED.match(clause, m.end) or clause[max(0, m.start - 1) : m.start] == "≠":
        return "scoring"
    formula = "=" in clause or "＝" in clause
    if formula and any(f.start() < m.start < f.end() for f in _FORMULA.finditer(clause)):
        return "formula"
    if m.start and clause[m.start - 1].isascii() and clause[m.start - 1].isalpha():
        return "label"  # P3实验室, H7N9: part of a name
    if m.unit == "次" and _SESSIONS.search(clause, 0, m.start):
        return "label"  # 省委十一届三次、四次全会: the sessions of a congress, a name
    if m.unit == "人" and clause.startswith("制", m.end):
        return "qualifier"  # 5人制足球场, 11人制: the kind of pitch, how many play on it
    if m.unit in _REACH_UNITS and _CIRCLE.match(clause, m.end):
        return "qualifier"  # 15分钟健康服务圈, 1小时急救圈: the reach a circle is named by
    beside = (clause[m.start - 1 : m.start], clause[m.end : m.end + 1])
    if not m.unit and any(c and c in _NAME_JOINTS for c in beside):
        return "label"  # “1+3”模式, “915”: a name made of numbers
    per = m.start and clause[m.start - 1] == "每" and implied is None
    if per and not BASELINE_BEFORE.search(clause, 0, m.start):
        return "per"
    if _CAPACITY.search(clause, 0, m.start) and clause.startswith("的", m.end):
        return "size-qualifier"  # 配套日处理400吨的转运中心: how much the facility handles
    if implied is None and _PEOPLE_SERVED_EACH.match(clause, m.end):
        return "per"  # 每个街道或3万至10万服务人口设置一所…: how many people one unit serves
    if _EARLIER.search(clause, 0, m.start):
        return "baseline"  # 管理率≥95%（2022：90%）
    at_level = _AT_LEVEL.search(clause, max(0, m.start - 30), m.start)
    # 在现有40个监测点基础上，新增…: the level the goal adds to (but 在确保…不低于95%的基础上
    # is a goal kept while others are reached)
    kept = at_level is None or _KEPT.search(at_level.group()) is not None
    changed = _LEVEL_ON.match(clause, m.end)  # 在45%的基础上再提高…: a baseline of the change
    if not kept and implied is None and not changed and _ON_LEVEL.match(clause, m.end):
        return "baseline"
    # (the searches before the number only for an age with no verb: most numbers are none)
    if (
        m.unit in ("岁", "周岁", "月龄")
        and implied is None
        and not _LIFE.search(clause, 0, m.start)  # 人均预期寿命79岁: the value of a life span
        and not UNIT_NAMED_BEFORE.search(clause, max(0, m.start - 16), m.start)
    ):
        return "qualifier"  # 65岁及以上老年人, 0-3岁婴幼儿
    if m.unit in ("岁", "周岁", "月龄") and _AGE_GROUP.match(clause, m.end):
        return "qualifier"  # 提高65岁以上老年人健康管理水平: the verb is of what follows
    # 完成50万人次以上的免费体检: the count; but 覆盖1000户以上的居民小区: a size of what is counted
    # a rate is no size of units (死亡率10/10万以下的目标), as a share is not
    sized = m.unit not in RATE_UNITS and _QUALIFYING.match(clause, m.end) and implied is None
    # (the verb searched for only before a size: the search over the clause is saved elsewhere)
    counted = sized and COUNT_VERB_END.search(clause, 0, m.start) and m.unit not in _SIZE_UNITS
    if sized and not counted:
        return "size-qualifier"  # 2000户以上的社区
    sized_unit = m.unit in _SIZE_UNITS and _SIZED_NOUN.match(clause, m.end) and implied is None
    if sized_unit and _COUNT_BEFORE.search(clause, max(0, m.start - 16), m.start):
        return "size-qualifier"  # 15个乡镇3000平方米以上健身广场
    if m.unit not in RATE_UNITS and _SHARE_OF_THOSE.match(clause, m.end):
        return "qualifier"  # 每年最少测血压1次的比例达50%: which people the share is of
    if m.chinese:
        if VAGUE.match(clause, m.start) and not EACH_GETS.search(clause, 0, m.start):
            return "vague"
        if m.value == 1 and _IS_A.search(clause, 0, m.start):
            return "article"  # 近视防控是一项…工程: what kind of thing, not how many
        once = m.value == 1 and m.unit == "次" and _CJK.match(clause, m.end)
        if once and _COUNTED_BEFORE.search(clause, 0, m.start):
            return "qualifier"  # 为50万名妇女提供一次筛查: how often each is served; 50万 counts
        before = clause[: m.start]
        near = verb or COUNT_VERB_END.search(before) or _AT_LEAST_HAS.search(before[-6:])
        near = near or _EACH_UNIT_HAS.search(before, max(0, len(before) - 16))
        # 培训乡村医生三千人次; 开展献血活动两次: how often, after what is done
        often = m.value >= 10 or m.unit in _FREQUENCY
        far = often and COUNT_VERB_LAST.search(before)
        if not (near or far) or _CN_NUMERAL_AFTER.match(clause, m.end):
            return "numeral-without-verb"
        if _CATEGORY_BEFORE.search(before) or clause[m.start] in "千百万":
            return "category"  # 三位一体, 六类十项, 千场健康讲堂
    return None


def classify(clause: str, m: Mention, ctx: Context | None = None) -> str | None:
    """None when the number ``m`` of ``clause`` may state a target, else the reason code
    (:data:`REASONS`) it does not. ``ctx`` adds the checks that need the clause context."""
    reason = _local(clause, m)
    if reason is not None or ctx is None:
        return reason
    return in_context(clause, m, ctx)


def in_context(clause: str, m: Mention, ctx: Context) -> str | None:
    """The checks of :func:`classify` that need the clause context, for a number that passed
    those of the characters around it (a caller that has run those once need not again)."""
    kinds = m.unit == "类" and COMPARATOR_VERBS.get(ctx.verb or "") in _ABSOLUTE
    kinds = kinds or _years_long(clause, m, ctx.verb)  # (and years as a length a verb sets)
    if m.unit in NON_TARGET_UNITS and not (m.unit == "级" and ctx.verb) and not kinds:
        return "calendar"
    classes = _CLASSES_BEFORE.search(clause, max(0, m.start - 4), m.start)
    if classes and ctx.verb is None and not COUNT_VERB_END.search(clause, 0, classes.start()):
        return "category"  # but 建成6类40个示范点 counts what it builds
    if ctx.slogan and not _RATE_END.search(ctx.indicator):
        return "category"  # 实现“三个90%”目标: a slogan's name, the rates it stands for unsaid
    if not _CJK.search(clause) and len(_LATIN_WORD.findall(clause, 0, m.start)) >= 2:
        return "foreign"  # The coverage rate is 95%: the page's translation of a goal it states
    before = clause[m.start - 1] if m.start else " "
    after = clause[m.end] if m.end < len(clause) else " "
    quoted_end = after in '”"' and m.unit in ("", "号", "条", "款")  # “915”, but …20%”的目标
    if before in '第〔[“"+＋*×' or after in "+＋〕]" or quoted_end:
        return "label"
    if ("含" in clause or "包" in clause) and _included(clause, m):
        return "included"
    if m.unit == "次" and m.chinese and _MEETING.match(clause, m.end):
        return "label"  # 落实省十四次党代会精神: which meeting, not how often
    if m.unit in ("项", "件") and before in "(（" and after in ")）":
        return "label"  # 一、促进就业(3项): how many items a heading holds
    if before.isalnum() and before.isascii():
        return "label"
    if (
        m.unit == "期"
        and m.chinese
        and (
            clause.endswith(("项目", "工程"), 0, m.start)
            or clause.startswith(("工程", "项目"), m.end)
        )
    ):
        return "label"  # 综合楼项目一期工程: a phase of a project, not a count
    if m.unit == "期" and m.chinese and _PHASE_OF_NAMED.search(clause, 0, m.start):
        after = clause[m.end : m.end + 1]
        if not after or after.isdigit() or after in "、，,（(":
            return "label"  # 某小区二期336户, 推动某学校三期: the phase of a place named before

    if m.unit in ("期", "卷") and _DATED.search(clause, 0, m.start):
        return "label"  # 《…》2018年5期: an issue of a journal
    if _NOTE.search(clause, 0, m.start):
        return "label"  # 注：老年人数约为总人口的10%: a note explains how a figure is counted
    beyond = m.value > 100 and _BEYOND_TASK.search(ctx.left) is not None
    if ((_FACT.search(ctx.left) or beyond) and ctx.verb is None) or ctx.left.endswith(
        ("已", "已经")
    ):
        return "fact"
    if ctx.verb in (None, "为", "约为") and _PROJECT_SIZE.search(ctx.indicator):
        return "fact"
    if _means(m, ctx):
        return "cost"
    if m.unit in ("人", "") and ctx.verb in _GROWS_TO and _POPULATION.search(ctx.indicator):
        return "fact"  # a state of the world the plan foresees, not an act it does
    if m.unit == "%" and m.value > 100 and _CAPPED_RATE.search(ctx.indicator):
        return "fact"
    if _PEAK.search(ctx.left.rstrip()):
        return "fact"  # a peak foreseen (…在2030年前后达到峰值14.5亿): no level a plan sets
    if ctx.verb is None and m.unit in _SPAN_UNITS and _LASTS.search(ctx.left):
        return "fact"  # 加发1000元，为期13个月: how long a measure runs, not a level it sets
    if ctx.verb is None and m.unit in _AGENTS and ctx.left.endswith("由"):
        return "fact"
    if ctx.verb is None and m.unit == "例" and _CASES_FOUND.search(ctx.left):
        return "fact"
    if ctx.verb is None and m.unit in ("例", "人", "名") and _NEW_CASES.search(ctx.indicator):
        return "fact"
    if ctx.verb is None and m.unit in ("", "个", "家") and _ISSUERS.match(clause, m.end):
        return "fact"
    if _BASELINE_NAMED.search(ctx.left) or _BASELINE_NAMED.search(ctx.indicator):
        return "baseline"
    if clause.rfind("《", 0, m.start) > clause.rfind("》", 0, m.start) and "》" in clause[m.end :]:
        return "label"  # 印发《…的12条措施》: part of a title
    if m.unit in ("条", "项") and ctx.verb is None and _POLICY_PARTS.match(ctx.right):
        return "category"
    rising = ctx.verb in _RISING and ctx.suffix not in ("以下", "及以下", "以内", "之内")
    if rising and _HARM_RATE.search(ctx.indicator):
        return "fact"
    if m.unit not in RATE_UNITS and _ONE_OF.match(ctx.right):
        return "partitive"
    if ctx.verb is None and _RANK.search(ctx.left) and not _RANK_GOAL.search(clause, 0, m.start):
        return "label"
    if m.unit in ("个", "") and _WORKING_DAYS.match(clause, m.end):
        return "qualifier"
    staged = m.unit in ("个", "步", "批", "轮", "期") and _STAGES.match(clause, m.end - 1)
    if ctx.verb in (None, "为") and staged and clause.endswith(("分", "分为"), 0, m.start):
        return "category"
    # 有90%以上的县实现…: the share of units a plan means to bring to a state
    bringing = m.unit == "%" and clause[ctx.suffix_end - 1 : ctx.suffix_end] == "的"
    bringing = bringing and _UNITS_REACH.match(ctx.right) is not None
    has = ctx.verb is None and _HAS_END.search(ctx.left) and not _EACH_HAS.search(ctx.left)
    has = has and not _WORKED_ON.search(ctx.left)  # 推进现有23个…: the units a work is done to
    has = has and not (_WILL_HAVE.search(ctx.left) and _ACTED_ON.match(ctx.right))
    if has and not bringing:
        return "fact"  # 全市约有3000名乡村医生; but 每个乡镇至少建有1所…: what each is to have
    if ctx.verb is None and _DONE_AFTER.match(ctx.right):
        return "fact"
    done = _DONE_BEFORE.search(clause, 0, m.start)
    if done and "的" not in clause[done.end() : m.start] and ctx.verb not in _FIRM_VERBS:
        return "fact"  # but 已建成站点的乡镇活动不少于6场: 已 qualifies the towns
    if done and clause[done.end() : m.start].endswith("的"):
        return "fact"  # 已达到…标准的222个县: how many have done it, counted
    relative = COMPARATOR_VERBS.get(ctx.verb or "") in _RELATIVE
    if _measured(clause, m) and not ctx.suffix and (ctx.verb in _MEASURED_VERBS or relative):
        return "measured"  # 住院分娩率96.29%, 较2012年提高7.74%
    if ctx.verb is None and _DONE.search(ctx.right):  # 36个部门参与编制了《…》
        return "fact"
    if ctx.verb is None and _TITLE_END.search(ctx.indicator) and not RIGHT_VERB.search(ctx.right):
        return "label"  # 健康促进工作要点5篇: how many parts a compilation holds
    named_unit = UNIT_NAMED_BEFORE.search(clause, max(0, m.start - 16), m.start) is not None
    colon = ctx.verb in (":", "：") and not named_unit  # but 人均预期寿命（岁）：79.5
    colon = colon and not ctx.left.endswith("其中")  # (其中：2座甲桥、8座乙桥): the parts listed
    # 新增养老设施：15家助餐点、…: the items a counting verb lists, each named after its count
    colon = colon and not (_CJK.match(ctx.right) and list_verb(ctx.indicator))
    if colon and (m.unit not in RATE_UNITS or not _CJK.search(ctx.indicator)):
        return "label"  # 咨询电话：2126816, 2022：90% — a colon states only a rate of a name
    has_verb = ctx.verb is not None or ctx.dist is not None
    right_noun = bool(_CJK.search(ctx.right))
    if m.unit in TIME_UNITS and right_noun and not has_verb:
        return "qualifier"  # 65岁及以上老年人, 15分钟健身圈, 6个月内婴儿
    if m.unit in ("岁", "周岁") and not has_verb and not _LIFE.search(clause, 0, m.start):
        return "qualifier"
    if m.unit not in RATE_UNITS and _PARTITIVE.match(clause, ctx.suffix_end):
        return "partitive"
    totalled = clause.endswith("共", 0, m.start) and not RIGHT_VERB.search(ctx.right)
    totalled = totalled and not COUNT_VERB_LAST.search(ctx.indicator)
    if ctx.verb is None and m.unit in ("项", "个", "类", "种") and totalled:
        return "category"  # 基本服务共5项, 甲村、乙村共2个: how many a set holds
    # (but 工程包括挡墙13.46千米: how much of each part the works build is measured)
    parts = m.unit not in RATE_UNITS and m.unit not in _WORKS_MEASURES
    if ctx.verb is None and parts and _PARTS.search(clause, 0, m.start):
        return "category"  # 标准包括10个方面、60多个项目; 《…标准》的10个方面
    if m.unit == "%" and _OF_INDICATORS.match(ctx.right):
        return "category"  # 76.9%的监测指标达到中期目标: how a plan fares, not a goal
    of_indicators = _OF_INDICATORS.match(ctx.right) or ctx.indicator.endswith("指标")
    listed = clause[m.start - 1 : m.start] == "等" and bool(_LISTED_INDICATORS.match(ctx.right))
    of_indicators = bool(of_indicators) or listed
    if m.unit in ("个", "项", "条") and ctx.verb is None and of_indicators:
        return "category"  # 分解形成153个具体指标, 自设指标31项: how many indicators a plan has
    layout_right = m.unit in ("个", "大") and _LAYOUT_RIGHT.match(ctx.right)
    parts = m.unit in _LAYOUT_UNITS or m.unit in ("个", "项", "条", "大", "类")
    if ctx.verb in (None, "为") and parts and _LAYOUT_LEFT.search(ctx.left):
        return "category"
    if ctx.verb is None and layout_right and not COUNT_VERB_END.search(ctx.left):
        return "category"  # 重点围绕5个方面开展: the parts of the work, not a count to reach
    if m.unit in ("项", "条", "个", "大") and _PRINCIPLES.match(ctx.right):
        return "category"  # 本着…、加强监管等4项原则: the principles a plan follows
    if m.unit in ("项", "件") and ctx.left.rstrip().endswith("等") and _LIST_TALLY.match(ctx.right):
        return "category"
    items = m.unit in ("个", "项", "件") and ctx.verb is None
    if items and (_PROGRAMME_AFTER.match(ctx.right) or _PROGRAMME_BEFORE.search(ctx.left)):
        return "category"
    parts_of = m.unit in ("个", "项", "大", "条", "件") and _PROGRAMME.match(ctx.right)
    if ctx.verb is None and parts_of:
        return "category"  # 推进10个专项行动: the parts of a programme, not a count to reach
    if items or (m.unit == "条" and ctx.verb is None):
        if _CHOSEN.search(ctx.indicator):
            return "fact"  # 票决出17项…实事项目, 从13项候选项目中选出10项, 征集意见建议70余条
        # “一老一小”服务项目4项, 公布…民生实事项目10项: how many projects a list holds
        listed = m.unit == "项" and _PROJECTS_END.search(ctx.indicator) is not None
        if listed and not COUNT_VERB_LAST.search(ctx.indicator):
            return "category"  # (实施甲项目10项 counts the work to do)
    # 加快76个重大项目建设, 推进3所公立医院项目建设: pushing on projects is an action, not a
    # target (README, stop 30); 实施10个项目 counts the works to carry out
    pushed = m.unit in ("个", "项", "所", "家", "座") and ctx.verb is None
    if pushed and _PUSHED_ON.search(ctx.indicator) and _PROJECTS_AFTER.match(ctx.right):
        return "category"
    people = m.unit in ("名", "人", "位") and ctx.verb is None
    if people and _MEETING.search(ctx.indicator) and not COUNT_VERB_END.search(ctx.indicator):
        return "fact"  # 出席区人民代表大会的237名代表: who met to choose the programme
    if not has_verb and m.unit not in ("%", "‰") and _RATE.search(ctx.right):
        return "qualifier"  # 年巡查2次完成率≥90%: a number inside the indicator's name
    qualifying = ctx.suffix and clause[ctx.suffix_end - 1] == "的"
    described = clause[ctx.suffix_end - 1 : ctx.suffix_end] == "的" and m.unit in ("%", "‰")
    if described and _RATE_THEN_VERB.match(ctx.right):
        return "described"  # 达52.7%的总体近视率每年降0.5%: the rate as it is, then its goal
    counting = COUNT_VERB_END.search(ctx.indicator) is not None and m.unit not in _SIZE_UNITS
    if m.unit not in RATE_UNITS and qualifying and right_noun and ctx.verb is None and not counting:
        return "size-qualifier"  # 2000户以上的大型居住社区
    beyond = ctx.verb in ("超过", "大于", "多于", "不足", "少于", "低于", "小于")
    of_which = clause[ctx.suffix_end - 1] == "的"
    if beyond and of_which and right_noun and m.unit not in RATE_UNITS and not counting:
        return "size-qualifier"  # 人口超过50万的县设立…: which counties, not a goal
    of_units = clause[ctx.suffix_end - 1] == "的" and m.unit not in RATE_UNITS
    bound = COMPARATOR_VERBS.get(ctx.verb or "") in _ABSOLUTE and bool(ctx.indicator)
    standard = ctx.right.startswith(("标准", "比例"))  # 每千人口不少于1名的标准配备…: a ratio
    if of_units and bound and right_noun and RIGHT_VERB.search(ctx.right) and not standard:
        return "size-qualifier"  # 服务人口超过1万人的村设立卫生室: which villages, not a goal
    unitless = not m.unit and not m.multiplied and not m.fraction
    unitless = unitless and (ctx.verb is None or right_noun)
    # 母婴传播率为0: a rate of nothing needs no unit
    zero_rate = m.value == 0 and ctx.verb is not None and _RATE_END.search(ctx.indicator)
    if unitless and not _lost_percent(m, ctx) and not zero_rate:
        return "bare"
    counted = COUNT_VERB_END.search(ctx.indicator) is not None
    counted = counted or _AT_LEAST_HAS.search(clause, max(0, m.start - 6), m.start) is not None
    counted = counted or _EACH_UNIT_HAS.search(clause, max(0, m.start - 16), m.start) is not None
    far = (m.value >= 10 or m.unit in _FREQUENCY) and COUNT_VERB_LAST.search(ctx.indicator)
    if m.chinese and not (counted or ctx.verb or far):
        return "numeral-without-verb"
    # 1-2个乡镇创建成…, 15%以上乡镇卫生院提供…: with no words before, a verb must follow
    # …2个乡镇卫生院开展…; 实现23家社区卫生服务中心急诊全覆盖: every one of them
    said_after = RIGHT_VERB.search(ctx.right) or ctx.right.endswith("全覆盖")
    share_of = m.unit == "%" and clause[ctx.suffix_end - 1 : ctx.suffix_end] == "的"
    said_after = said_after or (share_of and _UNITS_BECOME.match(ctx.right) is not None)
    # 使90%以上的城乡居民拥有…, 确保95%以上的孕产妇…: a share of units a goal's verb opens
    led = share_of and bool(ctx.left.strip()) and _SHARE_LED.fullmatch(ctx.left.strip())
    said_after = said_after or bool(led and _CJK.match(ctx.right) and len(ctx.right) >= 4)
    said_after = said_after or bringing  # 95%以上的县保持消除…状态
    said_after = said_after or _ALL_OF_THEM.match(ctx.right) is not None
    opens = _NOTHING_BEFORE.fullmatch(ctx.left) is not None
    in_state = m.unit in ("%", "成") and not ctx.verb and opens
    said_after = said_after or bool(in_state and _GROUP_IN_STATE.match(ctx.right.lstrip("的")))
    verb_after = said_after and m.unit not in TIME_UNITS
    # (其中:2座甲桥、8座乙桥): each count of the parts a bracket lists names its part after it
    part = right_noun and "其中" in clause and PARTS_OPENED.search(clause, 0, m.start) is not None
    if not ctx.indicator and not ctx.verb and not verb_after and not part:
        return "no-verb"
    return None


_LIST_HEAD = re.compile(r"[^\W\d的中]{0,8}[：:]?")
_DIGIT_OR_NUMERAL = re.compile(r"[\d〇零一二两三四五六七八九十百千]")


def list_verb(said: str) -> str | None:
    """The counting verb words with no number end on (今年新增养老设施：), perhaps with what it
    counts in general after it: the verb of the items listed next."""
    verb = COUNT_VERB_LAST.search(said)
    if verb is None or _DIGIT_OR_NUMERAL.search(said) or not _LIST_HEAD.fullmatch(said, verb.end()):
        return None
    return verb.group()


def _lost_percent(m: Mention, ctx: Context) -> bool:
    """产前筛查率达到95, 设老年医学科比例分别达到50及以上: a rate stated by a verb that
    compares, its % lost by the page; its unit stays empty, as written."""
    compares = COMPARATOR_VERBS.get(ctx.verb or "") is not None
    return compares and 0 < m.value <= 100 and _RATE_END.search(ctx.indicator) is not None


def _measured(clause: str, m: Mention) -> bool:
    """A rate to two decimals or more: a figure measured (91.57%, 46.79/10万), not a goal."""
    if m.unit not in ("%", "‰", "/10万", "/万", "/100万"):
        return False  # 每千常住人口床位数达到4.03张 is a goal
    written = re.search(r"\.(\d+)", clause[m.start : m.end])
    return written is not None and len(written.group(1)) >= 2 and not m.multiplied


def target_mentions(clause: str) -> list[Mention]:
    """The numbers of ``clause`` that may state a target as far as the characters around
    them tell (:func:`classify` without a context)."""
    return [m for m in mentions(clause) if _local(clause, m) is None]


# 在现有…40个监测点基础上: a level stated between 在 and 基础上, what a goal builds on
_AT_LEVEL = re.compile(r"在(?:现有|原有|已有|目前)?[^，,。；;在]{0,30}$")
_ON_LEVEL = re.compile(r"[^，,。；;\d]{0,20}?的?基础上")
_KEPT = re.compile(r"确保|保证|保持|巩固|维持")
_LEVEL_AT = re.compile(r"在$")
_LEVEL_ON = re.compile(
    r"\s*(?:/10万|/十万|‰|%)?的?(?:基数|基础|水平)上[，,]?再?(?:提高|提升|增加|增长|上升|下降|降低|减少)"
)


def split_baselines(
    clause: str, found: list[Mention]
) -> tuple[list[Mention], list[tuple[int, float, int | None]]]:
    """Separate baselines (从2020年的85%提高到…) from the numbers that may be targets;
    a baseline is (offset of its 从/由, value, year)."""
    kept, baselines = [], []
    listed_from: re.Match[str] | None = None  # 分别从61%、58%提高到…: the list's 从
    for i, m in enumerate(found):
        before = BASELINE_BEFORE.search(clause, 0, m.start) or listed_from
        tail = SUFFIX.match(clause, m.end)
        after = BASELINE_AFTER.match(clause, tail.end() if tail else m.end)
        listed = before is not None and not after and _baselines_listed(clause, found[i:])
        listed_from = before if listed else None
        if before and (after or listed):
            year = before.group("year") or (after.group("year") if after else None)
            baselines.append((before.start(), m.value, int(year) if year else None))
        elif _LEVEL_AT.search(clause, 0, m.start) and _LEVEL_ON.match(clause, m.end):
            # 婴儿死亡率在30‰的基数上再下降1/5: the level the fall is counted from
            baselines.append((clause.rfind("在", 0, m.start), m.value, None))
        else:
            kept.append(m)
    return kept, baselines


_LIST_JOINT = re.compile(r"[、和及与]")


def _baselines_listed(clause: str, rest: list[Mention]) -> bool:
    """Whether the first of ``rest`` opens a list of values (61%、58%) joined one to the next
    by 、/和 and ended by a change to the goals (提高到…): each a baseline."""
    for m, nxt in pairwise(rest):
        tail = SUFFIX.match(clause, m.end)
        end = tail.end() if tail else m.end
        if BASELINE_AFTER.match(clause, end):
            return m is not rest[0]
        if not _LIST_JOINT.fullmatch(clause, end, nxt.start):
            return False
    return False


def activity_topic(clause: str) -> str | None:
    """开展婴幼儿养育照护活动 → 婴幼儿养育照护活动: what later clauses may count by its head
    noun alone (市级层面活动不少于10场)."""
    match = _TOPIC.match(clause.strip())
    return match.group("topic") if match and not target_mentions(clause) else None


def with_topic(indicator: str, topic: str | None) -> str:
    if topic and indicator.endswith(topic[-2:]) and topic not in indicator:
        return indicator[:-2] + topic
    return indicator
