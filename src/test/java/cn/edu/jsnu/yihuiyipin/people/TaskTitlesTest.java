package cn.edu.jsnu.yihuiyipin.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskTitlesTest {

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            专家评审                 | 文学院分工会     | 2027 | 文学院分工会 · 专家评审（2027年度）
            填报项目申报表（附件1）  | 文学院分工会     | 2027 | 文学院分工会 · 填报项目申报表（附件1，2027年度）
            校妇联形式审查           | 外国语学院妇委会 | 2027 | 外国语学院妇委会 · 校妇联形式审查（2027年度）
            立项公示审定             | -                | 2027 | 立项公示审定（2027年度）
            过程指导                 | 文学院分工会     | -    | 文学院分工会 · 过程指导
            专家评审                 | -                | -    | 专家评审
            -                        | 文学院分工会     | 2027 | -
            """)
    void titleSaysWhatAndForWhom(String name, String unit, String year, String expected) {
        assertThat(TaskTitles.title(name, unit, year)).isEqualTo(expected);
    }
}
