"""Regulations written in our own words for the kinds of department language the first
department round of stop 33 read."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks, regulation


def _regulation(*articles: str) -> str:
    return regulation("某省劳动卫生条例", "为了保护劳动者健康，制定本条例。", *articles)


def test_every_levels_trade_union_organisations_are_one_body(tmp_path: Path) -> None:
    # 各级工会组织 is the unions at every level, 组织 their noun; a union that 组织 its members
    # does something (县工会组织职工…)
    text = _regulation(
        "各级工会组织依法对用人单位的劳动保护工作进行监督。",
        "县工会组织职工参加健康检查。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("各级工会组织", ["各级工会组织"]),
        ("县工会", ["县工会"]),
        ("市民政局", ["市民政局"]),
    ]


def test_fields_of_a_list_joined_by_and_before_their_shared_word(tmp_path: Path) -> None:
    # 卫生、公安和药品监督管理部门: three fields sharing 部门, the last two joined by 和, each
    # its own department; 住房和城乡建设 is one field whose name holds 和
    text = _regulation(
        "市人民政府卫生、公安和药品监督管理部门应当互相配合，开展戒毒人员的健康检查。",
        "市人民政府教育、住房和城乡建设部门应当保障校舍的卫生条件。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        (
            "市人民政府卫生部门",
            ["市人民政府卫生部门", "市人民政府公安部门", "市人民政府药品监督管理部门"],
        ),
        ("市人民政府教育部门", ["市人民政府教育部门", "市人民政府住房和城乡建设部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_the_provinces_governments_before_their_fields(tmp_path: Path) -> None:
    # 省、自治区、直辖市人民政府: the government of each province-level unit, whose fields'
    # departments the list names
    text = _regulation(
        "省、自治区、直辖市人民政府卫生、民政部门应当制定救助办法。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        (
            "省、自治区、直辖市人民政府卫生部门",
            ["省、自治区、直辖市人民政府卫生部门", "省、自治区、直辖市人民政府民政部门"],
        ),
        ("市民政局", ["市民政局"]),
    ]


def test_mass_organisations_by_their_duties_or_charters(tmp_path: Path) -> None:
    # 甲、乙等团体，以及…等社会组织，根据职责或者章程…: the mass organisations answer by their
    # duties or charters; the social work agencies and charities after them are kinds of unit
    text = _regulation(
        "残疾人联合会应当协助开展康复工作。\n\n"
        "工会、妇女联合会、红十字会等团体，以及社会工作服务机构、慈善组织和志愿服务组织等"
        "社会组织，根据职责或者章程，参与康复服务。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("残疾人联合会", ["残疾人联合会", "工会", "妇女联合会", "红十字会"]),
        ("市民政局", ["市民政局"]),
    ]


def test_a_body_by_its_own_name_among_a_levels_fields(tmp_path: Path) -> None:
    # 县财政、民政、残联等部门: the county's fields and its disabled persons' federation, which
    # takes the level as the fields do (县残联); 团县委 holds its level already
    text = _regulation(
        "县财政、民政、残联、团县委等部门应当共同做好困难职工的帮扶工作。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县财政部门", ["县财政部门", "县民政部门", "县残联", "团县委"]),
        ("市民政局", ["市民政局"]),
    ]


def test_a_lists_kinds_before_more_bodies(tmp_path: Path) -> None:
    # 等部门和团体 says what the bodies before it are even when 以及 goes on to name more:
    # 团体 is no entry, the governments after it are
    text = _regulation(
        "民政、残疾人联合会等部门和团体以及街道办事处应当做好困难职工的帮扶工作。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("民政部门", ["民政部门", "残疾人联合会", "街道办事处"]),
        ("市民政局", ["市民政局"]),
    ]


def test_the_department_concerned_after_every_levels(tmp_path: Path) -> None:
    # 相关教育行政部门 approving is one of the education departments the article charges at every
    # level above the county: one body, listed once
    text = _regulation(
        "县级以上人民政府教育行政部门应当组织学生体质测试。学生因病不宜参加测试的，"
        "经相关教育行政部门批准后，可以免予测试。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县级以上人民政府教育行政部门", ["县级以上人民政府教育行政部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_the_press_a_role_line_lists_is_no_department(tmp_path: Path) -> None:
    # 配合：…电视、报刊、网络等媒体: the kinds of media that spread the work, no body among them
    text = (
        "某市爱国卫生月活动方案\n\n"
        "（一）拍摄卫生城市宣传片\n\n"
        "主办：市爱国卫生运动委员会办公室\n\n"
        "承办：市健康教育所\n\n"
        "配合：市和区县电视、报刊、网络等媒体\n\n"
        "（二）举办健康知识竞赛\n\n"
        "主办：市卫生健康委员会\n\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市爱国卫生运动委员会办公室", ["市爱国卫生运动委员会办公室", "市健康教育所"]),
        ("市卫生健康委员会", ["市卫生健康委员会"]),
    ]


def test_whom_a_rule_has_set_up_what_it_needs(tmp_path: Path) -> None:
    # 由甲部门建立: the body that sets up the reserve answers for that part of the article
    text = _regulation(
        "发生突发事件需要应急救治的，启动应急预案。\n\n"
        "应急预案由市卫生健康部门制定。应急救治队伍由市、区卫生健康部门组建。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("市卫生健康部门", ["市卫生健康部门", "区卫生健康部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_a_body_only_set_up_in_the_setters_sentence(tmp_path: Path) -> None:
    # 甲政府…负总责，设立乙指挥部，负责…: the government's verbs go on after what it sets up,
    # which has no duty of its own; a place that sets up a centre to do the work is another case
    text = _regulation(
        "各区人民政府对辖区内的防疫工作负总责，设立防疫指挥部，负责组织协调辖区内的防疫工作。",
        "各县设立急救中心，负责本县的急救调度工作。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("各区人民政府", ["各区人民政府"]),
        ("各县急救中心", ["各县急救中心"]),
        ("市民政局", ["市民政局"]),
    ]


def test_a_body_that_commands_directly(tmp_path: Path) -> None:
    # 由乙组直接指挥: the group commands that part of the work itself, as 由乙组统一指挥 says
    text = (
        "某县传染病防控预案\n\n"
        "（一）分级负责\n"
        "发生疫情时，由县人民政府统一指挥全县的防控工作；紧急情况由县应急处置组直接指挥。\n\n"
        "（二）县疾病预防控制中心负责疫情信息的收集和报告。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县人民政府", ["县人民政府", "县应急处置组"]),
        ("县疾病预防控制中心", ["县疾病预防控制中心"]),
    ]


def test_a_heading_on_the_line_above_the_body(tmp_path: Path) -> None:
    # （二）信息报告⏎县疾病预防控制中心负责…: the heading names the work, the body opens the
    # next line; a name a page width broke (县疾病预防⏎控制中心) is one name
    text = (
        "某县传染病防控预案\n\n"
        "（一）组织领导\n县卫生健康局负责全县防控工作的组织协调。\n\n"
        "（二）信息报告\n县疾病预防控制中心负责疫情信息的收集和报告。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县卫生健康局", ["县卫生健康局"]),
        ("县疾病预防控制中心", ["县疾病预防控制中心"]),
    ]


def test_bodies_the_points_under_a_bodys_heading_open_with(tmp_path: Path) -> None:
    # 2.卫生部门⏎(1)各级卫生部门要…⏎(2)疾病预防控制机构要…: the heading's body owns the
    # points and leads; a body a point opens with as its subject does that point
    text = (
        "某市传染病应急预案\n\n"
        "1.市卫生健康局：负责全市应急工作的组织协调。\n"
        "2.卫生部门\n"
        "(1)各级卫生部门要在当地政府的领导下，组织开展疫情处置；\n"
        "(2)疾病预防控制机构要做好疫情的监测和流行病学调查；\n"
        "(3)对密切接触者进行医学观察。\n"
        "3.财政部门：负责安排应急处置所需资金。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市卫生健康局", ["市卫生健康局"]),
        ("卫生部门", ["卫生部门", "各级卫生部门", "疾病预防控制机构"]),
        ("财政部门", ["财政部门"]),
    ]


def test_a_trades_associations_and_old_peoples_groups_are_kinds(tmp_path: Path) -> None:
    # 甲行业协会, 老年人组织: every association of a trade, every group of old people, none a
    # body of its own; the mass organisations before them answer by their charters
    text = _regulation(
        "鼓励社会力量参与健康服务。\n\n"
        "工会、妇联等人民团体和健康服务行业协会、老年人组织等社会组织，根据职责或者章程参与健康服务。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("工会", ["工会", "妇联"]),
        ("市民政局", ["市民政局"]),
    ]


def test_the_body_whose_confirmation_a_rule_turns_on(tmp_path: Path) -> None:
    # 经甲部门确认，…可以不再…: the department confirms the fact the exemption needs, an act of
    # authority as 经甲部门批准 is
    text = _regulation(
        "县人民政府应当举办一所中医医院。经省中医药主管部门确认，已有中医医院的县可以不再举办。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县人民政府", ["县人民政府", "省中医药主管部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_the_body_that_prints_a_rules_forms(tmp_path: Path) -> None:
    # 由甲会统一印制: the body issues the forms and cards the article's rule needs, one act of
    # its own in an article that names no other body
    text = _regulation(
        "献血登记表应当载明献血者的姓名和血型。\n\n献血登记表和献血证，由市红十字会统一印制。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("市红十字会", ["市红十字会"]),
        ("市民政局", ["市民政局"]),
    ]


def test_a_page_stores_paragraph_mark_parts_a_plans_lines(tmp_path: Path) -> None:
    # a document-sharing site wrote each paragraph break as a Cyrillic Р, the whole text one
    # line: read as line breaks, a table's rows stand apart, each with its department cell
    text = (
        "某县2024年健康工作任务分解表Р1.推进家庭医生签约服务,签约率达到60%。Р县卫健局"
        "Р2.改造乡镇卫生院3所。Р县卫健局、县财政局Р3.加强健康宣传。Р县委宣传部\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县卫健局", ["县卫健局"]),
        ("县卫健局", ["县卫健局", "县财政局"]),
        ("县委宣传部", ["县委宣传部"]),
    ]


def test_committees_a_government_guides_are_not_its_articles_bodies(tmp_path: Path) -> None:
    # the villagers' and residents' committees a township guides and helps assist it: the duty
    # is the township's, and a school it guides is no body either (README, stop 33 question 6)
    text = _regulation(
        "乡镇人民政府应当将职工健康服务纳入公共服务；指导、支持和帮助村民委员会、居民委员会"
        "开展健康宣传活动。\n村民委员会、居民委员会应当协助乡镇人民政府做好相关工作。",
        "县教育局应当指导各类学校开展健康教育。",
        "县民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("乡镇人民政府", ["乡镇人民政府"]),
        ("县教育局", ["县教育局"]),
        ("县民政局", ["县民政局"]),
    ]


def test_the_bare_word_unit_after_the_departments_concerned(tmp_path: Path) -> None:
    # 市和县人民政府以及有关部门、单位: the pair at each level; the bare 单位 names no body
    text = _regulation(
        "市和县人民政府以及有关部门、单位应当为职工体检提供便利。",
        "县民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("市人民政府以及有关部门", ["市人民政府以及有关部门", "县人民政府以及有关部门"]),
        ("县民政局", ["县民政局"]),
    ]


def test_the_body_given_the_work_before_a_later_sentences_subject_leads(tmp_path: Path) -> None:
    # the work falls first to the body its 由 names; the government a later paragraph charges
    # follows it
    text = _regulation(
        "用人单位应当建立职工健康档案。档案的格式，由县卫生健康部门统一制定。\n"
        "县人民政府应当为职工健康档案的管理提供保障。",
        "县民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县卫生健康部门", ["县卫生健康部门", "县人民政府"]),
        ("县民政局", ["县民政局"]),
    ]


def test_the_next_sections_heading_after_an_items_last_sentence(tmp_path: Path) -> None:
    # a policy address's paragraph opens with the body that acts; the name on a paragraph of its
    # own after it heads the next section, no department cell of this one
    text = (
        "2015年施政报告\n\n基层医疗\n\n12.  卫生署于去年在两个地区试行长者疫苗计划,让长者免费"
        "接种。卫生署拟把计划扩展至全港。\n\n中医药检测中心\n\n13.  政府将成立中医药检测中心。\n"
    )
    assert led_tasks(tmp_path, text)[0] == ("卫生署", ["卫生署"])


def test_blood_stations_by_their_kind_are_bound_a_named_one_acts(tmp_path: Path) -> None:
    # 血站 by its kind is whom the rule binds (设立 needs the department's approval, which is the
    # article's body); a station named by its place does its own work
    text = _regulation(
        "血站是不以营利为目的的公益性组织。\n血站应当经省级以上卫生健康主管部门批准设立。",
        "市中心血站负责全市的采血供血工作。",
    )
    assert led_tasks(tmp_path, text) == [
        ("省级以上卫生健康主管部门", ["省级以上卫生健康主管部门"]),
        ("市中心血站", ["市中心血站"]),
    ]


def test_a_division_tables_cell_of_bare_sectors_names_that_levels_departments(
    tmp_path: Path,
) -> None:
    # the department column of a 分工 table writes a sector by its field alone (教育, 体育): that
    # level's department, kept as written; a row's numbered line with its (1)… points is one item
    # when the cell after the last point covers the row
    text = (
        "某县健康促进县建设实施部门建议表\n"
        "一、健康环境\n"
        "1.学校健康教育课程开课率达到要求。\n"
        "中小学按课时开设健康教育课程\n"
        "教育\n"
        "2.每年组织开展全民健身活动，健身场地覆盖城乡。\n"
        "(1)每个乡镇建成一处健身广场;\n"
        "(2)每个行政村配置健身器材。\n"
        "县政府、乡镇、体育、财政\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("教育", ["教育"]),
        ("县政府", ["县政府", "乡镇", "体育", "财政"]),
    ]


def test_rehabilitation_institutions_and_hospitals_by_their_kind_are_bound(
    tmp_path: Path,
) -> None:
    # a rule that lets or makes every rehabilitation institution or every hospital of a grade do
    # something binds the class, no body the ledger holds to account (as 医疗机构应当…)
    text = _regulation(
        "县级以上人民政府应当拓宽残疾人就业渠道。\n社区康复机构可以推荐康复对象就业。",
        "县级以上人民政府应当合理设置儿童医院。\n三级以上综合医院应当设立儿科。",
        "市康复医院负责全市的康复技术指导。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县级以上人民政府", ["县级以上人民政府"]),
        ("县级以上人民政府", ["县级以上人民政府"]),
        ("市康复医院", ["市康复医院"]),
    ]


def test_vocational_schools_and_family_planning_services_by_their_kind_are_bound(
    tmp_path: Path,
) -> None:
    # the schools of a kind a department guides, and the family-planning service institutions a
    # rule binds, are the classes it reaches, no body the ledger holds to account
    text = _regulation(
        "县级以上人民政府教育主管部门应当督促学校开设健康教育课。\n"
        "中等职业学校和普通中学应当组织学生学习防病知识。",
        "计划生育技术服务机构应当在服务中宣传防病知识。\n县级以上人民政府卫生主管部门应当加强指导。",
        "市疾病预防控制中心负责技术指导。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县级以上人民政府教育主管部门", ["县级以上人民政府教育主管部门"]),
        ("县级以上人民政府卫生主管部门", ["县级以上人民政府卫生主管部门"]),
        ("市疾病预防控制中心", ["市疾病预防控制中心"]),
    ]


def test_the_body_a_later_clause_has_step_in_answers_for_the_article(tmp_path: Path) -> None:
    # 由…协调 / 由…协助办理 / 由…为其办理 in a later paragraph: the body steps in where the first
    # actor cannot, and answers for the article with it
    text = _regulation(
        "医疗机构应当执行会诊制度。\n必要时，由县级以上人民政府卫生健康主管部门协调会诊。",
        "出院的患者应当办理出院手续。\n本人无法办理的，由县民政部门为其办理。",
        "市疾病预防控制中心负责技术指导。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县级以上人民政府卫生健康主管部门", ["县级以上人民政府卫生健康主管部门"]),
        ("县民政部门", ["县民政部门"]),
        ("市疾病预防控制中心", ["市疾病预防控制中心"]),
    ]


def test_fields_sharing_a_departments_own_agency_and_a_longer_head(tmp_path: Path) -> None:
    # 水利、林业、民政行政主管部门的安全主管机构: the agency each field's department has, the
    # whole 行政主管部门的…机构 shared; 国务院水利、林业行政主管部门: each field keeps 行政
    text = _regulation(
        "水利、林业、民政行政主管部门的安全主管机构负责各自系统内的劳动卫生工作。",
        "省人民政府卫生行政部门应当会同省人民政府水利、林业行政主管部门制定检查办法。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        (
            "水利行政主管部门的安全主管机构",
            [
                "水利行政主管部门的安全主管机构",
                "林业行政主管部门的安全主管机构",
                "民政行政主管部门的安全主管机构",
            ],
        ),
        (
            "省人民政府卫生行政部门",
            ["省人民政府卫生行政部门", "省人民政府水利行政主管部门", "省人民政府林业行政主管部门"],
        ),
        ("市民政局", ["市民政局"]),
    ]


def test_the_name_a_regulation_gives_the_departments_of_its_levels_is_a_body(
    tmp_path: Path,
) -> None:
    # （以下统称安全生产监督部门）after the departments of several levels: the authority at each
    # level, held to account where later articles name it by that word (a role a list of units
    # is called, 以下统称检测机构, is still none)
    text = _regulation(
        "省人民政府安全生产监督部门和市、县人民政府承担安全生产监督职责的部门"
        "（以下统称安全生产监督部门）负责本行政区域内的劳动卫生监督工作。",
        "安全生产监督部门应当定期检查用人单位的防护设施。",
        "违反本条例规定，用人单位未配备防护用品的，由安全生产监督部门责令改正。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text)[-3:] == [
        ("安全生产监督部门", ["安全生产监督部门"]),
        ("安全生产监督部门", ["安全生产监督部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_a_grade_said_before_the_first_department_of_a_list_is_each_ones(
    tmp_path: Path,
) -> None:
    # 县级以上甲行政部门、乙行政部门: the grade said once is the second's too; 依据职权 before
    # the sanction is the grounds the bodies act on, each by its own powers
    text = _regulation(
        "违反本条例规定，用人单位未设置防护设施的，由县级以上安全生产行政部门、卫生行政部门"
        "依据职权责令改正，可以并处罚款。",
        "用人单位应当如实申报职业病危害项目。县级卫生行政部门、民政行政部门应当相互通报申报情况。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("县级以上安全生产行政部门", ["县级以上安全生产行政部门", "县级以上卫生行政部门"]),
        ("县级卫生行政部门", ["县级卫生行政部门", "县级民政行政部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_fields_sharing_a_health_agencys_kind_keep_its_whole_name(tmp_path: Path) -> None:
    # 港口、林业、厂(场)矿卫生防疫机构: each field's epidemic-prevention agency, the kind of
    # agency shared whole (not 港口机构), a bracket in the last field's name
    text = _regulation(
        "县卫生行政部门会同港口、林业、厂(场)矿卫生防疫机构制定作业场所的检查计划。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        (
            "县卫生行政部门",
            ["县卫生行政部门", "港口卫生防疫机构", "林业卫生防疫机构", "厂(场)矿卫生防疫机构"],
        ),
        ("市民政局", ["市民政局"]),
    ]


def test_the_body_that_comes_upon_a_breach_acts_on_it(tmp_path: Path) -> None:
    # 甲、乙等行政部门发现…的行为，应当…查处: the departments that find the breach deal with it
    text = _regulation(
        "安全生产、民政等行政部门发现用人单位有违反本条例的行为，应当依法查处，并互相通报。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("安全生产行政部门", ["安全生产行政部门", "民政行政部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_every_levels_agency_acting_for_the_health_authority_is_one_body(tmp_path: Path) -> None:
    # 各级疾病预防控制机构，负责…: every level's agency acting for the authority, one collective
    # (各级医疗机构，应当… stays the institutions a rule binds, no body)
    text = _regulation(
        "各级疾病预防控制机构，负责管辖范围内的职业病监测工作。",
        "各级医疗机构，应当做好职业病的诊断工作。",
        "市民政局负责困难职工的救助。",
    )
    assert led_tasks(tmp_path, text) == [
        ("各级疾病预防控制机构", ["各级疾病预防控制机构"]),
        ("市民政局", ["市民政局"]),
    ]
