"""Plans and regulations written in our own words (invented items and articles) for the kinds of
department language stop 30 read: a paragraph of mass organisations after an article's bodies,
a subject listed in groups a comma parts, and the layouts of 分工 tables and work points that
unseen documents bring."""

from __future__ import annotations

from pathlib import Path

from tasks_helpers import extracted_tasks, led_tasks


def test_mass_organisations_and_kinds_of_units_after_the_articles_bodies(tmp_path: Path) -> None:
    # 工会、妇联…等团体和机关、企业事业单位应当…: the named mass organisations act; volunteers'
    # organisations, organs and enterprises are kinds of units the rule binds, no department
    text = (
        "某市全民健身条例\n"
        "第一条 为了促进全民健身，制定本条例。\n"
        "第二条 市、县人民政府应当将全民健身工作纳入国民经济和社会发展规划。\n\n"
        "体育主管部门负责本行政区域内的全民健身工作。\n\n"
        "总工会、团市委、妇联、残联、志愿服务组织等团体和机关、企业事业单位应当结合自身特点，"
        "组织开展健身活动。\n"
        "第三条 市体育局负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text)[0] == (
        "市人民政府",
        ["市人民政府", "县人民政府", "体育主管部门", "总工会", "团市委", "妇联", "残联"],
    )


def test_people_s_and_mass_organisations_then_trade_bodies_after_a_comma(tmp_path: Path) -> None:
    # 等人民团体和群众团体 names the kind of the bodies listed (no body of its own); the trade
    # bodies after ，以及 are named bodies doing their part too, their kind word dropped
    text = (
        "某市传染病防治条例\n"
        "第一条 为了防治传染病，制定本条例。\n"
        "第二条 本市建立群防群控机制，动员社会力量参与传染病防治。\n\n"
        "科协、红十字会、残联等人民团体和群众团体，以及护理学会、药学会等行业组织按照各自职责，"
        "协助做好传染病防治工作。\n"
        "第三条 市卫生健康委负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text)[0] == (
        "科协",
        ["科协", "红十字会", "残联", "护理学会", "药学会"],
    )


def test_a_subject_listed_in_groups_a_comma_parts(tmp_path: Path) -> None:
    # 甲及其有关部门，乙、丙，丁、戊以及各类机构等应当…: every group before the modal is the
    # subject, each level's government with its departments apart; the kind of institution none
    text = (
        "某市疫情应对条例\n"
        "第一条 为了规范疫情应对，制定本条例。\n"
        "第二条 市、区人民政府及其有关部门，街道办事处、乡镇人民政府，居民委员会、村民委员会以及"
        "医疗卫生机构等应当对应对工作中获取的个人信息采取保护措施。\n"
        "第三条 市卫生健康委负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text)[0] == (
        "市人民政府及其有关部门",
        [
            "市人民政府及其有关部门",
            "区人民政府及其有关部门",
            "街道办事处、乡镇人民政府",
            "居民委员会、村民委员会",
        ],
    )


def test_a_host_and_co_hosts_named_inline_in_an_items_bracket(tmp_path: Path) -> None:
    # 甲主办，乙、丙协办 / 甲主责，乙参与: 主办 and 主责 lead as 牵头 does, the word no part
    # of the name
    text = (
        "某县2025年健康促进工作要点\n"
        "1.开展控烟宣传进校园活动（县卫健局主办，县教体局、团县委协办）\n"
        "2.建设健康步道和健身广场（县住建局主责，县体育中心、各乡镇参与）\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县卫健局", ["县卫健局", "县教体局", "团县委"]),
        ("县住建局", ["县住建局", "县体育中心", "各乡镇"]),
    ]


def test_a_cell_naming_its_lead_in_a_bracket_after_the_list(tmp_path: Path) -> None:
    # 甲、乙（乙牵头）: the bracket says which of the listed bodies leads, no body of its own
    text = (
        "序号|工作任务|责任单位\n"
        "1|推进学校食堂明厨亮灶|区教育局、区市场监管局（区市场监管局牵头）\n"
        "2|开展职业病危害专项治理|区卫健局、区人社局、区总工会（由区卫健局牵头）\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("区市场监管局", ["区市场监管局", "区教育局"]),
        ("区卫健局", ["区卫健局", "区人社局", "区总工会"]),
    ]


