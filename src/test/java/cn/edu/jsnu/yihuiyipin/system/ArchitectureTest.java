package cn.edu.jsnu.yihuiyipin.system;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The package rules of the README's architecture section: feature packages never import each other in
 * circles, the shared types stay below the phases, and the entities know nothing of the engine.
 */
@AnalyzeClasses(packages = "cn.edu.jsnu.yihuiyipin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("cn.edu.jsnu.yihuiyipin.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entitiesDoNotUseTheEngine = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages("org.camunda..")
            .because("business data lives in JPA and only keys and decisions in process variables");

    @ArchTest
    static final ArchRule sharedTypesDoNotDependOnThePhases = noClasses()
            .that()
            .resideInAnyPackage(
                    "cn.edu.jsnu.yihuiyipin.project..",
                    "cn.edu.jsnu.yihuiyipin.unit..",
                    "cn.edu.jsnu.yihuiyipin.process..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "cn.edu.jsnu.yihuiyipin.round..",
                    "cn.edu.jsnu.yihuiyipin.application..",
                    "cn.edu.jsnu.yihuiyipin.review..",
                    "cn.edu.jsnu.yihuiyipin.funding..",
                    "cn.edu.jsnu.yihuiyipin.cultivation..",
                    "cn.edu.jsnu.yihuiyipin.award..",
                    "cn.edu.jsnu.yihuiyipin.people..",
                    "cn.edu.jsnu.yihuiyipin.demo..");

    @ArchTest
    static final ArchRule onlyTheProcessPackageReadsVariablesByName = noClasses()
            .that()
            .resideOutsideOfPackages("cn.edu.jsnu.yihuiyipin.process..", "cn.edu.jsnu.yihuiyipin.review..")
            .and()
            .doNotHaveFullyQualifiedName(TaskInputValues.class.getName())
            .should()
            .callMethodWhere(target(nameMatching("(get|set)Variable(Local)?(Typed)?"))
                    .and(target(owner(assignableTo(VariableScope.class)))))
            .because("process variables are read and written through their typed ProcessVariable declaration;"
                    + " only the review pipeline reads the criterion scores, which its criteria declare, and the"
                    + " form input check (TaskInputValues) reads whatever fields a deployed form names");
}
