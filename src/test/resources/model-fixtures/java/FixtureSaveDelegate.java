package cn.edu.jsnu.yihuiyipin.fixture;

// Not compiled: a source file for ModelConventionsFixtureTest, which reads bean names from sources.
@Component
class FixtureSaveDelegate implements JavaDelegate {
}