def test_a_body_that_organises_and_the_bodies_of_the_next_clause_that_carry_out(
    tmp_path: Path,
) -> None:
    # 由甲统一组织，乙具体实施: the organiser leads, the body of the next clause does its part
    text = (
        "某市2025年爱国卫生工作安排\n"
        "1.开展春季灭鼠活动。3月下旬集中开展，由市爱卫办统一组织，各区爱卫办具体实施。\n"
        "2.开展健康知识竞赛。由市卫健委统一组织，市教育局负责学生组的组织工作。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("市爱卫办", ["市爱卫办", "各区爱卫办"]),
        ("市卫健委", ["市卫健委", "市教育局"]),
    ]


def test_a_places_township_street_office_and_villagers_committee(tmp_path: Path) -> None:
    # 乡镇人民政府、街道办事处、村民委员会 (or 基层群众性自治组织): the two local governments one
    # collective, the committees another (README '## Tasks', stop 32: a township has both)
    text = (
        "某省农村卫生条例\n"
        "第一条 为了改善农村卫生，制定本条例。\n"
        "第二条 县级以上人民政府应当加强农村卫生工作。\n\n"
        "乡镇人民政府、街道办事处、村民委员会负责具体实施农村公厕建设。\n"
        "第三条 乡镇人民政府、街道办事处、基层群众性自治组织应当协助做好健康教育工作。\n"
        "第四条 省卫生健康委负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text)[:2] == [
        ("县级以上人民政府", ["县级以上人民政府", "乡镇人民政府、街道办事处", "村民委员会"]),
        (
            "乡镇人民政府、街道办事处",
            ["乡镇人民政府、街道办事处", "基层群众性自治组织"],
        ),
    ]


def test_the_bodies_a_committee_urges_to_perform_their_duties(tmp_path: Path) -> None:
    # 甲会负责协调、督促乙、丙等部门履行…职责: the duty is the sectors' (one body each), the
    # committee sees to it; 督促有关部门履行职责 names no body
    text = (
        "某市病媒生物防制条例\n"
        "第一条 为了防制病媒生物，制定本条例。\n"
        "第二条 市、县人民政府应当将病媒生物防制纳入公共卫生工作计划。\n\n"
        "爱卫会负责协调和督促住房城乡建设、交通运输、水利等部门履行病媒生物防制职责。\n"
        "第三条 疾病预防控制机构负责病媒生物监测，并督促有关部门履行职责。\n"
        "第四条 市卫生健康委负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text)[:2] == [
        (
            "市人民政府",
            ["市人民政府", "县人民政府", "爱卫会", "住房城乡建设部门", "交通运输部门", "水利部门"],
        ),
        ("疾病预防控制机构", ["疾病预防控制机构"]),
    ]


def test_a_prohibition_listing_places_and_the_government_of_its_closing_paragraph(
    tmp_path: Path,
) -> None:
    # 下列场所禁止吸烟：⏎（一）…场所；…⏎甲、乙人民政府可以…: the points list places and name no
    # body; the article is one task, of the governments its closing paragraph names, its source
    # the whole article
    text = (
        "某市控制吸烟条例\n"
        "第一条 为了控制吸烟，制定本条例。\n"
        "第二条 下列场所禁止吸烟：\n\n"
        "（一）医疗卫生机构的候诊区；\n\n"
        "（二）学校和托幼机构；\n\n"
        "（三）法律、法规规定的其他场所。\n\n"
        "市、县人民政府可以根据大型活动的需要，临时划定禁止吸烟区域。\n\n"
        "第三条 市卫生健康委负责组织实施本条例。\n"
    )
    article = next(t for t in extracted_tasks(tmp_path, text) if t.title.startswith("下列场所"))
    assert (article.lead_department, article.departments) == (
        "市人民政府",
        ["市人民政府", "县人民政府"],
    )
    assert "医疗卫生机构的候诊区" in article.text


def test_the_bodies_an_accountability_plan_holds_to_account_for_an_item(tmp_path: Path) -> None:
    # 追究甲局责任人的责任: the body whose officers answer when the work fails answers for the
    # item; 追究直接负责的主管人员的责任 names no body
    text = (
        "某县食品安全责任追究办法\n"
        "（一）风险监测。县卫健局负责制定风险监测计划，各乡镇负责采样送检。\n"
        "因监测计划不落实，造成漏报的，追究县卫健局责任人的责任；因检测设备不到位的，"
        "追究县财政局有关责任人的责任。\n"
        "（二）应急处置。县市场监管局负责组织应急处置，对处置不力的，追究直接负责的主管人员的责任。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("县卫健局", ["县卫健局", "各乡镇", "县财政局"]),
        ("县市场监管局", ["县市场监管局"]),
    ]


