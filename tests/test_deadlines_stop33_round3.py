"""Deadlines, stop 33 (third round): the year of a list of practical works (实事) told by a
headline after the text or by the year the text calls gone by, years paired with their values
on a page reworded with synonyms, and a year's level a goal is measured against (README
"Decided in stop 33 (blind part)"), probed with news written for these tests."""

from __future__ import annotations

from pathlib import Path

from targets_helpers import document


def test_a_list_of_practical_works_takes_the_year_of_its_headline_set_after_the_text(
    tmp_path: Path,
) -> None:
    # a county's news page: the list's items name no year, the page's headline (set after the
    # text, under the site's links) names the year of the works
    page = (
        "6月2日上午,某县人民代表大会开幕,县长作政府工作报告。报告指出,县政府将办好十件民生实事。"
        "分别是: (1)新建村级卫生室30所。 (2)为3000名适龄妇女免费进行健康检查。"
        "(3)开工建设县人民医院门诊综合楼,改造提升县城主干道,完善城区排水管网,推进老旧小区"
        "改造,加快建设县城污水处理厂二期工程,提升城乡供水保障水平,改善群众出行条件。"
        "(4)推进中小学校舍改造,确保新建小学、幼儿园秋季投入使用,提升学校办学条件和水平。"
        "(5)完善城乡养老服务设施,推进医养结合,提升基层医疗卫生服务能力,方便群众就近就医。"
        "(6)实施农村人居环境整治,推进村庄清洁行动,完善农村垃圾收运体系,改善农村生活环境。"
        "(7)加强城乡公共文化设施建设,推进全民健身设施进村入社区,丰富群众文化体育生活。"
        "(8)开展职业技能培训,支持高校毕业生和农民工返乡创业就业,多渠道扩大就业岗位。"
        "(9)推进城区停车设施建设,改造提升农贸市场,方便群众日常生活。"
        "(10)为困难群众办理城乡居民医疗保险,做好兜底保障,织密社会救助网络。\n"
        "信息公开\n"
        "某县政府2023年将为民办好十件民生实事\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, page)]
    assert found == [(30.0, 2023), (3000.0, 2023)]


def test_the_works_of_this_year_follow_the_year_the_text_calls_gone_by(tmp_path: Path) -> None:
    # the opening reports last year's works; the list, and the count of its projects, are
    # 今年's: the year after it
    page = (
        "刚刚过去的2022年,某市实施了28个为民办实事项目,均已顺利完成。"
        "今年,某市继续开展为民办实事工作,将实施30个项目。项目如下:\n"
        "1。 新建15家社区卫生服务站;\n"
        "2。 改造12个老年食堂;\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, page)]
    assert found == [(30.0, 2023), (15.0, 2023), (12.0, 2023)]


def test_years_listed_pair_with_their_values_after_a_synonym_of_respectively(
    tmp_path: Path,
) -> None:
    # a page reworded with synonyms writes 分别 as 别离: the values still go with the years
    page = (
        "某省印发妇幼健康实施方案。《方案》提出,到2025年和2035年,全省新生儿灭亡率别离节制在"
        "4‰及以下和3‰及以下;孕产妇灭亡率别离下降到14/10万及以下和10/10万及以下。\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, page)]
    assert found == [(4.0, 2025), (3.0, 2035), (14.0, 2025), (10.0, 2035)]


def test_a_year_whose_level_a_goal_is_measured_against_is_no_deadline(tmp_path: Path) -> None:
    # the year's works open the page; a rate not below last year's level does not date the
    # counts after it
    page = (
        "某省政府工作报告显示,2024年,某省将继续推出十件惠民实事。\n"
        "稳定就业。城镇新增就业40万人以上,高校毕业生就业率不低于2023年水平,"
        "新增残疾人就业8000人。\n"
    )
    found = [(t[2], t[4]) for t in document(tmp_path, page)]
    assert found == [(400000.0, 2024), (8000.0, 2024)]
