package uk.partnership;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module boundaries: each feature keeps its entities, repositories and controllers to itself and
 * offers other features a small public service; the shared packages depend on no feature.
 */
@AnalyzeClasses(packages = "uk.partnership", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] FEATURES = {"..site..", "..schools..", "..events..", "..news..", "..proposals..",
            "..accounts..", "..audit..", "..mail.."};

    @ArchTest
    static final ArchRule entitiesStayInsideTheirFeature = classes().that().areAnnotatedWith(Entity.class)
            .should().notBePublic()
            .because("other features read a feature through its service and view records, never its entities");

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature = classes().that().areAssignableTo(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule controllersAreNotApi = classes().that().areAnnotatedWith(Controller.class)
            .or().areAnnotatedWith(RestController.class).or().areAnnotatedWith(ControllerAdvice.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule sharedWebPiecesDependOnNoFeature = noClasses().that().resideInAPackage("uk.partnership.web..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule featuresDoNotReachIntoConfiguration = noClasses().that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAPackage("uk.partnership.config..");

    @ArchTest
    static final ArchRule noFieldInjection = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
            .because("constructor injection only");
}