def test_a_body_before_its_duty_and_the_partners_the_duty_names(tmp_path: Path) -> None:
    # 甲局：推进…，乙局配合 / 甲局——…，乙局协助: the body before the colon or the dash leads,
    # those the duty has support it follow
    text = (
        "某区2025年卫生健康重点工作\n"
        "1.区医保局：推进医保移动支付应用，区卫健局配合。\n"
        "2.区疾控中心——开展学校传染病监测，区教育局、各街道协助做好学生晨检。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("区医保局", ["区医保局", "区卫健局"]),
        ("区疾控中心", ["区疾控中心", "区教育局", "各街道"]),
    ]


def test_the_body_a_regulation_has_an_institution_apply_to(tmp_path: Path) -> None:
    # 甲机构应当向市和区乙部门申请办理…登记: the institutions are a kind the rule binds; the
    # bodies applied to grant the registration, one a level
    text = (
        "某市健康体检管理条例\n"
        "第一条 为了规范健康体检，制定本条例。\n"
        "第二条 开展健康体检的医疗机构应当依法向市和区卫生健康行政部门申请办理执业登记。\n"
        "第三条 市卫生健康委负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text)[0] == (
        "市卫生健康行政部门",
        ["市卫生健康行政部门", "区卫生健康行政部门"],
    )


def test_a_day_of_the_year_whose_week_a_rule_names_is_no_body(tmp_path: Path) -> None:
    # 每年9月20日（全国爱牙日）所在的周为…: 所 of 所在 after a date, no clinic's 所
    text = (
        "某市口腔健康促进条例\n"
        "第一条 为了促进口腔健康，制定本条例。\n"
        "第二条 卫生健康部门应当组织开展口腔健康教育。\n"
        "每年9月20日（全国爱牙日）所在的周为本市口腔健康宣传周。\n"
        "第三条 市卫生健康委负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text)[0] == ("卫生健康部门", ["卫生健康部门"])


def test_a_government_and_the_sectors_of_its_own_after_jiqi(tmp_path: Path) -> None:
    # 甲人民政府及其乙、丙等部门应当…: the government, and each sector's department of it (not
    # 甲人民政府及其乙部门 as one name); 及其有关部门 stays one subject
    text = (
        "某市公共卫生条例\n"
        "第一条 为了保障公共卫生，制定本条例。\n"
        "第二条 区人民政府及其卫生健康、财政等部门应当保障公共卫生经费。\n"
        "第三条 各级人民政府及其有关部门应当做好公共卫生应急准备。\n"
        "第四条 市卫生健康委负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text)[:2] == [
        ("区人民政府", ["区人民政府", "区人民政府卫生健康部门", "区人民政府财政部门"]),
        ("各级人民政府及其有关部门", ["各级人民政府及其有关部门"]),
    ]


def test_units_and_enterprises_of_a_kind_a_rule_binds_are_no_department(tmp_path: Path) -> None:
    # 供水企业、自备水源单位应当…; 其所在单位应当…: units of a kind (whose, no level or body says),
    # not the health department the article charges; 县直有关单位 and 市属国有企业 say whose
    text = (
        "某省生活饮用水卫生条例\n"
        "第一条 为了保障饮用水卫生，制定本条例。\n"
        "第二条 卫生健康部门应当建立饮用水卫生监测制度。\n"
        "供水企业、自备水源单位应当定期检测水质，并向卫生健康部门报送检测结果。\n"
        "第三条 患者康复后，其所在单位应当为其安排适当工作；县直有关单位应当予以支持。\n"
        "第四条 省卫生健康委负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text)[:2] == [
        ("卫生健康部门", ["卫生健康部门"]),
        ("县直有关单位", ["县直有关单位"]),
    ]


def test_institutions_that_serve_people_of_a_kind_are_no_department(tmp_path: Path) -> None:
    # 康复机构、培训机构 of a kind are whom a rule binds; listed first before a named body
    # (养老服务机构、老年人协会应当…) they leave that body the article's; a catch-all opening with
    # 国家机关 still names none
    text = (
        "某市老年人健康条例\n"
        "第一条 为了促进老年人健康，制定本条例。\n"
        "第二条 老年康复机构应当配备康复医师。\n\n"
        "养老服务机构、老年人体育协会应当组织老年人开展适宜的健身活动。\n"
        "第三条 国家机关、体检机构和个人应当遵守本条例。\n"
        "第四条 市民政局负责组织实施本条例。\n"
    )
    assert led_tasks(tmp_path, text) == [
        ("老年人体育协会", ["老年人体育协会"]),
        ("市民政局", ["市民政局"]),
    ]
