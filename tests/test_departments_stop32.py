"""Plans and regulations written in our own words for the kinds of department language stop 32
read."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import led_tasks, regulation


def test_the_districts_and_county_level_cities_under_one_every(tmp_path: Path) -> None:
    # 各区、县级市政府: a city holds districts and county-level cities, alternatives for one
    # level under one 各, as 各区、市政府 is; one collective entry, also after 各有关
    plan = (
        "二、主要任务\n"
        "    1.推进老旧小区改造。完成改造任务。（牵头单位：市住建局，配合单位：市财政局，"
        "各区、县级市政府）\n"
        "    2.扩大学位供给。新建一批学校。（牵头单位：市教育局，配合单位：各有关区、县级市政府）\n"
    )
    assert led_tasks(tmp_path, plan) == [
        ("市住建局", ["市住建局", "市财政局", "各区、县级市政府"]),
        ("市教育局", ["市教育局", "各有关区、县级市政府"]),
    ]


def test_a_layout_the_work_improves_is_no_bureau(tmp_path: Path) -> None:
    # 优化…空间布局，大力…: the sentence opening an item's work ends as a bureau's name does
    # (布局, 格局), but it names the work; the role bracket names the body
    plan = (
        "二、主要任务\n"
        "    1.完善公共安全体系。优化应急避难场所空间布局，大力整合全市监控资源。"
        "（牵头单位：市应急局）\n"
        "    2.发展社区养老。形成城乡统筹养老服务新格局，大力扩大服务供给。（牵头单位：市民政局）\n"
    )
    assert led_tasks(tmp_path, plan) == [
        ("市应急局", ["市应急局"]),
        ("市民政局", ["市民政局"]),
    ]


def _regulation(*articles: str) -> str:
    return regulation("某市康复服务条例", "为了发展康复服务，制定本条例。", *articles)


def test_levels_written_once_before_a_list_are_each_bodys(tmp_path: Path) -> None:
    # 市、区甲部门、乙部门 / 市、区甲、乙等部门: the levels before the first name are every
    # name's that has no place of its own, each level's body an entry; the first sentence's
    # body leads though its name is built from a field and a kind written once
    regulation = _regulation(
        "市、区民政部门、残疾人工作主管部门应当采取下列措施，加强社区康复服务能力建设。",
        "市、区民政、医疗保障等部门制定康复服务政策措施，应当听取残疾人工作主管部门意见。\n\n"
        "市、区残疾人工作主管部门、财政部门应当建立康复机构绩效考核制度。",
        "市卫生健康局负责康复服务的业务指导，市财政局负责经费保障。",
    )
    assert led_tasks(tmp_path, regulation) == [
        (
            "市民政部门",
            ["市民政部门", "区民政部门", "市残疾人工作主管部门", "区残疾人工作主管部门"],
        ),
        (
            "市民政部门",
            [
                "市民政部门",
                "区民政部门",
                "市医疗保障部门",
                "区医疗保障部门",
                "市残疾人工作主管部门",
                "区残疾人工作主管部门",
                "市财政部门",
                "区财政部门",
            ],
        ),
        ("市卫生健康局", ["市卫生健康局", "市财政局"]),
    ]


def test_a_body_that_sets_a_standard_opens_its_article(tmp_path: Path) -> None:
    # 甲部门确定…标准应当…: the body that sets it is the article's subject; what a body has
    # determined (市人民政府确定的…) is not
    regulation = _regulation(
        "市医疗保障部门确定康复服务的收费项目和标准应当听取各方面意见。",
        "市人民政府确定的康复服务项目，由市民政部门组织实施。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("市医疗保障部门", ["市医疗保障部门"]),
        ("市民政部门", ["市民政部门"]),
    ]


def test_a_government_and_its_departments_are_one_entry_per_level(tmp_path: Path) -> None:
    # 县级以上人民政府和有关部门 / 市、区人民政府以及相关部门: the government with its own
    # departments, one collective per level whatever joins them; after 或者 the bare phrase is
    # an alternative and stays out
    regulation = _regulation(
        "县级以上人民政府和有关部门应当为康复服务提供场地。",
        "市、区人民政府以及相关部门应当加强康复服务队伍建设。",
        "市人民政府或者有关部门对作出突出贡献的单位给予表彰。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县级以上人民政府和有关部门", ["县级以上人民政府和有关部门"]),
        ("市人民政府以及相关部门", ["市人民政府以及相关部门", "区人民政府以及相关部门"]),
        ("市人民政府", ["市人民政府"]),
    ]


def test_the_body_of_the_place_a_unit_is_in(tmp_path: Path) -> None:
    # 由所在地县（市、区）甲部门 / 所在区、县人民政府 / 机构所在地县级甲部门: the level's or
    # sector's body in each place, written without the place; a government of wherever the unit
    # is, with no level, is no body
    regulation = _regulation(
        "康复机构的验收，由所在地县（市、区）民政部门负责。",
        "康复机构的设置，由所在区、县人民政府审批。",
        "康复机构的执业活动，由机构所在地县级卫生健康部门负责监督。",
        "康复机构停业的，由所在地人民政府负责安置，市民政局负责指导。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("县（市、区）民政部门", ["县（市、区）民政部门"]),
        ("区、县人民政府", ["区、县人民政府"]),
        ("县级卫生健康部门", ["县级卫生健康部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_every_place_of_a_level_an_article_charges_names_no_body(tmp_path: Path) -> None:
    # 各区应当至少办一所… in an article: every district, none of its bodies named, as a bare
    # level; the article's other bodies stay, and an article with no other names none
    regulation = _regulation(
        "市、区人民政府应当举办康复医疗机构。\n\n各区应当至少办一所康复医院。",
        "各县（市）应当设立康复指导站。",
        "康复指导站由市卫生健康局负责业务指导。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("市人民政府", ["市人民政府", "区人民政府"]),
        ("市卫生健康局", ["市卫生健康局"]),
    ]


def test_units_of_society_and_the_unnamed_administrations_are_no_bodies(
    tmp_path: Path,
) -> None:
    # 社会单位 (whichever units) and 有关行政管理部门 (whichever administrations) beside named
    # bodies that support a duty: only the named ones count
    regulation = _regulation(
        "康复站点所在地的街道办事处、乡镇人民政府、社会单位和有关行政管理部门应当予以支持。",
        "市民政局负责康复站点的登记。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("街道办事处、乡镇人民政府", ["街道办事处、乡镇人民政府"]),
        ("市民政局", ["市民政局"]),
    ]


def test_a_long_list_of_fields_after_the_lead_clause(tmp_path: Path) -> None:
    # 甲部门负责…，乙、丙、…等部门按照职责做好…: a list of ten fields is longer than a body's
    # name, and each field's department still does a part of the work
    regulation = _regulation(
        "县级以上人民政府民政部门负责本行政区域的康复服务工作，发展改革、教育、公安、司法行政、"
        "财政、人力资源社会保障、住房城乡建设、市场监督管理、医疗保障等部门按照职责做好相关工作。",
        "市民政局负责康复站点的登记。",
    )
    assert led_tasks(tmp_path, regulation) == [
        (
            "县级以上人民政府民政部门",
            [
                "县级以上人民政府民政部门",
                "发展改革部门",
                "教育部门",
                "公安部门",
                "司法行政部门",
                "财政部门",
                "人力资源社会保障部门",
                "住房城乡建设部门",
                "市场监督管理部门",
                "医疗保障部门",
            ],
        ),
        ("市民政局", ["市民政局"]),
    ]


def test_a_governments_fields_and_its_other_departments(tmp_path: Path) -> None:
    # 县级以上人民政府教育、人力资源社会保障和其他有关部门: the government said before the first
    # field is every field's, and the rest of its departments closing the list are its collective
    regulation = _regulation(
        "县级以上人民政府教育、人力资源社会保障和其他有关部门具体负责所管理学校的康复知识教育。",
        "市民政局负责康复站点的登记。",
    )
    assert led_tasks(tmp_path, regulation) == [
        (
            "县级以上人民政府教育部门",
            [
                "县级以上人民政府教育部门",
                "县级以上人民政府人力资源社会保障部门",
                "县级以上人民政府其他有关部门",
            ],
        ),
        ("市民政局", ["市民政局"]),
    ]


def test_a_body_the_levels_governments_set_up_is_written_with_their_levels(
    tmp_path: Path,
) -> None:
    # 市和县（市）、区人民政府设立的甲委员会…负责…: the committee does the duty, one for each
    # level, written with the level and not with who sets it up
    regulation = _regulation(
        "市和县（市）、区人民政府设立的康复工作委员会是议事协调机构，负责组织、协调康复工作。",
        "市民政局负责康复站点的登记。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("市康复工作委员会", ["市康复工作委员会", "县（市）、区康复工作委员会"]),
        ("市民政局", ["市民政局"]),
    ]


def test_the_places_that_set_up_a_body_with_a_duty_name_it(tmp_path: Path) -> None:
    # 甲区、乙区和各县（市）设康复中心，负责…: each place's centre does the duty, named with its
    # place; an office that sits in a department (设在丙部门) is set up by nobody here
    regulation = _regulation(
        "市康复中心负责全市康复服务的统一调度。甲区、乙区和各县（市）设康复中心，"
        "负责本行政区域内康复服务的调度工作。",
        "县级以上康复工作委员会办事机构设在同级民政部门，具体承担委员会的日常工作。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("市康复中心", ["市康复中心", "甲区康复中心", "乙区康复中心", "各县（市）康复中心"]),
        ("县级以上康复工作委员会办事机构", ["县级以上康复工作委员会办事机构"]),
    ]


def test_a_districts_government_and_the_townships_or_street_offices(tmp_path: Path) -> None:
    # 区和乡镇人民政府、街道办事处: the district's government, and the township's government or
    # the street office (a place has one or the other), one entry
    regulation = _regulation(
        "区和乡镇人民政府、街道办事处具体负责本辖区内的康复服务管理工作。",
        "市民政局负责康复站点的登记。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("区人民政府", ["区人民政府", "乡镇人民政府、街道办事处"]),
        ("市民政局", ["市民政局"]),
    ]


def test_fields_closed_by_their_administrative_authorities(tmp_path: Path) -> None:
    # 甲、乙、丙等行政主管部门: both kind words after 等, each field's authority an entry
    regulation = _regulation(
        "市民政局负责康复站点的登记。城乡规划、国土资源、卫生健康等行政主管部门应当按照各自职责"
        "具体实施相关规划。",
    )
    assert led_tasks(tmp_path, regulation) == [
        (
            "市民政局",
            ["市民政局", "城乡规划行政主管部门", "国土资源行政主管部门", "卫生健康行政主管部门"],
        ),
    ]


def test_a_role_the_regulation_defines_is_no_body(tmp_path: Path) -> None:
    # 本条例所称调派机构，是指…的机构: whichever unit plays the role; the body the article
    # charges leads
    regulation = _regulation(
        "本条例所称调派机构，是指受理康复服务申请、调派康复机构提供服务的机构。",
        "调派机构应当设置专线电话，保证申请电话畅通。\n\n服务的具体标准，由市民政部门制定。",
        "市民政局负责康复站点的登记。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("市民政部门", ["市民政部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_mass_organisations_opening_a_later_paragraph(tmp_path: Path) -> None:
    # 工会、共青团、妇联等群团组织根据章程…: the three named bodies do their part (工会 is a
    # body's short name, as 妇联 is)
    regulation = _regulation(
        "市红十字会依法参与康复服务工作。\n\n工会、共青团、妇联等群团组织根据章程，引导有关群体参与康复服务。",
        "市民政局负责康复站点的登记。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("市红十字会", ["市红十字会", "工会", "共青团", "妇联"]),
        ("市民政局", ["市民政局"]),
    ]


def test_the_body_that_confers_an_honour(tmp_path: Path) -> None:
    # 对…的个人，由甲部门会同有关部门授予…荣誉: the body confers it, an act of its own in a
    # later paragraph
    regulation = _regulation(
        "市康复服务指导中心负责康复志愿服务的登记。\n\n对长期参与康复志愿服务的个人，由市民政部门"
        "会同有关部门授予荣誉称号。",
        "市民政局负责康复站点的登记。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("市康复服务指导中心", ["市康复服务指导中心", "市民政部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_a_joint_meeting_and_a_committee_set_up_with_work_of_their_own(tmp_path: Path) -> None:
    # 甲工作联席会议应当每年召开… (a later paragraph opening with the meeting set up) and
    # 成立乙委员会，为…开展咨询 (the committee's own work): set-up bodies that act count
    regulation = _regulation(
        "市人民政府应当建立由相关部门组成的康复服务工作联席会议制度。\n\n"
        "康复服务工作联席会议应当每年至少召开一次。",
        "市民政部门组织成立康复服务专家咨询委员会，为康复服务的重大事项开展咨询、论证等工作。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("市人民政府", ["市人民政府", "康复服务工作联席会议"]),
        ("市民政部门", ["市民政部门", "康复服务专家咨询委员会"]),
    ]


def test_who_draws_an_area_and_who_entrusts_the_work(tmp_path: Path) -> None:
    # 由甲政府会同乙部门划定 (an article naming its bodies only there) and 由丙部门委托第三方机构
    # 开展 (the body that entrusts the work, not one name with whom it entrusts)
    regulation = _regulation(
        "康复服务设施用地的范围，由区人民政府会同市规划自然资源部门划定。",
        "本市实行康复服务评估制度，评估工作由市民政部门委托第三方机构开展。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("区人民政府", ["区人民政府", "市规划自然资源部门"]),
        ("市民政部门", ["市民政部门"]),
    ]


def test_fields_closed_by_the_governments_other_departments(tmp_path: Path) -> None:
    # 甲、乙等政府其他部门按照各自职责…: each field's department is one of the government's
    # others, each an entry
    regulation = _regulation(
        "民政部门主管康复服务工作。卫生健康、医疗保障等政府其他部门按照各自职责，做好相关工作。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("民政部门", ["民政部门", "卫生健康部门", "医疗保障部门"]),
    ]


def test_every_organ_of_every_level_opens_a_catch_all(tmp_path: Path) -> None:
    # 各级机关、企事业单位、社会团体应当…: every organisation a rule binds, no body of the item
    regulation = _regulation(
        "市卫生健康部门应当制定急救培训规划。\n\n各级机关、企事业单位、社会团体应当组织人员参加急救培训。",
    )
    assert led_tasks(tmp_path, regulation) == [("市卫生健康部门", ["市卫生健康部门"])]


def test_articles_that_name_their_body_before_an_act_or_in_its_rule(tmp_path: Path) -> None:
    # 甲政府作出…决定，应当… / 乙政府及其部门采取…措施，应当…: the body whose act the duty
    # governs; 由丙部门定期统计、更新…: who keeps the record; 按照丁部门核定的标准收取: the body
    # whose approval the rule applies (not 按照本办法所确定的…: the text itself)
    regulation = _regulation(
        "市、区人民政府作出应对康复服务突发事件的决定，应当报本级人民代表大会常务委员会备案。",
        "各级人民政府及其部门采取康复服务保障措施，应当与服务需求相适应。",
        "康复机构的名录、地址等信息，由市民政部门定期统计、更新，并向社会公布。",
        "康复服务的收费，应当按照价格主管部门核定的项目和标准收取。",
        "康复机构应当按照本办法所确定的标准提供服务，市民政局负责监督。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("市人民政府", ["市人民政府", "区人民政府"]),
        ("各级人民政府及其部门", ["各级人民政府及其部门"]),
        ("市民政部门", ["市民政部门"]),
        ("价格主管部门", ["价格主管部门"]),
        ("市民政局", ["市民政局"]),
    ]


def test_a_body_whose_failure_a_sanction_answers_is_no_subject(tmp_path: Path) -> None:
    # 因…丙部门采取措施不力…的，追究…: the event a sanction answers, not a duty of 丙部门
    plan = (
        "二、责任分工\n"
        "    1.疫情处置。市农业局负责制定处置方案。因处置不及时，公安部门采取措施不力，"
        "延误处置的，追究相关人员的责任。\n"
    )
    assert led_tasks(tmp_path, plan) == [("市农业局", ["市农业局"])]


def test_a_subject_list_with_parties_and_categories_beside_bodies(tmp_path: Path) -> None:
    # 市、县人民政府及其有关部门、新闻媒体、社会各界应当…: one entry per level for the
    # government and its departments, the press and society left out; 患方所在单位和居住地乡镇
    # 人民政府（街道办事处）、村（居）民委员会，应当…: a person's own employer is a party, the
    # place's bodies (written without 居住地) are the duty's
    regulation = _regulation(
        "市、县（市、区）人民政府及其有关部门、新闻媒体、社会各界应当加强康复知识宣传。",
        "患者所在单位和居住地乡镇人民政府（街道办事处）、村（居）民委员会，应当配合做好康复服务。",
    )
    assert led_tasks(tmp_path, regulation) == [
        (
            "市人民政府及其有关部门",
            ["市人民政府及其有关部门", "县（市、区）人民政府及其有关部门"],
        ),
        ("乡镇人民政府（街道办事处）", ["乡镇人民政府（街道办事处）", "村（居）民委员会"]),
    ]


def test_social_organisations_beside_departments_but_not_alone(tmp_path: Path) -> None:
    # 甲、乙等政府其他部门和人民团体、社会组织按照各自职责…: the kinds of organisation given a
    # duty beside the departments are one collective entry each; alone (社会组织应当…) or
    # encouraged (鼓励社会组织参与…) they are none
    regulation = _regulation(
        "民政部门主管康复服务工作。卫生健康、医疗保障等政府其他部门和人民团体、社会组织按照各自职责"
        "或者章程，做好相关工作。",
        "社会组织应当依法开展康复服务。",
        "市民政局负责康复站点的登记。鼓励社会组织参与康复服务。",
    )
    assert led_tasks(tmp_path, regulation) == [
        ("民政部门", ["民政部门", "卫生健康部门", "医疗保障部门", "人民团体", "社会组织"]),
        ("市民政局", ["市民政局"]),
    ]
